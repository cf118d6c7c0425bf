import { File } from '@asyncapi/generator-react-sdk';
import { filesIn } from '../lib/generator-entry.js';

// docs.json. Every entry renders its folder of lib/site.js's output.
export default function SiteRoot(context) {
  return filesIn(context, '').map((file) => <File name={file.name}>{file.content}</File>);
}
