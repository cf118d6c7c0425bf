import { isObject } from '../spec/spec-model.js';
import type { JsonObject } from '../spec/load-spec.js';
import { CHANGE_CLASSES, type Bump, type Change, type ChangeClass, type Verdict, type VersionInfo } from './change-model.js';

/** What the policy asks of each class, read from the head's `x-woes-versioning`. */
export interface VersioningPolicy {
  readonly bumps: { readonly [C in ChangeClass]: Bump };
  /** The classes that fail the gate without their bump. */
  readonly gate: readonly ChangeClass[];
}

/** Used when the head has no `x-woes-versioning` block (contracts older than the policy). */
export const DEFAULT_POLICY: VersioningPolicy = {
  bumps: { breaking: 'major', policy: 'minor', 'non-breaking': 'minor', docs: 'patch' },
  gate: ['breaking', 'policy'],
};

const RANK: { readonly [B in Bump]: number } = { none: 0, patch: 1, minor: 2, major: 3 };
const BUMPS: readonly Bump[] = ['none', 'patch', 'minor', 'major'];
const isBump = (value: unknown): value is Bump => typeof value === 'string' && (BUMPS as readonly string[]).includes(value);
const isClass = (value: unknown): value is ChangeClass => typeof value === 'string' && (CHANGE_CLASSES as readonly string[]).includes(value);

export function readPolicy(raw: JsonObject): VersioningPolicy {
  const block = raw['x-woes-versioning'];
  if (!isObject(block) || !isObject(block.bumps)) return DEFAULT_POLICY;
  const { bumps } = block;
  const bump = (name: ChangeClass): Bump => {
    const value = bumps[name];
    return isBump(value) ? value : DEFAULT_POLICY.bumps[name];
  };
  return {
    bumps: { breaking: bump('breaking'), policy: bump('policy'), 'non-breaking': bump('non-breaking'), docs: bump('docs') },
    gate: Array.isArray(block.gate) ? block.gate.filter(isClass) : DEFAULT_POLICY.gate,
  };
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:[-+][0-9A-Za-z.+-]*)?$/;

/** The bump from one semver to the next, or `downgrade` / `invalid`. */
export function bumpBetween(from: string, to: string): Bump | 'downgrade' | 'invalid' {
  const [a, b] = [SEMVER.exec(from), SEMVER.exec(to)];
  if (!a || !b) return 'invalid';
  for (const [index, bump] of [
    [1, 'major'],
    [2, 'minor'],
    [3, 'patch'],
  ] as const) {
    const [x, y] = [Number(a[index]), Number(b[index])];
    if (y > x) return bump;
    if (y < x) return 'downgrade';
  }
  return 'none';
}

/** `v1` → `v2`; anything else gets a hint instead of a guess. */
const nextApiVersion = (current: string): string => {
  const match = /^v(\d+)$/.exec(current);
  return match ? `v${Number(match[1]) + 1}` : 'a new value';
};

/**
 * The gate: every change needs `info.version` to move, every gated class of change present
 * needs at least its bump, and a breaking change also needs a new `apiVersion` so pinned
 * endpoints keep the old shape.
 */
export function judgeVersion(base: VersionInfo, head: VersionInfo, changes: readonly Change[], policy: VersioningPolicy): Verdict {
  const present = CHANGE_CLASSES.filter((name) => changes.some((change) => change.class === name));
  const required = present.reduce<Bump>((most, name) => (RANK[policy.bumps[name]] > RANK[most] ? policy.bumps[name] : most), 'none');
  const actual = bumpBetween(base.version, head.version);
  const failures: string[] = [];
  if (actual === 'invalid') failures.push(`info.version "${head.version}" (base "${base.version}") is not semver; write MAJOR.MINOR.PATCH, e.g. 1.2.0.`);
  if (actual === 'downgrade') failures.push(`info.version went down from ${base.version} to ${head.version}; versions only move forward.`);
  const reached = actual === 'invalid' || actual === 'downgrade' ? -1 : RANK[actual];
  let gatedShort = false;
  for (const name of present.filter((item) => policy.gate.includes(item))) {
    const needed = policy.bumps[name];
    const count = changes.filter((change) => change.class === name).length;
    if (reached >= 0 && reached < RANK[needed]) gatedShort = true;
    if (reached >= 0 && reached < RANK[needed])
      failures.push(
        `${count} ${name} change(s) need a ${needed} version bump, but info.version moved ${base.version} → ${head.version} (${actual}); set it to ${suggest(base.version, needed)}.`,
      );
  }
  // A version names exactly one document: a frozen release and a head that differs from it must
  // not share a number, whatever the class. The gate list only decides which classes must reach
  // their full bump; every other change still needs the version to move (at least a patch).
  if (actual === 'none' && changes.length > 0 && !gatedShort) {
    failures.push(
      `${changes.length} change(s) since ${base.version}, but info.version is still ${head.version}; a changed contract needs a new version: set it to ${suggest(base.version, required === 'none' ? 'patch' : required)}.`,
    );
  }
  if (present.includes('breaking') && policy.gate.includes('breaking') && head.apiVersion === base.apiVersion) {
    failures.push(
      `breaking changes ship as a new payload version, but the envelope's apiVersion is still "${base.apiVersion}"; set its const to "${nextApiVersion(base.apiVersion)}" (endpoints pinned to "${base.apiVersion}" keep the old shape through the deprecation window).`,
    );
  }
  return { ok: failures.length === 0, required, actual, failures };
}

function suggest(version: string, bump: Bump): string {
  const match = SEMVER.exec(version);
  if (!match) return 'a semver version';
  const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return bump === 'patch' ? `${major}.${minor}.${patch + 1}` : version;
}
