import type { Edit } from './spec-edits.js';
import { at, prop } from './spec-edits.js';

const setVersion =
  (version: string): Edit =>
  (spec) =>
    void (at(spec, 'info').version = version);
const both =
  (...edits: Edit[]): Edit =>
  (spec) =>
    edits.forEach((edit) => edit(spec));
const widenSubject: Edit = (spec) => void (prop(spec, 'Conversation', 'subject').maxLength = 1000);
const newApiVersion: Edit = (spec) => void (prop(spec, 'EventEnvelope', 'apiVersion').const = 'v2');
const longerTimeout: Edit = (spec) => void (at(spec, 'x-woes-retries').attemptTimeoutSeconds = 30);
const rewordInfo: Edit = (spec) => void (at(spec, 'info').description = 'Reworded.');
const newOptional: Edit = (spec) => void (at(spec, 'components.schemas.Conversation.properties').language = { type: 'string', description: 'BCP 47.' });

/** How the gate judges the version bump that comes with a change (base is the real spec at 1.0.0). */
export const VERDICT_CASES: readonly { name: string; head: Edit; ok: boolean; failure?: RegExp }[] = [
  { name: 'breaking, no bump', head: widenSubject, ok: false, failure: /need a major version bump.*set it to 2\.0\.0/ },
  { name: 'breaking, minor bump', head: both(widenSubject, setVersion('1.1.0')), ok: false, failure: /need a major version bump/ },
  {
    name: 'breaking, major bump but the same apiVersion',
    head: both(widenSubject, setVersion('2.0.0')),
    ok: false,
    failure: /apiVersion is still "v1"; set its const to "v2"/,
  },
  { name: 'breaking, major bump and a new apiVersion', head: both(widenSubject, setVersion('2.0.0'), newApiVersion), ok: true },
  { name: 'policy, no bump', head: longerTimeout, ok: false, failure: /1 policy change\(s\) need a minor version bump.*1\.1\.0/ },
  { name: 'policy, minor bump', head: both(longerTimeout, setVersion('1.1.0')), ok: true },
  {
    name: 'non-breaking, no bump',
    head: newOptional,
    ok: false,
    failure: /1 change\(s\) since 1\.0\.0, but info\.version is still 1\.0\.0.*set it to 1\.1\.0/,
  },
  { name: 'non-breaking, minor bump', head: both(newOptional, setVersion('1.1.0')), ok: true },
  {
    name: 'docs only, no bump',
    head: rewordInfo,
    ok: false,
    failure: /1 change\(s\) since 1\.0\.0, but info\.version is still 1\.0\.0; a changed contract needs a new version: set it to 1\.0\.1\./,
  },
  { name: 'docs only, patch bump', head: both(rewordInfo, setVersion('1.0.1')), ok: true },
  { name: 'nothing changed, no bump', head: () => {}, ok: true },
  { name: 'version went down', head: setVersion('0.9.0'), ok: false, failure: /went down from 1\.0\.0 to 0\.9\.0/ },
  { name: 'version is not semver', head: setVersion('v1'), ok: false, failure: /is not semver/ },
];
