import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateDocsConfig } from '@mintlify/validation';
import { parse, printParseErrorCode, type JSONPath, type ParseError } from 'jsonc-parser';
import { isIconLibrary, type IconLibrary } from '../../templates/mintlify-webhooks/lib/icons.js';
import { PublishRefusal } from './publish-refusal.js';

export const SITE_CONFIG = 'docs.json';
/** Mintlify's icon library when docs.json names none. */
export const MINTLIFY_DEFAULT_ICON_LIBRARY: IconLibrary = 'fontawesome';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonRecord = { [key: string]: JsonValue };

export const isRecord = (value: JsonValue | undefined): value is JsonRecord => value !== null && typeof value === 'object' && !Array.isArray(value);

export interface SiteConfig {
  readonly text: string;
  readonly value: JsonRecord;
  readonly iconLibrary: IconLibrary;
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before[before.length - 1]?.length ?? 0) + 1}`;
}

/** `navigation.tabs[2].groups` for a JSON path. */
export const jsonPath = (path: readonly (string | number)[]): string =>
  path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${part}`)).join('');

/**
 * Mintlify's own verdict on a docs.json value (the schema `mint validate` and the hosted build
 * apply), as `path: message` lines; none when it passes.
 */
export async function configIssues(value: unknown): Promise<string[]> {
  const result = await validateDocsConfig(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`);
}

/** The site's docs.json as text and value, refused unless it is JSON that Mintlify's validator accepts. */
export async function readSiteConfig(site: string): Promise<SiteConfig> {
  const file = join(site, SITE_CONFIG);
  if (!existsSync(file))
    throw new PublishRefusal(
      'site_not_found',
      `${site} is not a Mintlify site: it has no ${SITE_CONFIG}`,
      [],
      'Pass the folder of the docs.woes.dev checkout (the one holding docs.json) as --site.',
    );
  const text = await readFile(file, 'utf8');
  const errors: ParseError[] = [];
  const value = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false }) as JsonValue;
  if (errors.length > 0 || !isRecord(value))
    throw new PublishRefusal(
      'site_config_not_json',
      `${file} is not a JSON object`,
      errors.slice(0, 5).map((error) => `${SITE_CONFIG}:${lineAndColumn(text, error.offset)}: ${printParseErrorCode(error.error)}`),
      'Fix the JSON (the site does not build either), then publish again.',
    );
  const issues = await configIssues(value);
  if (issues.length > 0)
    throw new PublishRefusal(
      'site_config_invalid',
      `${file} does not pass Mintlify's validateDocsConfig`,
      issues.slice(0, 10),
      "Fix the site's docs.json (Mintlify would not build it), then publish again.",
    );
  const icons = value.icons;
  const library = isRecord(icons) ? icons.library : undefined;
  return { text, value, iconLibrary: isIconLibrary(library) ? library : MINTLIFY_DEFAULT_ICON_LIBRARY };
}

/** The JSON paths of every navigation entry whose `tab` is `name`, in any tabs list (products, versions, languages included). */
export function findTabs(config: JsonRecord, name: string): JSONPath[] {
  const found: JSONPath[] = [];
  const walk = (value: JsonValue, path: JSONPath): void => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (isRecord(value)) {
      if (value.tab === name) found.push(path);
      for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
    }
  };
  walk(config.navigation ?? null, ['navigation']);
  return found;
}

/** The value at a JSON path of a parsed config. */
export function valueAt(config: JsonValue, path: JSONPath): JsonValue | undefined {
  let current: JsonValue | undefined = config;
  for (const part of path) {
    if (typeof part === 'number') current = Array.isArray(current) ? current[part] : undefined;
    else current = isRecord(current) ? current[part] : undefined;
  }
  return current;
}
