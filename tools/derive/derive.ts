import { buildCatalog } from './build-catalog.js';
import { buildExamples } from './build-examples.js';
import { buildSchemas, schemaFiles, type BuiltSchemas } from './build-schemas.js';
import { buildTypes } from './build-types.js';
import { buildReceiverValidators, UnsupportedByReceiverValidators } from './build-receiver-validators.js';
import { buildValidators, compileView, type CompiledView } from './build-validators.js';
import { checkRules, createRuleContext } from './check-rules.js';
import { PATTERN_RULE, RULES } from './ruleset.js';
import { readSpecModel, type SpecModel } from '../spec/spec-model.js';
import { loadSpec, type LoadedSpec, type LoadOptions } from '../spec/load-spec.js';
import type { OutputFile } from './output.js';
import type { Problem } from '../spec/problem.js';
import { UnsafeGeneratedName } from './js-source.js';

/** The folders `generate` owns: every file in them is derived, and stale ones are removed. */
export const OWNED_DIRS = ['generated', 'schemas'] as const;

/**
 * A further set of outputs (the docs pages, the conformance cases) plugged into the pipeline.
 * `ownedDirs` are folders holding nothing but this emitter's outputs: stale files there go.
 */
export interface Emitter {
  readonly name: string;
  readonly ownedDirs: readonly string[];
  readonly emit: (input: { model: SpecModel; spec: LoadedSpec }) => Promise<readonly OutputFile[]> | readonly OutputFile[];
}

export type DeriveResult = { ok: true; files: OutputFile[]; model: SpecModel; spec: LoadedSpec } | { ok: false; problems: Problem[]; spec?: LoadedSpec };

const ENVELOPE = 'EventEnvelope';

type Checked = { ok: true; model: SpecModel; schemas: BuiltSchemas; strict: CompiledView; types: string[] } | { ok: false; problems: Problem[] };

async function buildFiles(checked: Extract<Checked, { ok: true }>, spec: LoadedSpec, emitters: readonly Emitter[]): Promise<OutputFile[]> {
  const { model, schemas, strict, types } = checked;
  const files: OutputFile[] = [
    ...schemaFiles(schemas),
    await buildTypes(model),
    // Receivers get compact generated validators; producers' strict ones stay ajv standalone.
    ...buildReceiverValidators(schemas.receiver, types, ENVELOPE),
    ...buildValidators(strict, types),
    buildCatalog(model),
    buildExamples(model),
  ];
  for (const emitter of emitters) files.push(...(await emitter.emit({ model, spec })));
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** Reads the contract, derives and compiles its schemas, and runs the ruleset. */
async function checkContract(spec: LoadedSpec): Promise<Checked> {
  const { model, problems: structural } = readSpecModel(spec.raw);
  if (structural.length > 0) return { ok: false, problems: structural };
  const schemas = buildSchemas(model);
  const types = model.events.map((event) => event.type);
  let strict: CompiledView;
  try {
    // Both published views must compile under strict ajv, as outside users load them; the
    // strict one also becomes the producers' validators and checks the examples.
    compileView(schemas, 'receiver', types, ENVELOPE);
    strict = compileView(schemas, 'strict', types, ENVELOPE);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [
        {
          code: 'schema_invalid',
          message: `a derived schema does not compile under strict ajv: ${message}`,
          path: ['components', 'schemas'],
          fix: 'Use only JSON Schema draft-07 keywords, and declare every `required` property under `properties`.',
        },
      ],
    };
  }
  const context = createRuleContext(spec.raw, model, schemas, strict);
  // First, and alone: the example check below would hang on a pattern that backtracks.
  const backtracking = checkRules(context, [PATTERN_RULE]);
  if (backtracking.length > 0) return { ok: false, problems: backtracking };
  const problems = checkRules(
    context,
    RULES.filter((rule) => rule !== PATTERN_RULE),
  );
  return problems.length > 0 ? { ok: false, problems } : { ok: true, model, schemas, strict, types };
}

/**
 * Everything `generate` derives from the spec, in memory. Nothing touches the disk here, so a
 * broken spec leaves every previous output as it was. The spec is parsed once per run.
 */
export async function derive(specFile: string, emitters: readonly Emitter[] = [], options: LoadOptions = {}): Promise<DeriveResult> {
  const loaded = await loadSpec(specFile, undefined, options);
  if (!loaded.ok) return { ok: false, problems: loaded.problems };
  const { spec } = loaded;
  const withLocation = (problems: readonly Problem[]): Problem[] =>
    problems.map((problem) => {
      if (problem.line !== undefined) return problem;
      const position = spec.locate(problem.path);
      return position ? { ...problem, line: position.line, column: position.column } : problem;
    });

  // Everything up to the parser's verdict overlaps with its run on another thread. Its verdict
  // comes first when it fails: findings on an invalid AsyncAPI document are noise.
  let outcome: Checked | undefined;
  let files: OutputFile[] = [];
  try {
    outcome = await checkContract(spec);
    if (outcome.ok) files = await buildFiles(outcome, spec, emitters);
  } catch (error) {
    const parserProblems = await spec.parserProblems;
    if (parserProblems.length > 0) return { ok: false, problems: parserProblems, spec };
    if (error instanceof UnsafeGeneratedName) {
      const problem: Problem = {
        code: error.code,
        message: error.message,
        path: [],
        fix: `Rename ${JSON.stringify(error.offending)} in asyncapi.yaml to letters, digits and underscores.`,
      };
      return { ok: false, problems: [problem], spec };
    }
    if (!(error instanceof UnsupportedByReceiverValidators) || outcome?.ok !== true) throw error;
    const { model } = outcome;
    const schemaName = error.kind === 'definition' ? error.where : model.events.find((event) => event.type === error.where)?.schemaName;
    const problem: Problem = {
      code: error.code,
      message: `${error.message}: the generated receiver validators handle the JSON Schema subset the contract uses so far`,
      path: schemaName === undefined ? ['components', 'schemas'] : ['components', 'schemas', schemaName],
      fix: 'Express the rule with the keywords the contract already uses, or teach tools/derive/build-receiver-validators.ts the keyword (and its differential test, test/generated/receiver-validators.test.ts).',
    };
    return { ok: false, problems: withLocation([problem]), spec };
  }
  const parserProblems = await spec.parserProblems;
  if (parserProblems.length > 0) return { ok: false, problems: parserProblems, spec };
  if (!outcome.ok) return { ok: false, problems: withLocation(outcome.problems), spec };
  const { model } = outcome;
  return { ok: true, files, model, spec };
}
