import { parseArgs } from 'node:util';
import { isReporterName, REPORTERS } from '../../contract-kit/reporters/index.js';
import { SILENT_CASES_BEFORE_STOP } from '../../contract-kit/run-suite.js';
import { testReceiver } from '../../contract-kit/test-receiver.js';
import { CliUsageError, type Command } from '../command.js';
import { listOption, positiveNumber, requireUrl, resolveSecret, SECRET_ENV, withContractErrors } from './contract-kit-errors.js';

/**
 * The exit status when every case passed on its status codes but the side effects of some were
 * not checked: not 0, so that a CI job without --inspect cannot pass a receiver that processes
 * duplicates twice or applies stale updates; not 1, so a script can tell it from a failure.
 */
export const UNINSPECTED_EXIT = 3;

export const testReceiverCommand: Command = {
  name: 'test-receiver',
  summary: 'Run the conformance suite against your running webhook endpoint.',
  usage: `woes-webhooks test-receiver --url <endpoint> [--secret-file <path>] [options]

  Sends signed, forged, replayed, duplicated, oversized and out-of-order deliveries to your
  endpoint and checks each answer, and with --inspect what it did with them.
  Exit 0 when the endpoint conforms; 1 when it does not; ${UNINSPECTED_EXIT} when every case passed on its
  status codes but dedupe and ordering went unchecked (no --inspect): give --inspect, or
  --no-inspect to accept status codes only (then 0, and the report still says so).
  --url <url>          the endpoint under test (real HTTP; redirects are never followed; no user:password@)
  --secret-file <path> a file holding the endpoint's signing secret (whsec_…)
                       or set ${SECRET_ENV}; --secret <whsec_…> works too, but shows in ps
  --inspect <url>      base URL of its inspection routes, to check dedupe and ordering side effects:
                         GET <url>/events/<webhook-id>      -> {"processed": n}
                         GET <url>/resources/<object>/<id>  -> {"sequence": n}
  --no-inspect         check status codes only, on purpose: exit 0 although side effects went unchecked
  --reporter <name>    table (default), json or junit
  --only <ids>         run only these case ids or prefixes (comma-separated; "signature." or "deliver.*")
  --skip <ids>         skip these case ids or prefixes
  --timeout <ms>       per request (default: the spec's attempt timeout, 15000)
  --deadline <ms>      for the whole run; cases not started by then are reported "not run"
  The suite stops by itself after ${SILENT_CASES_BEFORE_STOP} cases in a row get no answer.`,
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        url: { type: 'string' },
        secret: { type: 'string' },
        'secret-file': { type: 'string' },
        inspect: { type: 'string' },
        'no-inspect': { type: 'boolean' },
        reporter: { type: 'string', default: 'table' },
        only: { type: 'string', multiple: true },
        skip: { type: 'string', multiple: true },
        timeout: { type: 'string' },
        deadline: { type: 'string' },
      },
      strict: true,
    });
    const url = requireUrl(values.url, '--url');
    const secret = resolveSecret({ flag: values.secret, file: values['secret-file'], env: io.env ?? process.env, cwd: io.cwd });
    const reporter = values.reporter ?? 'table';
    if (!isReporterName(reporter)) throw new CliUsageError(`unknown --reporter "${reporter}"; use table, json or junit.`);
    if (values.inspect !== undefined && values['no-inspect'] === true) throw new CliUsageError('give --inspect <url> or --no-inspect, not both.');
    const inspect = values.inspect === undefined ? undefined : requireUrl(values.inspect, '--inspect');
    const report = await withContractErrors(() =>
      testReceiver({
        url,
        secret,
        inspect,
        only: listOption(values.only),
        skip: listOption(values.skip),
        timeoutMs: positiveNumber(values.timeout, '--timeout'),
        deadlineMs: positiveNumber(values.deadline, '--deadline'),
      }),
    );
    io.out(REPORTERS[reporter](report));
    if (report.verdict === 'conforms') return 0;
    if (report.verdict === 'does-not-conform') return 1;
    if (values['no-inspect'] === true) return 0;
    io.err(
      `woes-webhooks test-receiver: exit ${UNINSPECTED_EXIT}: the side effects of ${report.sideEffectsNotChecked} case(s) (dedupe, ordering) were not checked. Pass --inspect <url> to check them, or --no-inspect to accept status codes only.`,
    );
    return UNINSPECTED_EXIT;
  },
};
