import { File } from '@asyncapi/generator-react-sdk';
import { catalogPage } from '../../lib/catalog-page.js';
import { guidePages } from '../../lib/guides.js';
import { readSpec } from '../../lib/read-spec.js';

// The guides (hand-written prose in guides/, figures filled from the spec) and the catalog.
export default function Guides(context) {
  const spec = readSpec(context);
  return [
    ...guidePages(spec, context.params).map((guide) => <File name={guide.name}>{guide.content}</File>),
    <File name="catalog.mdx">{catalogPage(spec)}</File>,
  ];
}
