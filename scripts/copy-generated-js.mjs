// tsc compiles TypeScript only; the precompiled validators are JavaScript with hand-off
// declaration files. Copy them next to the compiled output so dist/ is complete.
import { cp } from 'node:fs/promises';

await cp('generated/validators', 'dist/generated/validators', { recursive: true, filter: (path) => !path.endsWith('.ts') || path.endsWith('.d.ts') });
// The conformance data: tsc emits the JSON module cases.ts imports re-indented (a third larger);
// the package ships the committed bytes, the one copy of the data (export ./conformance/cases.json).
await cp('generated/conformance/cases.json', 'dist/generated/conformance/cases.json');
