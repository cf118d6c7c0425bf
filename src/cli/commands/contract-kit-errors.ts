import { resolve } from 'node:path';
import { ContractKitError } from '../../contract-kit/contract-error.js';
import { redactUrl } from '../../contract-kit/target-url.js';
import { Webhook, isWebhookVerificationError } from '../../runtime/index.js';
import { CliUsageError } from '../command.js';
import { describeRefusal, readRegularFile } from '../read-regular-file.js';

/**
 * Runs a contract-kit command body and turns the kit's own typed errors (an unreachable URL,
 * a bad secret, an unknown case id) into the CLI's one-line usage errors.
 */
export async function withContractErrors<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof ContractKitError) {
      // Something not answering is an outcome (1); a wrong option is a usage mistake (2).
      const usage = error.code === 'unknown_case' || error.code === 'invalid_option';
      throw new CliUsageError(error.message.replace(/^@woes\/webhooks: /, ''), usage ? 2 : 1);
    }
    if (isWebhookVerificationError(error)) throw new CliUsageError(error.message.replace(/^@woes\/webhooks: /, ''), 2);
    throw error;
  }
}

/** Fails fast, in one line, on a secret that is not `whsec_` + base64. */
export function requireSecret(secret: string | undefined, option = '--secret'): string {
  if (secret === undefined || secret === '') throw new CliUsageError(`${option} is required: the endpoint's signing secret, whsec_… (Settings → Webhooks).`);
  try {
    new Webhook(secret);
  } catch (error) {
    if (isWebhookVerificationError(error)) throw new CliUsageError(`${option} is not a valid secret: ${error.message.replace(/^@woes\/webhooks: /, '')}`);
    throw error;
  }
  return secret;
}

/** A secret file holds one `whsec_` secret (about 50 bytes): anything much larger is another file. */
export const MAX_SECRET_FILE_BYTES = 4096;

/** Where the secret can come from. Only the first shows in `ps`; the other two do not. */
export const SECRET_ENV = 'WOES_WEBHOOK_SECRET';
export const SECRET_SOURCES = `--secret-file <path>, ${SECRET_ENV}, or --secret <whsec_…>`;

/**
 * The endpoint secret from `--secret-file` (read, surrounding whitespace trimmed), `--secret`,
 * or the WOES_WEBHOOK_SECRET environment variable, in that order of preference. Giving both
 * options is ambiguous and refused. Validated like `requireSecret`, naming the source.
 */
export function resolveSecret(input: {
  flag: string | undefined;
  file: string | undefined;
  env: Readonly<Record<string, string | undefined>> | undefined;
  cwd: string;
}): string {
  if (input.flag !== undefined && input.file !== undefined) throw new CliUsageError('give --secret or --secret-file, not both.');
  if (input.file !== undefined) {
    const read = readRegularFile(resolve(input.cwd, input.file), MAX_SECRET_FILE_BYTES);
    if (!read.ok) {
      throw new CliUsageError(
        `cannot read --secret-file "${input.file}" (${describeRefusal(read.refusal, MAX_SECRET_FILE_BYTES)}); give a file holding the whsec_… secret.`,
      );
    }
    return requireSecret(read.bytes.toString('utf8').trim(), `the secret in --secret-file "${input.file}"`);
  }
  if (input.flag !== undefined) return requireSecret(input.flag);
  const fromEnv = input.env?.[SECRET_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return requireSecret(fromEnv.trim(), SECRET_ENV);
  throw new CliUsageError(
    `the endpoint's signing secret (whsec_…, Settings → Webhooks) is required: set ${SECRET_ENV} or pass --secret-file <path> (a --secret on the command line is visible to other users in ps).`,
  );
}

/** `--only a,b --only c` → ['a', 'b', 'c']. */
export const listOption = (values: readonly string[] | undefined): string[] | undefined =>
  values === undefined
    ? undefined
    : values
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter((value) => value !== '');

/** A positive integer option, or a usage error naming it. */
export function positiveNumber(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new CliUsageError(`${option} must be a positive number, got "${value}".`);
  return number;
}

/** An http(s) URL, or a usage error naming the option. */
export function requireUrl(value: string | undefined, option: string): string {
  if (value === undefined || value === '') throw new CliUsageError(`${option} is required (for example ${option} http://127.0.0.1:3000/webhooks/woes).`);
  let url: URL;
  // Messages show the URL without any user name or password in it.
  const shown = redactUrl(value);
  try {
    url = new URL(value);
  } catch {
    throw new CliUsageError(`${option} "${shown}" is not a URL; give a full one such as http://127.0.0.1:3000/webhooks/woes.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliUsageError(`${option} must be an http or https URL, got "${shown}".`);
  if (url.username !== '' || url.password !== '') {
    throw new CliUsageError(
      `${option} ${shown} carries a user name or password; Woes sends none, so remove them from the URL and let the signature authenticate deliveries (allow the webhook route through any basic-auth layer).`,
    );
  }
  return value;
}
