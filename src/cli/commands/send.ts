import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DELIVERY, EVENT_EXAMPLES, EVENT_TYPES } from '../../runtime/index.js';
import { attemptDelivery } from '../../contract-kit/delivery/attempt-delivery.js';
import { ContractKitError } from '../../contract-kit/contract-error.js';
import { applyOverride } from '../../contract-kit/apply-override.js';
import { redactUrl } from '../../contract-kit/target-url.js';
import { CliUsageError, type Command } from '../command.js';
import { describeRefusal, readRegularFile } from '../read-regular-file.js';
import { positiveNumber, requireUrl, resolveSecret, SECRET_ENV, withContractErrors } from './contract-kit-errors.js';

const isEventType = (value: string): value is (typeof EVENT_TYPES)[number] => (EVENT_TYPES as readonly string[]).includes(value);

/**
 * The most `send` reads of an event file: a delivery body is at most the contract's limit
 * (x-woes-limits.maxPayloadBytes) as compact JSON, and this leaves room for the same event
 * indented. Past it the file is refused unread: it cannot hold one event.
 */
const MAX_EVENT_FILE_BYTES = DELIVERY.limits.maxPayloadBytes * 16;

/** The event to send: a spec example (with a fresh id, so deduping receivers process it) or a file. */
function loadEvent(what: string, cwd: string): Record<string, unknown> {
  const [type = '', exampleName] = what.split(':');
  if (isEventType(type)) {
    const examples = EVENT_EXAMPLES[type];
    const example = exampleName === undefined ? examples[0] : examples.find((candidate) => candidate.name === exampleName);
    if (!example)
      throw new CliUsageError(`${type} has no example "${exampleName ?? ''}"; examples: ${examples.map((candidate) => candidate.name).join(', ')}.`);
    return { ...(structuredClone(example.payload) as unknown as Record<string, unknown>), id: randomUUID() };
  }
  if (!/[/\\]|\.json$/.test(what)) {
    const near = EVENT_TYPES.filter((candidate) => candidate.startsWith(`${type.split('.')[0] ?? ''}.`));
    throw new CliUsageError(
      `unknown event type "${what}"${near.length > 0 ? `; did you mean ${near.join(', ')}?` : `; known types: ${EVENT_TYPES.join(', ')}.`} Or give a .json file.`,
    );
  }
  const read = readRegularFile(resolve(cwd, what), MAX_EVENT_FILE_BYTES);
  if (!read.ok) {
    throw new CliUsageError(
      `cannot read "${what}" (${describeRefusal(read.refusal, MAX_EVENT_FILE_BYTES)}); give an event type or a .json file holding one event${read.refusal.kind === 'too-large' ? ` (at most ${DELIVERY.limits.maxPayloadBytes} bytes as compact JSON)` : ''}.`,
    );
  }
  try {
    const value: unknown = JSON.parse(read.bytes.toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch {
    throw new CliUsageError(`"${what}" is not one JSON event object; check it with woes-webhooks validate ${what}.`);
  }
}

export const sendCommand: Command = {
  name: 'send',
  summary: 'Send one signed delivery (a spec example or your own file) to an endpoint.',
  usage: `woes-webhooks send <event-type[:example]|file.json> --url <endpoint> [--secret-file <path>] [--set path=value]...

  Signs one delivery exactly as Woes does and POSTs it once (no retries, no redirects),
  printing the status, the latency and the response body. Exit 0 on a 2xx.
  <event-type>       a spec example (e.g. conversation.created or conversation.created:live-chat), with a fresh id
  <file.json>        your own event, sent byte for byte as JSON.stringify of its content
  --secret-file <p>  a file holding the endpoint's signing secret (whsec_…), or set ${SECRET_ENV};
                     --secret <whsec_…> works too, but shows in ps
  --set path=value   override a field: dot path or JSON pointer (data.status=solved, /sequence=7);
                     the value is parsed as JSON when it can be, else taken as a string
  --timeout <ms>     default: the spec's attempt timeout (15000)`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: {
        url: { type: 'string' },
        secret: { type: 'string' },
        'secret-file': { type: 'string' },
        set: { type: 'string', multiple: true },
        timeout: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    const [what, ...extra] = positionals;
    if (what === undefined || extra.length > 0)
      throw new CliUsageError('give one event type or .json file, e.g. woes-webhooks send conversation.created --url … --secret ….');
    const url = requireUrl(values.url, '--url');
    // Printed without the credentials a query may carry (`?token=`).
    const shown = redactUrl(url);
    const secret = resolveSecret({ flag: values.secret, file: values['secret-file'], env: io.env ?? process.env, cwd: io.cwd });
    const event = loadEvent(what, io.cwd);
    await withContractErrors(async () => {
      for (const assignment of values.set ?? []) applyOverride(event, assignment);
    });
    if (typeof event.id !== 'string' || event.id === '')
      throw new CliUsageError('the event has no string "id"; it becomes the webhook-id header. Add one or use --set id=….');
    const timeoutMs = positiveNumber(values.timeout, '--timeout') ?? DELIVERY.retries.attemptTimeoutSeconds * 1000;
    const attempt = await withContractErrors(async () => attemptDelivery({ url, secret, webhookId: String(event.id), body: JSON.stringify(event), timeoutMs }));
    // Nothing accepted the connection: a setup mistake. A reset or a timeout is an outcome, printed below.
    if (attempt.status === undefined && attempt.error !== undefined && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)/.test(attempt.error)) {
      throw new CliUsageError(
        new ContractKitError(
          'receiver_unreachable',
          `nothing answered at ${shown} (${attempt.error}). Start the receiver first, or fix --url.`,
        ).message.replace(/^@woes\/webhooks: /, ''),
        1,
      );
    }
    const latency = `${Math.round(attempt.ms)} ms`;
    const broken = attempt.status !== undefined && attempt.error !== undefined ? `; ${attempt.error}` : '';
    io.out(
      attempt.status === undefined
        ? `POST ${shown} → no answer (${attempt.error ?? ''}) after ${latency}`
        : `POST ${shown} → ${attempt.status} in ${latency} (webhook-id ${String(event.id)}, ${String(event.type)})${broken}`,
    );
    if (attempt.responseBody !== '') io.out(attempt.responseBody);
    return attempt.outcome === 'delivered' ? 0 : 1;
  },
};
