import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpec, MAX_SPEC_BYTES, type LoadOptions } from '../spec/load-spec.js';
import { formatJsonPath } from '../spec/problem.js';
import { contractFromRaw, DiffInputError, type ContractVersion } from './contract-version.js';

/**
 * Loads a contract file for comparison, with the same checks `generate` starts with: YAML
 * syntax, the AsyncAPI parser's verdict, and the structure the contract is read from. Each
 * version is parsed once.
 */
export async function loadContractFile(file: string, source = file, options: LoadOptions = {}): Promise<ContractVersion> {
  const loaded = await loadSpec(file, undefined, options);
  if (!loaded.ok) {
    const [problem] = loaded.problems;
    if (problem?.code === 'unreadable_file')
      throw new DiffInputError('unreadable_file', `cannot read ${source} (${problem.message.replace(/^.*\((.*)\)$/, '$1')}); check the path.`);
    const where = problem?.line === undefined ? source : `${source}:${problem.line}`;
    const at = problem === undefined || problem.path.length === 0 ? '' : `${formatJsonPath(problem.path)}: `;
    // A document that is no YAML mapping is not a contract; one the loader refuses (an unsafe
    // reference, an alias bomb) is an invalid one.
    const code = problem?.code === 'yaml_syntax' || problem?.code === 'not_a_contract' ? 'not_a_contract' : 'invalid_contract';
    throw new DiffInputError(
      code,
      `${where} is not a ${code === 'not_a_contract' ? 'contract' : 'valid contract'}: ${at}${problem?.message ?? 'unreadable'}. ${problem?.fix ?? ''}`.trim(),
    );
  }
  // Mark the parser's verdict as handled now: if the structure check below throws first, a late
  // parser failure must not surface as an unhandled rejection with a stack trace.
  loaded.spec.parserProblems.catch(() => undefined);
  const version = contractFromRaw(loaded.spec.raw, source);
  const [parserProblem] = await loaded.spec.parserProblems;
  if (parserProblem) {
    const where = parserProblem.line === undefined ? source : `${source}:${parserProblem.line}`;
    throw new DiffInputError(
      'invalid_contract',
      `${where} is not a valid AsyncAPI document: ${parserProblem.message} at ${formatJsonPath(parserProblem.path)}. Fix it (\`npm run generate\` shows every problem).`,
    );
  }
  return version;
}

const git = (args: readonly string[], cwd: string): string =>
  execFileSync('git', [...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

/** Loads `file` (relative to `cwd`) as it is at a git ref: `git show <ref>:./<file>`. */
export async function loadContractAtRef(ref: string, file: string, cwd: string, options: LoadOptions = {}): Promise<ContractVersion> {
  const source = `${ref}:${file}`;
  try {
    git(['rev-parse', '--git-dir'], cwd);
  } catch {
    throw new DiffInputError(
      'not_a_git_repository',
      `--base ${ref} needs a git repository, and ${cwd} is not in one; compare two files instead: npm run diff -- <base> <head>.`,
    );
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  } catch {
    throw new DiffInputError('unknown_git_ref', `unknown git ref "${ref}"; use a branch, tag or commit that exists (git fetch it first in a shallow clone).`);
  }
  let text: string;
  try {
    // The size first: `git show` of a huge blob would be read whole before the loader could refuse it.
    const bytes = Number(git(['cat-file', '-s', `${ref}:./${file}`], cwd).trim());
    if (bytes > MAX_SPEC_BYTES) {
      throw new DiffInputError(
        'invalid_contract',
        `${source} is not a valid contract: it is ${(bytes / 1024 / 1024).toFixed(1)} MB; a contract may be at most ${MAX_SPEC_BYTES / 1024 / 1024} MB (${MAX_SPEC_BYTES} bytes). Check that this is the contract (asyncapi.yaml is under 200 KB).`,
      );
    }
    text = git(['show', `${ref}:./${file}`], cwd);
  } catch (error) {
    if (error instanceof DiffInputError) throw error;
    throw new DiffInputError('not_in_git_ref', `${file} does not exist at ${ref}; pick a ref that has the contract, or compare two files.`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'woes-diff-'));
  try {
    const copy = join(dir, 'asyncapi.yaml');
    await writeFile(copy, text);
    return await loadContractFile(copy, source, options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
