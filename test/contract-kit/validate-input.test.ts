import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_EXAMPLES } from '../../generated/examples.js';
import { WOES_WEBHOOKS } from '../../src/cli/commands/index.js';
import { runCli } from '../../src/cli/run-cli.js';
import { EventInputError, validateEventStream, validateEventsText } from '../../src/contract-kit/validate-events.js';
import { isWebhookVerificationError, sign, verify, generateSecret } from '../../src/runtime/index.js';
import { strictValidation } from '../../src/runtime/validation/check-strict.js';
import { VALIDATE_INPUT_CASES, withInvalidUtf8 } from './validate-input-cases.js';

const examples = Object.values(EVENT_EXAMPLES).flatMap((list) => list.map((example) => example.payload as unknown as Record<string, unknown>));

async function* chunksOf(bytes: Buffer, size: number): AsyncIterable<Uint8Array> {
  for (let from = 0; from < bytes.length; from += size) yield bytes.subarray(from, from + size);
}

async function validate(args: readonly string[], options: { cwd?: string; stdin?: Buffer } = {}): Promise<{ exit: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdin = options.stdin;
  const exit = await runCli(WOES_WEBHOOKS, ['validate', ...args], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd: options.cwd ?? mkdtempSync(join(tmpdir(), 'woes-validate-')),
    ...(stdin === undefined ? {} : { stdin: () => chunksOf(stdin, 64 * 1024) }),
  });
  return { exit, out, err };
}

describe('validate: inputs that checked nothing or hid a broken byte', () => {
  it.each(VALIDATE_INPUT_CASES)('$name', async ({ input, stdin, args = [], exit, says }) => {
    const cwd = mkdtempSync(join(tmpdir(), 'woes-validate-'));
    writeFileSync(join(cwd, 'events.ndjson'), input);
    const result = stdin ? await validate(['-', ...args], { cwd, stdin: Buffer.from(input) }) : await validate(['events.ndjson', ...args], { cwd });
    expect(
      result.out.some((line) => says.test(line)),
      result.out.join('\n'),
    ).toBe(true);
    expect(result.exit).toBe(exit);
  });

  it('refuses what verification refuses: a body with invalid UTF-8 is invalid_json to verify', async () => {
    const secret = generateSecret();
    const body = withInvalidUtf8([0xff]);
    const id = String(JSON.parse(body.toString('latin1')).id);
    const headers = await sign({ id, timestamp: Math.floor(Date.now() / 1000), body, secret });
    const verdict = await verify(body, headers, { secret, validation: strictValidation }).then(
      () => 'accepted',
      (error: unknown) => (isWebhookVerificationError(error) ? error.code : String(error)),
    );
    expect(verdict).toBe('invalid_json');
    expect((await validateEventStream(chunksOf(body, 1024), { source: 'body', mode: 'strict' })).invalidEvents).toBe(1);
  });
});

describe('validate: output is bounded and safe to print', () => {
  it('caps the printed violations and counts the rest (20,000 lines of {})', async () => {
    const result = await validate(['-', '--max-reported', '10'], { stdin: Buffer.from('{}\n'.repeat(20_000)) });
    expect(result.exit).toBe(1);
    expect(result.out).toHaveLength(12);
    expect(result.out.at(-2)).toMatch(/^… and \d+ more violation\(s\) not shown \(--max-reported 10\)\.$/);
    expect(result.out.at(-1)).toBe('20000 event(s) checked (receiver): 20000 invalid.');
  });

  it.each([
    { name: 'an ANSI colour sequence', type: '\u001b[31mconversation.created\u001b[0m' },
    { name: 'an OSC title and hyperlink', type: '\u001b]0;pwned\u0007\u001b]8;;http://evil.example\u001b\\x\u001b]8;;\u001b\\' },
    { name: 'a carriage return that overwrites the line', type: 'ok\rconversation.created' },
    { name: 'a bidirectional override', type: 'conversation.\u202edetaerc' },
  ])('escapes $name from the input before it reaches the terminal', async ({ type }) => {
    const result = await validate(['-'], { stdin: Buffer.from(`${JSON.stringify({ ...examples[0], type, extra: { [type]: 1 } })}\n`) });
    expect(result.exit).toBe(1);
    const printed = result.out.join('\n');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the terminal
    expect(printed).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(printed).toMatch(/\\u00(1b|0d)|\\u202e/);
  });
});

