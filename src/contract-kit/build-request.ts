import { createHmac } from 'node:crypto';
import type { ConformanceSignature, ConformanceStep } from '../../generated/conformance/cases.js';
import { CONTRACT_VERSION, DELIVERY } from '../../generated/catalog.js';
import { sign } from '../runtime/index.js';
import type { WireRequest } from './transport.js';

export interface SigningContext {
  /** The endpoint's secret, `whsec_…`. */
  readonly secret: string;
  /** The suite's "wrong" secret. */
  readonly otherSecret: string;
  /** The runner's clock, unix seconds, with its fraction. */
  readonly nowSeconds: number;
}

/**
 * The step's `webhook-timestamp`: the clock plus its offset, a whole second toward the clock
 * for a step that must be accepted and away from it for one that must be refused (see the case
 * model), so that ±(tolerance − 1) and ±(tolerance + 1) keep their meaning to the second.
 */
export function stepTimestamp(step: Pick<ConformanceStep, 'timestampOffsetSeconds' | 'expect'>, nowSeconds: number): number {
  const offset = step.timestampOffsetSeconds;
  if (offset === 0) return Math.floor(nowSeconds);
  const exact = nowSeconds + offset;
  const towardClock = step.expect === '2xx';
  return offset < 0 === towardClock ? Math.ceil(exact) : Math.floor(exact);
}

/** One `version,base64` entry, made with the signing library and relabelled when the case asks. */
async function signatureEntry(recipe: ConformanceSignature, step: { id: string; timestamp: number; body: string }, context: SigningContext): Promise<string> {
  const secret = recipe.secret === 'endpoint' ? context.secret : context.otherSecret;
  if (recipe.over === undefined && Buffer.byteLength(step.body) > DELIVERY.limits.maxPayloadBytes) {
    // The library refuses to sign what Woes never sends; the oversized case signs it by hand
    // (Standard Webhooks v1), so a receiver that verifies first still has to read it all.
    const key = Buffer.from(secret.slice(DELIVERY.signing.symmetric.secretPrefix.length), 'base64');
    return `${recipe.version},${createHmac('sha256', key).update(`${step.id}.${step.timestamp}.${step.body}`).digest('base64')}`;
  }
  const headers = await sign({
    id: recipe.over?.webhookId ?? step.id,
    timestamp: step.timestamp,
    body: recipe.over ? JSON.stringify(recipe.over.payload) : step.body,
    secret,
  });
  const [entry = ''] = headers['webhook-signature'].split(' ');
  return `${recipe.version},${entry.slice(entry.indexOf(',') + 1)}`;
}

/** Turns a step of the case data into the exact request to send. */
export async function buildRequest(step: ConformanceStep, context: SigningContext): Promise<WireRequest> {
  const exact = step.body ?? JSON.stringify(step.payload);
  // JSON allows trailing whitespace: the padded body is still the event, signed whole.
  const body = step.oversize === undefined ? exact : exact + ' '.repeat(Math.max(0, step.oversize.totalBytes - Buffer.byteLength(exact)));
  const timestamp = stepTimestamp(step, context.nowSeconds);
  const entries = await Promise.all(step.signatures.map((recipe) => signatureEntry(recipe, { id: step.webhookId, timestamp, body }, context)));
  const all: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': `Woes-Webhooks-Conformance/${CONTRACT_VERSION}`,
    'webhook-id': step.webhookId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': step.signatureHeader ?? entries.join(' '),
  };
  for (const header of step.omitHeaders) delete all[header];
  if (step.malformedFraming !== undefined) return { headers: all, body, malformedFraming: step.malformedFraming };
  if (step.oversize === undefined) return { headers: all, body };
  return { headers: all, body, holdBack: { bytes: step.oversize.sendBytes, framing: step.oversize.framing } };
}
