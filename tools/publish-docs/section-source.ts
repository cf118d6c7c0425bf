import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { derive, type Emitter } from '../derive/derive.js';
import { renderDocsSection } from '../derive/docs/docs-emitter.js';
import { SpecProblems, formatProblem } from '../spec/problem.js';
import { isIconLibrary, type IconLibrary } from '../../templates/mintlify-webhooks/lib/icons.js';
import { digest, SECTION_MANIFEST, SECTION_ROOTS } from '../../templates/mintlify-webhooks/lib/manifest.js';
import { PublishRefusal, type RefusalCode } from './publish-refusal.js';
import { isRecord, type JsonRecord, type JsonValue } from './site-config.js';

export interface SectionFile {
  readonly path: string;
  readonly content: string;
}

export interface Redirect {
  readonly source: string;
  readonly destination: string;
}

/** webhooks/section.json, read and checked: everything a publish trusts of it. */
export interface SectionManifest {
  readonly contractVersion: string;
  readonly iconLibrary: IconLibrary;
  readonly iconNames: readonly string[];
  readonly groups: readonly JsonValue[];
  readonly redirects: readonly Redirect[];
  /** Every file of the section but the manifest, with its digest. */
  readonly files: ReadonlyMap<string, string>;
}

export interface Section {
  readonly manifest: SectionManifest;
  /** Every file, the manifest included. */
  readonly files: readonly SectionFile[];
}

const SAFE_PATH = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

/** A path the section may write in a site: relative, no `..`, inside one of its roots. */
export const isSectionPath = (path: string): boolean => SAFE_PATH.test(path) && SECTION_ROOTS.some((root) => path.startsWith(`${root}/`));

const strings = (value: JsonValue | undefined): string[] | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;

/** Reads a manifest's text; `where` names it in the refusal, `code` says whose it is (the section's or the site's copy). */
export function parseManifest(text: string, where: string, code: Extract<RefusalCode, 'section_invalid' | 'site_manifest_invalid'>): SectionManifest {
  const fix =
    code === 'section_invalid'
      ? 'Render the section again (`npm run generate`, or the template with `asyncapi generate fromTemplate`) and publish that folder.'
      : `Restore ${SECTION_MANIFEST} in the site from its git history: the last publish wrote it, and it says which files the section owns.`;
  const problems: string[] = [];
  let value: JsonValue | undefined;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch (error) {
    throw new PublishRefusal(code, `${where} is not JSON`, [error instanceof Error ? error.message : String(error)], fix);
  }
  const record: JsonRecord = isRecord(value) ? value : {};
  const icons = isRecord(record.icons) ? record.icons : {};
  const navigation = isRecord(record.navigation) ? record.navigation : {};
  const files = isRecord(record.files) ? record.files : undefined;
  const names = strings(icons.names);
  if (typeof record.contractVersion !== 'string') problems.push('contractVersion: not a string');
  if (!isIconLibrary(icons.library)) problems.push('icons.library: not lucide, fontawesome or tabler');
  if (!names) problems.push('icons.names: not a list of names');
  if (!Array.isArray(navigation.groups)) problems.push('navigation.groups: not a list');
  const redirects: Redirect[] = [];
  if (!Array.isArray(record.redirects)) problems.push('redirects: not a list');
  else
    record.redirects.forEach((redirect, index) => {
      if (isRecord(redirect) && typeof redirect.source === 'string' && typeof redirect.destination === 'string')
        redirects.push({ source: redirect.source, destination: redirect.destination });
      else problems.push(`redirects[${index}]: not { source, destination }`);
    });
  if (JSON.stringify(record.roots) !== JSON.stringify(SECTION_ROOTS)) problems.push(`roots: not ${JSON.stringify(SECTION_ROOTS)}`);
  const digests = new Map<string, string>();
  if (!files) problems.push('files: not an object');
  else
    for (const [path, sha] of Object.entries(files)) {
      if (!isSectionPath(path) || path === SECTION_MANIFEST)
        problems.push(`files: "${path}" is outside ${SECTION_ROOTS.join(' and ')}, or not a plain relative path`);
      else if (typeof sha !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(sha)) problems.push(`files["${path}"]: not a sha256 digest`);
      else digests.set(path, sha);
    }
  if (problems.length > 0) throw new PublishRefusal(code, `${where} is not a webhooks section manifest`, problems.slice(0, 10), fix);
  return {
    contractVersion: String(record.contractVersion),
    iconLibrary: isIconLibrary(icons.library) ? icons.library : 'lucide',
    iconNames: names ?? [],
    groups: Array.isArray(navigation.groups) ? navigation.groups : [],
    redirects,
    files: digests,
  };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)])));
  return nested.flat();
}

