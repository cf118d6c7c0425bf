import { BaseSequencer, type TestSpecification } from 'vitest/node';
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
  'test/docs/quickstart.test.ts',
  // Not a subprocess, but two publishes with Mintlify's prebuild and link checker on each: about a minute.
  'test/docs/publish-docs-site.test.ts',
  'test/docs/openapi-lint.test.ts',
  'test/package/**',
  'test/runtime/platforms/**',
  'test/runtime/signing/built-entry.test.ts',
  'test/contract-kit/examples.test.ts',
  'test/contract-kit/nextjs-build.test.ts',
  'test/contract-kit/cli.test.ts',
  'test/contract-kit/python-harness.test.ts',
  'test/contract-kit/package-exports.test.ts',
  'test/tools/derive/cli.test.ts',
  'test/tools/diff/cli.test.ts',
];

/**
 * The longest files, longest first (as `npm run bench -- test-suite` lists them). They start
 * first, so no long file starts last and runs alone at the end. Two files that mostly wait
 * (on receivers' timeouts) come right after the three longest: their waits overlap with the
 * files that compute. Vitest's own order needs the timings of an earlier run, which a fresh
 * clone (CI) does not have; the rest keep it.
 */
export const LONGEST_FIRST = [
  'test/docs/rendered-pages.test.ts',
  'test/package/fresh-projects.test.ts',
  'test/contract-kit/examples.test.ts',
  'test/contract-kit/diagnostics.test.ts',
  'test/contract-kit/broken-receivers.test.ts',
  'test/tools/derive/broken-spec.test.ts',
  'test/tools/diff/cli.test.ts',
  'test/docs/site-checks.test.ts',
  'test/docs/publish-docs-site.test.ts',
  'test/tools/diff/changelog.test.ts',
  'test/tools/derive/outputs.test.ts',
  'test/tools/derive/hostile-spec.test.ts',
  'test/tools/derive/cli.test.ts',
  'test/docs/generator-parity.test.ts',
  'test/contract-kit/cli.test.ts',
  'test/tools/spec/spec-lint.test.ts',
  'test/tools/spec/cached-structure-check.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number => {
      const index = LONGEST_FIRST.findIndex((path) => file.moduleId.endsWith(`/${path}`));
      return index === -1 ? LONGEST_FIRST.length : index;
    };
    // A stable sort keeps vitest's order among the files the list does not name.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

const fastLane = process.env.WOES_TEST_LANE === 'fast';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: fastLane ? ['**/node_modules/**', ...SLOW_SUITES] : ['**/node_modules/**'],
    // Most suites wait on sockets, subprocesses and a browser rather than compute: three files
    // at a time keep both cores busy (vitest's default on 2 cores is one).
    maxWorkers: 3,
    // Files run one after another in each worker's process, sharing loaded modules (the
    // pipeline, ajv, prettier, the AsyncAPI parser's thread) instead of loading them again for
    // each file. No suite leaves state behind: fake timers and spies are restored, and the
    // modules hold nothing but caches.
    isolate: false,
    sequence: { sequencer: LongestFirst },
    // The CLI and docs suites start subprocesses and browsers; give them room on 2 cores.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The type tests (test/**/*.test-d.ts, expectTypeOf) are not run here: `npm run typecheck`
    // compiles them with the rest of the repository (tsconfig.json includes test/), and a type
    // assertion that does not hold is a compile error there. npm test runs it beside vitest.
  },
});
