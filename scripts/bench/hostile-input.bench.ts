// What hostile deliveries cost a receiver, against a genuine one in the same run. Each
// figure is the median of several batches, in CPU time of this process.
//   - a webhook-signature of 1,000 well-formed junk v1a entries, with a public key held
//     (refused by the entry cap before any ed25519 check), vs. a genuine v1a delivery;
//   - the same 1,000 junk entries as v1, vs. standardwebhooks, which checks every one;
//   - a 100 MB string body (refused by its length, never measured), vs. a genuine v1 delivery;
//   - an 8 MB whsec_ secret (refused by its length), vs. constructing with a valid secret.
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { DELIVERY, EVENT_EXAMPLES, generateKeyPair, generateSecret, sign, Webhook } from '../../src/runtime/index.js';

const payload = EVENT_EXAMPLES['message.created'][0]?.payload;
if (!payload) throw new Error('the spec lost its message.created example');
const body = JSON.stringify(payload);
const id = payload.id;
const timestamp = Math.floor(Date.now() / 1000);
const secret = DELIVERY.signing.exampleSecret;
const { signingKey, publicKey } = await generateKeyPair();
const v1Headers = await sign({ id, timestamp, body, secret });
const v1aHeaders = await sign({ id, timestamp, body, signingKey });
const junk = (version: string, bytes: number) =>
  Array.from({ length: 1000 }, (_, index) => `${version},${Buffer.alloc(bytes, index % 256).toString('base64')}`).join(' ');
const junkV1a = { ...v1aHeaders, 'webhook-signature': junk('v1a', 64) };
const junkV1 = { ...v1Headers, 'webhook-signature': junk('v1', 32) };
const huge = 'x'.repeat(100 * 1024 * 1024);
const hugeSecret = `whsec_${'A'.repeat(8 * 1024 * 1024)}`;

const ours = new Webhook(secret);
const oursV1a = new Webhook([], { publicKey });
const standard = new StandardWebhook(secret);

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const settle = async (act: () => unknown) => {
  try {
    await act();
  } catch {
    // a refusal is the point of most subjects
  }
};
/** Median CPU µs per call over `runs` batches of `batch` calls. */
async function microseconds(act: () => unknown, batch: number, runs = 7): Promise<number> {
  await settle(act);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = cpuMs();
    for (let index = 0; index < batch; index++) await settle(act);
    times.push(((cpuMs() - start) * 1000) / batch);
  }
  return [...times].sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN;
}

const rows: [string, number][] = [
  ['genuine v1a delivery (public key held)', await microseconds(() => oursV1a.verify(body, v1aHeaders), 200)],
  ['1,000 junk v1a entries (public key held)', await microseconds(() => oursV1a.verify(body, junkV1a), 200)],
  ['genuine v1 delivery', await microseconds(() => ours.verify(body, v1Headers), 2000)],
  ['1,000 junk v1 entries, ours', await microseconds(() => ours.verify(body, junkV1), 200)],
  ['1,000 junk v1 entries, standardwebhooks', await microseconds(() => standard.verify(body, junkV1), 20)],
  ['100 MB string body', await microseconds(() => ours.verify(huge, v1Headers), 200)],
  ['new Webhook(valid secret)', await microseconds(() => new Webhook(generateSecret()), 2000)],
  ['new Webhook(8 MB secret)', await microseconds(() => new Webhook(hugeSecret), 200)],
];
const of = (name: string) => rows.find(([row]) => row === name)?.[1] ?? Number.NaN;

console.log('hostile input — median CPU µs per call, one process, one run');
for (const [name, us] of rows) console.log(`  ${name.padEnd(44)} ${us.toFixed(1).padStart(10)} µs`);
console.log(
  `  junk v1a header / genuine v1a delivery        ${(of('1,000 junk v1a entries (public key held)') / of('genuine v1a delivery (public key held)')).toFixed(2)}×`,
);
console.log(
  `  junk v1 header: ours / standardwebhooks       ${(of('1,000 junk v1 entries, ours') / of('1,000 junk v1 entries, standardwebhooks')).toFixed(3)}×`,
);
console.log(`  100 MB body refusal / genuine v1 delivery     ${(of('100 MB string body') / of('genuine v1 delivery')).toFixed(2)}×`);
console.log(`  8 MB secret refusal / valid construction      ${(of('new Webhook(8 MB secret)') / of('new Webhook(valid secret)')).toFixed(2)}×`);
