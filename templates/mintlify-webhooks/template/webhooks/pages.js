import { File } from '@asyncapi/generator-react-sdk';
import { filesIn } from '../../lib/generator-entry.js';

// The guides and the catalog.
export default function WebhooksPages(context) {
  return filesIn(context, 'webhooks').map((file) => <File name={file.name}>{file.content}</File>);
}
