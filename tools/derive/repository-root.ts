import { fileURLToPath } from 'node:url';

/**
 * The repository's root folder, where the templates, snippets and recipes `generate` reads
 * live. The pipeline runs from source (`npm run generate`): tools/ is never compiled or shipped.
 */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));
