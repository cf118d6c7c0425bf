/** Oversized bodies (16 times the contract's limit, or never finished), sent over a raw socket. */
export const OVERSIZED_CASES = {
  // Only a receiver that refuses while reading can answer these at all.
  declaredEndless: { name: 'declared by Content-Length, never finished', declareLength: true, end: false },
  chunkedEndless: { name: 'chunked, never finished', declareLength: false, end: false },
  // The sender goes on writing and reads only 300 ms later, as a loaded machine does: how the
  // Node http recipe's 413 was lost now and then (it closed at once; the reset beat the read).
  declaredEndlessReadLate: { name: 'declared, never finished, the answer read 300 ms late', declareLength: true, end: false, readLateMs: 300 },
  // Finished bodies, for a recipe behind a platform that buffers first, or a parser that drains.
  declaredFinished: { name: 'declared by Content-Length, finished', declareLength: true, end: true },
  chunkedFinished: { name: 'chunked, finished', declareLength: false, end: true },
} as const;
export type OversizedCase = keyof typeof OVERSIZED_CASES;

export interface ExampleReceiver {
  readonly name: string;
  /** Starts it on PORT=0; it prints `listening on http://127.0.0.1:<port>`. */
  readonly command: readonly string[];
  /** The webhook route and the inspection root, below the printed origin. */
  readonly path: string;
  readonly inspectPath: string;
  readonly env?: Readonly<Record<string, string>>;
  /** What the Frameworks docs page includes of it (`{{snippet:…}}`); absent when the page does not show it. */
  readonly docs?: string;
  /** The oversized bodies it must answer 413 `{ code: body_too_large }`. */
  readonly oversized: readonly OversizedCase[];
  /** What it needs beyond node_modules (scripts/setup/requirements.mjs names; `npm run setup` installs them). */
  readonly requires?: readonly string[];
  /**
   * Whether it answers 408 `{ code: body_timeout }` to a body that stalls, within the adapters'
   * 10 s read deadline, or why where it runs the platform decides instead.
   */
  readonly stalledBody: true | { readonly platform: string };
  /**
   * Conformance cases that fail where the recipe runs, because of the platform in front of it,
   * not the recipe: they run all the same, must fail exactly so (the platform waits for the
   * rest of the body), and the docs page says so. No case is skipped for any recipe.
   */
  readonly platformFailures?: { readonly cases: readonly string[]; readonly timeoutMs: number };
}

const tsx = (file: string): readonly string[] => ['node_modules/.bin/tsx', file];
const deno = (file: string): readonly string[] => [
  'node_modules/.bin/deno',
  'run',
  '--no-remote',
  '--no-lock',
  '--no-config',
  '--sloppy-imports',
  '--allow-read',
  '--allow-env',
  '--allow-net=127.0.0.1',
  file,
];
const lambda = ['node_modules/.bin/tsx', 'test/contract-kit/support/api-gateway-bridge.ts', 'examples/aws-lambda/handler.ts'];
// A recipe that reads the stream itself refuses before the body ends, however it is framed.
const defaults = {
  path: '/webhooks/woes',
  inspectPath: '/__woes',
  oversized: ['declaredEndless', 'chunkedEndless', 'declaredEndlessReadLate'],
  stalledBody: true,
} as const;
// API Gateway buffers the whole body (up to its own 10 MB) before the function runs, so the
// function cannot answer before the rest of an oversized body arrives, nor time out a stalled
// one: the suite's two early-refusal cases fail behind it (the Frameworks page says so), and
// the function refuses a finished oversized body instead.
const platformBuffered = ['declaredFinished', 'chunkedFinished'] as const;
const bufferedByPlatform = {
  cases: ['limits.body-too-large.declared', 'limits.body-too-large.chunked'],
  timeoutMs: 3000,
} as const;
const apiGateway = { platform: 'API Gateway reads the whole body before the function runs' } as const;

