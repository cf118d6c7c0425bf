import { File } from '@asyncapi/generator-react-sdk';
import { openApiDocument } from '../lib/openapi.js';
import { readSpec } from '../lib/read-spec.js';

export default function OpenApiJson(context) {
  return <File name="openapi.json">{`${JSON.stringify(openApiDocument(readSpec(context)), null, 2)}\n`}</File>;
}
