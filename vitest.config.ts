import { defineConfig } from 'vitest/config';

/**
 * Suites that start a browser, another runtime (Deno, Bun, Python, Go, Java, ...) or a
 * subprocess. `npm run test:fast` leaves them out, for the edit loop; `npm test` and CI run
 * everything.
 */
export const SLOW_SUITES = [
  'test/docs/rendered-pages.test.ts',
  'test/docs/generator-parity.test.ts',
  'test/docs/language-snippets.test.ts',
  'test/docs/snippets.test.ts',
  'test/package/**',
  'test/runtime/platforms/**',
  'test/runtime/signing/built-entry.test.ts',
  'test/contract-kit/examples.test.ts',
  'test/contract-kit/cli.test.ts',
  'test/contract-kit/python-harness.test.ts',
  'test/contract-kit/package-exports.test.ts',
  'test/tools/derive/cli.test.ts',
  'test/tools/diff/cli.test.ts',
];

const fastLane = process.env.WOES_TEST_LANE === 'fast';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: fastLane ? ['**/node_modules/**', ...SLOW_SUITES] : ['**/node_modules/**'],
    // Most suites wait on sockets, subprocesses and a browser rather than compute: three files
    // at a time keep both cores busy (vitest's default on 2 cores is one).
    maxWorkers: 3,
    // The CLI and docs suites start subprocesses and browsers; give them room on 2 cores.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    typecheck: { enabled: !fastLane, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
