import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DELIVERY } from '../../../generated/catalog.js';
import { ContractKitError } from '../contract-error.js';
import { scaledAttemptTimeoutMs } from '../delivery/scaled-timing.js';
import { AttemptLog, DEFAULT_ATTEMPT_LOG_LIMITS } from './attempt-log.js';
import type { CapturedAttempt } from './captured-attempt.js';
import { buildCaptureReport, type CaptureReport } from './contract-report.js';
import { modeForAttempt, parseFailStep, type FailStep } from './fail-plan.js';
import { readBoundedBody } from './read-bounded-body.js';

/**
 * Unix ms with the fraction: on one machine a producer answers a 410 with its next request
 * within the same millisecond, and whole milliseconds would make that request look as old as
 * the answer (the disable-on-410 check compares the two).
 */
const preciseNow = (): number => performance.timeOrigin + performance.now();

export interface CaptureOptions {
  /** The secret the producer signs with (`whsec_…`), to check signatures. */
  readonly secret: string | readonly string[];
  /** 0 (default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** Fail the first attempts of every delivery: steps or `--fail` strings (`503x2`, `timeoutx1`, `410`). */
  readonly fail?: readonly (FailStep | string)[];
  /** The producer's time scale, to judge retry spacing and timeouts (1 = real time). */
  readonly timeScale?: number;
  readonly onAttempt?: (attempt: CapturedAttempt) => void;
  /** Bodies past this many bytes are answered 413 while reading. Default: the contract's `x-woes-limits.maxPayloadBytes`. */
  readonly maxBodyBytes?: number;
  /** Attempts kept for the report; past it the oldest are dropped. Default 10,000. */
  readonly maxAttempts?: number;
  /** Bytes kept for the report (bodies, headers, paths); past it the oldest attempts are dropped. Default 64 MiB. */
  readonly maxStoredBytes?: number;
}

export interface CaptureServer {
  readonly url: string;
  readonly port: number;
  readonly attempts: () => readonly CapturedAttempt[];
  readonly report: () => Promise<CaptureReport>;
  readonly reset: () => void;
  readonly close: () => Promise<void>;
}

const CONTROL = '/__capture/';

/**
 * The header section a request may have. Woes sends eight headers in well under 1 KiB; a proxy
 * adds a few. Node's default (16 KiB) can be changed from outside (--max-http-header-size), so
 * the endpoint says its own; every header kept is counted in the log's byte bound.
 */
export const MAX_HEADER_BYTES = 16 * 1024;

const flatHeaders = (req: IncomingMessage): Record<string, string> =>
  Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]));

const drainedOrClosed = (res: ServerResponse): Promise<void> =>
  new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });

/**
 * Sends a JSON array one element at a time, honouring backpressure: the kept attempts may hold
 * tens of megabytes of bodies, more than one string should, and nothing is sent before the
 * first element serialized (a failure then is still a clean 500).
 */
async function sendJsonArray(res: ServerResponse, items: readonly unknown[]): Promise<void> {
  const first = items.length > 0 ? JSON.stringify(items[0], null, 2) : undefined;
  res.writeHead(200, { 'content-type': 'application/json' });
  if (first === undefined) return void res.end('[]');
  res.write(`[\n${first}`);
  for (let index = 1; index < items.length; index++) {
    if (res.write(`,\n${JSON.stringify(items[index], null, 2)}`)) continue;
    // A reader that went away never drains: stop then, instead of waiting forever.
    await drainedOrClosed(res);
    if (res.destroyed) return;
  }
  res.end('\n]');
}

/**
 * An endpoint for producers' integration tests: it records every attempt, fails on command,
 * and judges what it received against the contract (GET /__capture/report, or `report()`).
 * It reads at most the contract's body limit per request (413 past it) and 16 KiB of headers,
 * and keeps a bounded number of attempts and bytes (bodies, headers, paths), dropping the
 * oldest first; the report says how many it dropped. The report itself is bounded too (see
 * contract-report.ts), so asking for it never costs more than the attempts it judges.
 */
