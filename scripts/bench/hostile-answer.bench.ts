// What a hostile receiver's answer costs the runner: a receiver that streams 256 MiB back to
// every delivery. The contract kit's exchange (read up to RESPONSE_BYTES_KEPT, then drop the
// connection) against the peer it replaced, Node's fetch with `await response.text()`. Each
// client runs in a fresh process so its resident memory is its own; peak RSS is sampled.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const ANSWER_BYTES = 256 * 1024 * 1024;

if (process.argv[2] === 'client') {
  const [, , , client = '', url = ''] = process.argv;
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const base = peak;
  const start = performance.now();
  if (client === 'exchange') {
    const { httpExchange } = await import('../../src/contract-kit/http-exchange.js');
    await httpExchange({ url, method: 'POST', body: '{}', timeoutMs: 60_000 });
  } else {
    await (await fetch(url, { method: 'POST', body: '{}' })).text();
  }
  const ms = performance.now() - start;
  peak = Math.max(peak, process.memoryUsage().rss);
  clearInterval(sampler);
  console.log(JSON.stringify({ grewMb: (peak - base) / 1024 / 1024, ms }));
} else {
  const chunk = Buffer.alloc(1024 * 1024, 'x');
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(ANSWER_BYTES) });
    let sent = 0;
    const pump = (): void => {
      while (sent < ANSWER_BYTES && !res.destroyed) {
        sent += chunk.byteLength;
        if (!res.write(chunk)) return;
      }
      if (sent >= ANSWER_BYTES) res.end();
    };
    res.on('drain', pump);
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/woes`;
  const measure = (client: string): Promise<{ grewMb: number; ms: number }> =>
    new Promise((resolve, reject) => {
      const child = spawn('node_modules/.bin/tsx', ['scripts/bench/hostile-answer.bench.ts', 'client', client, url], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (data: Buffer) => (out += data.toString()));
      child.once('close', (code) =>
        code === 0 ? resolve(JSON.parse(out) as { grewMb: number; ms: number }) : reject(new Error(`${client} exited ${String(code)}`)),
      );
    });
  const ours = await measure('exchange');
  const peer = await measure('fetch');
  server.closeAllConnections();
  server.close();
  console.log(`hostile answer: a receiver streaming ${ANSWER_BYTES / 1024 / 1024} MiB back to one delivery`);
  console.log(`  contract kit exchange (bounded read)   +${ours.grewMb.toFixed(1)} MB peak RSS   ${ours.ms.toFixed(0)} ms`);
  console.log(`  fetch + response.text() (the peer)     +${peer.grewMb.toFixed(1)} MB peak RSS   ${peer.ms.toFixed(0)} ms`);
  console.log(`  memory ratio peer / ours: ${(peer.grewMb / Math.max(ours.grewMb, 0.1)).toFixed(0)}x`);
}
