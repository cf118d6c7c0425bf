import { findNodeAtLocation, parseTree, type JSONPath, type Node } from 'jsonc-parser';

/**
 * Edits of a JSON text that touch only the bytes they change: the site's docs.json keeps its
 * own indentation, key order, line breaks and spacing everywhere else. (jsonc-parser's own
 * `modify` reformats the neighbouring elements of an array it inserts into, so the edits are
 * made here on its parse tree's offsets.)
 */

interface Style {
  /** One level of indentation as the file writes it: two spaces, four, a tab. */
  readonly unit: string;
  readonly eol: string;
}

function styleOf(text: string): Style {
  const indented = text.match(/\n([ \t]+)\S/);
  return { unit: indented?.[1] ?? '  ', eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** The indentation of the line `offset` is on. */
function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(start).match(/^[ \t]*/)?.[0] ?? '';
}

/** A value laid out like the file: its unit of indentation, continuation lines under `indent`. */
function serialize(value: unknown, indent: string, { unit, eol }: Style): string {
  return JSON.stringify(value, null, unit).split('\n').join(`${eol}${indent}`);
}

/** A value on one line, spaced as people write it: `{ "source": "/a", "destination": "/b" }`. */
function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (value !== null && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([key, inner]) => `${JSON.stringify(key)}: ${oneLine(inner)}`)
      .join(', ')} }`;
  return JSON.stringify(value);
}

function nodeAt(text: string, path: JSONPath): Node {
  const root = parseTree(text);
  const node = root ? findNodeAtLocation(root, path) : undefined;
  if (!node) throw new Error(`publish-docs: no value at ${JSON.stringify(path)} of docs.json (an internal error: the path was found on the parsed file).`);
  return node;
}

const splice = (text: string, start: number, end: number, content: string): string => `${text.slice(0, start)}${content}${text.slice(end)}`;

/** Replaces the value at `path`, which must exist. */
export function replaceValue(text: string, path: JSONPath, value: unknown): string {
  const node = nodeAt(text, path);
  return splice(text, node.offset, node.offset + node.length, serialize(value, lineIndent(text, node.offset), styleOf(text)));
}

/** Appends `value` to the array at `path`, one element a line when the array is laid out so. */
export function appendToArray(text: string, path: JSONPath, value: unknown): string {
  const array = nodeAt(text, path);
  const items = array.children ?? [];
  const last = items[items.length - 1];
  const style = styleOf(text);
  if (!last) return replaceValue(text, path, [value]);
  const end = last.offset + last.length;
  const ownLine = /\n[ \t]*$/.test(text.slice(array.offset, last.offset));
  if (!ownLine) return splice(text, end, end, `, ${oneLine(value)}`);
  const indent = lineIndent(text, last.offset);
  // An element like its neighbour: on one line when the last one is.
  const laidOut = text.slice(last.offset, end).includes('\n') ? serialize(value, indent, style) : oneLine(value);
  return splice(text, end, end, `,${style.eol}${indent}${laidOut}`);
}

/** Removes element `index` of the array at `path`, with the separator before it (or after it, for the first). */
export function removeArrayItem(text: string, path: JSONPath, index: number): string {
  const items = nodeAt(text, path).children ?? [];
  const item = items[index];
  if (!item) throw new Error(`publish-docs: no element ${index} at ${JSON.stringify(path)} of docs.json (an internal error).`);
  const previous = items[index - 1];
  const next = items[index + 1];
  if (previous) return splice(text, previous.offset + previous.length, item.offset + item.length, '');
  if (next) return splice(text, item.offset, next.offset, '');
  return splice(text, item.offset, item.offset + item.length, '');
}

/** Adds `key: value` as the last property of the object at `path`. */
export function addProperty(text: string, path: JSONPath, key: string, value: unknown): string {
  const object = nodeAt(text, path);
  const style = styleOf(text);
  const properties = object.children ?? [];
  const last = properties[properties.length - 1];
  const indent = last ? lineIndent(text, last.offset) : `${lineIndent(text, object.offset)}${style.unit}`;
  const entry = `${JSON.stringify(key)}: ${serialize(value, indent, style)}`;
  if (!last) return splice(text, object.offset, object.offset + object.length, `{${style.eol}${indent}${entry}${style.eol}${lineIndent(text, object.offset)}}`);
  const end = last.offset + last.length;
  return splice(text, end, end, `,${style.eol}${indent}${entry}`);
}
