import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeMiddleware, type ReceivedEvent } from '@woes/webhooks';

/** Your code: store the event to process it after the answer (a queue, a table). */
async function enqueue(event: ReceivedEvent): Promise<void> {
  console.log(`received ${event.type} ${event.id}`);
}

// Reads the raw body up to the size limit, verifies the signature, the timestamp and the
// payload, calls onEvent, and answers 204, or only { code } with 401, 413, 400 or 500.
// A missing or malformed secret throws here, at startup.
const receive = createNodeMiddleware({
  secret: process.env.WOES_WEBHOOK_SECRET ?? '',
  onEvent: (event) => enqueue(event),
});

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/webhooks/woes') return receive(req, res);
  res.writeHead(404).end();
});
server.listen(Number(process.env.PORT ?? 3000), () => {
  const { port } = server.address() as AddressInfo;
  console.log(`listening on http://localhost:${port}/webhooks/woes`);
});
