// @ts-check
import { linkGuides } from './cross-references.js';
import { escapeMdx, table } from './mdx.js';
import { deref, objectOrEmpty } from './read-spec.js';

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
 * What a receiver does about a cut field is the envelope field's own description: it names,
 * per resource, what can be fetched in full.
 * @param {SpecModel} spec
 */
export function limitsValues(spec) {
  const { maxPayloadBytes, overflow } = spec.delivery.limits;
  if (!overflow) throw new Error('mintlify-webhooks: the limits guide explains x-woes-limits.overflow, which the spec does not set.');
  const envelope = deref(spec, spec.schemas.EventEnvelope ?? {});
  const flag = deref(spec, objectOrEmpty(envelope.properties)[overflow.flagField]);
  const flagDescription = typeof flag.description === 'string' ? flag.description : '';
  if (flagDescription === '')
    throw new Error(`mintlify-webhooks: the envelope has no described \`${overflow.flagField}\` field, which x-woes-limits.overflow.flagField names.`);
  return {
    truncatedField: overflow.flagField,
    truncationMarker: overflow.marker,
    truncationFirst: overflow.order[0] ?? '',
    truncationOrder: {
      mdx: table(
        ['Order', 'Field', 'Listed in `truncated` as'],
        overflow.order.map((field, index) => [String(index + 1), `\`${field}\``, `\`${pointer(field)}\``]),
      ),
    },
    truncatedDescription: { mdx: linkGuides(escapeMdx(flagDescription)) },
    maxPayloadBytesText: maxPayloadBytes.toLocaleString('en-US'),
  };
}
