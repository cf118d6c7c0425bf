import { parseArgs } from 'node:util';
import { isReporterName, REPORTERS } from '../../contract-kit/reporters/index.js';
import { conforms } from '../../contract-kit/suite-report.js';
import { testReceiver } from '../../contract-kit/test-receiver.js';
import { CliUsageError, type Command } from '../command.js';
import { listOption, positiveNumber, requireSecret, requireUrl, withContractErrors } from './contract-kit-errors.js';

export const testReceiverCommand: Command = {
  name: 'test-receiver',
  summary: 'Run the conformance suite against your running webhook endpoint.',
  usage: `woes-webhooks test-receiver --url <endpoint> --secret <whsec_…> [options]

  Sends signed, forged, replayed, duplicated and out-of-order deliveries to your endpoint
  and checks each answer. Exit 0 only when the endpoint conforms.
  --url <url>          the endpoint under test (real HTTP; redirects are never followed)
  --secret <whsec_…>   the endpoint's signing secret
  --inspect <url>      base URL of its inspection routes, to check dedupe and ordering side effects:
                         GET <url>/events/<webhook-id>      -> {"processed": n}
                         GET <url>/resources/<object>/<id>  -> {"sequence": n}
  --reporter <name>    table (default), json or junit
  --only <ids>         run only these case ids or prefixes (comma-separated; "signature." or "deliver.*")
  --skip <ids>         skip these case ids or prefixes
  --timeout <ms>       per request (default: the spec's attempt timeout, 15000)`,
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        url: { type: 'string' },
        secret: { type: 'string' },
        inspect: { type: 'string' },
        reporter: { type: 'string', default: 'table' },
        only: { type: 'string', multiple: true },
        skip: { type: 'string', multiple: true },
        timeout: { type: 'string' },
      },
      strict: true,
    });
    const url = requireUrl(values.url, '--url');
    const secret = requireSecret(values.secret);
    const reporter = values.reporter ?? 'table';
    if (!isReporterName(reporter)) throw new CliUsageError(`unknown --reporter "${reporter}"; use table, json or junit.`);
    const inspect = values.inspect === undefined ? undefined : requireUrl(values.inspect, '--inspect');
    const report = await withContractErrors(() =>
      testReceiver({ url, secret, inspect, only: listOption(values.only), skip: listOption(values.skip), timeoutMs: positiveNumber(values.timeout, '--timeout') }),
    );
    io.out(REPORTERS[reporter](report));
    return conforms(report) ? 0 : 1;
  },
};
