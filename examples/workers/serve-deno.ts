// Serves the Workers-style module with Deno's own server, passing the environment as the
// bindings a Worker would get. Run:
// WOES_WEBHOOK_SECRET=whsec_… deno run --sloppy-imports --allow-env --allow-net=127.0.0.1 examples/workers/serve-deno.ts
import worker, { store, type Env } from './worker.js';

// Deno's global, declared here so the file also type-checks under Node's types.
declare const Deno: {
  env: { get(name: string): string | undefined };
  serve(
    options: { hostname: string; port: number; onListen(address: { port: number }): void },
    handler: (request: Request) => Promise<Response>,
  ): unknown;
};

const env: Env = { WOES_WEBHOOK_SECRET: Deno.env.get('WOES_WEBHOOK_SECRET') ?? '' };
const inspect = Deno.env.get('WOES_INSPECT') === '1'; // the suite's inspection routes: tests only

Deno.serve(
  {
    hostname: '127.0.0.1',
    port: Number(Deno.env.get('PORT') ?? 0),
    onListen: ({ port }) => console.log(`listening on http://127.0.0.1:${port}`),
  },
  async (request) => {
    const { pathname } = new URL(request.url);
    if (inspect && request.method === 'GET' && pathname.startsWith('/__woes/')) {
      const { status, body } = store.inspect(pathname.slice('/__woes/'.length));
      return Response.json(body, { status });
    }
    return worker.fetch(request, env);
  },
);
