import { File } from '@asyncapi/generator-react-sdk';
import { filesIn } from '../../../../lib/generator-entry.js';

// One receiver JSON Schema per event type, at the path its `$id` names.
export default async function EventSchemaFiles(context) {
  return (await filesIn(context, 'schemas/webhooks/events')).map((file) => <File name={file.name}>{file.content}</File>);
}
