import { isObject } from '../spec/spec-model.js';
import { CHANGE_CLASSES, type Change, type ChangeClass, type DiffReport, type VersionInfo } from './change-model.js';
import { CHANGE_RULES, ruleById } from './change-rules.js';
import { compareEvents, type EventChange } from './compare-events.js';
import { compareDelivery, compareHeaders, compareRest } from './compare-document.js';
import type { ContractVersion } from './contract-version.js';
import { judgeVersion, readPolicy } from './judge-version.js';

const RULE_ORDER = new Map<string, number>(CHANGE_RULES.map((rule, index) => [rule.id, index]));
const CLASS_ORDER = new Map<string, number>(CHANGE_CLASSES.map((name, index) => [name, index]));

export function versionInfo(version: ContractVersion): VersionInfo {
  const envelope = version.model.schemas.EventEnvelope;
  const field = isObject(envelope?.properties) ? envelope.properties.apiVersion : undefined;
  const apiVersion = isObject(field) && typeof field.const === 'string' ? field.const : '';
  return { source: version.source, version: version.model.version, apiVersion };
}

/**
 * A change in a shared schema shows up in every event that embeds it: one entry per distinct
 * change, listing the events it affects, reads better than twenty copies.
 */
function group(changes: readonly EventChange[]): Change[] {
  const grouped = new Map<string, { change: EventChange; events: string[] }>();
  for (const change of changes) {
    const key = JSON.stringify([change.rule, change.location, change.detail, change.before, change.after]);
    const entry = grouped.get(key) ?? { change, events: [] };
    if (change.event !== undefined && !entry.events.includes(change.event)) entry.events.push(change.event);
    grouped.set(key, entry);
  }
  return [...grouped.values()].map(({ change, events }) => {
    const rule = ruleById(change.rule);
    const { event: _event, ...rest } = change;
    return { ...rest, class: rule.class, reason: rule.reason, events: events.sort() };
  });
}

const order = (a: Change, b: Change): number =>
  (CLASS_ORDER.get(a.class) ?? 0) - (CLASS_ORDER.get(b.class) ?? 0) ||
  (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0) ||
  a.location.localeCompare(b.location) ||
  a.detail.localeCompare(b.detail);

/** Every change from `base` to `head`, classified, and the gate's verdict on the version. */
export function diffContracts(base: ContractVersion, head: ContractVersion): DiffReport {
  const changes = group([...compareEvents(base, head), ...compareHeaders(base, head), ...compareDelivery(base, head), ...compareRest(base, head)]).sort(order);
  const counts = Object.fromEntries(CHANGE_CLASSES.map((name) => [name, changes.filter((change) => change.class === name).length])) as {
    [C in ChangeClass]: number;
  };
  const [baseInfo, headInfo] = [versionInfo(base), versionInfo(head)];
  return { base: baseInfo, head: headInfo, changes, counts, verdict: judgeVersion(baseInfo, headInfo, changes, readPolicy(head.raw)) };
}
