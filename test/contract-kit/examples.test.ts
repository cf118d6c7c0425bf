import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFORMANCE_SUITE } from '../../generated/conformance/cases.js';
import { DELIVERY } from '../../generated/catalog.js';
import { generateSecret, sign, STATUS_FOR_CODE } from '../../src/runtime/index.js';
import { testReceiver } from '../../src/contract-kit/test-receiver.js';
import { createHandler } from '../../examples/fetch-handler/handler.js';
import { WOES_WEBHOOKS } from '../../src/cli/commands/index.js';
import { requireTools } from '../support/require-tools.js';
import { runCliInProcess } from '../support/run-cli-in-process.js';
import { runProcess } from '../support/run-process.js';
import { ANSWER_CASES, EXAMPLE_RECEIVERS, OVERSIZED_CASES, type AnswerCase } from './example-cases.js';
import { postOversized } from './support/post-oversized.js';
import { postStalled, type StalledAnswer } from './support/post-stalled.js';
import { START_DEADLINE_S, startExample, type RunningExample } from './support/start-example.js';

// Before any recipe starts: what the recipes need beyond node_modules (Python, Flask), each
// missing one a line with the command that installs it.
requireTools(...new Set(EXAMPLE_RECEIVERS.flatMap((recipe) => recipe.requires ?? [])));

const CONFORMANCE_DEADLINE_MS = 240_000;

