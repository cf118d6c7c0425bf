import { File } from '@asyncapi/generator-react-sdk';
import { filesIn } from '../../../lib/generator-entry.js';

// The shared definitions and the headers schema, at the path their `$id`s name.
export default async function SchemaFiles(context) {
  return (await filesIn(context, 'schemas/webhooks')).map((file) => <File name={file.name}>{file.content}</File>);
}
