import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SchemaSet } from './build-schemas.js';
import { stripAnnotations } from './build-validators.js';
import { isObject } from '../spec/spec-model.js';
import type { Json, JsonObject } from '../spec/load-spec.js';
import { CODE_BANNER, type OutputFile } from './output.js';
import { pascalCase } from './schema-views.js';
import { jsComment, jsIdentifier, jsLiteral, jsRegExp } from './js-source.js';

/**
 * The receiver validators as small hand-readable JavaScript: one function per definition and
 * per event type, each returning the first violation as `{ path, keyword, message }` or
 * `undefined`. Receivers validate every delivery and bundle this into serverless functions, so
 * it replaces ajv's standalone output (about 276 KB) with code for exactly the JSON Schema
 * subset the receiver view uses. Keywords are checked in ajv's order and messages are ajv's, so
 * the first violation is the one ajv would report; test/contract/receiver-validators.test.ts
 * compares both on every example and on mutated payloads. Anything outside the subset stops
 * the generator instead of being skipped.
 */

const SUPPORTED = new Set([
  '$schema',
  '$id',
  'type',
  '$ref',
  'const',
  'enum',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'definitions',
  'maxProperties',
  'minProperties',
  'propertyNames',
]);
const FORMATS = new Set(['uuid', 'date-time', 'email', 'uri']);
const TYPE_CHECKS: Record<string, (value: string) => string> = {
  object: (v) => `isObject(${v})`,
  array: (v) => `Array.isArray(${v})`,
  string: (v) => `typeof ${v} === "string"`,
  number: (v) => `isNumber(${v})`,
  integer: (v) => `isInteger(${v})`,
  boolean: (v) => `typeof ${v} === "boolean"`,
  null: (v) => `${v} === null`,
};

class UnsupportedSchema extends Error {}

/**
 * The spec uses a keyword the receiver validator generator does not emit code for. `generate`
 * reports it as a problem at the schema that uses it, like any other rule.
 */
export class UnsupportedByReceiverValidators extends Error {
  readonly code = 'receiver_validator_unsupported';
  constructor(
    readonly keyword: string,
    /** The component schema name, or the event type whose payload uses it. */
    readonly where: string,
    readonly kind: 'definition' | 'event',
  ) {
    super(`the receiver validators cannot check ${keyword} (in ${where})`);
  }
}

interface Context {
  /** Definition name → its function. */
  readonly names: ReadonlyMap<string, string>;
  /** Regular expression literal → its hoisted constant. */
  readonly patterns: Map<string, string>;
  /** A required-property list (as JSON) → its hoisted constant. */
  readonly constants: Map<string, string>;
  /** How often each inline subschema (as JSON) occurs; those seen twice or more get a function. */
  readonly counts: ReadonlyMap<string, number>;
  /** Inline subschema (as JSON) → its shared function's name and code. */
  readonly shared: Map<string, { readonly name: string; code: string }>;
}

interface Scope {
  /** Next free variable number in the function being emitted. */
  next: number;
}

