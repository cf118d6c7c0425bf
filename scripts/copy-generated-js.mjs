// tsc compiles TypeScript only; the precompiled validators are JavaScript with hand-off
// declaration files. Copy them next to the compiled output so dist/ is complete.
import { cp } from 'node:fs/promises';

await cp('generated/validators', 'dist/generated/validators', { recursive: true, filter: (path) => !path.endsWith('.ts') || path.endsWith('.d.ts') });
