// @ts-check
// The AsyncAPI parser's two structure rules (`asyncapi-document-resolved` and
// `asyncapi-document-unresolved`) check the document against the AsyncAPI JSON Schema, which
// they compile with ajv afresh in every process: about 0.7 s, two thirds of a parse and the
// longest step of `generate`. Here each schema is compiled once per machine, kept as ajv
// standalone code in node_modules/.cache/woes-webhooks/, and loaded in about 30 ms.
//
// The verdict stays the parser's own: a document the cached validator accepts is one the
// parser's rule accepts (same schema, same ajv, same formats; test/tools/spec/
// cached-structure-check.test.ts compares the two on edits of the spec and on every broken-spec
// case), and any other document goes to the parser's rule itself, which reports it word for
// word as it always has.
// Plain JavaScript: it runs on the parser's thread (parser-worker.js).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

/** @typedef {(data: unknown) => boolean} StructureValidator */
/** @typedef {import('@stoplight/spectral-core').RulesetFunction<unknown, { resolved: boolean }>} StructureRule */
/** @typedef {import('@stoplight/spectral-core').RuleDefinition} RuleDefinition */

const require = createRequire(import.meta.url);
// Everything is loaded from where the parser loads it, so the schema, ajv and the formats are theirs.
const parserEntry = require.resolve('@asyncapi/parser');
const fromParser = createRequire(parserEntry);
const fromSpectral = createRequire(fromParser.resolve('@stoplight/spectral-functions'));

/** @type {{ getSchema: (formats: Set<unknown>, resolved: boolean) => object | undefined, documentStructure: StructureRule }} */
const parserRule = fromParser('./ruleset/functions/documentStructure.js');
/** @type {{ coreRuleset: { rules: Record<string, RuleDefinition> } }} */
const parserRulesets = fromParser('./ruleset/ruleset.js');
/** @type {{ default: typeof import('ajv').default, _: typeof import('ajv')._ }} */
const ajvModule = fromSpectral('ajv');
/** @type {{ default: (ajv: import('ajv').default, validate: import('ajv').ValidateFunction) => string }} */
const standalone = fromSpectral('ajv/dist/standalone');
/** @type {{ default: (ajv: import('ajv').default) => unknown }} */
const ajvFormats = fromSpectral('ajv-formats');
/** @type {object} */
const draft4MetaSchema = fromSpectral('./schema/draft4.json');
/** @type {object} */
const draft6MetaSchema = fromSpectral('ajv/dist/refs/json-schema-draft-06.json');
const versions = ['ajv', 'ajv-formats'].map((name) => `${name}@${fromSpectral(`${name}/package.json`).version}`).join(' ');

/**
 * .cache/woes-webhooks in the node_modules the parser is installed in, where build tools keep
 * their caches (so `npm ci` empties it), or the folder WOES_WEBHOOKS_CACHE_DIR names.
 */
const nodeModules = `${sep}node_modules${sep}`;
const CACHE_DIR =
  process.env.WOES_WEBHOOKS_CACHE_DIR || join(parserEntry.slice(0, parserEntry.lastIndexOf(nodeModules) + nodeModules.length), '.cache', 'woes-webhooks');

/**
 * The ajv options of the parser's rule, emitting standalone code. allErrors is off: it changes
 * the errors, never the verdict. They are part of the cache file's name.
 */
const AJV_OPTIONS = Object.freeze({ meta: true, strict: false, allowUnionTypes: true, unicodeRegExp: false, logger: /** @type {false} */ (false) });

/** The ajv the parser's rule uses, set up as it sets it up. */
function createAjv() {
  const ajv = new ajvModule.default({
    ...AJV_OPTIONS,
    code: { source: true, formats: ajvModule._`require("ajv-formats/dist/formats").fullFormats` },
  });
  ajvFormats.default(ajv);
  ajv.addSchema(draft4MetaSchema);
  ajv.addSchema(draft6MetaSchema);
  return ajv;
}

/**
 * Runs standalone code as a CommonJS module whose `require` resolves from the parser's Spectral,
 * the place the code was generated for.
 * @param {string} code
 * @returns {StructureValidator}
 */
