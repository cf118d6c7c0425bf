import { File } from '@asyncapi/generator-react-sdk';
import { filesIn } from '../../../lib/generator-entry.js';

// One reference page per event type.
export default async function EventPages(context) {
  return (await filesIn(context, 'webhooks/events')).map((file) => <File name={file.name}>{file.content}</File>);
}
