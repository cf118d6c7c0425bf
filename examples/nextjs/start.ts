// Serves this Next.js app from one Node process (Next's custom-server API) on 127.0.0.1 and a
// free port, and prints the line the tests wait for. In your project `next dev` or `next start` does this.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as nextModule from 'next';

// `next` is CommonJS: under NodeNext its default export is the module object, whose `default` is the factory.
const next = (
  nextModule as unknown as { default: typeof import('next/dist/server/next.js').default }
).default;

const app = next({
  dev: true,
  dir: dirname(fileURLToPath(import.meta.url)),
  hostname: '127.0.0.1',
});
await app.prepare();
const handle = app.getRequestHandler();
const server = createServer((req, res) => void handle(req, res));
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