const js = (value: unknown): string => jsLiteral(value);
/** A bound from the schema (`maximum: 5`) in code and in a message; Infinity and NaN are refused. */
const num = (value: number): string => {
  if (!Number.isFinite(value)) throw new UnsupportedSchema(`the bound ${value}`);
  return String(value);
};
/** Appends a fixed segment to a path expression, merging string literals. */
const pathJoin = (path: string, segment: string): string => (path.endsWith('"') ? `${path.slice(0, -1)}${js(segment).slice(1)}` : `${path} + ${js(segment)}`);
/** JSON pointer segment of a fixed property name (RFC 6901 escapes). */
const pointer = (name: string): string => `/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;

function typesOf(schema: JsonObject): string[] {
  const type = schema.type;
  if (type === undefined) return [];
  const list = Array.isArray(type) ? type : [type];
  return list.map((item) => {
    if (typeof item !== 'string' || !(item in TYPE_CHECKS)) throw new UnsupportedSchema(`type ${js(item)}`);
    return item;
  });
}

/** The function name a `$ref` calls. */
function refTarget(ref: string, names: ReadonlyMap<string, string>): string {
  const match = /^(?:\.\.\/definitions\.json)?#\/definitions\/(.+)$/.exec(ref);
  const target = match?.[1] === undefined ? undefined : names.get(match[1]);
  if (target === undefined) throw new UnsupportedSchema(`$ref ${ref}`);
  return target;
}

/**
 * Emits the checks of `schema` against the value in variable `v`, whose JSON pointer is the
 * string expression `path`. `patterns` collects the regular expressions, hoisted to the top.
 */
function emitSchema(schema: Json, v: string, path: string, indent: string, scope: Scope, context: Context): string[] {
  if (!isObject(schema)) throw new UnsupportedSchema(`schema ${js(schema)}`);
  for (const key of Object.keys(schema)) if (!SUPPORTED.has(key)) throw new UnsupportedSchema(`keyword ${key}`);
  const lines: string[] = [];
  const out = (line: string): number => lines.push(`${indent}${line}`);
  if (typeof schema.$ref === 'string') {
    // draft-07: siblings of $ref are ignored, and the annotations are already stripped.
    // The callee reports paths relative to its value; the prefix is built only on failure.
    out(`{ const violation = ${refTarget(schema.$ref, context.names)}(${v}); if (violation) return within(${path}, violation); }`);
    return lines;
  }
  const types = typesOf(schema);
  if (types.length > 0) out(`if (!(${types.map((type) => TYPE_CHECKS[type]?.(v)).join(' || ')})) return typeError(${path}, ${js(types.join(','))});`);
  // A keyword group runs only for its own type; after a one-type check it needs no guard.
  const guard = (group: string, test: string, body: string[]): void => {
    if (body.length === 0) return;
    const applies = types.length === 0 || types.includes(group) || (group === 'number' && types.includes('integer'));
    if (!applies) return;
    if (types.length === 1) lines.push(...body);
    else {
      // The body is already indented one level deeper for this block.
      out(`if (${test}) {`);
      lines.push(...body);
      out('}');
    }
  };
  // ajv's order (its RULES): type, const, enum, then the number, string, array and object groups:
  // maximum, minimum; maxLength, minLength, pattern, format; maxItems, minItems, items,
  // uniqueItems; required, additionalProperties, properties.
  if (schema.const !== undefined) {
    if (isObject(schema.const) || Array.isArray(schema.const)) throw new UnsupportedSchema('a non-primitive const');
    out(`if (${v} !== ${js(schema.const)}) return fail(${path}, "const", ${js(`must be equal to constant: ${JSON.stringify(schema.const)}`)});`);
  }
  if (Array.isArray(schema.enum)) {
    if (schema.enum.some((item) => isObject(item) || Array.isArray(item))) throw new UnsupportedSchema('a non-primitive enum value');
    out(
      `if (!(${schema.enum.map((item) => `${v} === ${js(item)}`).join(' || ')})) return fail(${path}, "enum", ${js(`must be equal to one of the allowed values: ${JSON.stringify(schema.enum)}`)});`,
    );
  }
  const inner = `${indent}${types.length > 1 ? '  ' : ''}`;
  const numbers: string[] = [];
  if (typeof schema.maximum === 'number')
    numbers.push(`${inner}if (${v} > ${num(schema.maximum)} || isNaN(${v})) return fail(${path}, "maximum", "must be <= ${num(schema.maximum)}");`);
  if (typeof schema.minimum === 'number')
    numbers.push(`${inner}if (${v} < ${num(schema.minimum)} || isNaN(${v})) return fail(${path}, "minimum", "must be >= ${num(schema.minimum)}");`);
  guard('number', `typeof ${v} === "number"`, numbers);

  const strings: string[] = [];
  if (typeof schema.maxLength === 'number') {
    // A UTF-16 length within the bound already proves it: count code points only beyond it.
    const max = schema.maxLength;
    strings.push(
      `${inner}if (${v}.length > ${num(max)} && codePoints(${v}) > ${num(max)}) return fail(${path}, "maxLength", "must NOT have more than ${num(max)} characters");`,
    );
  }
  if (typeof schema.minLength === 'number') {
    // Code points are at least half the UTF-16 length: only a short string can fall below.
    const min = schema.minLength;
    strings.push(
      `${inner}if (${v}.length < ${num(2 * min)} && codePoints(${v}) < ${num(min)}) return fail(${path}, "minLength", "must NOT have fewer than ${num(min)} characters");`,
    );
  }
  if (typeof schema.pattern === 'string') {
    // Compiled once, when the module loads: the source is a string literal, never a regex literal.
    const expression = jsRegExp(schema.pattern);
    const name = context.patterns.get(expression) ?? `PATTERN_${context.patterns.size + 1}`;
    context.patterns.set(expression, name);
    strings.push(`${inner}if (!${name}.test(${v})) return fail(${path}, "pattern", ${js(`must match pattern "${schema.pattern}"`)});`);
  }
  if (typeof schema.format === 'string') {
    if (!FORMATS.has(schema.format)) throw new UnsupportedSchema(`format ${schema.format}`);
    strings.push(`${inner}if (!FORMATS[${js(schema.format)}](${v})) return formatError(${path}, ${js(schema.format)});`);
  }
  guard('string', `typeof ${v} === "string"`, strings);

  const arrays: string[] = [];
  if (typeof schema.maxItems === 'number')
    arrays.push(
      `${inner}if (${v}.length > ${num(schema.maxItems)}) return fail(${path}, "maxItems", "must NOT have more than ${num(schema.maxItems)} items");`,
    );
  if (typeof schema.minItems === 'number')
    arrays.push(
      `${inner}if (${v}.length < ${num(schema.minItems)}) return fail(${path}, "minItems", "must NOT have fewer than ${num(schema.minItems)} items");`,
    );
  if (schema.items !== undefined) {
    if (!isObject(schema.items)) throw new UnsupportedSchema('items as a list');
    const index = `i${scope.next++}`;
    const item = `v${scope.next++}`;
    arrays.push(`${inner}for (let ${index} = 0; ${index} < ${v}.length; ${index}++) {`);
    arrays.push(`${inner}  const ${item} = ${v}[${index}];`);
    arrays.push(...emitChild(schema.items, item, `${pathJoin(path, '/')} + ${index}`, `${inner}  `, scope, context));
    arrays.push(`${inner}}`);
  }
  if (schema.uniqueItems === true) {
    // ajv compares items of one declared scalar type by value, anything else deeply; the two
    // loops find (and name) a different pair first, so both are kept.
    const itemTypes = isObject(schema.items) && schema.items.$ref === undefined ? typesOf(schema.items) : [];
    const scalar = itemTypes.length === 1 && ['string', 'number', 'integer', 'boolean', 'null'].includes(itemTypes[0] ?? '');
    if (itemTypes.length > 1 || (itemTypes.length === 1 && !scalar)) throw new UnsupportedSchema('uniqueItems over items of several or structured types');
    const finder = scalar ? `duplicateScalar(${v}, (item) => ${TYPE_CHECKS[itemTypes[0] ?? '']?.('item')})` : `duplicateDeep(${v})`;
    arrays.push(
      `${inner}{ const pair = ${finder}; if (pair) return fail(${path}, "uniqueItems", \`must NOT have duplicate items (items ## \${pair[0]} and \${pair[1]} are identical)\`); }`,
    );
  }
  guard('array', `Array.isArray(${v})`, arrays);

  const objects: string[] = [];
  if (typeof schema.maxProperties === 'number')
    objects.push(
      `${inner}if (Object.keys(${v}).length > ${num(schema.maxProperties)}) return fail(${path}, "maxProperties", "must NOT have more than ${num(schema.maxProperties)} properties");`,
    );
  if (typeof schema.minProperties === 'number')
    objects.push(
      `${inner}if (Object.keys(${v}).length < ${num(schema.minProperties)}) return fail(${path}, "minProperties", "must NOT have fewer than ${num(schema.minProperties)} properties");`,
    );
  const required = Array.isArray(schema.required) ? schema.required : [];
  if (required.length > 0) {
    if (required.some((name) => typeof name !== 'string')) throw new UnsupportedSchema('a required entry that is not a string');
    // Hoisted: an array literal here would be allocated on every call.
    const list = js(required);
    const name = context.constants.get(list) ?? `REQUIRED_${context.constants.size + 1}`;
    context.constants.set(list, name);
    objects.push(`${inner}{ const missing = firstMissing(${v}, ${name}); if (missing !== undefined) return missingError(${path}, missing); }`);
  }
  if (schema.propertyNames !== undefined) {
    // ajv checks each key against the subschema and reports the key's own failure at the
    // object's path; only string keywords can apply to a key.
    if (
      !isObject(schema.propertyNames) ||
      Object.keys(schema.propertyNames).some((key) => !['maxLength', 'minLength', 'pattern', 'description'].includes(key))
    ) {
      throw new UnsupportedSchema('propertyNames beyond maxLength, minLength and pattern');
    }
    const key = `k${scope.next++}`;
    const names = emitSchema({ ...schema.propertyNames, type: 'string' }, key, path, `${inner}  `, scope, context).filter(
      (line) => !line.includes('typeError('),
    );
    objects.push(`${inner}for (const ${key} in ${v}) {`, ...names, `${inner}}`);
  }
  const properties = isObject(schema.properties) ? schema.properties : {};
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== true) {
    if (!isObject(schema.additionalProperties)) throw new UnsupportedSchema('additionalProperties: false (strict view only)');
    const key = `k${scope.next++}`;
    const known = Object.keys(properties);
    objects.push(`${inner}for (const ${key} in ${v}) {`);
    if (known.length > 0) objects.push(`${inner}  if (${known.map((name) => `${key} === ${js(name)}`).join(' || ')}) continue;`);
    const item = `v${scope.next++}`;
    objects.push(`${inner}  const ${item} = ${v}[${key}];`);
    objects.push(...emitChild(schema.additionalProperties, item, `${pathJoin(path, '/')} + escapePointer(${key})`, `${inner}  `, scope, context));
    objects.push(`${inner}}`);
  }
  // Properties checked by a function (a definition or a shared subschema) go in one chain.
  let chain: string[] = [];
  const flush = (): void => {
    if (chain.length === 0) return;
    const give = path === '""' ? 'violation' : `within(${path}, violation)`;
    objects.push(
      `${inner}{`,
      `${inner}  const violation =`,
      ...chain.map((link, index) => `${inner}    ${link}${index === chain.length - 1 ? ';' : ' ??'}`),
      `${inner}  if (violation) return ${give};`,
      `${inner}}`,
    );
    chain = [];
  };
  for (const [name, property] of Object.entries(properties)) {
    const callee = calleeOf(property, context);
    if (callee !== undefined) {
      chain.push(`property(${v}, ${js(name)}, ${callee})`);
      continue;
    }
    flush();
    const value = `v${scope.next++}`;
    const body = emitChild(property, value, pathJoin(path, pointer(name)), `${inner}  `, scope, context);
    if (body.length === 0) continue;
    objects.push(`${inner}const ${value} = ${v}[${js(name)}];`);
    objects.push(`${inner}if (${value} !== undefined) {`);
    objects.push(...body);
    objects.push(`${inner}}`);
  }
  flush();
  guard('object', `isObject(${v})`, objects);
  return lines;
}

