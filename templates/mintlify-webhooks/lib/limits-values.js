// @ts-check
import { code, table } from './mdx.js';

/** @typedef {import('./read-spec.js').SpecModel} SpecModel */

/**
 * `data.customerMessage.excerpt` → `/data/customerMessage/excerpt`: the form `truncated` lists.
 * `changes.previous` holds one value per changed field, so its pointers end in the field's name.
 * @param {string} field
 */
function pointer(field) {
  const base = `/${field.split('.').join('/')}`;
  return field === 'changes.previous' ? `${base}/<field>` : base;
}

/**
 * The figures of the limits guide, read from `x-woes-limits` and the envelope's own field: the
 * size limit, the fields Woes shortens when an event would not fit (in the order it shortens
 * them), the marker a cut field ends with, and the envelope field that lists the cut fields.
 * What a receiver can get in full of each cut is the cuts table (`overflowCutsTable`, fetching-values.js).
 * @param {SpecModel} spec
 */
export function limitsValues(spec) {
  const { maxPayloadBytes, overflow } = spec.delivery.limits;
  if (!overflow) throw new Error('mintlify-webhooks: the limits guide explains x-woes-limits.overflow, which the spec does not set.');
  return {
    truncatedField: overflow.flagField,
    truncationMarker: overflow.marker,
    truncationFirst: overflow.cuts[0]?.field ?? '',
    truncationOrder: {
      mdx: table(
        ['Order', 'Field', 'Listed in `truncated` as'],
        overflow.cuts.map((cut, index) => [String(index + 1), code(cut.field), code(pointer(cut.field))]),
      ),
    },
    maxPayloadBytesText: maxPayloadBytes.toLocaleString('en-US'),
  };
}