/**
 * A section already rendered into a folder, as the official generator writes it
 * (`asyncapi generate fromTemplate asyncapi.yaml ./templates/mintlify-webhooks -o <dir>`): every
 * file its manifest lists, each matching its digest, and no other file under the section's roots.
 */
export async function readSection(dir: string): Promise<Section> {
  const manifestText = await readFile(join(dir, SECTION_MANIFEST), 'utf8').catch(() => undefined);
  if (manifestText === undefined)
    throw new PublishRefusal(
      'section_invalid',
      `${dir} holds no webhooks section: ${SECTION_MANIFEST} is missing`,
      [],
      'Pass the folder the template wrote (its -o), or leave out --section to render the section from asyncapi.yaml.',
    );
  const manifest = parseManifest(manifestText, join(dir, SECTION_MANIFEST), 'section_invalid');
  const problems: string[] = [];
  const files: SectionFile[] = [{ path: SECTION_MANIFEST, content: manifestText }];
  for (const [path, sha] of manifest.files) {
    const content = await readFile(join(dir, path), 'utf8').catch(() => undefined);
    if (content === undefined) problems.push(`${path}: listed in the manifest, missing from the folder`);
    else if (digest(content) !== sha) problems.push(`${path}: changed since it was rendered (its digest differs from the manifest's)`);
    else files.push({ path, content });
  }
  for (const root of SECTION_ROOTS)
    for (const file of await listFiles(join(dir, root))) {
      const path = relative(dir, file).split('\\').join('/');
      if (path !== SECTION_MANIFEST && !manifest.files.has(path)) problems.push(`${path}: in the folder, not in the manifest`);
    }
  if (problems.length > 0)
    throw new PublishRefusal(
      'section_invalid',
      `${dir} is not the section its manifest describes`,
      problems.slice(0, 10),
      'Render the section again into an empty folder.',
    );
  return { manifest, files };
}

/** The section rendered from the spec, with its icons named in `iconLibrary`: what `npm run generate` writes under docs/ when that is lucide. */
export async function renderSectionFor(specFile: string, iconLibrary: IconLibrary): Promise<Section> {
  const PREFIX = 'section/';
  const emitter: Emitter = {
    name: 'docs-section',
    ownedDirs: [],
    emit: async ({ model, spec }) =>
      (await renderDocsSection(model, spec, iconLibrary)).map((file) => ({ path: `${PREFIX}${file.path}`, content: file.content })),
  };
  let result;
  try {
    result = await derive(specFile, [emitter]);
  } catch (error) {
    if (!(error instanceof SpecProblems)) throw error;
    throw new PublishRefusal(
      'section_invalid',
      `the section cannot be rendered from ${error.file}`,
      error.problems.slice(0, 10).map((problem) => formatProblem(problem, error.file)),
      'Run `npm run generate` for every problem with its fix.',
    );
  }
  if (!result.ok)
    throw new PublishRefusal(
      'section_invalid',
      `the section cannot be rendered from ${specFile}`,
      result.problems.slice(0, 10).map((problem) => formatProblem(problem, specFile)),
      'Run `npm run generate` for every problem with its fix.',
    );
  const files = result.files.filter((file) => file.path.startsWith(PREFIX)).map((file) => ({ path: file.path.slice(PREFIX.length), content: file.content }));
  const manifestFile = files.find((file) => file.path === SECTION_MANIFEST);
  if (!manifestFile) throw new Error(`publish-docs: the rendered section has no ${SECTION_MANIFEST} (an internal error).`);
  return { manifest: parseManifest(manifestFile.content, SECTION_MANIFEST, 'section_invalid'), files };
}
