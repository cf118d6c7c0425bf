import type { Emitter } from '../derive.js';
import { BANNER_TEXT, jsonFile } from '../output.js';
import { buildCases } from './build-cases.js';
import type { ConformanceSuite } from './case-model.js';
import { casesModule } from './cases-module.js';

/**
 * The receiver conformance suite as data, derived from the spec's examples and `x-woes-*`
 * blocks: cases.json, the data, for harnesses in any language; cases.ts, the JavaScript
 * runner's typed module over it. Both live in `generated/`, which generate already owns.
 */
export const conformanceEmitter: Emitter = {
  name: 'conformance cases',
  ownedDirs: [],
  emit: ({ model }) => {
    const { cases, otherSecret } = buildCases(model);
    const suite: ConformanceSuite = {
      $comment: `${BANNER_TEXT} Executed by \`woes-webhooks test-receiver\`; see docs/webhooks for the inspection protocol.`,
      contractVersion: model.version,
      toleranceSeconds: model.delivery.signing.toleranceSeconds,
      attemptTimeoutSeconds: model.delivery.retries.attemptTimeoutSeconds,
      otherSecret,
      inspectProtocol: {
        processed: 'GET {inspect}/events/{webhookId} -> 200 {"processed": <times its side effect ran>} (404 = 0)',
        sequence: 'GET {inspect}/resources/{object}/{id} -> 200 {"sequence": <highest sequence applied>} (404 = none)',
      },
      cases,
    };
    return [jsonFile('generated/conformance/cases.json', suite), casesModule()];
  },
};
