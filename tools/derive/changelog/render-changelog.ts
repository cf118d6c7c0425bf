import { CHANGE_CLASSES, type Change, type ChangeClass, type DiffReport } from '../../diff/change-model.js';
import type { ContractVersion } from '../../diff/contract-version.js';
import type { VersioningPolicy } from '../../diff/judge-version.js';
// The pages' one way of putting spec text into MDX: a change's detail quotes names and values from the spec.
import { code, prose } from '../../../templates/mintlify-webhooks/lib/mdx.js';

/** One released version and, for every release after the first, its classified diff from the one before. */
export interface ReleaseEntry {
  readonly release: ContractVersion;
  readonly report?: DiffReport;
}

const HEADINGS: { readonly [C in ChangeClass]: string } = {
  breaking: 'Breaking changes',
  policy: 'Delivery policy',
  'non-breaking': 'Added and changed',
  docs: 'Documentation',
};

const MEANING: { readonly [C in ChangeClass]: string } = {
  breaking:
    'Code written for the previous version may break. Ships with a new `apiVersion`; your endpoint stays on the old one through the deprecation window.',
  policy: 'How deliveries are made (retries, timeouts, tolerance, size limit). Check your settings against the new figures.',
  'non-breaking': 'New events, fields and enum values. Receivers that ignore unknown fields and values need no change.',
  docs: 'Descriptions and examples only.',
};

/** Where each delivery block is explained to receivers: the changelog links there instead of naming the block. */
const BLOCK_PAGES: { readonly [block: string]: { readonly title: string; readonly path: string } } = {
  signing: { title: 'Signing and verification', path: '/webhooks/signing' },
  retries: { title: 'Retries', path: '/webhooks/retries' },
  recovery: { title: 'Recovering after a failure', path: '/webhooks/retries#recovering-after-a-failure' },
  concurrency: { title: 'Deliveries at once', path: '/webhooks/retries#how-many-deliveries-at-once' },
  network: { title: 'Where deliveries come from', path: '/webhooks/retries#where-deliveries-come-from' },
  idempotency: { title: 'Idempotency', path: '/webhooks/idempotency' },
  ordering: { title: 'Ordering', path: '/webhooks/ordering' },
  limits: { title: 'Size limit', path: '/webhooks/overview' },
  versioning: { title: 'Versioning and changes', path: '/webhooks/versioning' },
  fetching: { title: 'Fetching more', path: '/webhooks/fetching' },
  content: { title: 'Security', path: '/webhooks/security' },
};

/** `rememberForSeconds` → `remember for (seconds)`: the spec's keys are for the people who write it. */
const words = (key: string): string =>
  key
    .replace(/(Seconds|Bytes|Days)$/, (unit) => ` (${unit.toLowerCase()})`)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();

/** A delivery change (`x-woes-retries.attemptTimeoutSeconds`) as a link to its page and the setting in words. */
function deliveryLocation(location: string): string {
  const [block = '', ...path] = location.slice('x-woes-'.length).split('.');
  const page = BLOCK_PAGES[block];
  const setting = path.map((segment) => (/^\d+$/.test(segment) ? `#${Number(segment) + 1}` : words(segment))).join(', ');
  const where = page ? `[${page.title}](${page.path})` : words(block);
  return setting === '' ? where : `${where}: ${setting}`;
}

