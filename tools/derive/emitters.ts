import { conformanceEmitter } from './conformance/conformance-emitter.js';
import type { Emitter } from './derive.js';
import { docsEmitter } from './docs/docs-emitter.js';
import { previewSiteEmitter } from './docs/preview-site-emitter.js';

/**
 * The emitters beyond the core (schemas, types, validators, catalog, examples), in the
 * order they run. Each owns its output folders.
 */
export const EMITTERS: readonly Emitter[] = [conformanceEmitter, docsEmitter, previewSiteEmitter];