function load(code) {
  const module = { exports: /** @type {unknown} */ ({}) };
  new Function('require', 'module', 'exports', code)(fromSpectral, module, module.exports);
  const validate = module.exports;
  if (typeof validate !== 'function') throw new TypeError('the cached code does not export a validator');
  return (data) => validate(data) === true;
}

/**
 * Compiles the schema and keeps its standalone code for the next process. A cache that cannot
 * be written (a read-only install) only means the next process compiles again.
 * @param {object} schema
 * @param {string} file
 * @returns {StructureValidator}
 */
function compileAndKeep(schema, file) {
  const ajv = createAjv();
  const validate = ajv.compile(schema);
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Written whole, then renamed: a process reading the cache never sees half a file.
    const partial = `${file}.${process.pid}.${Date.now()}.partial`;
    writeFileSync(partial, standalone.default(ajv, validate));
    renameSync(partial, file);
  } catch {
    // Not cached; this process has its validator all the same.
  }
  return (data) => validate(data) === true;
}

/** @type {Map<string, StructureValidator>} */
const validators = new Map();
/** @type {WeakMap<object, string>} */
const keys = new WeakMap();

/**
 * The validator for one of the parser's schemas: from this process, from the cache, or compiled
 * (when the file is missing or unreadable as a validator). The file is named by the schema's
 * text, the ajv options and the versions of ajv and its formats, so a change to any of them is
 * a new file.
 * @param {object} schema
 * @param {string} [cacheDir]
 * @returns {StructureValidator}
 */
export function structureValidator(schema, cacheDir = CACHE_DIR) {
  let key = keys.get(schema);
  if (key === undefined) {
    key = createHash('sha256').update(versions).update(JSON.stringify(AJV_OPTIONS)).update(JSON.stringify(schema)).digest('hex').slice(0, 24);
    keys.set(schema, key);
  }
  const file = join(cacheDir, `asyncapi-structure-${key}.cjs`);
  const known = validators.get(file);
  if (known) return known;
  let validator;
  try {
    validator = load(readFileSync(file, 'utf8'));
  } catch {
    validator = compileAndKeep(schema, file);
  }
  validators.set(file, validator);
  return validator;
}

// Spectral keeps the ajv that compiles the rule's schema per document (a WeakMap keyed by the
// document's inventory), so a process that checks many invalid documents (the tests) compiled
// the schema once each. The parser's rule uses the inventory for nothing else; given this one
// key for every document, the process compiles it once.
const sharedInventory = /** @type {import('@stoplight/spectral-core').RulesetFunctionContext['documentInventory']} */ (/** @type {unknown} */ ({}));

/**
 * The parser's structure rule with the cached validator in front: a document the validator
 * accepts has nothing to report; any other goes to the parser's rule.
 * @type {StructureRule}
 */
function cachedDocumentStructure(targetVal, options, context) {
  const formats = context.document.formats;
  const schema = formats ? parserRule.getSchema(formats, options.resolved) : undefined;
  if (schema && structureValidator(schema)(targetVal)) return undefined;
  return parserRule.documentStructure(targetVal, options, { ...context, documentInventory: sharedInventory });
}

/**
 * The parser's rule of that name with the cached validator in front. Everything else about the
 * rule (what it matches, its message, its severity) is the parser's.
 * @param {string} name
 * @param {boolean} resolved
 * @returns {RuleDefinition}
 */
function withCachedValidator(name, resolved) {
  const rule = parserRulesets.coreRuleset.rules[name];
  if (!rule) throw new Error(`@asyncapi/parser has no rule named ${name}`);
  // biome-ignore lint/suspicious/noThenProperty: Spectral names a rule's action `then`.
  return { ...rule, then: { function: cachedDocumentStructure, functionOptions: { resolved } } };
}

/**
 * The parser's ruleset option that puts the cached validator in front of both structure rules.
 * @type {import('@stoplight/spectral-core').RulesetDefinition}
 */
export const cachedStructureRules = {
  rules: {
    'asyncapi-document-resolved': withCachedValidator('asyncapi-document-resolved', true),
    'asyncapi-document-unresolved': withCachedValidator('asyncapi-document-unresolved', false),
  },
};

/** The parser's own schema for the rule (`resolved` or not), for a document in the given formats. */
export const parserStructureSchema = parserRule.getSchema;
