// Entry point for Deno and Bun (spawned by runtimes.test.ts): serves createFetchHandler with
// the runtime's own HTTP server on 127.0.0.1 (port 0), posts a genuine and a tampered
// delivery with fetch, and prints the statuses and the events received as one JSON line.
import { createFetchHandler, generateSecret, signedTestDelivery } from '../../../src/runtime/index.js';

interface Served {
  readonly port: number;
  stop(): Promise<void>;
}
type Runtime = {
  Deno?: {
    serve(
      options: { hostname: string; port: number; onListen(): void },
      handler: (request: Request) => Promise<Response>,
    ): { addr: { port: number }; shutdown(): Promise<void> };
  };
  Bun?: { serve(options: { hostname: string; port: number; fetch: (request: Request) => Promise<Response> }): { port: number; stop(close?: boolean): void } };
};

function serve(handler: (request: Request) => Promise<Response>): Served {
  const runtime = globalThis as Runtime;
  if (runtime.Deno) {
    const server = runtime.Deno.serve({ hostname: '127.0.0.1', port: 0, onListen: () => {} }, handler);
    return { port: server.addr.port, stop: () => server.shutdown() };
  }
  if (runtime.Bun) {
    const server = runtime.Bun.serve({ hostname: '127.0.0.1', port: 0, fetch: handler });
    return { port: server.port, stop: async () => server.stop(true) };
  }
  throw new Error('run this with deno or bun');
}

const secret = generateSecret();
const received: string[] = [];
const server = serve(createFetchHandler({ secret, onEvent: (event) => void received.push(event.type) }));
const delivery = await signedTestDelivery('message.created', { secret });
const post = async (body: string) => {
  const response = await fetch(`http://127.0.0.1:${server.port}/`, { method: 'POST', body, headers: delivery.headers });
  return { status: response.status, body: await response.text() };
};
const genuine = await post(delivery.body);
const tampered = await post(delivery.body.replace('"message.created"', '"message.deleted"'));
await server.stop();
console.log(JSON.stringify({ genuine, tampered, received }));