/**
 * A subschema that occurs more than once (a UUID, a nullable timestamp, the envelope's fixed
 * fields) becomes one shared function, called like a definition: the code stays small.
 */
function emitChild(schema: Json, v: string, path: string, indent: string, scope: Scope, context: Context): string[] {
  const callee = calleeOf(schema, context);
  if (callee === undefined) return emitSchema(schema, v, path, indent, scope, context);
  return [`${indent}{ const violation = ${callee}(${v}); if (violation) return within(${path}, violation); }`];
}

/** The function that checks `schema`, when one does: its definition's, or a shared one. */
function calleeOf(schema: Json, context: Context): string | undefined {
  if (!isObject(schema)) return undefined;
  if (typeof schema.$ref === 'string') return refTarget(schema.$ref, context.names);
  const key = JSON.stringify(schema);
  if ((context.counts.get(key) ?? 0) < 2) return undefined;
  let shared = context.shared.get(key);
  if (!shared) {
    shared = { name: `checkShared${context.shared.size + 1}`, code: '' };
    context.shared.set(key, shared);
    shared.code = emitFunction(shared.name, key, schema, context);
  }
  return shared.name;
}

/** Counts each inline subschema below `schema`, keyed by its JSON. */
function countSubschemas(schema: Json, counts: Map<string, number>): void {
  if (!isObject(schema)) return;
  const children = [...(isObject(schema.properties) ? Object.values(schema.properties) : []), schema.items, schema.additionalProperties];
  for (const child of children) {
    if (!isObject(child) || child.$ref !== undefined) continue;
    const key = JSON.stringify(child);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    countSubschemas(child, counts);
  }
}

