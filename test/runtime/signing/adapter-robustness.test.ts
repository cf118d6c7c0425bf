import express from 'express';
import { createServer, request as httpRequest, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { DELIVERY } from '../../../generated/catalog.js';
import {
  createFetchHandler,
  createNodeMiddleware,
  DEFAULT_READ_TIMEOUT_MS,
  generateSecret,
  signedTestDelivery,
  type AdapterOptions,
} from '../../../src/runtime/index.js';

// The adapters answer `{ "code" }` with a documented status in every case, within a read
// deadline: real node:http servers, real Express, real Fetch Requests over real streams.
const secret = generateSecret();
/**
 * The read deadline where it is what a test is about (a body that stalls or trickles): short, so
 * the test is quick. Everywhere else the adapters get a deadline that a whole body read in this
 * process never nears on a loaded machine, so a genuine delivery is never cut by it.
 */
const READ_TIMEOUT_MS = 200;
const UNHURRIED_READ_TIMEOUT_MS = 10_000;
/** A test that hangs fails here, well before vitest's own timeout, and says so. */
const ANSWER_WITHIN_MS = 15_000;

const reported: { error: unknown; status: number }[] = [];
const options = (extra: Partial<AdapterOptions> = {}): AdapterOptions => ({
  secret,
  readTimeoutMs: UNHURRIED_READ_TIMEOUT_MS,
  onEvent: () => {},
  onError: (error, status) => void reported.push({ error, status }),
  ...extra,
});
const impatient = (extra: Partial<AdapterOptions> = {}): AdapterOptions => options({ readTimeoutMs: READ_TIMEOUT_MS, ...extra });
const delivery = () => signedTestDelivery('conversation.resolved', { secret });

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>(
    (_resolve, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ANSWER_WITHIN_MS} ms: ${what}`)), ANSWER_WITHIN_MS)),
  );
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const servers: Server[] = [];
async function serve(listener: RequestListener | express.Express): Promise<number> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

interface Answer {
  readonly status: number;
  readonly body: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** Sends headers and `chunks` (strings, or a pause in ms), then ends the request only when `end` is true. */
function post(
  port: number,
  headers: Record<string, string>,
  chunks: readonly (string | number)[],
  end: boolean,
): Promise<Answer & { socketClosed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      const socketClosed = new Promise<void>((closed) => res.socket.once('close', () => closed()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers, socketClosed }));
    });
    req.on('error', reject);
    void (async () => {
      for (const chunk of chunks) {
        if (typeof chunk === 'number') await new Promise((wait) => setTimeout(wait, chunk));
        else if (!req.destroyed) req.write(chunk);
      }
      if (end) req.end();
    })();
  });
}

describe('createNodeMiddleware behind node:http', () => {
  it('a body drained by earlier code, with nothing on req.body: 500 raw_body_required at once', async () => {
    const middleware = createNodeMiddleware(options());
    const port = await serve(async (req: IncomingMessage, res: ServerResponse) => {
      for await (const _chunk of req); // a logger or a hand-written parser that kept nothing
      middleware(req, res);
    });
    const d = await delivery();
    reported.length = 0;
    const answer = await within(post(port, d.headers, [d.body], true), 'drained body');
    expect(answer).toMatchObject({ status: 500, body: JSON.stringify({ code: 'raw_body_required' }) });
    expect(reported[0]).toMatchObject({ status: 500, error: { code: 'raw_body_required', message: expect.stringContaining('already read') } });
  });

  it('a body that stalls: 408 body_timeout after readTimeoutMs, and the connection is closed a moment later', async () => {
    const port = await serve(createNodeMiddleware(impatient()));
    const d = await delivery();
    const started = Date.now();
    const answer = await within(post(port, { ...d.headers, 'content-length': String(d.body.length) }, [d.body.slice(0, 10)], false), 'stalled body');
    expect(answer).toMatchObject({ status: 408, body: JSON.stringify({ code: 'body_timeout' }) });
    expect(Date.now() - started).toBeGreaterThanOrEqual(READ_TIMEOUT_MS - 20);
    await within(answer.socketClosed, 'the server closing the connection');
  });

  it('an endless chunked body that trickles under the size limit: 408 body_timeout', async () => {
    const port = await serve(createNodeMiddleware(impatient()));
    const d = await delivery();
    const trickle = Array.from({ length: 200 }, (_, index) => (index % 2 === 0 ? ' ' : 10));
    const answer = await within(post(port, { ...d.headers, 'transfer-encoding': 'chunked' }, [d.body, ...trickle], false), 'endless body');
    expect(answer).toMatchObject({ status: 408, body: JSON.stringify({ code: 'body_timeout' }) });
  });

  it('a sender that goes away mid-body: onError hears 400 body_unreadable, and the server keeps answering', async () => {
    const middleware = createNodeMiddleware(options());
    // The sender goes away once the request is in the middleware's hands, not after a guess at how long that takes.
    let arrived: () => void = () => undefined;
    const inHand = new Promise<void>((resolve) => (arrived = resolve));
    const port = await serve((req: IncomingMessage, res: ServerResponse) => {
      middleware(req, res);
      arrived();
    });
    const d = await delivery();
    reported.length = 0;
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const head = Object.entries({ ...d.headers, 'content-length': String(d.body.length) })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.write(`POST / HTTP/1.1\r\nhost: 127.0.0.1\r\n${head}\r\n${d.body.slice(0, 20)}`);
    await within(inHand, 'the request reaching the middleware');
    socket.destroy();
    await within(
      new Promise<void>((resolve) => {
        const poll = setInterval(() => reported.length > 0 && (clearInterval(poll), resolve()), 10);
      }),
      'onError after an aborted body',
    );
    expect(reported[0]).toMatchObject({ status: 400, error: { name: 'WebhookAdapterError', code: 'body_unreadable' } });
    const next = await delivery();
    expect((await within(post(port, next.headers, [next.body], true), 'the next delivery')).status).toBe(204);
  });

  it('two webhook-signature header lines (joined by node:http with ", "): the genuine first entry verifies', async () => {
    const port = await serve(createNodeMiddleware(options()));
    const d = await delivery();
    const other = `v1,${Buffer.alloc(32, 7).toString('base64')}`;
    const socket = connect(port, '127.0.0.1');
    const head = [
      `webhook-id: ${d.headers['webhook-id']}`,
      `webhook-timestamp: ${d.headers['webhook-timestamp']}`,
      `webhook-signature: ${d.headers['webhook-signature']}`,
      `webhook-signature: ${other}`,
    ];
    socket.end(
      `POST / HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\ncontent-length: ${Buffer.byteLength(d.body)}\r\n${head.join('\r\n')}\r\n\r\n${d.body}`,
    );
    let response = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (response += chunk));
    await within(new Promise((resolve) => socket.once('close', resolve)), 'joined header lines');
    expect(response.split('\r\n')[0]).toBe('HTTP/1.1 204 No Content');
  });
});

describe('createNodeMiddleware in Express', () => {
  it("onEvent throws and the app has no error handler: 500 { code } as JSON, not Express's HTML page with the error text", async () => {
    const app = express();
    app.post(
      '/',
      express.raw({ type: 'application/json' }),
      createNodeMiddleware(options({ onEvent: () => Promise.reject(new Error('database down at 10.0.0.7')) })),
    );
    const port = await serve(app);
    const d = await delivery();
    const answer = await within(post(port, d.headers, [d.body], true), 'express without error handler');
    expect(answer).toMatchObject({ status: 500, body: JSON.stringify({ code: 'handler_failed' }) });
    expect(answer.headers['content-type']).toBe('application/json');
  });

  it('a body drained by an earlier middleware: 500 raw_body_required, not a hang', async () => {
    const app = express();
    app.use((req, _res, next) => void req.on('end', () => next()).resume());
    app.post('/', createNodeMiddleware(options()));
    const port = await serve(app);
    const d = await delivery();
    const answer = await within(post(port, d.headers, [d.body], true), 'express, drained body');
    expect(answer).toMatchObject({ status: 500, body: JSON.stringify({ code: 'raw_body_required' }) });
  });
});

describe('createFetchHandler with Requests over real streams', () => {
  const handler = createFetchHandler(options());
  // For the bodies that never finish: the read deadline is what answers them.
  const impatientHandler = createFetchHandler(impatient());
  const requestWith = async (body: ReadableStream<Uint8Array> | string) => {
    const d = await delivery();
    return new Request('http://127.0.0.1/', { method: 'POST', headers: d.headers, body, duplex: 'half' } as RequestInit);
  };
  const answerOf = async (response: Promise<Response>) => {
    const settled = await within(response, 'the Fetch handler');
    return { status: settled.status, body: await settled.text() };
  };
  const encoder = new TextEncoder();

  it.each([
    [
      'a body locked by another reader',
      async () => {
        const request = await requestWith('{}');
        request.body?.getReader();
        return request;
      },
      500,
      'raw_body_required',
    ],
    [
      'a body already consumed (request.text() first)',
      async () => {
        const request = await requestWith('{}');
        await request.text();
        return request;
      },
      500,
      'raw_body_required',
    ],
    [
      'a stream that errors at once',
      () => requestWith(new ReadableStream({ pull: (controller) => controller.error(new Error('connection reset')) })),
      400,
      'body_unreadable',
    ],
    [
      'a stream that errors after a chunk',
      () =>
        requestWith(
          new ReadableStream({
            start: (controller) => controller.enqueue(encoder.encode('{"type":')),
            pull: (controller) => controller.error(new Error('connection reset')),
          }),
        ),
      400,
      'body_unreadable',
    ],
    ['a stream that never sends and never ends', () => requestWith(new ReadableStream()), 408, 'body_timeout'],
    [
      'a stream that trickles forever under the size limit',
      () =>
        requestWith(
          new ReadableStream({
            pull: async (controller) => (await new Promise((resolve) => setTimeout(resolve, 10)), controller.enqueue(encoder.encode(' '))),
          }),
        ),
      408,
      'body_timeout',
    ],
    ['a silent stream whose cancel never settles', () => requestWith(new ReadableStream({ cancel: () => new Promise<void>(() => {}) })), 408, 'body_timeout'],
  ] as const)('%s: %s { code: %s }', async (_name, build, status, code) => {
    const answer = await answerOf((code === 'body_timeout' ? impatientHandler : handler)(await build()));
    expect(answer).toEqual({ status, body: JSON.stringify({ code }) });
  });

  it('two webhook-signature values appended to Fetch Headers (joined with ", "): the genuine first entry verifies', async () => {
    const d = await delivery();
    const headers = new Headers(d.headers);
    headers.append('webhook-signature', `v1,${Buffer.alloc(32, 7).toString('base64')}`);
    expect(headers.get('webhook-signature')).toContain(', ');
    const answer = await answerOf(handler(new Request('http://127.0.0.1/', { method: 'POST', headers, body: d.body })));
    expect(answer.status).toBe(204);
  });

  it('an onError that throws still lets the handler answer', async () => {
    const throwing = createFetchHandler(
      options({
        onError: () => {
          throw new Error('logger down');
        },
        onEvent: () => {
          throw new Error('database down');
        },
      }),
    );
    const d = await delivery();
    const original = console.error;
    console.error = () => {};
    try {
      const answer = await answerOf(throwing(new Request('http://127.0.0.1/', { method: 'POST', headers: d.headers, body: d.body })));
      expect(answer).toEqual({ status: 500, body: JSON.stringify({ code: 'handler_failed' }) });
    } finally {
      console.error = original;
    }
  });
});

describe('readTimeoutMs', () => {
  it('defaults below the Woes attempt timeout, so the answer comes before Woes gives up', () => {
    expect(DEFAULT_READ_TIMEOUT_MS).toBeLessThan(DELIVERY.retries.attemptTimeoutSeconds * 1000);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31])('%s is refused when the adapter is created', (readTimeoutMs) => {
    expect(() => createFetchHandler(options({ readTimeoutMs }))).toThrow(/readTimeoutMs must be/);
    expect(() => createNodeMiddleware(options({ readTimeoutMs }))).toThrow(/readTimeoutMs must be/);
  });
});
