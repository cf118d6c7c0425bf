import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSecret } from '../../src/runtime/index.js';
import { WOES_WEBHOOKS } from '../../src/cli/commands/index.js';
import { renderJson, renderJunit, renderTable } from '../../src/contract-kit/reporters/index.js';
import { escapeXml } from '../../src/contract-kit/safe-text/xml-text.js';
import { testReceiver } from '../../src/contract-kit/test-receiver.js';
import { runCliInProcess } from '../support/run-cli-in-process.js';

// What a receiver (or anyone answering at --url) can put in front of the person reading the
// report: each must arrive as visible text, never as a terminal control sequence, and never
// make the JUnit report invalid XML.
const SAMPLES: readonly { readonly name: string; readonly text: string }[] = [
  { name: 'an ANSI colour (CSI)', text: '\u001b[31mred\u001b[0m' },
  { name: 'an OSC title and hyperlink', text: '\u001b]0;pwned\u0007\u001b]8;;http://evil.example\u001b\\x\u001b]8;;\u001b\\' },
  { name: 'a NUL', text: 'before\u0000after' },
  { name: 'a bidirectional override', text: 'invoice_\u202egpj.exe' },
  { name: 'a C1 control sequence introducer', text: '\u009b31mred' },
  { name: 'a carriage return that overwrites the line', text: 'all good\rFAIL' },
  { name: 'a backspace and DEL', text: 'ok\u0008\u0008\u007fno' },
];

// biome-ignore lint/suspicious/noControlCharactersInRegex: what must never reach a terminal (a line feed between lines is fine)
const STEERING = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** XML 1.0's Char production: anything else makes the document not well-formed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: tab, line feed and carriage return are the C0 controls XML allows
const XML_CHARS = /^[\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

const secret = generateSecret();
const servers: Server[] = [];
/** Answers every request with `status` and a body holding the sample's raw bytes. */
async function answering(status: number, text: string): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(Buffer.from(`the receiver says ${text}`, 'utf8'));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/woes`;
}
const urls = new Map<string, { refusing: string; accepting: string }>();
beforeAll(async () => {
  for (const { name, text } of SAMPLES) urls.set(name, { refusing: await answering(400, text), accepting: await answering(200, text) });
});
afterAll(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});
const urlsFor = (name: string): { refusing: string; accepting: string } => {
  const found = urls.get(name);
  if (!found) throw new Error(`no receiver for ${name}`);
  return found;
};

describe.each(SAMPLES)('a receiver that answers with $name', ({ name }) => {
  it('reaches no report as raw characters, and the JSON report still holds them as they were', async () => {
    const report = await testReceiver({ url: urlsFor(name).refusing, secret, only: ['accept.rotation'] });
    const failure = report.results.find((result) => result.id === 'accept.rotation')?.failure ?? '';
    expect(failure).toContain('the receiver says');
    expect(renderTable(report)).not.toMatch(STEERING);
    const json = renderJson(report);
    expect(json).not.toMatch(STEERING);
    const parsed = JSON.parse(json) as { results: { id: string; failure?: string }[] };
    expect(parsed.results.find((result) => result.id === 'accept.rotation')?.failure).toBe(failure);
    const junit = renderJunit(report);
    expect(junit).toMatch(XML_CHARS);
    expect(junit).not.toMatch(STEERING);
    expect(junit).toContain('the receiver says');
  });

  it.each(['table', 'json', 'junit'])('reaches the terminal as text from `test-receiver --reporter %s`', async (reporter) => {
    const result = await runCliInProcess(WOES_WEBHOOKS, [
      'test-receiver',
      '--url',
      urlsFor(name).refusing,
      '--secret',
      secret,
      '--only',
      'accept.rotation',
      '--no-inspect',
      '--reporter',
      reporter,
    ]);
    expect(result.stdout).toContain('the receiver says');
    expect(result.stdout).not.toMatch(STEERING);
    expect(result.status).toBe(1);
  });

  it('reaches the terminal as text from `send`', async () => {
    const result = await runCliInProcess(WOES_WEBHOOKS, ['send', 'conversation.created', '--url', urlsFor(name).accepting, '--secret', secret]);
    expect(result.stdout).toContain('the receiver says');
    expect(result.stdout).not.toMatch(STEERING);
    expect(result.status).toBe(0);
  });
});

describe('escapeXml', () => {
  it.each([
    ['markup', '<a href="x">&\'</a>', '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;'],
    ['an escape and a NUL', 'a\u001bb\u0000c', 'a\\u001bb\\u0000c'],
    ['a lone surrogate, which no XML parser takes', 'x\ud800y\udc00z', 'x\\ud800y\\udc00z'],
    ['U+FFFE', 'a\ufffeb', 'a\\ufffeb'],
    ['a surrogate pair, which is one character and kept', 'emoji \u{1f600}', 'emoji \u{1f600}'],
    ['tab, line feed and carriage return, which XML allows', 'a\tb\nc\rd', 'a\tb\nc\rd'],
  ])('%s', (_name, text, expected) => {
    expect(escapeXml(text)).toBe(expected);
    expect(escapeXml(text)).toMatch(XML_CHARS);
  });
});