/** Paths are relative to `value` and built only on failure: the happy path concatenates nothing. */
function emitFunction(name: string, comment: string, schema: Json, context: Context): string {
  const body = emitSchema(schema, 'value', '""', '  ', { next: 1 }, context);
  return [`/** ${jsComment(comment)} */`, `function ${jsIdentifier(name, 'a receiver validator')}(value) {`, ...body, '  return undefined;', '}', ''].join(
    '\n',
  );
}

// ajv-formats' `uri` (full mode) is a test for ":" or "/" plus a long RFC 3986 expression kept
// private in its module; read it from there so the two cannot drift apart.
function ajvUriPattern(): string {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('ajv-formats/dist/formats'), 'utf8');
  const match = /^const URI = (\/.+\/i);$/m.exec(source);
  if (!match?.[1])
    throw new Error('could not find the URI expression in ajv-formats/dist/formats.js: update build-receiver-validators.ts for this ajv-formats version');
  return match[1];
}

function prelude(): string {
  const require = createRequire(import.meta.url);
  const formats = (require('ajv-formats/dist/formats') as { fullFormats: Record<string, unknown> }).fullFormats;
  const regex = (name: string): string => {
    const format = formats[name];
    if (!(format instanceof RegExp)) throw new Error(`ajv-formats' ${name} is no longer a regular expression: update build-receiver-validators.ts`);
    return String(format);
  };
  return `const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const isNumber = (value) => typeof value === "number" && isFinite(value);
const isInteger = (value) => typeof value === "number" && !(value % 1) && !isNaN(value) && isFinite(value);
const fail = (path, keyword, message) => ({ path, keyword, message });
const within = (prefix, violation) => ({ ...violation, path: prefix + violation.path });
const typeError = (path, types) => fail(path, "type", "must be " + types);
const formatError = (path, format) => fail(path, "format", 'must match format "' + format + '"');
const missingError = (path, name) => fail(path + "/" + escapePointer(name), "required", "must have required property '" + name + "'");
/** Checks the property \`name\` of an object when present; the violation's path includes it. */
function property(value, name, check) {
  const item = value[name];
  if (item === undefined) return undefined;
  const violation = check(item);
  return violation && within("/" + escapePointer(name), violation);
}
/** The first required property that is absent (ajv's test: \`undefined\`), in schema order. */
function firstMissing(value, names) {
  for (const name of names) if (value[name] === undefined) return name;
  return undefined;
}
const escapePointer = (key) => key.replace(/~/g, "~0").replace(/\\//g, "~1");

/** Length in Unicode code points, as JSON Schema counts it (a surrogate pair is one). */
function codePoints(text) {
  let length = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

/** ajv's pair for items of one scalar type: the higher index first. */
function duplicateScalar(items, isItem) {
  const seen = new Map();
  for (let i = items.length; i--; ) {
    const item = items[i];
    if (!isItem(item)) continue;
    const j = seen.get(item);
    if (j !== undefined) return [j, i];
    seen.set(item, i);
  }
  return undefined;
}

/** ajv's pair for items of any type, compared deeply: the lower index first. */
function duplicateDeep(items) {
  for (let i = items.length; i--; ) {
    for (let j = i; j--; ) if (equal(items[i], items[j])) return [j, i];
  }
  return undefined;
}

/** Deep equality of JSON values. */
function equal(a, b) {
  if (a === b) return true;
  if (!a || !b || typeof a !== "object" || typeof b !== "object") return a !== a && b !== b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && equal(a[key], b[key]));
}

// The formats of ajv-formats' full mode, as the published schemas are checked.
const DATE = /^(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TIME = /^(\\d\\d):(\\d\\d):(\\d\\d(?:\\.\\d+)?)(z|([+-])(\\d\\d)(?::?(\\d\\d))?)?$/i;
const URI = ${ajvUriPattern()};

function isDate(text) {
  const match = DATE.exec(text);
  if (!match) return false;
  const year = +match[1];
  const month = +match[2];
  const day = +match[3];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]);
}

function isTime(text) {
  const match = TIME.exec(text);
  if (!match) return false;
  const hour = +match[1];
  const minute = +match[2];
  const second = +match[3];
  const sign = match[5] === "-" ? -1 : 1;
  const zoneHour = +(match[6] || 0);
  const zoneMinute = +(match[7] || 0);
  if (zoneHour > 23 || zoneMinute > 59 || !match[4]) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  // A leap second is valid only at 23:59 UTC.
  const utcMinute = minute - zoneMinute * sign;
  const utcHour = hour - zoneHour * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}

const FORMATS = {
  uuid: (text) => ${regex('uuid')}.test(text),
  email: (text) => ${regex('email')}.test(text),
  uri: (text) => /\\/|:/.test(text) && URI.test(text),
  "date-time": (text) => canonicalDateTime(text) ?? isDateTime(text),
};

function isDateTime(text) {
  const parts = text.split(/t|\\s/i);
  return parts.length === 2 && isDate(parts[0]) && isTime(parts[1]);
}

const isDigitAt = (text, index) => {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
};
const numberAt = (text, start, end) => {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
};
const CANONICAL_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22];

/**
 * The shape Woes sends (\`2026-06-28T18:00:00.000Z\`), checked by character codes without
 * allocating: the same verdict as the full check below, or \`undefined\` to defer to it (any
 * other shape, and leap seconds).
 */
function canonicalDateTime(text) {
  if (text.length !== 24 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84) return undefined;
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(19) !== 46 || text.charCodeAt(23) !== 90) return undefined;
  for (const index of CANONICAL_DIGITS) if (!isDigitAt(text, index)) return undefined;
  if (numberAt(text, 11, 13) > 23 || numberAt(text, 14, 16) > 59 || numberAt(text, 17, 19) > 59) return undefined;
  const year = numberAt(text, 0, 4);
  const month = numberAt(text, 5, 7);
  const day = numberAt(text, 8, 10);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]);
}
`;
}

