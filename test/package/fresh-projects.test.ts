import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_EXAMPLES } from '../../generated/examples.js';
import { generateSecret } from '../../src/runtime/index.js';
import { runProcess, runToSuccess } from '../support/run-process.js';

// The packed package installed, offline, into fresh projects of every kind a receiver writes:
// plain ESM and CommonJS, TypeScript compiling to ESM or CommonJS (`module` node16, nodenext)
// and TypeScript for a bundler. Each type-checks with this repository's tsc and verifies a
// delivery signed by another library (standardwebhooks). Runs against dist/ (`npm run build`).
const REPO = resolve('.');
const TSC = join(REPO, 'node_modules/typescript/bin/tsc');
const ESBUILD = join(REPO, 'node_modules/esbuild/bin/esbuild');
const work = mkdtempSync(join(tmpdir(), 'woes-fresh-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const secret = generateSecret();
const example = EVENT_EXAMPLES['conversation.resolved'][0];
if (!example) throw new Error('no conversation.resolved example');
const body = JSON.stringify({ ...example.payload, id: crypto.randomUUID() });
/**
 * A delivery signed by standardwebhooks now, handed to a receiver as it starts (WOES_DELIVERY).
 * Signed per run, not once for the file: on a loaded machine the type-checks take minutes, and a
 * delivery signed before them is past the 300 s tolerance by the time a receiver runs.
 */
function signedNow(): string {
  const id = (JSON.parse(body) as { id: string }).id;
  const now = new Date();
  const signature = new StandardWebhook(secret).sign(id, now, body);
  return JSON.stringify({ body, headers: { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)), 'webhook-signature': signature } });
}
const withDelivery = () => ({ ...process.env, WOES_DELIVERY: signedNow() });

// Deadlines only a hung step reaches (each takes seconds, tens of seconds on a loaded machine).
const INSTALL_DEADLINE_S = 180;
const TSC_DEADLINE_S = 180;
const RUN_DEADLINE_S = 60;

beforeAll(
  async () => {
    const deadlineSeconds = INSTALL_DEADLINE_S;
    await runToSuccess(process.execPath, ['scripts/stage-package.mjs', join(work, 'staged')], { what: 'staging the package', deadlineSeconds });
    const pack = await runToSuccess('npm', ['pack', '--json', '--pack-destination', work, join(work, 'staged')], { what: 'npm pack', deadlineSeconds });
    const [packed] = JSON.parse(pack.stdout) as { filename: string }[];
    if (!packed) throw new Error('npm pack produced nothing');
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'fresh-projects', private: true }));
    // One install at the root serves every project below it, as node_modules resolution walks up.
    await runToSuccess('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, packed.filename)], {
      what: 'npm install of the packed package',
      cwd: work,
      deadlineSeconds,
    });
  },
  4 * INSTALL_DEADLINE_S * 1000,
);

/** The receiver each project runs: verify, narrow on type, print what it saw. */
const receiverCode = (importLine: string, wrap: boolean): string => {
  const main = `
  const webhook = new Webhook(${JSON.stringify(secret)});
  const event = await webhook.verify(delivery.body, delivery.headers);
  const closedAt: string | null = event.type === 'conversation.resolved' ? event.data.closedAt : null;
  // @ts-expect-error the tolerance is a number of seconds: the package's types are in force
  void (() => new Webhook(${JSON.stringify(secret)}, { toleranceSeconds: '300' }));
  console.log(JSON.stringify({ type: event.type, closedAt }));`;
  return `${importLine}
const delivery: { body: string; headers: Record<string, string> } = JSON.parse(process.env.WOES_DELIVERY ?? '{}');
${wrap ? `async function main(): Promise<void> {${main}\n}\nvoid main();` : main}
`;
};

interface Project {
  readonly name: string;
  readonly type: 'module' | 'commonjs';
  readonly compilerOptions: Record<string, unknown>;
  /** A CommonJS file cannot await at top level. */
  readonly wrap: boolean;
  /** How the checked project runs: tsc's output, or a bundle esbuild makes of it. */
  readonly run: 'tsc' | 'esbuild';
  /**
   * Whether tsc also checks the declaration files themselves (skipLibCheck false), ours and
   * @types/node's: four of a check's six seconds. Our ESM and CommonJS declarations are each
   * checked under node16, the strictest mode (nodenext and bundler accept whatever it does,
   * import attributes included); the other projects check the receiver's code against them
   * with skipLibCheck on, as most projects have it.
   */
  readonly libCheck: boolean;
}

