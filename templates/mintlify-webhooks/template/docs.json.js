import { File } from '@asyncapi/generator-react-sdk';
import { docsConfig } from '../lib/docs-config.js';
import { readSpec } from '../lib/read-spec.js';

export default function DocsJson(context) {
  return <File name="docs.json">{`${JSON.stringify(docsConfig(readSpec(context)), null, 2)}\n`}</File>;
}