/** `Conversation` → `checkConversation`; `conversation.created` → `checkConversationCreatedEvent`. */
const definitionFunction = (name: string): string => `check${pascalCase(name)}`;
const eventFunction = (type: string): string => `check${pascalCase(type)}Event`;

export function buildReceiverValidators(set: SchemaSet, types: readonly string[], envelopeDefinition: string): OutputFile[] {
  const definitions = isObject(set.definitions.definitions) ? set.definitions.definitions : {};
  const names = new Map(Object.keys(definitions).map((name) => [name, definitionFunction(name)]));
  const taken = new Set(names.values());
  for (const type of types) {
    if (taken.has(eventFunction(type)))
      throw new Error(`the validator name ${eventFunction(type)} is taken by a definition: rename the definition in asyncapi.yaml`);
  }
  const schemas: [string, string, Json][] = [
    ...Object.entries(definitions).map(([name, schema]): [string, string, Json] => [
      names.get(name) ?? name,
      `#/definitions/${name}`,
      stripAnnotations(schema),
    ]),
    ...types.map((type): [string, string, Json] => {
      const schema = set.events.get(type);
      if (!schema) throw new Error(`no receiver schema for ${type}`);
      return [eventFunction(type), `The \`${type}\` event.`, stripAnnotations(schema)];
    }),
  ];
  const counts = new Map<string, number>();
  for (const [, , schema] of schemas) countSubschemas(schema, counts);
  const context: Context = { names, patterns: new Map(), constants: new Map(), counts, shared: new Map() };
  const functions: string[] = [];
  for (const [name, comment, schema] of schemas) {
    try {
      functions.push(emitFunction(name, comment, schema, context));
    } catch (error) {
      if (!(error instanceof UnsupportedSchema)) throw error;
      const definition = comment.startsWith('#/definitions/') ? comment.slice('#/definitions/'.length) : undefined;
      throw new UnsupportedByReceiverValidators(
        error.message,
        definition ?? /`(.+)`/.exec(comment)?.[1] ?? name,
        definition === undefined ? 'event' : 'definition',
      );
    }
  }
  const envelope = names.get(envelopeDefinition);
  if (envelope === undefined) throw new Error(`no definition ${envelopeDefinition} for the envelope`);
  const hoisted = [
    ...[...context.patterns].map(([expression, name]) => `const ${name} = /* @__PURE__ */ ${expression};`),
    ...[...context.constants].map(([list, name]) => `const ${name} = ${list};`),
  ].join('\n');
  const byType = types.map((type) => `  ${js(type)}: ${eventFunction(type)},`).join('\n');
  const content = [
    CODE_BANNER.trimEnd(),
    '// Receiver-mode validators (tools/derive/build-receiver-validators.ts): each returns the first',
    '// violation as { path, keyword, message }, or undefined when the value is valid.',
    '',
    prelude(),
    hoisted,
    '',
    [...context.shared.values()].map((shared) => shared.code).join('\n'),
    functions.join('\n'),
    '/** The validator of each event type. */',
    `export const byType = /* @__PURE__ */ Object.freeze({\n${byType}\n});`,
    '',
    '/** The envelope every event shares, for event types this version does not know. */',
    `export const envelope = ${envelope};`,
    '',
  ].join('\n');
  const declarations = `${CODE_BANNER}import type { WebhookEventType } from '../types.js';
import type { ReceiverValidator } from './validator-types.js';

/** The validator of each event type. */
export declare const byType: { readonly [T in WebhookEventType]: ReceiverValidator };
/** The envelope every event shares, for event types this version does not know. */
export declare const envelope: ReceiverValidator;
`;
  return [
    { path: 'generated/validators/receiver.js', content },
    { path: 'generated/validators/receiver.d.ts', content: declarations },
  ];
}
