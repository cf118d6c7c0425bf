import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ContractKitError } from '../contract-error.js';
import { scaledAttemptTimeoutMs } from '../delivery/scaled-timing.js';
import type { CapturedAttempt } from './captured-attempt.js';
import { buildCaptureReport, type CaptureReport } from './contract-report.js';
import { modeForAttempt, parseFailStep, type FailStep } from './fail-plan.js';

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

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const flatHeaders = (req: IncomingMessage): Record<string, string> =>
  Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]));

/**
 * An endpoint for producers' integration tests: it records every attempt, fails on command,
 * and judges what it received against the contract (GET /__capture/report, or `report()`).
 */
export async function startCaptureServer(options: CaptureOptions): Promise<CaptureServer> {
  const plan = (options.fail ?? []).map((step) => (typeof step === 'string' ? parseFailStep(step) : step));
  const timeScale = options.timeScale ?? 1;
  const timeoutMs = scaledAttemptTimeoutMs(timeScale);
  let attempts: CapturedAttempt[] = [];
  const report = (): Promise<CaptureReport> => buildCaptureReport(attempts, { secret: options.secret, timeScale });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = req.url ?? '/';
    if (req.method === 'GET' && path === `${CONTROL}report`) return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(await report(), null, 2));
    if (req.method === 'GET' && path === `${CONTROL}attempts`) return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(attempts, null, 2));
    if (req.method === 'POST' && path === `${CONTROL}reset`) return void (attempts = [], res.writeHead(204).end());
    const receivedAt = Date.now();
    const body = await readBody(req);
    const headers = flatHeaders(req);
    const attemptIndex = attempts.filter((attempt) => attempt.headers['webhook-id'] === headers['webhook-id']).length;
    const mode = modeForAttempt(plan, attemptIndex);
    const record = (answer: CapturedAttempt['answer'], endedAt: number, retryAfterSeconds?: number): void => {
      const attempt: CapturedAttempt = { attemptIndex, path, headers, body, receivedAt, answer, endedAt, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) };
      attempts.push(attempt);
      options.onAttempt?.(attempt);
    };
    if (mode?.kind === 'timeout') {
      // Hold the request past the producer's attempt timeout; it ends when the producer gives up.
      record('timeout', receivedAt + timeoutMs);
      const timer = setTimeout(() => res.writeHead(504).end(), timeoutMs * 2 + 1000);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    const status = mode?.status ?? 200;
    const retryAfter = mode?.retryAfterSeconds;
    record(status, Date.now(), retryAfter);
    res.writeHead(status, { 'content-type': 'application/json', ...(retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) }) });
    res.end(JSON.stringify(status < 300 ? { received: true } : { error: `capture: failing this attempt with ${status} on purpose` }));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.writeHead(500).end());
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new ContractKitError('port_in_use', `port ${options.port ?? 0} on ${host} is in use; pick another with --port, or stop what listens there.`) : error);
    });
    server.listen(options.port ?? 0, host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}/webhooks/woes`,
    port,
    attempts: () => attempts,
    report,
    reset: () => {
      attempts = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
