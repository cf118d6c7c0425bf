// Serves the Hono app with Bun's own server (Hono's fetch is all Bun needs).
// Run: WOES_WEBHOOK_SECRET=whsec_… PORT=3000 bun examples/hono/serve-bun.ts
import { EventStore, inspectionEnabled } from '../common/event-store.js';
import { createApp } from './app.js';

// Bun's global, declared here so the file also type-checks under Node's types.
declare const Bun: {
  serve(options: {
    hostname: string;
    port: number;
    fetch: (request: Request) => Response | Promise<Response>;
  }): { port: number };
};

const store = new EventStore();
const app = createApp(process.env.WOES_WEBHOOK_SECRET ?? '', store);
// The conformance suite's inspection routes (tests only, never in production).
if (inspectionEnabled(process.env)) {
  app.get('/__woes/*', (c) => {
    const { status, body } = store.inspect(c.req.path.slice('/__woes/'.length));
    return c.json(body, status === 200 ? 200 : 404);
  });
}
const server = Bun.serve({
  hostname: '127.0.0.1',
  port: Number(process.env.PORT ?? 0),
  fetch: app.fetch,
});
console.log(`listening on http://127.0.0.1:${server.port}`);
