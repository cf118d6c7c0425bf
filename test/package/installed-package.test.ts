import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../generated/catalog.js';
import { runProcess, runToSuccess } from '../support/run-process.js';

// The package as a receiver gets it: staged (scripts/stage-package.mjs), packed by npm,
// installed into a fresh project, imported by its name. Runs against dist/, which `npm test`
// builds first.
let consumer: string;
let packedFiles: string[];

// Seconds each (tens on a loaded machine); only a hung step reaches these.
const INSTALL_DEADLINE_S = 180;
const RUN_DEADLINE_S = 60;

beforeAll(
  async () => {
    const work = mkdtempSync(join(tmpdir(), 'woes-package-'));
    const deadlineSeconds = INSTALL_DEADLINE_S;
    await runToSuccess(process.execPath, ['scripts/stage-package.mjs', join(work, 'staged')], { what: 'staging the package', deadlineSeconds });
    const pack = await runToSuccess('npm', ['pack', '--json', '--pack-destination', work, join(work, 'staged')], { what: 'npm pack', deadlineSeconds });
    const packed = JSON.parse(pack.stdout) as {
      filename: string;
      files: { path: string }[];
    }[];
    const tarball = packed[0];
    if (!tarball) throw new Error('npm pack produced nothing');
    packedFiles = tarball.files.map((file) => file.path);
    consumer = join(work, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    await runToSuccess('npm', ['install', '--offline', '--no-audit', '--no-fund', resolve(work, tarball.filename)], {
      what: 'npm install of the packed package',
      cwd: consumer,
      deadlineSeconds,
    });
  },
  4 * INSTALL_DEADLINE_S * 1000,
);

const node = (code: string) =>
  runProcess(process.execPath, ['--input-type=module', '-e', code], { what: 'node in the consumer project', cwd: consumer, deadlineSeconds: RUN_DEADLINE_S });
const installedCli = (args: readonly string[], cwd?: string) =>
  runProcess(join(consumer, 'node_modules/.bin/woes-webhooks'), args, {
    what: `the installed woes-webhooks ${args.join(' ')}`,
    ...(cwd ? { cwd } : {}),
    deadlineSeconds: RUN_DEADLINE_S,
  });

describe('the published package', { timeout: (2 * RUN_DEADLINE_S + 10) * 1000 }, () => {
  it('imports by its name and validates an example', async () => {
    const result = await node(`
      import { EVENT_TYPES, EVENT_EXAMPLES, DELIVERY, checkEvent } from '@woes/webhooks';
      const example = EVENT_EXAMPLES['message.created'][0].payload;
      console.log(JSON.stringify({ types: EVENT_TYPES.length, tolerance: DELIVERY.signing.toleranceSeconds, check: checkEvent(example) }));
    `);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ types: EVENT_TYPES.length, tolerance: 300, check: { ok: true, known: true } });
  });

  it("ships types, the schemas and the CLI, but not the maintainers' generator", () => {
    expect(packedFiles).toContain('dist/src/runtime/index.d.ts');
    expect(packedFiles).toContain('schemas/events/conversation.created.json');
    expect(packedFiles).toContain('dist/generated/validators/receiver.js');
    expect(packedFiles.some((file) => file.includes('tools/'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(consumer, 'node_modules/@woes/webhooks/package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('resolves only what the exports map exposes', async () => {
    const result = await node(`import('@woes/webhooks/dist/src/runtime/index.js').then(() => console.log('leaked'), (e) => console.log(e.code))`);
    expect(result.stdout.trim()).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  it('exposes the language-neutral data by name: schemas, signing vectors, conformance cases', async () => {
    const result = await node(`
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const schema = require('@woes/webhooks/schemas/events/message.created.json');
      const vectors = require('@woes/webhooks/vectors/signing.json');
      const cases = require('@woes/webhooks/conformance/cases.json');
      console.log(JSON.stringify({ id: schema.$id, vectors: typeof vectors, cases: typeof cases }));
    `);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ id: 'https://docs.woes.dev/schemas/webhooks/events/message.created.json', vectors: 'object', cases: 'object' });
  });

  it('installs the woes-webhooks binary', async () => {
    const result = await installedCli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: woes-webhooks <command>');
  });

  it('offers only what works outside this repository: no maintainer commands', async () => {
    const help = await installedCli(['--help']);
    expect(help.stdout).not.toMatch(/^\s+(generate|diff)\s/m);
    const result = await installedCli(['generate'], consumer);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/unknown command "generate"\. Commands: test-receiver, validate, send, capture\./);
  });
});
