import { File } from '@asyncapi/generator-react-sdk';
import { filesIn } from '../../lib/generator-entry.js';

// The guides, the changelog, the catalog, the OpenAPI and AsyncAPI documents and the section's
// manifest. Every entry renders its folder of lib/section.js's output.
export default async function WebhooksPages(context) {
  return (await filesIn(context, 'webhooks')).map((file) => <File name={file.name}>{file.content}</File>);
}
