// Serves the Hono app with Bun's own server (Hono's fetch is all Bun needs).
// Run: WOES_WEBHOOK_SECRET=whsec_… PORT=3000 bun examples/hono/serve-bun.ts
import { inspectionEnabled } from '../common/event-store.js';
import { createApp } from './app.js';

// Bun's global, declared here so the file also type-checks under Node's types.
declare const Bun: { serve(options: { hostname: string; port: number; fetch: (request: Request) => Response | Promise<Response> }): { port: number } };

const app = createApp({ secret: process.env.WOES_WEBHOOK_SECRET ?? '', inspect: inspectionEnabled(process.env) });
const server = Bun.serve({ hostname: '127.0.0.1', port: Number(process.env.PORT ?? 0), fetch: app.fetch });
console.log(`listening on http://127.0.0.1:${server.port}`);
