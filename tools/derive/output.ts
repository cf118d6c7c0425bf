/** A file `generate` writes, relative to the repository root. */
export interface OutputFile {
  readonly path: string;
  readonly content: string;
}

export const GENERATE_COMMAND = 'npm run generate';
export const BANNER_TEXT = `Generated from asyncapi.yaml by \`${GENERATE_COMMAND}\`. Do not edit: change asyncapi.yaml and regenerate.`;

/** `//` banner for TypeScript and JavaScript outputs. */
export const CODE_BANNER = `// ${BANNER_TEXT}\n`;

/** Stable JSON: two-space indent and a trailing newline, keys in the order they were built. */
export function jsonFile(path: string, value: unknown): OutputFile {
  return { path, content: `${JSON.stringify(value, null, 2)}\n` };
}
