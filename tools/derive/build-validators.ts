import { createRequire } from 'node:module';
import { Ajv, type Options } from 'ajv';
import type { FormatsPlugin } from 'ajv-formats';
import type { Json, JsonObject } from '../spec/load-spec.js';
import { isObject } from '../spec/spec-model.js';
import type { BuiltSchemas, PublishedView, SchemaSet } from './build-schemas.js';
import { CODE_BANNER, type OutputFile } from './output.js';
import { UUID_PATTERN, pascalCase } from './schema-views.js';
import { jsLiteral } from './js-source.js';

// ajv-formats and ajv's standalone module are CommonJS with a `default` export that ESM
// sees as the whole module; require() gives the function itself.
const require = createRequire(import.meta.url);
const addFormats = require('ajv-formats') as FormatsPlugin;
const standaloneCode = (require('ajv/dist/standalone') as { default: (ajv: Ajv, refs: Record<string, string>) => string }).default;
type AjvInstance = Ajv;

/** Strict ajv, as the issue asks of every published schema; union types are part of our nullability. */
export function createAjv(options: Options = {}): AjvInstance {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true, ...options });
  addFormats(ajv);
  return ajv;
}

/**
 * Adds one view's schemas to an ajv instance for compiling. ajv compiles a `$ref` into a
 * fragment of another schema (`definitions.json#/definitions/Conversation`) once per referring
 * schema, which made the standalone code ten times larger than it needs to be. Registering each
 * definition as a schema of its own lets every event share one compiled function per resource.
 * Published files keep the standard `definitions` layout; this split exists only for compiling.
 */
export function addSchemaSet(ajv: AjvInstance, set: SchemaSet): void {
  const base = String(set.definitions.$id).replace(/definitions\.json$/, '');
  const definitionId = (name: string): string => `${base}compiled/${name}.json`;
  const rewrite = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!isObject(node)) return node;
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      out[key] =
        key === '$ref' && typeof value === 'string'
          ? value.replace(/^(?:\.\.\/definitions\.json)?#\/definitions\/(.+)$/, (_, name: string) => definitionId(name))
          : rewrite(value);
    }
    return out;
  };
  const definitions = isObject(set.definitions.definitions) ? set.definitions.definitions : {};
  for (const [name, schema] of Object.entries(definitions)) {
    ajv.addSchema({ $id: definitionId(name), ...(rewrite(stripAnnotations(schema)) as JsonObject) });
  }
  for (const schema of set.events.values()) ajv.addSchema(rewrite(stripAnnotations(schema)) as JsonObject);
}

/**
 * In the receiver view an open enum is `anyOf: [{enum: known}, {type: string}]` beside the
 * property's own `type`: it accepts exactly what that `type` accepts. The published schema
 * keeps the anyOf (it documents the known values); the compiled validator drops it.
 */
function dropOpenEnumAnyOf(node: JsonObject): JsonObject {
  const anyOf = node.anyOf;
  if (!Array.isArray(anyOf) || anyOf.length !== 2 || node.type === undefined) return node;
  const [known, tolerant] = anyOf;
  if (
    !isObject(known) ||
    !Array.isArray(known.enum) ||
    !isObject(tolerant) ||
    tolerant.type !== 'string' ||
    Object.keys(tolerant).some((key) => key !== 'type' && key !== 'description')
  )
    return node;
  const { anyOf: _dropped, ...rest } = node;
  return rest;
}

/** The id under which `addSchemaSet` registers a definition. */
export function compiledDefinitionId(set: SchemaSet, name: string): string {
  return `${String(set.definitions.$id).replace(/definitions\.json$/, '')}compiled/${name}.json`;
}

const ANNOTATIONS = new Set(['description', 'title', '$comment', 'examples', 'deprecated', 'default']);
const SCHEMA_MAPS = new Set(['properties', 'definitions', 'patternProperties']);

