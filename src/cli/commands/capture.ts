import { parseArgs } from 'node:util';
import { label } from '../../contract-kit/capture/attempt-label.js';
import { startCaptureServer } from '../../contract-kit/capture/capture-server.js';
import { renderCaptureReport } from '../../contract-kit/capture/contract-report.js';
import { CliUsageError, type Command } from '../command.js';
import { positiveNumber, resolveSecret, SECRET_ENV, withContractErrors } from './contract-kit-errors.js';

export const captureCommand: Command = {
  name: 'capture',
  summary: "Run an endpoint that records a producer's deliveries and reports whether it kept the contract.",
  usage: `woes-webhooks capture --port <port> [--secret-file <path>] [--fail <spec>]... [--time-scale <f>] [--duration <s>] [--max-attempts <n>]

  Listens on 127.0.0.1:<port>, answers deliveries (failing the first attempts on command),
  and on Ctrl-C (or after --duration) prints whether the producer kept the contract:
  signatures, payloads, identical retries with fresh timestamps, retry spacing, 410 stops
  deliveries, sequence per resource, no secrets in payloads. Exit 0 when it did.
  --secret-file <p>   a file holding the secret the producer signs with (whsec_…), or set
                      ${SECRET_ENV}; --secret <whsec_…> works too, but shows in ps
  --fail <spec>       per delivery, in order: <status|timeout>[x<attempts>][:retry-after=<s>]
                      e.g. --fail 503x2 --fail timeoutx1   or   --fail 410
  --time-scale <f>    the producer's time scale for retry waits and timeouts (default 1)
  --duration <s>      stop after this many seconds and report (default: until Ctrl-C)
  --max-attempts <n>  attempts kept for the report (default 10000; also at most 64 MiB of
                      bodies and headers); past it the oldest are dropped and the report says
                      how many. A body over the contract's size limit is answered 413 and not
                      kept, and a header section over 16 KiB 431. The report keeps the first
                      100 problems of each check and counts the rest.
  While running: GET /__capture/report (JSON), GET /__capture/attempts, POST /__capture/reset.`,
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string' },
        secret: { type: 'string' },
        'secret-file': { type: 'string' },
        fail: { type: 'string', multiple: true },
        'time-scale': { type: 'string' },
        duration: { type: 'string' },
        'max-attempts': { type: 'string' },
      },
      strict: true,
    });
    if (values.port === undefined || !/^\d+$/.test(values.port) || Number(values.port) > 65535) {
      throw new CliUsageError(`--port must be a port number (0-65535, 0 picks a free one), got ${values.port === undefined ? 'nothing' : `"${values.port}"`}.`);
    }
    const secret = resolveSecret({ flag: values.secret, file: values['secret-file'], env: io.env ?? process.env, cwd: io.cwd });
    const timeScale = positiveNumber(values['time-scale'], '--time-scale') ?? 1;
    const duration = positiveNumber(values.duration, '--duration');
    const maxAttempts = positiveNumber(values['max-attempts'], '--max-attempts');
    if (maxAttempts !== undefined && !Number.isInteger(maxAttempts))
      throw new CliUsageError(`--max-attempts must be a whole number, got "${values['max-attempts'] ?? ''}".`);
    const server = await withContractErrors(() =>
      startCaptureServer({
        secret,
        port: Number(values.port),
        fail: values.fail ?? [],
        timeScale,
        ...(maxAttempts === undefined ? {} : { maxAttempts }),
        onAttempt: (attempt) => {
          // Read from the producer's bytes: shown escaped, never as terminal control sequences.
          const type = /"type":"([^"]{1,100})"/.exec(attempt.body)?.[1] ?? (attempt.oversizedBytes === undefined ? '?' : 'body too large');
          io.out(`${label(attempt)} ${type} → ${attempt.answer}`);
        },
      }),
    );
    io.out(`capturing on ${server.url} (report: GET http://127.0.0.1:${server.port}/__capture/report)`);
    await new Promise<void>((resolve) => {
      const stop = (): void => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      if (duration !== undefined) setTimeout(stop, duration * 1000).unref();
    });
    const report = await server.report();
    await server.close();
    io.out(renderCaptureReport(report));
    return report.ok ? 0 : 1;
  },
};
