import { readSpecModel, type SpecModel } from '../spec/spec-model.js';
import type { JsonObject } from '../spec/load-spec.js';

/** One side of a comparison: the plain document and the contract read from it. */
export interface ContractVersion {
  /** Where it came from, as the report names it: a path or `<ref>:asyncapi.yaml`. */
  readonly source: string;
  readonly raw: JsonObject;
  readonly model: SpecModel;
}

export type DiffInputErrorCode = 'unreadable_file' | 'not_a_contract' | 'invalid_contract' | 'unknown_git_ref' | 'not_in_git_ref' | 'not_a_git_repository';

/** Input the gate cannot compare. The CLI prints `message` as one line and exits 2. */
export class DiffInputError extends Error {
  readonly code: DiffInputErrorCode;
  constructor(code: DiffInputErrorCode, message: string) {
    super(message);
    this.name = 'DiffInputError';
    this.code = code;
  }
}

/**
 * Reads the contract out of an already parsed document. Used for released versions (checked
 * when they were released) and for test fragments; `loadContractFile` adds the full checks.
 */
export function contractFromRaw(raw: JsonObject, source: string): ContractVersion {
  if (typeof raw.asyncapi !== 'string' || typeof raw.channels !== 'object' || raw.channels === null) {
    throw new DiffInputError(
      'not_a_contract',
      `${source} is not an AsyncAPI contract (it needs \`asyncapi: 3.0.0\` and \`channels\`); pass the path to asyncapi.yaml.`,
    );
  }
  const { model, problems } = readSpecModel(raw);
  // Delivery blocks are compared as written (compareDelivery): a version from before or after a
  // change to the block schema is still a version to compare.
  const first = problems.find((problem) => problem.code !== 'woes-delivery-blocks');
  if (first) throw new DiffInputError('invalid_contract', `${source} is not a valid contract: ${first.message}. ${first.fix}`);
  return { source, raw, model };
}
