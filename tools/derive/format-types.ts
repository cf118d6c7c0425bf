import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { REPOSITORY_ROOT } from './repository-root.js';

/** generated/types.ts could not be formatted. The message says why and what to do. */
export class TypesFormatError extends Error {
  readonly code = 'types_format_failed';
  constructor(message: string) {
    super(message);
    this.name = 'TypesFormatError';
  }
}

// The settings json-schema-to-typescript used to hand prettier (single quotes, 120 columns),
// with prettier's trailing-comma behaviour for type arguments: the same bytes as before.
const FORMAT_OPTIONS = ['--indent-style=space', '--indent-width=2', '--line-width=120', '--javascript-formatter-quote-style=single', '--trailing-commas=none'];

/**
 * The platform's Biome binary, as @biomejs/biome's own launcher finds it (BIOME_BINARY wins),
 * without the Node process that launcher costs.
 */
function biomeBinary(): string {
  if (process.env.BIOME_BINARY) return process.env.BIOME_BINARY;
  const require = createRequire(import.meta.url);
  const executable = process.platform === 'win32' ? 'biome.exe' : 'biome';
  const candidates = [`@biomejs/cli-${process.platform}-${process.arch}`, `@biomejs/cli-${process.platform}-${process.arch}-musl`];
  for (const name of candidates) {
    try {
      return require.resolve(`${name}/${executable}`);
    } catch {
      // Not this platform's package; try the next.
    }
  }
  throw new TypesFormatError(
    `cannot find the Biome binary for ${process.platform}-${process.arch} (${candidates.join(' or ')}). Run \`npm install\` (Biome is a devDependency), or set BIOME_BINARY to a Biome 2 executable.`,
  );
}

/**
 * Formats the TypeScript json-schema-to-typescript writes unformatted. Biome, a devDependency
 * already (the repository's linter and formatter), does in about 40 ms what prettier, the
 * generator's own formatter, took most of a second to start and run; the output is the same.
 * Run from the repository root with its configuration, so the caller's folder changes nothing.
 */
export function formatTypes(code: string): string {
  const result = spawnSync(biomeBinary(), ['format', `--config-path=${REPOSITORY_ROOT}`, ...FORMAT_OPTIONS, '--stdin-file-path=types.ts'], {
    cwd: REPOSITORY_ROOT,
    input: code,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error)
    throw new TypesFormatError(`cannot run Biome to format generated/types.ts (${result.error.message}). Run \`npm install\`, then generate again.`);
  if (result.status !== 0) {
    throw new TypesFormatError(
      `Biome could not format generated/types.ts (exit ${result.status}): ${result.stderr.trim().split('\n').slice(0, 8).join(' ')}. The generated TypeScript does not parse: report it with the schema that produced it.`,
    );
  }
  return result.stdout;
}
