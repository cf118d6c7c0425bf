import { CHANGE_CLASSES, type Change, type DiffReport } from './change-model.js';

const MAX_EVENTS_LISTED = 3;

function eventsNote(change: Change, total: number): string {
  if (change.events.length === 0) return '';
  if (change.events.length === total) return ' [every event]';
  const shown = change.events.slice(0, MAX_EVENTS_LISTED).join(', ');
  return ` [${shown}${change.events.length > MAX_EVENTS_LISTED ? ` +${change.events.length - MAX_EVENTS_LISTED} more` : ''}]`;
}

/** The report as people read it: changes grouped by class, each with its rule and reason, then the verdict. */
export function renderText(report: DiffReport, totalEvents: number): string {
  const { base, head, changes, counts, verdict } = report;
  const lines = [
    `${base.source} (${base.version}, apiVersion ${base.apiVersion || 'none'}) → ${head.source} (${head.version}, apiVersion ${head.apiVersion || 'none'})`,
  ];
  if (changes.length === 0) lines.push('', 'No changes.');
  for (const name of CHANGE_CLASSES) {
    const group = changes.filter((change) => change.class === name);
    if (group.length === 0) continue;
    lines.push('', `${name} (${group.length})`);
    for (const change of group) {
      lines.push(`  ${change.location}: ${change.detail}${eventsNote(change, totalEvents)}  (${change.rule})`, `      ${change.reason}`);
    }
  }
  const summary = CHANGE_CLASSES.map((name) => `${counts[name]} ${name}`).join(', ');
  const needs = verdict.required === 'none' ? 'no version bump' : `a ${verdict.required} version bump`;
  const moved = verdict.actual === 'none' ? `info.version stayed ${head.version}` : `info.version moved ${base.version} → ${head.version} (${verdict.actual})`;
  lines.push('', `${summary}: needs ${needs}; ${moved}.`);
  if (verdict.ok) lines.push('gate: pass');
  else lines.push(...verdict.failures.map((failure) => `gate: FAIL ${failure}`));
  return lines.join('\n');
}

/** The report as machines read it: stable keys, the rule table's class and reason on every change. */
export function renderJson(report: DiffReport): string {
  return JSON.stringify(report, null, 2);
}
