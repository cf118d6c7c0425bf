import type { SpecModel } from '../spec/spec-model.js';
import { CODE_BANNER, type OutputFile } from './output.js';
import { jsLiteral } from './js-source.js';

/**
 * The spec's example deliveries as typed data. Typing each payload as its event interface is
 * how \`tsc\` checks every example against the generated types.
 */
export function buildExamples(model: SpecModel): OutputFile {
  const body = model.events
    .map((event) => {
      const examples = event.examples.map((example) => jsLiteral(example, 2).replace(/\n/g, '\n    '));
      return `  ${jsLiteral(event.type)}: [\n    ${examples.join(',\n    ')},\n  ],`;
    })
    .join('\n');
  const content = `${CODE_BANNER}import type { WebhookEventMap, WebhookEventType } from './types.js';

/** One example delivery from the spec: the headers Woes sends and the JSON payload. */
export interface EventExample<T extends WebhookEventType = WebhookEventType> {
  readonly name: string;
  readonly summary: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly payload: WebhookEventMap[T];
}

/** Every example of every event type, in the order of the spec. */
export const EVENT_EXAMPLES: { readonly [T in WebhookEventType]: readonly EventExample<T>[] } = {
${body}
};
`;
  return { path: 'generated/examples.ts', content };
}
