// @ts-check
import { linkGuides } from './cross-references.js';
import { attribute, code, prose } from './mdx.js';
import { deref, names, objectOrEmpty } from './read-spec.js';

/** @typedef {import('./read-spec.js').SpecModel} SpecModel */
/** @typedef {import('./read-spec.js').JsonObject} JsonObject */
/** @typedef {import('./read-spec.js').Json} Json */

// Nesting deeper than this is a sign of a recursive schema; the page stops there.
const MAX_DEPTH = 6;

/** @param {JsonObject} schema */
const isArray = (schema) => schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array'));

/**
 * The type as a reader writes it: `string`, `string | null`, `object[]`. Array items are
 * usually a `$ref` (`Label`, `Citation`), so they are followed before they are named.
 * @param {SpecModel} spec
 * @param {JsonObject} schema
 * @returns {string}
 */
function typeLabel(spec, schema) {
  const types = typeof schema.type === 'string' ? [schema.type] : names(schema.type);
  const label = types.map((type) => (type === 'array' ? `${typeLabel(spec, deref(spec, schema.items ?? {}))}[]` : type)).join(' | ');
  if (label) return label;
  if (schema.enum) return 'string';
  if (schema.properties) return 'object';
  throw new Error(`mintlify-webhooks: a schema has no type the docs can name (${JSON.stringify(schema).slice(0, 120)}); give it a \`type\`.`);
}

/** @param {JsonObject} schema */
function nullable(schema) {
  return Array.isArray(schema.type) && schema.type.includes('null');
}

// The one timestamp shape the spec allows: `date-time` narrowed by this pattern to UTC with
// milliseconds. A receiver's fixture written as plain RFC 3339 (no milliseconds, an offset)
// fails validation, so the page states the exact shape instead of the format's name.
const MILLISECOND_UTC = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$';
/** @param {JsonObject} schema */
const isMillisecondUtc = (schema) => schema.format === 'date-time' && schema.pattern === MILLISECOND_UTC;

/**
 * Length, range, size and format limits of one schema, as phrases.
 * @param {JsonObject} schema
 */
function limits(schema) {
  /** @type {string[]} */
  const phrases = [];
  if (schema.format && !isMillisecondUtc(schema)) phrases.push(`format ${code(String(schema.format))}`);
  if (schema.minLength !== undefined || schema.maxLength !== undefined) phrases.push(prose(`${schema.minLength ?? 0}–${schema.maxLength ?? '∞'} characters`));
  if (schema.minimum !== undefined) phrases.push(prose(`minimum ${schema.minimum}`));
  if (schema.maximum !== undefined) phrases.push(prose(`maximum ${schema.maximum}`));
  if (schema.minItems !== undefined) phrases.push(prose(`at least ${schema.minItems} item(s)`));
  if (schema.maxItems !== undefined) phrases.push(prose(`at most ${schema.maxItems} item(s)`));
  return phrases;
}

/**
 * The values an enum lists, closed or open, as one sentence; `''` for a schema without one.
 * @param {JsonObject} schema
 */
function enumLine(schema) {
  const values = (Array.isArray(schema.enum) ? schema.enum : []).filter((value) => value !== null);
  if (values.length === 0) return '';
  const list = values.map((value) => code(String(value))).join(', ');
  return schema['x-woes-open-enum'] ? `Known values: ${list}. Woes may add values: tolerate ones not listed here.` : `One of: ${list}.`;
}

/**
 * The facts a reader needs beside the description: fixed value, allowed values, limits.
 * @param {SpecModel} spec
 * @param {JsonObject} schema
 */
function facts(spec, schema) {
  /** @type {string[]} */
  const lines = [];
  const said = String(schema.description ?? '');
  if (schema.const !== undefined && !said.includes(`\`${schema.const}\``)) lines.push(`Always ${code(String(schema.const))}.`);
  const known = enumLine(schema);
  if (known) lines.push(known);
  if (nullable(schema)) lines.push('Can be `null`.');
  if (isMillisecondUtc(schema)) lines.push('A UTC timestamp with milliseconds, exactly `YYYY-MM-DDTHH:mm:ss.sssZ`, for example `2026-01-31T12:00:00.000Z`.');
  const own = limits(schema);
  if (own.length > 0) lines.push(`Constraints: ${own.join(', ')}.`);
  // Items that are not objects have no fields to expand: their limits go here.
  const items = isArray(schema) ? deref(spec, schema.items ?? {}) : undefined;
  if (items && !items.properties) {
    const each = limits(items);
    if (each.length > 0) lines.push(`Each item: ${each.join(', ')}.`);
    const itemValues = enumLine(items);
    if (itemValues) lines.push(`Each item: ${itemValues.charAt(0).toLowerCase()}${itemValues.slice(1)}`);
  }
  return lines;
}

/**
 * @param {string} text
 * @param {number} depth
 */
function indent(text, depth) {
  const pad = '  '.repeat(depth);
  return text
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');
}

/**
 * @param {SpecModel} spec
 * @param {Json | undefined} schema
 * @param {number} depth
 * @returns {string}
 */
function children(spec, schema, depth) {
  const resolved = deref(spec, schema);
  const items = isArray(resolved) ? deref(spec, resolved.items ?? {}) : undefined;
  const target = items ?? resolved;
  if (!target.properties || depth >= MAX_DEPTH) return '';
  const title = items ? 'item properties' : 'properties';
  return `<Expandable title="${title}">\n${responseFields(spec, target, depth + 1)}\n</Expandable>`;
}

/**
 * One `ResponseField` per property, nested objects (and arrays of objects) in `Expandable`.
 * @param {SpecModel} spec
 * @param {JsonObject} objectSchema
 * @returns {string}
 */
export function responseFields(spec, objectSchema, depth = 0) {
  const required = new Set(names(objectSchema.required));
  return Object.entries(objectOrEmpty(objectSchema.properties))
    .map(([name, raw]) => {
      const schema = deref(spec, raw);
      const deprecated = schema.deprecated === true;
      const props = [`name="${attribute(name)}"`, `type="${attribute(typeLabel(spec, schema))}"`];
      if (required.has(name)) props.push('required');
      if (deprecated) props.push('deprecated');
      const body = [
        ...(deprecated ? [`**Deprecated.** ${prose(String(schema['x-woes-deprecation'] ?? 'Still sent; stop reading it before it is removed.'))}`] : []),
        linkGuides(prose(String(schema.description ?? '').trim())),
        // Already MDX: each fact quotes its values with `code`.
        ...facts(spec, schema),
        children(spec, schema, depth),
      ].filter(Boolean);
      return `<ResponseField ${props.join(' ')}>\n${indent(body.join('\n\n'), 1)}\n</ResponseField>`;
    })
    .join('\n\n');
}

/**
 * The delivery headers as a table row list: name, required, description.
 * @param {JsonObject} headers
 * @returns {string[][]}
 */
export function headerRows(headers) {
  const required = new Set(names(headers.required));
  return Object.entries(objectOrEmpty(headers.properties)).map(([name, schema]) => [
    code(name),
    required.has(name) ? 'yes' : 'no',
    linkGuides(prose(String(objectOrEmpty(schema).description ?? ''))),
  ]);
}