/** Drops annotation keywords (not property names): the runtime validators need none of them. */
export function stripAnnotations(node: Json, isSchemaMap = false): Json {
  if (Array.isArray(node)) return node.map((item) => stripAnnotations(item));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(isSchemaMap ? node : dropOpenEnumAnyOf(node))) {
    if (isSchemaMap) out[key] = stripAnnotations(value);
    else if (ANNOTATIONS.has(key)) continue;
    // The published schemas repeat `format: uuid` as a pattern for validators that skip the
    // format; ajv asserts the format itself, and its error names the format, not a regex.
    else if (key === 'pattern' && value === UUID_PATTERN && node.format === 'uuid') continue;
    else if (key === 'enum' || key === 'const' || key === 'required') out[key] = value;
    else out[key] = stripAnnotations(value, SCHEMA_MAPS.has(key));
  }
  return out;
}

/** `conversation.created` → `receiverConversationCreated` / `strictConversationCreated`. */
export function validatorExportName(view: PublishedView, type: string): string {
  return `${view}${pascalCase(type)}`;
}

export interface CompiledView {
  readonly view: PublishedView;
  readonly ajv: AjvInstance;
  /** Export name → schema `$id` (or `$id#/definitions/...`) of each validator. */
  readonly exports: Readonly<Record<string, string>>;
}

/**
 * Compiles one view once; `generate` uses it both to check the spec's examples and to emit
 * the standalone validators. Receivers validate on every request, so their validators stop
 * at the first error; producers' strict validators report every error.
 */
export function compileView(schemas: BuiltSchemas, view: PublishedView, types: readonly string[], envelopeDefinition: string): CompiledView {
  const ajv = createAjv({ allErrors: view === 'strict', inlineRefs: false, code: { source: true, esm: true, lines: true, optimize: 1 } });
  const set = schemas[view];
  addSchemaSet(ajv, set);
  const exports: Record<string, string> = {};
  for (const type of types) exports[validatorExportName(view, type)] = String(set.events.get(type)?.$id);
  exports[`${view}Envelope`] = compiledDefinitionId(set, envelopeDefinition);
  return { view, ajv, exports };
}

/**
 * The strict (producers') validators as ajv standalone code: no schema compilation when a receiver
 * starts, and no ajv in the published runtime. The few helpers the compiled code requires
 * are inlined (see inlineRuntimeHelpers).
 */
export function buildValidators({ view, ajv, exports }: CompiledView, types: readonly string[]): OutputFile[] {
  const files: OutputFile[] = [];
  const code = inlineRuntimeHelpers(standaloneCode(ajv, { ...exports }));
  const byType = types.map((type) => `  ${jsLiteral(type)}: ${validatorExportName(view, type)},`).join('\n');
  const lookup = `\n/** The validator of each event type. */\nexport const byType = Object.freeze({\n${byType}\n});\n/** The envelope every event shares, for event types this version does not know. */\nexport const envelope = ${view}Envelope;\n`;
  files.push({ path: `generated/validators/${view}.js`, content: `${CODE_BANNER}${code}\n${lookup}` });
  files.push({ path: `generated/validators/${view}.d.ts`, content: declarationsFor(Object.keys(exports).sort()) });
  files.push({ path: 'generated/validators/validator-types.d.ts', content: VALIDATOR_TYPES });
  files.push({ path: 'generated/validators/validator-types.js', content: `${CODE_BANNER}export {};\n` });
  return files;
}

function declarationsFor(names: readonly string[]): string {
  return [
    CODE_BANNER,
    `import type { WebhookEventType } from '../types.js';\n`,
    `import type { CompiledValidator } from './validator-types.js';\n\n`,
    ...names.map((name) => `export declare const ${name}: CompiledValidator;\n`),
    `\n/** The validator of each event type. */\nexport declare const byType: { readonly [T in WebhookEventType]: CompiledValidator };\n`,
    `/** The envelope every event shares, for event types this version does not know. */\nexport declare const envelope: CompiledValidator;\n`,
  ].join('');
}

const VALIDATOR_TYPES = `${CODE_BANNER}/** One error of a compiled validator, as ajv reports it. */
export interface CompiledValidatorError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** A precompiled ajv validator: returns whether \`data\` is valid and leaves the errors on \`errors\`. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: readonly CompiledValidatorError[] | null;
}

/** One way a value breaks its schema, as the receiver validators report it. */
export interface ReceiverViolation {
  /** JSON pointer to the offending value (\`/data/status\`); \`""\` for the whole value. */
  readonly path: string;
  /** The JSON Schema keyword that failed (\`required\`, \`enum\`, \`format\`, ...). */
  readonly keyword: string;
  /** ajv's message, with the allowed values where that helps. */
  readonly message: string;
}

/** A generated receiver validator: the first violation, or \`undefined\` when \`value\` is valid. */
export type ReceiverValidator = (value: unknown) => ReceiverViolation | undefined;
`;