/** `604800` → `7 days`: a setting in seconds, as a reader thinks of it. */
function duration(seconds: number): string {
  for (const [unit, size] of [
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ] as const) {
    if (seconds >= size && seconds % size === 0) return `${seconds / size} ${unit}${seconds === size ? '' : 's'}`;
  }
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

/** A delivery setting in seconds changed from one number to another: both as durations. */
function deliveryDetail(change: Change): string {
  const { before, after } = change;
  if (/Seconds$/.test(change.location) && typeof before === 'number' && typeof after === 'number') return `${duration(before)} → ${duration(after)}`;
  // Where to call the REST API: only the address that works now, so the page never hands a
  // reader the one it replaced.
  if (change.rule === 'fetching-changed' && typeof before === 'string' && typeof after === 'string') return `now ${JSON.stringify(after)}`;
  return change.detail;
}

function changeLine(change: Change): string {
  const events = change.events.length === 0 ? '' : change.events.length > 4 ? ` (${change.events.length} events)` : ` (${change.events.map(code).join(', ')})`;
  const delivery = change.location.startsWith('x-woes-');
  const where = delivery ? deliveryLocation(change.location.replace(/Seconds$/, '')) : code(change.location);
  return `- ${where}: ${prose(delivery ? deliveryDetail(change) : change.detail)}${events}. ${prose(change.reason)} ${code(change.rule)}`;
}

/**
 * Wording changes are counted, not quoted: their before and after are the spec's own prose,
 * written for the people who keep it, and nothing a receiver reads changes.
 */
function docsSummary(changes: readonly Change[]): string {
  const events = new Set(changes.flatMap((change) => change.events)).size;
  const count = changes.length === 1 ? '1 change' : `${changes.length} changes`;
  const on = events === 0 ? '' : ` (on ${events === 1 ? '1 event type' : `${events} event types`})`;
  return `- ${count} to descriptions and examples${on}: wording only, the payloads are the same. The pages show the current text.`;
}

function releaseSection({ release, report }: ReleaseEntry): string[] {
  const { model } = release;
  const lines = [`## ${model.version}`, ''];
  if (!report) {
    lines.push(`First release: ${model.events.length} event types, payload version ${code(apiVersionOf(release))}.`, '');
    return lines;
  }
  if (report.changes.length === 0) lines.push('No changes to the contract.', '');
  for (const name of CHANGE_CLASSES) {
    const changes = report.changes.filter((change) => change.class === name);
    if (changes.length === 0) continue;
    lines.push(`### ${HEADINGS[name]}`, '', ...(name === 'docs' ? [docsSummary(changes)] : changes.map(changeLine)), '');
  }
  return lines;
}

function apiVersionOf(release: ContractVersion): string {
  const envelope = release.model.schemas.EventEnvelope;
  const properties = envelope?.properties;
  const field = properties && typeof properties === 'object' && !Array.isArray(properties) ? properties.apiVersion : undefined;
  return field && typeof field === 'object' && !Array.isArray(field) && typeof field.const === 'string' ? field.const : 'unversioned';
}

/**
 * The changelog page: what each class of change means for a receiver, then every release,
 * newest first. How versions reach an endpoint is the versioning guide's to tell (once, in
 * customer words): the spec's own versioning text is written for the people who change it.
 */
export function renderChangelog(entries: readonly ReleaseEntry[], policy: VersioningPolicy, banner: string): string {
  const table = CHANGE_CLASSES.map((name) => `| ${HEADINGS[name]} (${code(name)}) | ${policy.bumps[name]} | ${MEANING[name]} |`);
  return [
    '---',
    'title: "Webhooks changelog"',
    'sidebarTitle: "Changelog"',
    'description: "Every released version of the webhook contract, each change classified as breaking, delivery policy, non-breaking or documentation."',
    '---',
    '',
    banner,
    '',
    'Every release of the webhook contract has a [semver](https://semver.org) version number. Each change in a release is classified by what it means for your receiver, and the class decides the version bump:',
    '',
    '| Class | Version bump | What it means for you |',
    '| --- | --- | --- |',
    ...table,
    '',
    'How a breaking change reaches your endpoint, and how long a deprecated field keeps coming, is on [Versioning and changes](/webhooks/versioning).',
    '',
    ...(entries.length === 0 ? ['No version has been released yet.', ''] : [...entries].reverse().flatMap(releaseSection)),
  ]
    .join('\n')
    .replace(/\n+$/, '\n');
}