export async function startCaptureServer(options: CaptureOptions): Promise<CaptureServer> {
  const plan = (options.fail ?? []).map((step) => (typeof step === 'string' ? parseFailStep(step) : step));
  const timeScale = options.timeScale ?? 1;
  const timeoutMs = scaledAttemptTimeoutMs(timeScale);
  const maxBodyBytes = options.maxBodyBytes ?? DELIVERY.limits.maxPayloadBytes;
  const log = new AttemptLog({
    maxAttempts: options.maxAttempts ?? DEFAULT_ATTEMPT_LOG_LIMITS.maxAttempts,
    maxStoredBytes: options.maxStoredBytes ?? DEFAULT_ATTEMPT_LOG_LIMITS.maxStoredBytes,
  });
  const report = (): Promise<CaptureReport> => buildCaptureReport(log.list(), { secret: options.secret, timeScale, dropped: log.dropped, maxBodyBytes });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = req.url ?? '/';
    if (req.method === 'GET' && path === `${CONTROL}report`) {
      // Serialized before the head is written: a failure here still leaves room for a 500.
      const text = JSON.stringify(await report(), null, 2);
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(text);
    }
    if (req.method === 'GET' && path === `${CONTROL}attempts`) return sendJsonArray(res, log.list());
    if (req.method === 'POST' && path === `${CONTROL}reset`) {
      log.reset();
      res.writeHead(204).end();
      return;
    }
    const receivedAt = preciseNow();
    const read = await readBoundedBody(req, maxBodyBytes);
    const headers = flatHeaders(req);
    const attemptIndex = log.nextIndex(headers['webhook-id'] ?? '');
    const record = (
      answer: CapturedAttempt['answer'],
      endedAt: number,
      extra: Partial<Pick<CapturedAttempt, 'retryAfterSeconds' | 'oversizedBytes'>> = {},
    ): void => {
      const attempt: CapturedAttempt = { attemptIndex, path, headers, body: read.ok ? read.body : '', receivedAt, answer, endedAt, ...extra };
      log.add(attempt);
      options.onAttempt?.(attempt);
    };
    if (!read.ok) {
      // Refused while reading; the connection closes, so the unread rest is never buffered.
      record(413, preciseNow(), { oversizedBytes: read.bytes });
      res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
      res.end(
        JSON.stringify({
          code: 'body_too_large',
          error: `capture: the body is larger than the contract's ${maxBodyBytes} bytes (x-woes-limits.maxPayloadBytes)`,
        }),
      );
      return;
    }
    const mode = modeForAttempt(plan, attemptIndex);
    if (mode?.kind === 'timeout') {
      // Hold the request past the producer's attempt timeout; it ends when the producer gives up.
      record('timeout', receivedAt + timeoutMs);
      const timer = setTimeout(() => res.writeHead(504).end(), timeoutMs * 2 + 1000);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    const status = mode?.status ?? 200;
    const retryAfter = mode?.retryAfterSeconds;
    record(status, preciseNow(), retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter });
    res.writeHead(status, { 'content-type': 'application/json', ...(retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) }) });
    res.end(JSON.stringify(status < 300 ? { received: true } : { error: `capture: failing this attempt with ${status} on purpose` }));
  }

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    // Whatever fails, the process and the attempts recorded so far survive: a 500 when nothing
    // was sent yet, otherwise the connection is cut (writing a second head would throw).
    handle(req, res).catch(() => {
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { connection: 'close' }).end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new ContractKitError('port_in_use', `port ${options.port ?? 0} on ${host} is in use; pick another with --port, or stop what listens there.`)
          : error,
      );
    });
    server.listen(options.port ?? 0, host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}/webhooks/woes`,
    port,
    attempts: () => log.list(),
    report,
    reset: () => log.reset(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
