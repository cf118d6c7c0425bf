/**
 * A problem found in the contract source. Every step of `generate` reports problems
 * instead of throwing, so one run shows every mistake with its place and its fix.
 */
export interface Problem {
  /** Stable code, e.g. `yaml_syntax`, `example_mismatch`, or a ruleset rule id. */
  readonly code: string;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** JSON path into the document, as segments (`["components", "messages", "x"]`). */
  readonly path: readonly (string | number)[];
  /** How to fix it, in one sentence. */
  readonly fix: string;
  /** 1-based line and column in the source file, when known. */
  readonly line?: number;
  readonly column?: number;
}

/**
 * Thrown by an emitter when an input it reads besides the spec (a release file, a template)
 * is wrong: `generate` prints the problems like the spec's own, never a stack trace.
 */
export class SpecProblems extends Error {
  readonly problems: readonly Problem[];
  /** The file the problems are in, relative to the repository root. */
  readonly file: string;
  constructor(file: string, problems: readonly Problem[]) {
    super(`${problems.length} problem(s) in ${file}`);
    this.file = file;
    this.name = 'SpecProblems';
    this.problems = problems;
  }
}

/** `$.components.messages["conversation.created"].examples[0]` */
export function formatJsonPath(path: readonly (string | number)[]): string {
  let out = '$';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** One problem as the CLI prints it: `file:line:col  path  message (code)` then the fix. */
export function formatProblem(problem: Problem, file: string): string {
  const where = problem.line === undefined ? file : `${file}:${problem.line}:${problem.column ?? 1}`;
  return `${where}  ${formatJsonPath(problem.path)}\n  ${problem.message} (${problem.code})\n  fix: ${problem.fix}`;
}
