/** Oversized bodies (16 times the contract's limit, or never finished), sent over a raw socket. */
export const OVERSIZED_CASES = {
  // Only a receiver that refuses while reading can answer these at all.
  declaredEndless: { name: 'declared by Content-Length, never finished', declareLength: true, end: false },
  chunkedEndless: { name: 'chunked, never finished', declareLength: false, end: false },
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
  /** Conformance cases the recipe cannot pass where it runs, each prefix with its reason beside the recipe. */
  readonly skip?: readonly string[];
  /** What it needs beyond node_modules (scripts/setup/requirements.mjs names; `npm run setup` installs them). */
  readonly requires?: readonly string[];
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
const defaults = { path: '/webhooks/woes', inspectPath: '/__woes', oversized: ['declaredEndless', 'chunkedEndless'] } as const;
// API Gateway buffers the whole body (up to its own 10 MB) before the function runs, so the
// suite's early-refusal cases (413 before the rest of the body arrives) are the platform's, not
// the function's: the Lambda recipes skip them and refuse a finished oversized body instead.
const platformBuffered = ['declaredFinished', 'chunkedFinished'] as const;
const bufferedByPlatform = ['limits.body-too-large'] as const;

/** The recipes in examples/, and how each starts. Each must pass the conformance suite with --inspect and answer the one policy. */
export const EXAMPLE_RECEIVERS: readonly ExampleReceiver[] = [
  { ...defaults, name: 'Node http', docs: 'examples/node-http/server.ts#recipe', command: tsx('examples/node-http/server.ts') },
  // body-parser discards (never stores) the rest of a chunked body past its limit but answers only
  // at its end, so an endless chunked body gets no answer: the suite's chunked early-refusal case
  // is skipped, and the recipe points at createNodeMiddleware, which refuses while reading.
  // The recipe refuses a declared oversized length at once.
  {
    ...defaults,
    name: 'Express by hand (express.raw)',
    docs: 'examples/express/server.ts#recipe',
    command: tsx('examples/express/server.ts'),
    oversized: ['declaredEndless', 'chunkedFinished'],
    skip: ['limits.body-too-large.chunked'],
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
    skip: bufferedByPlatform,
  },
  {
    ...defaults,
    name: 'AWS Lambda behind API Gateway (isBase64Encoded)',
    docs: 'examples/aws-lambda/handler.ts#recipe',
    command: lambda,
    oversized: platformBuffered,
    skip: bufferedByPlatform,
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
  // Werkzeug's development server closes the socket with the unread rest of an oversized body in
  // it, and the kernel's reset can overtake its 413 on the way to the sender, finished body or
  // not. The recipe refuses; whether the sender reads the refusal depends on the server, so the
  // early-refusal checks are left to the server Flask runs behind (gunicorn, a proxy's body limit).
  {
    ...defaults,
    name: 'Flask',
    docs: 'examples/flask/app.py#recipe',
    command: ['/usr/bin/python3', 'examples/flask/app.py'],
    oversized: [],
    skip: ['limits.body-too-large'],
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