/** The recipes in examples/, and how each starts. Each must pass the conformance suite with --inspect and answer the one policy. */
export const EXAMPLE_RECEIVERS: readonly ExampleReceiver[] = [
  { ...defaults, name: 'Node http', docs: 'examples/node-http/server.ts#recipe', command: tsx('examples/node-http/server.ts') },
  // body-parser answers an oversized chunked body only at its end; the recipe's guard counts
  // bytes as they arrive and answers first, so the endless ones are refused too.
  {
    ...defaults,
    name: 'Express by hand (express.raw)',
    docs: 'examples/express/server.ts#recipe',
    command: tsx('examples/express/server.ts'),
    oversized: ['declaredEndless', 'chunkedEndless', 'declaredEndlessReadLate', 'chunkedFinished'],
  },
  {
    ...defaults,
    name: 'Express with createNodeMiddleware',
    docs: 'examples/express-adapter/server.ts#recipe',
    command: tsx('examples/express-adapter/server.ts'),
  },
  { ...defaults, name: 'Fastify (parseAs buffer)', docs: 'examples/fastify/server.ts#recipe', command: tsx('examples/fastify/server.ts') },
  {
    ...defaults,
    name: 'Next.js App Router route handler (next dev)',
    docs: 'examples/nextjs/app/api/webhooks/route.ts#recipe',
    command: tsx('examples/nextjs/start.ts'),
    path: '/api/webhooks',
    inspectPath: '/api/woes-inspect',
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
  { ...defaults, name: 'Hono on Bun', docs: 'examples/hono/app.ts#recipe', command: ['node_modules/.bin/bun', 'examples/hono/serve-bun.ts'] },
  { ...defaults, name: 'Workers-style fetch module on Deno.serve', docs: 'examples/workers/worker.ts#recipe', command: deno('examples/workers/serve-deno.ts') },
  {
    ...defaults,
    name: 'AWS Lambda behind API Gateway (text body)',
    docs: 'examples/aws-lambda/handler.ts#recipe',
    command: lambda,
    oversized: platformBuffered,
    stalledBody: apiGateway,
    platformFailures: bufferedByPlatform,
  },
  {
    ...defaults,
    name: 'AWS Lambda behind API Gateway (isBase64Encoded)',
    docs: 'examples/aws-lambda/handler.ts#recipe',
    command: lambda,
    oversized: platformBuffered,
    stalledBody: apiGateway,
    platformFailures: bufferedByPlatform,
    env: { WOES_BRIDGE_BASE64: '1' },
  },
  { ...defaults, name: 'Fetch-API handler (Node adapter)', command: tsx('examples/fetch-handler/serve-node.ts') },
  {
    ...defaults,
    name: 'Python standard library',
    docs: 'examples/python/receiver.py#recipe',
    command: ['python3', 'examples/python/receiver.py'],
    requires: ['python3'],
  },
  // Debian's python3-flask installs for Debian's Python, which may not be the first python3 on PATH.
  // The recipe drops what the sender still sends for a second after refusing (closing at once
  // with the rest unread sent a reset that could overtake its 413), and takes only bodies with a
  // Content-Length: a chunked one gets 411, which the suite's chunked case accepts.
  {
    ...defaults,
    name: 'Flask',
    docs: 'examples/flask/app.py#recipe',
    command: ['/usr/bin/python3', 'examples/flask/app.py'],
    oversized: ['declaredEndless', 'declaredEndlessReadLate', 'declaredFinished'],
    requires: ['flask'],
  },
];

/** A request that no caller should learn anything from: the answer is the status and `{ code }` only. */
export interface AnswerCase {
  readonly name: string;
  readonly request: 'unsigned' | 'wrong-secret' | 'signed-not-json';
  readonly status: number;
  readonly code: string;
}

export const ANSWER_CASES: readonly AnswerCase[] = [
  { name: 'no signature headers', request: 'unsigned', status: 401, code: 'missing_header' },
  { name: 'signed with another secret', request: 'wrong-secret', status: 401, code: 'no_matching_signature' },
  { name: 'genuinely signed, but not JSON', request: 'signed-not-json', status: 400, code: 'invalid_json' },
];
