import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_TYPES, generateSecret } from '../../src/runtime/index.js';
import { renderJunit, renderTable } from '../../src/contract-kit/reporters/index.js';
import { testReceiver } from '../../src/contract-kit/test-receiver.js';
import { flawedReceiver } from './broken-receivers.js';
import { serveMistake, type Mistake, type ServedApp } from './common-mistakes.js';

const secret = generateSecret();
const running: ServedApp[] = [];
afterAll(async () => {
  await Promise.all(running.map((app) => app.close()));
});

const reports = new Map<Mistake, ReturnType<typeof testReceiver>>();

/** One whole run per mistake, shared by the tests that read its report. */
function run(mistake: Mistake): ReturnType<typeof testReceiver> {
  const cached = reports.get(mistake);
  if (cached) return cached;
  const report = serveMistake(secret, mistake).then((app) => {
    running.push(app);
    const path = mistake === 'wrong-path' ? '/webhook/woes' : '/webhooks/woes';
    // Short: the oversized cases get no answer from a mistaken app (its body parser or 404 page waits for the whole body).
    return testReceiver({ url: `${app.origin}${path}`, inspect: `${app.origin}/__woes`, secret, timeoutMs: 2000 });
  });
  reports.set(mistake, report);
  return report;
}

/** Each common mistake: the one headline it must produce, and the fix that headline must name. */
const MISTAKES: readonly { readonly mistake: Mistake; readonly code: string; readonly headline: RegExp }[] = [
  {
    mistake: 'json-body-parser',
    code: 'same_answer_everywhere',
    headline:
      /^Every correctly signed delivery was answered 400 raw_body_required: one cause, not \d+ failures\. Likely a JSON body parser \(express\.json\(\)\) ran before the webhook route.*express\.raw\(\{ type: 'application\/json' \}\)/,
  },
  {
    mistake: 'wrong-path',
    code: 'route_missing',
    headline: /^Every request was answered 404, signed or not: nothing handles POST at http:\/\/127\.0\.0\.1:\d+\/webhook\/woes\. Check --url, the path too\.$/,
  },
  {
    mistake: 'inspection-not-mounted',
    code: 'inspection_not_mounted',
    headline:
      /^Every inspection request was answered 404: the inspection routes are not mounted at http:\/\/127\.0\.0\.1:\d+\/__woes\. Mount GET .*\/events\/:webhookId and GET .*\/resources\/:object\/:id in test builds, or fix --inspect\.$/,
  },
];

describe('the three commonest mistakes each get one headline that names the fix', () => {
  // The three runs mostly wait on the oversized cases' timeouts: they wait side by side. A run
  // that fails is reported by the test that reads it.
  beforeAll(() => {
    for (const { mistake } of MISTAKES) run(mistake).catch(() => undefined);
  });
  it.each(MISTAKES)('$mistake', async ({ mistake, code, headline }) => {
    const report = await run(mistake);
    expect(report.diagnoses.map((diagnosis) => diagnosis.code)).toEqual([code]);
    const [diagnosis] = report.diagnoses;
    expect(diagnosis?.headline).toMatch(headline);
    // One line, printed once, at the end of the table and in JUnit.
    const table = renderTable(report);
    expect(table.split('\n').filter((line) => line.startsWith('Cause: '))).toEqual([`Cause: ${diagnosis?.headline ?? ''}`]);
    expect(renderJunit(report)).toContain('<system-out>Cause: ');
    // The per-case fixes the cause makes moot are not printed.
    for (const result of report.results.filter((each) => each.explainedBy !== undefined)) expect(table).not.toContain(`fix: ${result.fix ?? ''}`);
  });

  it("express.json(): the server's own fix text is shown whole, and no case blames rotation or unknown types", async () => {
    const report = await run('json-body-parser');
    const evidence = report.diagnoses[0]?.evidence ?? '';
    expect(evidence).toMatch(/^answered 400: \{"code":"raw_body_required","error":"@woes\/webhooks: .{80,}/);
    expect(evidence).toContain('express.raw');
    const table = renderTable(report);
    expect(table).toContain(`  The receiver said: ${evidence}`);
    expect(table).not.toMatch(/fix: Split webhook-signature on spaces|fix: Answer 2xx to event types you do not handle/);
  });

  it('a wrong path: a 404 from a missing route is never counted as a correct refusal', async () => {
    const report = await run('wrong-path');
    // Only the malformed framing passes: the HTTP server refuses it (400) before any route runs.
    expect(report.results.filter((result) => result.status === 'pass').map((result) => result.id)).toEqual(
      report.results.filter((result) => result.id.startsWith('limits.framing.')).map((result) => result.id),
    );
    const refusal = report.results.find((result) => result.id === 'signature.wrong-secret');
    expect(refusal).toMatchObject({
      status: 'fail',
      explainedBy: 'route_missing',
      failure: "answered 404, as every correctly signed delivery was: a missing route, not the receiver's refusal",
    });
  });

  it('inspection routes missing: dedupe and ordering are not blamed', async () => {
    const report = await run('inspection-not-mounted');
    const failed = report.results.filter((result) => result.status === 'fail');
    expect(failed.map((result) => result.id).sort()).toEqual(['accept.duplicate', 'accept.out-of-order', 'accept.redelivery']);
    for (const result of failed) expect(result.failure).toMatch(/^not checked: its inspection GET answered 404, as every inspection did$/);
    expect(renderTable(report)).not.toMatch(/fix: (Record webhook-id|Keep the highest sequence|Answer 2xx to an id)/);
  });

  it('a receiver that holds another secret: one headline that says so, not a failure per case', async () => {
    const report = await testReceiver({ fetch: flawedReceiver(generateSecret(), undefined, EVENT_TYPES), secret });
    expect(report.diagnoses.map((diagnosis) => diagnosis.headline)).toEqual([
      expect.stringMatching(
        /^Every correctly signed delivery was answered 400 no_matching_signature: one cause, not \d+ failures\. Likely the receiver verifies with another secret than the one given here/,
      ),
    ]);
  });

  it('a receiver with unrelated failures gets no headline and keeps every per-case fix', async () => {
    const app = await serveMistake(secret, 'json-body-parser');
    running.push(app);
    // Only refusals: the parser mistake refuses them all, which is what they expect.
    const report = await testReceiver({ url: `${app.origin}/webhooks/woes`, secret, only: ['signature.', 'accept.rotation'] });
    expect(report.diagnoses).toEqual([]);
    expect(renderTable(report)).toContain('fix: Split webhook-signature on spaces');
  });
});