describe('validate: folders and large inputs', () => {
  it('walks a folder with symbolic link loops once per real file', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'woes-validate-'));
    const dir = join(cwd, 'events');
    mkdirSync(join(dir, 'nested'), { recursive: true });
    writeFileSync(join(dir, 'a.ndjson'), `${JSON.stringify(examples[0])}\n`);
    writeFileSync(join(dir, 'nested', 'b.json'), JSON.stringify(examples[1]));
    // Every folder links back to the top twice: a walk that follows them blindly never ends.
    for (const at of [dir, join(dir, 'nested')]) {
      symlinkSync(dir, join(at, 'loop-1'));
      symlinkSync(dir, join(at, 'loop-2'));
    }
    symlinkSync(join(dir, 'a.ndjson'), join(dir, 'same-as-a.ndjson'));
    const result = await validate(['events'], { cwd });
    expect(result.out).toEqual(['2 event(s) checked (receiver): all valid.']);
    expect(result.exit).toBe(0);
  });

  it('streams NDJSON: any chunking gives the same verdicts as the whole text, lines split mid-character included', async () => {
    const text = [
      JSON.stringify(examples[0]),
      '{not json',
      '',
      JSON.stringify({ ...examples[1], sequence: 0, type: 'issue.créé' }),
      JSON.stringify(examples[2]),
    ].join('\n');
    const whole = validateEventsText(text, { source: 's', mode: 'strict' });
    for (const size of [1, 2, 3, 7, 64, 4096]) {
      const streamed = await validateEventStream(chunksOf(Buffer.from(text), size), { source: 's', mode: 'strict' });
      expect(streamed).toEqual(whole);
    }
    expect(whole.invalidEvents).toBe(2);
  });

  it('reads one event over several lines whole only up to a bound, and says to write NDJSON or an array past it', async () => {
    const indented = Buffer.from(JSON.stringify({ ...examples[0], padding: ' '.repeat(8000) }, null, 2));
    await expect(validateEventStream(chunksOf(indented, 1000), { source: 'big.json', maxDocumentBytes: 4096 })).rejects.toThrow(EventInputError);
    await expect(validateEventStream(chunksOf(indented, 1000), { source: 'big.json', maxDocumentBytes: 4096 })).rejects.toThrow(
      /big\.json is one JSON value of more than 4096 bytes that is not an array.*Write the events as NDJSON .* or as a JSON array/,
    );
    expect((await validateEventStream(chunksOf(indented, 1000), { source: 'big.json' })).checked).toBe(1);
  });

  it('streams a JSON array element by element: no document bound, and any chunking gives the verdicts of the whole text', async () => {
    const array = Buffer.from(
      JSON.stringify([...examples, { ...examples[1], sequence: 0, type: 'issue.créé', note: 'a ] and a , and a \\" in a string' }], null, 2),
    );
    const whole = validateEventsText(array.toString('utf8'), { source: 's', mode: 'strict' });
    expect(whole.checked).toBe(examples.length + 1);
    expect(whole.invalidEvents).toBe(1);
    expect(whole.invalid[0]).toMatchObject({ index: examples.length, type: 'issue.créé' });
    for (const size of [1, 2, 3, 7, 64, 4096]) {
      // The bound on a whole document does not apply to an array.
      expect(await validateEventStream(chunksOf(array, size), { source: 's', mode: 'strict', maxDocumentBytes: 64 })).toEqual(whole);
    }
  });

  it.each([
    { name: 'an empty element', text: '[{"a":1},,{"b":2}]', problems: [[1, /an empty element/]] },
    { name: 'a trailing comma', text: '[{"a":1},]', problems: [[1, /a trailing comma/]] },
    { name: 'an array that never closes', text: '[{"a":1},{"b":', problems: [[1, /the input ends inside this element/]] },
    { name: 'an array that stops after a comma', text: '[{"a":1},', problems: [[1, /the input ends before the array’s closing \]/]] },
    { name: 'text after the array', text: '[{"a":1}] {"b":2}', problems: [[1, /text after the array’s closing \]/]] },
    { name: 'an element that is not JSON', text: '[{"a":1}, {nope}, {"b":2}]', problems: [[1, /^not JSON \(/]] },
    { name: 'an element nested 100 levels deep', text: `[${'['.repeat(100)}${']'.repeat(100)}, {"b":2}]`, problems: [[0, /nested deeper than 64 levels/]] },
  ] as const)('reports $name as that element, and checks the others', async ({ text, problems }) => {
    for (const summary of [validateEventsText(text, { source: 's' }), await validateEventStream(chunksOf(Buffer.from(text), 3), { source: 's' })]) {
      const unreadable = summary.invalid.filter((item) => /^not (JSON|an event)/.test(item.message));
      expect(unreadable.map((item) => item.index)).toEqual(problems.map(([index]) => index));
      for (const [position, [, message]] of problems.entries()) expect(unreadable[position]?.message).toMatch(message);
    }
  });

  it('checks an array of a million objects with the memory of one element', async () => {
    // Parsed whole, 3 MB of `{},` is a million objects, over 100 MB (a 60 MB array once took
    // 1.6 GB this way). Streamed, each element is parsed, checked and let go.
    async function* input(): AsyncIterable<Uint8Array> {
      yield Buffer.from('[');
      const chunk = Buffer.from('{},'.repeat(200_000));
      for (let index = 0; index < 5; index++) yield chunk;
      yield Buffer.from('{}]');
    }
    const before = process.memoryUsage().rss;
    const summary = await validateEventStream(input(), { source: 'objects.json', maxReported: 10 });
    expect(summary.checked).toBe(1_000_001);
    expect(summary.invalid).toHaveLength(10);
    expect(process.memoryUsage().rss - before).toBeLessThan(60 * 1024 * 1024);
  });

  it('reports a line far longer than any event without buffering it, and goes on with the next', async () => {
    async function* input(): AsyncIterable<Uint8Array> {
      yield Buffer.from(`${JSON.stringify(examples[0])}\n`);
      const junk = Buffer.alloc(1024 * 1024, 0x61);
      for (let i = 0; i < 20; i++) yield junk; // 20 MiB without a newline
      yield Buffer.from(`\n${JSON.stringify(examples[1])}\n`);
    }
    const summary = await validateEventStream(input(), { source: 'long.ndjson' });
    expect(summary.checked).toBe(3);
    expect(summary.invalid).toEqual([expect.objectContaining({ index: 1, line: 2, message: expect.stringMatching(/line is longer than \d+ bytes/) })]);
  });
});
