import { ContractKitError } from './contract-error.js';

/** `data.status=solved` or `/data/status="solved"`: the path's keys, and the value (JSON when it parses). */
function parseAssignment(assignment: string): { keys: string[]; value: unknown } {
  const equals = assignment.indexOf('=');
  if (equals <= 0) throw new ContractKitError('invalid_option', `--set "${assignment}" needs path=value, e.g. --set data.status=solved.`);
  const path = assignment.slice(0, equals);
  const raw = assignment.slice(equals + 1);
  const keys = path.startsWith('/')
    ? path
        .slice(1)
        .split('/')
        .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'))
    : path.split('.');
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // Not JSON: a bare string such as `solved`.
  }
  return { keys, value };
}

/** Sets one field of an event in place, creating intermediate objects as needed. */
export function applyOverride(event: Record<string, unknown>, assignment: string): void {
  const { keys, value } = parseAssignment(assignment);
  const last = keys.pop();
  if (last === undefined || last === '') throw new ContractKitError('invalid_option', `--set "${assignment}" has an empty path.`);
  let node: Record<string, unknown> = event;
  for (const key of keys) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[last] = value;
}
