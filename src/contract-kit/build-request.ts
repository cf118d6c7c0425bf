import type { ConformanceSignature, ConformanceStep } from '../../generated/conformance/cases.js';
import { CONTRACT_VERSION } from '../../generated/catalog.js';
import { sign } from '../runtime/index.js';
import type { WireRequest } from './transport.js';

export interface SigningContext {
  /** The endpoint's secret, `whsec_…`. */
  readonly secret: string;
  /** The suite's "wrong" secret. */
  readonly otherSecret: string;
  /** The runner's clock, unix seconds. */
  readonly nowSeconds: number;
}

/** One `version,base64` entry, made with the signing library and relabelled when the case asks. */
async function signatureEntry(recipe: ConformanceSignature, step: { id: string; timestamp: number; body: string }, context: SigningContext): Promise<string> {
  const headers = await sign({
    id: recipe.over?.webhookId ?? step.id,
    timestamp: step.timestamp,
    body: recipe.over ? JSON.stringify(recipe.over.payload) : step.body,
    secret: recipe.secret === 'endpoint' ? context.secret : context.otherSecret,
  });
  const [entry = ''] = headers['webhook-signature'].split(' ');
  return `${recipe.version},${entry.slice(entry.indexOf(',') + 1)}`;
}

/** Turns a step of the case data into the exact request to send. */
export async function buildRequest(step: ConformanceStep, context: SigningContext): Promise<WireRequest> {
  const body = JSON.stringify(step.payload);
  const timestamp = context.nowSeconds + step.timestampOffsetSeconds;
  const entries = await Promise.all(step.signatures.map((recipe) => signatureEntry(recipe, { id: step.webhookId, timestamp, body }, context)));
  const all: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': `Woes-Webhooks-Conformance/${CONTRACT_VERSION}`,
    'webhook-id': step.webhookId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': step.signatureHeader ?? entries.join(' '),
  };
  for (const header of step.omitHeaders) delete all[header];
  return { headers: all, body };
}