const PROJECTS: readonly Project[] = [
  { name: 'ts-node16-esm', type: 'module', compilerOptions: { module: 'node16', moduleResolution: 'node16' }, wrap: false, run: 'tsc', libCheck: true },
  { name: 'ts-node16-cjs', type: 'commonjs', compilerOptions: { module: 'node16', moduleResolution: 'node16' }, wrap: true, run: 'tsc', libCheck: true },
  { name: 'ts-nodenext-esm', type: 'module', compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' }, wrap: false, run: 'tsc', libCheck: false },
  { name: 'ts-nodenext-cjs', type: 'commonjs', compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' }, wrap: true, run: 'tsc', libCheck: false },
  {
    name: 'ts-bundler',
    type: 'module',
    compilerOptions: { module: 'esnext', moduleResolution: 'bundler', noEmit: true },
    wrap: false,
    run: 'esbuild',
    libCheck: false,
  },
];

const expected = { type: 'conversation.resolved', closedAt: (example.payload.data as { closedAt: string | null }).closedAt };

/** Runs a step of a project, without blocking this process: the projects type-check side by side. */
const run = (what: string, command: string, args: readonly string[], cwd: string, deadlineSeconds = RUN_DEADLINE_S) =>
  runProcess(command, args, { what, cwd, env: withDelivery(), deadlineSeconds });

// A type-check is seconds of one core each: two at a time, on a 2-core machine, instead of five
// in a row. Each test waits its turn, so its time allows for that.
const TYPE_CHECKS_AT_ONCE = 2;
let checking = 0;
const waiting: (() => void)[] = [];
async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (checking >= TYPE_CHECKS_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  checking++;
  try {
    return await work();
  } finally {
    checking--;
    waiting.shift()?.();
  }
}

describe.concurrent.each(PROJECTS)('a fresh TypeScript project: $name', (project) => {
  it(
    'type-checks against the installed package and verifies a delivery',
    async ({ expect }) => {
      const dir = join(work, project.name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: project.name, private: true, type: project.type }));
      const compilerOptions = {
        target: 'es2022',
        strict: true,
        skipLibCheck: !project.libCheck,
        outDir: 'out',
        types: ['node'],
        typeRoots: [join(REPO, 'node_modules/@types')],
        ...project.compilerOptions,
      };
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['index.ts'] }));
      writeFileSync(join(dir, 'index.ts'), receiverCode(`import { Webhook } from '@woes/webhooks';`, project.wrap));
      const checked = await inTurn(() => run(`tsc type-checking ${project.name}`, process.execPath, [TSC, '-p', 'tsconfig.json'], dir, TSC_DEADLINE_S));
      expect(checked.stdout + checked.stderr).toBe('');
      expect(checked.status).toBe(0);
      if (project.run === 'esbuild') {
        const bundled = await run(
          `esbuild bundling ${project.name}`,
          ESBUILD,
          ['index.ts', '--bundle', '--platform=node', '--format=esm', '--outfile=out/index.js', '--log-level=error'],
          dir,
        );
        expect(bundled.stderr).toBe('');
      }
      const result = await run(`the ${project.name} receiver`, process.execPath, ['out/index.js'], dir);
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toEqual(expected);
      // Its turn may wait for every other type-check: the deadlines above bound each step, this only the whole.
    },
    (PROJECTS.length * TSC_DEADLINE_S + 2 * RUN_DEADLINE_S) * 1000,
  );
});

