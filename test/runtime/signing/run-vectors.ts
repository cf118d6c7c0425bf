// Runs test/vectors/signing.json against a `verify`/`sign` pair. Runtime-neutral (no Node
// globals): vitest calls it on Node with both crypto backends, and test/runtime/platforms/ runs it
// under Deno and Bun against the same library.
import type { VerifyWithKeysOptions } from '../../../src/runtime/signing/verify.js';
import type { SignInput, SignedHeaders } from '../../../src/runtime/signing/sign.js';
import { strictValidation } from '../../../src/runtime/validation/check-strict.js';

export interface VectorDelivery {
  readonly name: string;
  readonly description: string;
  readonly secrets?: readonly string[];
  readonly publicKeys?: readonly string[];
  readonly options?: { readonly toleranceSeconds?: number; readonly ignoreTimestamp?: boolean; readonly strict?: boolean };
  readonly now: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly bodyBase64?: string;
  readonly bodyRepeat?: { readonly unit: string; readonly count: number };
  readonly signedWith?: readonly string[];
  readonly expect: { readonly ok: true; readonly type: string } | { readonly code: string; readonly path?: string };
}

export interface SigningVectors {
  readonly toleranceSeconds: number;
  readonly maxPayloadBytes: number;
  readonly knownAnswer: { readonly secret: string; readonly id: string; readonly timestamp: number; readonly body: string; readonly signature: string };
  readonly signatures: readonly VectorSignature[];
  readonly deliveries: readonly VectorDelivery[];
}

export interface VectorSignature {
  readonly name: string;
  readonly id: string;
  readonly timestamp: number;
  readonly body?: string;
  readonly bodyBase64?: string;
  readonly keys: readonly string[];
  readonly signature: string;
}

export interface VectorLibrary {
  verify(body: string | Uint8Array, headers: Readonly<Record<string, string>>, options: VerifyWithKeysOptions): Promise<{ type: string }>;
  sign(input: SignInput): Promise<SignedHeaders>;
}

/** One vector's outcome: `problem` is undefined when the library did what the vector expects. */
export interface VectorResult {
  readonly name: string;
  readonly problem?: string;
}

export function bodyOf(vector: Pick<VectorDelivery, 'body' | 'bodyBase64' | 'bodyRepeat'>): string | Uint8Array {
  if (vector.bodyBase64 !== undefined) return Uint8Array.from(atob(vector.bodyBase64), (char) => char.charCodeAt(0));
  if (vector.bodyRepeat) return vector.bodyRepeat.unit.repeat(vector.bodyRepeat.count);
  return vector.body ?? '';
}

export function optionsOf(vector: VectorDelivery): VerifyWithKeysOptions {
  // The vectors say `strict: true` language-neutrally; here that is the strict entry's validation.
  const { strict, ...options } = vector.options ?? {};
  return {
    ...(vector.secrets ? { secret: vector.secrets } : {}),
    ...(vector.publicKeys ? { publicKey: vector.publicKeys } : {}),
    ...options,
    ...(strict === true ? { validation: strictValidation } : {}),
    now: () => vector.now * 1000,
  };
}

async function runDelivery(library: VectorLibrary, vector: VectorDelivery): Promise<string | undefined> {
  let outcome: { type: string } | { code: unknown; path: unknown; name: unknown };
  try {
    outcome = await library.verify(bodyOf(vector), vector.headers, optionsOf(vector));
  } catch (error) {
    const fields = error as { code?: unknown; path?: unknown; name?: unknown };
    outcome = { code: fields.code, path: fields.path, name: fields.name };
  }
  const expected = vector.expect;
  if ('ok' in expected) return 'type' in outcome && outcome.type === expected.type ? undefined : `expected ${expected.type}, got ${JSON.stringify(outcome)}`;
  if (!('code' in outcome)) return `expected ${expected.code}, but it verified`;
  if (outcome.name !== 'WebhookVerificationError' || outcome.code !== expected.code) return `expected ${expected.code}, got ${JSON.stringify(outcome)}`;
  if (expected.path !== undefined && outcome.path !== expected.path) return `expected path ${expected.path}, got ${String(outcome.path)}`;
  return undefined;
}

async function runSigning(library: VectorLibrary, vector: VectorDelivery): Promise<string | undefined> {
  if (!vector.signedWith) return undefined;
  const body = bodyOf(vector);
  const headerOf = (name: string) => Object.entries(vector.headers).find(([key]) => key.toLowerCase() === name)?.[1] ?? '';
  const secrets = vector.signedWith.filter((key) => key.startsWith('whsec_'));
  const signingKeys = vector.signedWith.filter((key) => key.startsWith('whsk_'));
  const signed = await library.sign({
    id: headerOf('webhook-id'),
    timestamp: Number(headerOf('webhook-timestamp')),
    body,
    secret: secrets,
    signingKey: signingKeys,
  });
  return signed['webhook-signature'] === headerOf('webhook-signature') ? undefined : `sign produced ${signed['webhook-signature']}`;
}

/** The known answer and every signing case signed, every delivery verified, every `signedWith` re-signed. */
export async function runVectors(library: VectorLibrary, vectors: SigningVectors): Promise<VectorResult[]> {
  const results: VectorResult[] = [];
  const { knownAnswer } = vectors;
  const signed = await library.sign({ id: knownAnswer.id, timestamp: knownAnswer.timestamp, body: knownAnswer.body, secret: knownAnswer.secret });
  const knownProblem = signed['webhook-signature'] === knownAnswer.signature ? {} : { problem: `sign produced ${signed['webhook-signature']}` };
  results.push({ name: 'known-answer (sign)', ...knownProblem });
  for (const vector of vectors.signatures) {
    const secret = vector.keys.filter((key) => key.startsWith('whsec_'));
    const signingKey = vector.keys.filter((key) => key.startsWith('whsk_'));
    const headers = await library.sign({ id: vector.id, timestamp: vector.timestamp, body: bodyOf(vector), secret, signingKey });
    const problem = headers['webhook-signature'] === vector.signature ? {} : { problem: `sign produced ${headers['webhook-signature']}` };
    results.push({ name: `signature ${vector.name}`, ...problem });
  }
  for (const vector of vectors.deliveries) {
    const problem = await runDelivery(library, vector);
    results.push({ name: `${vector.name} (verify)`, ...(problem === undefined ? {} : { problem }) });
    if (vector.signedWith) {
      const signProblem = await runSigning(library, vector);
      results.push({ name: `${vector.name} (sign)`, ...(signProblem === undefined ? {} : { problem: signProblem }) });
    }
  }
  return results;
}
