import { ContractKitError } from '../../contract-kit/contract-error.js';
import { Webhook, isWebhookVerificationError } from '../../runtime/index.js';
import { CliUsageError } from '../command.js';

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

/** `--only a,b --only c` → ['a', 'b', 'c']. */
export const listOption = (values: readonly string[] | undefined): string[] | undefined =>
  values === undefined ? undefined : values.flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '');

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
  try {
    url = new URL(value);
  } catch {
    throw new CliUsageError(`${option} "${value}" is not a URL; give a full one such as http://127.0.0.1:3000/webhooks/woes.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliUsageError(`${option} must be an http or https URL, got "${value}".`);
  return value;
}
