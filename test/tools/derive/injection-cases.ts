/**
 * Spec text built to break out of wherever a generator puts it, as data. Each payload runs
 * `globalThis.__WOES_INJECTED = 1` if any generated module (or page) treats it as code; each
 * position says where in the spec a payload goes. One spec holds every payload in every
 * position (one generate run, one parse), so each placement has a name of its own.
 */
import { createHmac } from 'node:crypto';
import type { Json, JsonObject } from '../../../tools/spec/load-spec.js';
import { at, type Spec } from '../diff/spec-edits.js';

export const INJECTED = '__WOES_INJECTED';
const RUN = `globalThis.${INJECTED}=1`;

export interface BreakoutPayload {
  readonly name: string;
  readonly text: string;
  /** For a payload that is also a valid `u` regular expression: a string it matches. */
  readonly matches?: string;
}

export const BREAKOUT_PAYLOADS: readonly BreakoutPayload[] = [
  // The first finding of the second hostile-input review: `\/` became `\\/` in a regex literal, which ended it.
  { name: 'a regex literal escape', text: `x\\/&&(${RUN}),u=1,WOES_B=2`, matches: `x/&&${RUN},u=1,WOES_B=2` },
  { name: 'a double quote', text: `"+(${RUN})+"`, matches: `"${RUN}"` },
  { name: 'a single quote', text: `'+(${RUN})+'`, matches: `'${RUN}'` },
  { name: 'a backtick and a template substitution', text: `\`+(${RUN})+\`\${${RUN}}` },
  { name: 'a backslash before a quote', text: `\\"+(${RUN})+"\\` },
  { name: 'an escaped backslash before a quote', text: `x\\\\"+(${RUN})+"`, matches: `x\\"${RUN}"` },
  { name: 'the end of a comment', text: `*/ ${RUN}; /*` },
  { name: 'the end of a comment after a character', text: `x*/ ${RUN}; /*`, matches: `x/ ${RUN}; ` },
  { name: 'a newline', text: `x\n${RUN};//`, matches: `x\n${RUN};//` },
  { name: 'U+2028 and U+2029', text: `x\u2028${RUN};//\u2029${RUN};//`, matches: `x\u2028${RUN};//\u2029${RUN};//` },
  { name: 'the end of a script element', text: `</script><script>${RUN}</script><!--`, matches: `</script><script>${RUN}</script><!--` },
  // What MDX runs: a module statement at the start of a line, an expression, a component.
  { name: 'a module statement', text: `export const pwned = (${RUN})` },
  { name: 'a module statement on a later line', text: `First line.\nimport pwned from "data:text/javascript,${RUN}"` },
  { name: 'an expression and components', text: `{${RUN}} <img src="x" onError={() => ${RUN}} /> <Note>{${RUN}}</Note>` },
  // A backslash-escaped backtick opens no code span, so what follows is not code either.
  { name: 'an escaped backtick before an expression', text: `\\\`{${RUN}}\`` },
  { name: 'a code span across a blank line', text: `\`a\n\n{${RUN}}\n\n\`` },
  { name: 'a code fence', text: `\`\`\`\n{${RUN}}\n~~~\nexport const fenced = (${RUN})` },
];

/** The Conversation property a payload gets in a position: `inj_enum_3`. */
export const propertyName = (position: string, index: number): string => `inj_${position}_${index}`;

/** Every payload joined, for a position that holds one string. */
export const ALL_PAYLOADS = BREAKOUT_PAYLOADS.map((payload) => payload.text).join(' ');

const conversation = (spec: Spec): JsonObject => at(spec, 'components.schemas.Conversation.properties');
const messageAt = (spec: Spec, index: number): JsonObject => {
  const messages = Object.values(at(spec, 'components.messages'));
  const message = messages[index];
  if (typeof message !== 'object' || message === null || Array.isArray(message)) throw new Error(`spec edit: no message ${index}`);
  return message;
};

/** Where in the spec a payload goes; `applies` leaves out payloads the position cannot hold (an invalid regex). */
export interface InjectionPosition {
  readonly name: string;
  readonly applies?: (payload: BreakoutPayload) => boolean;
  readonly place: (spec: Spec, text: string, index: number) => void;
}

