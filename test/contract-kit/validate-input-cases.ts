import { EVENT_EXAMPLES } from '../../generated/examples.js';

const example = EVENT_EXAMPLES['issue.created'][0]?.payload as unknown as Record<string, unknown>;
const line = (value: unknown): string => JSON.stringify(value);

/** Bytes of one valid event whose `data.title` holds an invalid UTF-8 sequence (a lone 0xff, or a truncated é). */
export function withInvalidUtf8(bad: readonly number[]): Buffer {
  const text = line({ ...example, data: { ...(example.data as Record<string, unknown>), title: 'BROKEN' } });
  const [before = '', after = ''] = text.split('BROKEN');
  return Buffer.concat([Buffer.from(before), Buffer.from(bad), Buffer.from(after)]);
}

/**
 * Inputs `validate` must not wave through. `input` is what the file (or stdin) holds; `exit`
 * the code; `says` a line of the output. `args` are added after the target.
 */
export const VALIDATE_INPUT_CASES: readonly {
  readonly name: string;
  readonly input: string | Buffer;
  readonly stdin?: true;
  readonly args?: readonly string[];
  readonly exit: number;
  readonly says: RegExp;
}[] = [
  { name: 'an empty file', input: '', exit: 1, says: /^0 events checked \(receiver\): ".*" holds no event\. .*--allow-empty/ },
  { name: 'a blank file', input: ' \n\n\t\n', exit: 1, says: /holds no event/ },
  { name: 'an empty JSON array', input: '[]', exit: 1, says: /holds no event/ },
  { name: 'empty stdin', input: '', stdin: true, exit: 1, says: /"stdin" holds no event/ },
  { name: 'an empty file, --allow-empty', input: '', args: ['--allow-empty'], exit: 0, says: /^0 event\(s\) checked \(receiver\): all valid\.$/ },
  { name: 'empty stdin, --allow-empty', input: '', stdin: true, args: ['--allow-empty'], exit: 0, says: /all valid/ },
  {
    name: 'invalid UTF-8 in a string (NDJSON, --strict)',
    input: Buffer.concat([Buffer.from(`${line(example)}\n`), withInvalidUtf8([0xff])]),
    args: ['--strict'],
    exit: 1,
    says: /#1 \(line 2\) \(no type\) \/: not JSON: invalid UTF-8/,
  },
  {
    name: 'a truncated UTF-8 sequence (JSON array, --strict)',
    input: Buffer.concat([Buffer.from('['), withInvalidUtf8([0xc3]), Buffer.from(']')]),
    args: ['--strict'],
    exit: 1,
    says: /#0 \(line 1\) \(no type\) \/: not JSON: invalid UTF-8/,
  },
  {
    name: 'valid multi-byte UTF-8 passes',
    input: `${line({ ...example, data: { ...(example.data as Record<string, unknown>), title: 'Café ☕ 漢字' } })}\n`,
    args: ['--strict'],
    exit: 0,
    says: /^1 event\(s\) checked \(strict\): all valid\.$/,
  },
];
