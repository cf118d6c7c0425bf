import { dirname, join } from 'node:path';
import type { Emitter } from '../derive.js';
import { REPOSITORY_ROOT } from '../repository-root.js';
import type { ReadText } from '../changelog/read-releases.js';
import type { SpecModel } from '../../spec/spec-model.js';
import { sectionInputs } from './section-inputs.js';
// The template's pages are plain functions of the spec model; the generator's entry files in
// templates/mintlify-webhooks/template/ call the same function.
import { renderSection, type SectionFile } from '../../../templates/mintlify-webhooks/lib/section.js';
import { DEFAULT_ICON_LIBRARY, type IconLibrary } from '../../../templates/mintlify-webhooks/lib/icons.js';
import { SECTION_ROOTS } from '../../../templates/mintlify-webhooks/lib/manifest.js';

/** The template, kept in this repository; also runs under `asyncapi generate fromTemplate`. */
export const TEMPLATE_DIR = join(REPOSITORY_ROOT, 'templates', 'mintlify-webhooks');
/** Where `npm run generate` writes the section, as a site would hold it; also the preview site's root. */
export const DOCS_ROOT = 'docs';
/** The tested code samples the guides include as `{{snippet:file}}`. */
const SNIPPETS_DIR = join(REPOSITORY_ROOT, DOCS_ROOT, 'snippets');

/** A contract read from its file: where it is (its releases/ sit beside it), its text and plain data. */
export interface ContractFile extends ReadText {
  readonly file: string;
}

/**
 * The webhooks section of docs.woes.dev, every file with its path in a site: the pages, the
 * changelog, the OpenAPI export, the AsyncAPI document, the receiver schemas and the manifest
 * (templates/mintlify-webhooks/lib/section.js). Its icons are named in `iconLibrary`, the
 * library of the site it is for. It renders in process from the spec model the rest of the
 * pipeline reads, in a few milliseconds; @asyncapi/generator is not needed for that
 * (test/docs/generator-parity.test.ts proves the official CLI, running the same template
 * through the generator, writes the same bytes).
 */
export async function renderDocsSection(model: SpecModel, spec: ContractFile, iconLibrary: IconLibrary = DEFAULT_ICON_LIBRARY): Promise<SectionFile[]> {
  const inputs = await sectionInputs(model, spec, dirname(spec.file));
  return renderSection(model, { templateDir: TEMPLATE_DIR, snippetsDir: SNIPPETS_DIR, repositoryRoot: REPOSITORY_ROOT }, { ...inputs, iconLibrary });
}

/**
 * The section, written under docs/ as a site holds it. It owns docs/webhooks/ and
 * docs/schemas/webhooks/ whole: every file there is derived, and a file the section no longer
 * has (the page of a removed event) is removed. docs/docs.json, the preview site around it, is
 * the preview emitter's; docs/snippets/ holds the hand-written, tested code the guides include.
 */
export const docsEmitter: Emitter = {
  name: 'docs',
  ownedDirs: SECTION_ROOTS.map((root) => `${DOCS_ROOT}/${root}`),
  emit: async ({ model, spec }) => (await renderDocsSection(model, spec)).map((file) => ({ path: `${DOCS_ROOT}/${file.path}`, content: file.content })),
};