const property = (name: string, schema: JsonObject) => (spec: Spec, _text: string, index: number) => {
  conversation(spec)[propertyName(name, index)] = schema;
};

export const INJECTION_POSITIONS: readonly InjectionPosition[] = [
  {
    name: 'pattern',
    applies: (payload) => payload.matches !== undefined,
    place: (spec, text, index) => property('pattern', { type: 'string', pattern: text, description: 'A pattern.' })(spec, text, index),
  },
  { name: 'enum', place: (spec, text, index) => property('enum', { type: 'string', enum: [text], description: 'An enum.' })(spec, text, index) },
  { name: 'const', place: (spec, text, index) => property('const', { type: 'string', const: text, description: 'A const.' })(spec, text, index) },
  {
    name: 'property name',
    place: (spec, text) => {
      conversation(spec)[text] = { type: 'string', description: 'A property named by the payload.' };
    },
  },
  { name: 'description', place: (spec, text, index) => property('description', { type: 'string', description: text })(spec, text, index) },
  { name: 'title', place: (spec, text, index) => property('title', { type: 'string', title: text, description: 'A title.' })(spec, text, index) },
  { name: 'default', place: (spec, text, index) => property('default', { type: 'string', default: text, description: 'A default.' })(spec, text, index) },
  {
    name: 'schema example',
    place: (spec, text, index) => property('examples', { type: 'string', examples: [text], description: 'An example.' })(spec, text, index),
  },
  {
    name: 'message title, summary and description',
    place: (spec, text, index) => {
      Object.assign(messageAt(spec, index), { title: text, summary: text, description: text });
    },
  },
  {
    name: 'example summary',
    place: (spec, text, index) => {
      const [example] = messageAt(spec, index).examples as JsonObject[];
      if (example) example.summary = text;
    },
  },
];

/** The one spec: the real contract with every payload in every position it applies to. */
export function injectedSpec(base: Spec): Spec {
  const spec = structuredClone(base);
  for (const position of INJECTION_POSITIONS) {
    BREAKOUT_PAYLOADS.forEach((payload, index) => {
      if (position.applies?.(payload) !== false) position.place(spec, payload.text, index);
    });
  }
  // A delivery block's text, every payload at once: the catalog's constants and the guides.
  at(spec, 'x-woes-retries').description = ALL_PAYLOADS as Json;
  at(spec, 'x-woes-idempotency').description = ALL_PAYLOADS as Json;
  // A figure the idempotency guide quotes in its frontmatter and its body.
  at(spec, 'x-woes-idempotency').key = FRONTMATTER_BREAKOUT;
  // Tag descriptions fill the catalog and the overview's cards; header descriptions every event page.
  const [tag] = at(spec, 'info').tags as JsonObject[];
  if (tag) tag.description = ALL_PAYLOADS;
  at(spec, 'components.messageTraits.delivery.headers.properties.webhook-id').description = ALL_PAYLOADS;
  // An example body the event page shows in a code fence: its own fence must not close it.
  const [example] = messageAt(spec, 0).examples as JsonObject[];
  if (example) {
    at(example, 'payload.data').subject = FENCE_BREAKOUT;
    resign(spec, example);
  }
  return spec;
}

/** Ends a double-quoted YAML value and the frontmatter, then writes a module statement. */
export const FRONTMATTER_BREAKOUT = `x"\n---\nexport const pwned = (${RUN})\n---\ntitle: "y`;
/** Closes a code fence, then writes a component, an expression and a module statement. */
export const FENCE_BREAKOUT = `\`\`\`\n~~~\n</Accordion>\n{${RUN}}\nexport const fenced = (${RUN})\n\`\`\``;

/** Signs an edited example again, as the woes-example-signature rule requires. */
function resign(spec: Spec, example: JsonObject): void {
  const secret = String(at(spec, 'x-woes-signing').exampleSecret);
  const headers = at(example, 'headers');
  const signed = `${String(headers['webhook-id'])}.${String(headers['webhook-timestamp'])}.${JSON.stringify(example.payload)}`;
  headers['webhook-signature'] = `v1,${createHmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64'))
    .update(signed)
    .digest('base64')}`;
}

/** The event type whose message holds payload `index` in the message positions. */
export const eventTypeAt = (spec: Spec, index: number): string => String(messageAt(spec, index).name);
