import { File } from '@asyncapi/generator-react-sdk';
import { filesIn } from '../../../lib/generator-entry.js';

// One reference page per event type.
export default function EventPages(context) {
  return filesIn(context, 'webhooks/events').map((file) => <File name={file.name}>{file.content}</File>);
}
