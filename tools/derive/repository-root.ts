import { fileURLToPath } from 'node:url';

/**
 * The repository's root folder, where the templates and sources `generate` reads live. The
 * pipeline runs from source (`npm run generate`, tools/derive/) or compiled inside the repository
 * (`woes-webhooks generate`, dist/tools/derive/): one folder deeper.
 */
export const REPOSITORY_ROOT = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '../../' : '../../../', import.meta.url));