/** Every entry from plain JavaScript: the receiver, verify-only and strict entries. */
const entriesCode = (load: (entry: string) => string): string => `
const { Webhook } = ${load('@woes/webhooks')};
const verifyOnly = ${load('@woes/webhooks/verify')};
const strict = ${load('@woes/webhooks/strict')};
const delivery = JSON.parse(process.env.WOES_DELIVERY ?? '{}');
Promise.all([new Webhook(${JSON.stringify(secret)}).verify(delivery.body, delivery.headers), new verifyOnly.Webhook(${JSON.stringify(secret)}).verify(delivery.body, delivery.headers)])
  .then(([event, unvalidated]) => console.log(JSON.stringify({ type: event.type, unvalidated: unvalidated.type, strict: strict.checkEventStrict(event).ok })));
`;
const entriesExpected = { type: 'conversation.resolved', unvalidated: 'conversation.resolved', strict: true };

// Each test runs one or two processes, each bounded by RUN_DEADLINE_S.
describe('fresh JavaScript projects', { timeout: 3 * RUN_DEADLINE_S * 1000 }, () => {
  beforeAll(() => {
    for (const [name, type] of [
      ['esm', 'module'],
      ['cjs', 'commonjs'],
    ] as const) {
      mkdirSync(join(work, name), { recursive: true });
      writeFileSync(join(work, name, 'package.json'), JSON.stringify({ name, private: true, type }));
    }
    writeFileSync(
      join(work, 'esm', 'index.js'),
      entriesCode((entry) => `await import('${entry}')`),
    );
    writeFileSync(
      join(work, 'cjs', 'index.js'),
      entriesCode((entry) => `require('${entry}')`),
    );
  });

  it('ESM imports every entry and verifies', async () => {
    const result = await run('the ESM project', process.execPath, ['index.js'], join(work, 'esm'));
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(entriesExpected);
  });

  it('CommonJS requires every entry without require(esm), as on Node 20.0–20.18', async () => {
    // Node 20.19+ can require() ES modules; switching that off proves the CommonJS build is real.
    const result = await run('the CommonJS project', process.execPath, ['--no-experimental-require-module', 'index.js'], join(work, 'cjs'));
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(entriesExpected);
  });

  it('a Web-standard runtime (the browser condition) gets Web Crypto and still verifies', async () => {
    const esm = await run('the ESM project under --conditions=browser', process.execPath, ['--conditions=browser', 'index.js'], join(work, 'esm'));
    expect(esm.stderr).toBe('');
    expect(JSON.parse(esm.stdout)).toEqual(entriesExpected);
    const resolved = await run(
      'resolving @woes/webhooks under --conditions=browser',
      process.execPath,
      ['--conditions=browser', '--input-type=module', '-e', "console.log(import.meta.resolve('@woes/webhooks'))"],
      join(work, 'esm'),
    );
    expect(resolved.stdout.trim()).toMatch(/\/dist\/web\/src\/runtime\/index\.js$/);
  });

  it.each([
    ['bun', [join(REPO, 'node_modules/.bin/bun'), 'index.js']],
    ['deno', [join(REPO, 'node_modules/.bin/deno'), 'run', '--no-remote', '--no-lock', '--allow-read', '--allow-env', 'index.js']],
  ] as const)('%s loads the installed package from node_modules and verifies', async (runtime, [command, ...args]) => {
    const result = await runProcess(command, args, {
      what: `${runtime} running the ESM project`,
      cwd: join(work, 'esm'),
      env: { ...withDelivery(), DENO_DIR: join(work, '.deno'), NO_COLOR: '1' },
      deadlineSeconds: RUN_DEADLINE_S,
    });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(entriesExpected);
  });

  it('the Web-standard trees import nothing from node:', () => {
    const installed = join(work, 'node_modules/@woes/webhooks/dist');
    for (const tree of ['web', 'cjs-web']) {
      const files = readdirSync(join(installed, tree), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
      expect(files.length).toBeGreaterThan(10);
      for (const file of files)
        expect(readFileSync(join(installed, tree, file), 'utf8'), `${tree}/${file}`).not.toMatch(/(?:from\s*|import\(\s*|require\(\s*)["']node:/);
    }
  });
});

describe('the packed README', () => {
  it("is the installers' README, not the maintainers'", () => {
    const packed = readFileSync(join(work, 'node_modules/@woes/webhooks/README.md'), 'utf8');
    expect(packed).toBe(readFileSync('package/README.md', 'utf8'));
    expect(packed).not.toBe(readFileSync('README.md', 'utf8'));
  });
});