/**
 * ajv's standalone output still \`require\`s a few helpers (ajv#2209 and ajv-formats#68 are
 * open upstream). Replace each with an inline copy so the module is self-contained ESM.
 */
function inlineRuntimeHelpers(code: string): string {
  const helpers: string[] = [];
  let out = code;
  const replace = (pattern: RegExp, name: string, source: string): void => {
    if (!pattern.test(out)) return;
    out = out.replace(pattern, name);
    helpers.push(source);
  };
  replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, '__ucs2length', UCS2LENGTH);
  replace(/require\("ajv\/dist\/runtime\/equal"\)\.default/g, '__equal', EQUAL);
  replace(/require\("ajv-formats\/dist\/formats"\)\.fullFormats\["date-time"\]/g, '__formatDateTime', DATE_TIME);
  replace(/require\("ajv-formats\/dist\/formats"\)\.fullFormats\.uri/g, '__formatUri', URI);
  const leftover = out.match(/require\([^)]*\)/);
  if (leftover) throw new Error(`standalone validator code still requires ${leftover[0]}: inline it in build-validators.ts`);
  return `${helpers.join('\n')}\n${out.replace(/^"use strict";/, '')}`;
}

// Small equivalents of ajv's runtime helpers and of ajv-formats' full formats, written for
// the shapes this contract uses (a canonical millisecond UTC timestamp, absolute URLs).
// test/generated/validators.test.ts checks them against ajv with ajv-formats on every example
// and every bad payload.
const UCS2LENGTH = `function __ucs2length(str) { const n = str.length; let length = n; for (let i = 0; i < n - 1; i++) { const c = str.charCodeAt(i); if (c >= 0xd800 && c <= 0xdbff) { const d = str.charCodeAt(i + 1); if (d >= 0xdc00 && d <= 0xdfff) { length--; i++; } } } return length; }`;
const EQUAL = `function __equal(a, b) { if (a === b) return true; if (a && b && typeof a === "object" && typeof b === "object") { if (Array.isArray(a) !== Array.isArray(b)) return false; const keys = Object.keys(a); if (keys.length !== Object.keys(b).length) return false; return keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && __equal(a[k], b[k])); } return a !== a && b !== b; }`;
// Hot on every verify (each event has several timestamps): no regex match arrays, no Date.
const DATE_TIME = `const __formatDateTime = { validate: (s) => {
  const n = s.length;
  if (n < 20) return false;
  const digit = (i) => { const c = s.charCodeAt(i) - 48; return c >= 0 && c <= 9 ? c : -1; };
  const two = (i) => { const a = digit(i), b = digit(i + 1); return a < 0 || b < 0 ? -1 : a * 10 + b; };
  const y0 = two(0), y1 = two(2), mo = two(5), d = two(8), h = two(11), mi = two(14), se = two(17);
  if (y0 < 0 || y1 < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 60) return false;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return false;
  const t = s.charCodeAt(10);
  if (t !== 84 && t !== 116 && t !== 32) return false;
  const y = y0 * 100 + y1;
  const max = mo === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  if (d > max) return false;
  let i = 19;
  if (s.charCodeAt(i) === 46) { i++; const start = i; while (i < n && digit(i) >= 0) i++; if (i === start) return false; }
  const z = s.charCodeAt(i);
  if ((z === 90 || z === 122) && i === n - 1) return true;
  if (z !== 43 && z !== 45) return false;
  const oh = two(i + 1);
  const rest = s.charCodeAt(i + 3) === 58 ? i + 4 : i + 3;
  return oh >= 0 && oh <= 23 && rest === n - 2 && two(rest) >= 0 && two(rest) <= 59;
} };`;
const URI = `const __formatUri = (s) => { if (!/^[a-z][a-z0-9+.-]*:[^\\s]*$/i.test(s)) return false; try { new URL(s); return true; } catch { return false; } };`;
