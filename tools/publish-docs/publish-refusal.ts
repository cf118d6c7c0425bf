/** Why a publish wrote nothing: each with a stable code, what is wrong and where, and the fix. */
export type RefusalCode =
  | 'site_not_found'
  | 'site_config_not_json'
  | 'site_config_invalid'
  | 'site_manifest_invalid'
  | 'section_invalid'
  | 'icons_not_in_library'
  | 'tab_missing'
  | 'tab_ambiguous'
  | 'tab_not_the_sections'
  | 'path_owned_by_site'
  | 'edited_in_site'
  | 'redirect_owned_by_site';

/**
 * A publish the command will not make. Everything is checked before anything is written, so a
 * refusal leaves the site exactly as it was. `details` are the lines that say where (a path, a
 * JSON path, an icon name), one item each.
 */
export class PublishRefusal extends Error {
  readonly code: RefusalCode;
  readonly details: readonly string[];
  readonly fix: string;

  constructor(code: RefusalCode, message: string, details: readonly string[], fix: string) {
    super(`${message}${details.length > 0 ? `:\n${details.map((line) => `  - ${line}`).join('\n')}` : ''}\n${fix}`);
    this.name = 'PublishRefusal';
    this.code = code;
    this.details = details;
    this.fix = fix;
  }
}