// The recipes start ahead of their tests, three at a time, in the order their tests run: most
// of a start is waiting (a runtime booting, a framework loading), and each recipe's tests wait
// for its own start. A start that fails fails that recipe's beforeAll, as before.
const STARTS_AHEAD = 3;
const starts: Promise<RunningExample>[] = [];
// Each recipe's stalled-body probe starts as soon as the recipe listens and waits out its read
// deadline beside the other tests, rather than ten seconds per recipe one after another.
const stalledProbes = new Map<string, Promise<StalledAnswer>>();
const stalled = (name: string): Promise<StalledAnswer> => stalledProbes.get(name) ?? Promise.reject(new Error(`no stalled-body probe for ${name}`));
const starting = new Map(
  EXAMPLE_RECEIVERS.map(({ name, command, env }, index) => {
    const secret = generateSecret();
    const turn = starts[index - STARTS_AHEAD]?.then(
      () => undefined,
      () => undefined,
    );
    const example = (turn ?? Promise.resolve()).then(() => startExample(command, { WOES_WEBHOOK_SECRET: secret, WOES_INSPECT: '1', ...env }));
    example.catch(() => undefined);
    const recipe = EXAMPLE_RECEIVERS[index];
    if (recipe?.stalledBody === true) {
      // One request first, so that a framework that builds a route on its first request (next dev) has built it.
      const probe = example.then(async (started) => {
        await fetch(`${started.origin}${recipe.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).catch(() => undefined);
        return postStalled(`${started.origin}${recipe.path}`, { timeoutMs: 20_000 });
      });
      probe.catch(() => undefined);
      stalledProbes.set(name, probe);
    }
    starts.push(example);
    return [name, { secret, example }] as const;
  }),
);
afterAll(async () => {
  await Promise.all(
    [...starting.values()].map(({ example }) =>
      example.then(
        (started) => started.stop(),
        () => undefined,
      ),
    ),
  );
});

/** The request each answer case sends: what an unauthenticated caller, or a broken sender, can send. */
async function answerRequest(kind: AnswerCase['request'], secret: string): Promise<RequestInit> {
  const body = kind === 'signed-not-json' ? 'not json' : JSON.stringify({ type: 'message.created' });
  if (kind === 'unsigned') return { method: 'POST', headers: { 'content-type': 'application/json' }, body };
  const headers = await sign({
    id: 'msg_answer_policy',
    timestamp: Math.floor(Date.now() / 1000),
    body,
    secret: kind === 'wrong-secret' ? generateSecret() : secret,
  });
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body };
}

describe.each(EXAMPLE_RECEIVERS)('recipe: $name', ({ name, path, inspectPath, oversized, stalledBody, platformFailures }) => {
  const start = starting.get(name);
  if (!start) throw new Error(`recipe ${name} was not started`);
  const { secret } = start;
  let example: RunningExample;
  beforeAll(
    async () => {
      example = await start.example;
    },
    (START_DEADLINE_S + 10) * 1000,
  );

  // Seconds for most recipes; `next dev` compiles each route on its first request, tens of
  // seconds on a loaded machine. The run's own deadline, under the test's, says how far it got.
  it(`passes \`woes-webhooks test-receiver --inspect\`${platformFailures ? ' but for the cases its platform fails' : ''}`, {
    timeout: CONFORMANCE_DEADLINE_MS + 10_000,
  }, async () => {
    // The CLI's program with CI's arguments: JSON report on stdout, exit code 0. Its wiring as a
    // binary (argv, stdio, exit code) is test/contract-kit/cli.test.ts's subprocess case.
    const result = await runCliInProcess(WOES_WEBHOOKS, [
      'test-receiver',
      '--url',
      `${example.origin}${path}`,
      '--secret',
      secret,
      '--inspect',
      `${example.origin}${inspectPath}`,
      '--reporter',
      'json',
      '--deadline',
      String(CONFORMANCE_DEADLINE_MS),
      ...(platformFailures ? ['--timeout', String(platformFailures.timeoutMs)] : []),
    ]);
    // A run that could not start prints no report, only its one line on stderr: show that line.
    if (result.stdout.trim() === '') throw new Error(`test-receiver printed no report (exit ${result.status}): ${result.stderr.trim()}`);
    const report = JSON.parse(result.stdout) as {
      passed: number;
      failed: number;
      skipped: number;
      inspected: boolean;
      results: { id: string; status: string; failure?: string }[];
      diagnoses: { headline: string }[];
    };
    // No case is skipped: those its platform fails run, and fail the way the platform makes them (it waits for the rest).
    const expectedFailures = platformFailures?.cases ?? [];
    expect(report.results.filter((item) => item.status === 'fail').map((item) => [item.id, item.failure])).toEqual(
      expectedFailures.map((id) => [id, expect.stringMatching(/^no answer \(timed out after \d+ ms\); expected 413/)]),
    );
    expect(report).toMatchObject({ passed: CONFORMANCE_SUITE.cases.length - expectedFailures.length, skipped: 0, inspected: true });
    expect(result.status).toBe(expectedFailures.length === 0 ? 0 : 1);
  });

  // Behind API Gateway the platform reads the body, and times it out, before the function runs.
  if (stalledBody === true) {
    it('answers 408 { code: body_timeout } to a body that stalls, within its 10 s read deadline', async () => {
      const answer = await stalled(name);
      expect({ status: answer.status, body: JSON.parse(answer.body) as unknown }).toEqual({ status: 408, body: { code: 'body_timeout' } });
      expect(answer.ms).toBeLessThan(14_000);
    });
  }

  // One answer policy, the adapters': a status and `{ code }`, never the error's message.
  it.each(ANSWER_CASES)('answers $status { code: $code } and nothing else to $name', async ({ request, status, code }) => {
    const response = await fetch(`${example.origin}${path}`, await answerRequest(request, secret));
    expect(response.status).toBe(status);
    expect(JSON.parse(await response.text())).toEqual({ code });
  });

  it.each(oversized.map((key) => OVERSIZED_CASES[key]))('refuses an oversized body ($name) with 413 { code: body_too_large }', async (oversizedCase) => {
    const limit = DELIVERY.limits.maxPayloadBytes;
    const { declareLength, end } = oversizedCase;
    const readLateMs = 'readLateMs' in oversizedCase ? oversizedCase.readLateMs : undefined;
    const answer = await postOversized(`${example.origin}${path}`, {
      limit,
      declareLength,
      end,
      timeoutMs: 15_000,
      ...(readLateMs === undefined ? {} : { readLateMs }),
    });
    expect({ status: answer.status, body: JSON.parse(answer.body) as unknown }).toEqual({ status: 413, body: { code: 'body_too_large' } });
  });
});

describe('in-process: testReceiver({ fetch, secret })', () => {
  it('runs the whole suite against the Fetch-API handler without a server', async () => {
    const secret = generateSecret();
    const report = await testReceiver({ fetch: createHandler({ secret, inspect: true }), secret, inspect: true });
    expect(report.results.filter((item) => item.status === 'fail')).toEqual([]);
    // The malformed-framing cases need a real connection: in-process they are skipped, and said to be.
    const wireOnly = CONFORMANCE_SUITE.cases.filter((item) => item.steps.some((step) => step.malformedFraming !== undefined)).length;
    expect(wireOnly).toBe(3);
    expect(report).toMatchObject({ passed: CONFORMANCE_SUITE.cases.length - wireOnly, skipped: wireOnly, verdict: 'conforms' });
  });

  it('fails the same handler when it is given the wrong secret', async () => {
    const report = await testReceiver({ fetch: createHandler({ secret: generateSecret() }), secret: generateSecret(), only: ['deliver.', 'accept.rotation'] });
    expect(report.failed).toBe(report.results.filter((item) => item.status !== 'skipped').length);
    expect(report.results.find((item) => item.id === 'accept.rotation')?.failure).toMatch(/answered 401/);
  });
});

describe('the Python recipes answer with the adapters’ statuses', () => {
  // Python cannot import STATUS_FOR_CODE, so each recipe quotes it; this keeps the quotes true.
  it.each([
    ['examples/python/receiver.py', 'python3'],
    ['examples/flask/app.py', '/usr/bin/python3'],
  ])('%s', async (file, python) => {
    const script =
      'import importlib.util, json, sys\nspec = importlib.util.spec_from_file_location("recipe", sys.argv[1])\nmodule = importlib.util.module_from_spec(spec)\nspec.loader.exec_module(module)\nprint(json.dumps(module.STATUS_FOR_CODE))';
    // An import takes a second; only a hung interpreter reaches the deadline (under the test's 30 s).
    const result = await runProcess(python, ['-c', script, file], { what: `${python} importing ${file}`, deadlineSeconds: 25 });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(STATUS_FOR_CODE);
  });
});
