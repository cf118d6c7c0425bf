import { createContext, Script } from 'node:vm';

/** A call stopped because its time was up. */
export class CallTimedOut extends Error {
  constructor(readonly timeoutMs: number) {
    super(`did not finish within ${timeoutMs} ms`);
    this.name = 'CallTimedOut';
  }
}

// One context and one compiled script for every call: a call costs a watchdog, not a realm.
const context = createContext({ task: undefined as (() => unknown) | undefined, result: undefined as unknown });
const script = new Script('result = task();');

/**
 * Runs `task` on this thread and stops it after `timeoutMs` (CallTimedOut). Node's vm timeout
 * interrupts whatever JavaScript runs meanwhile, a regular expression backtracking inside a
 * function of this realm included, so a synchronous check is bounded without a worker.
 */
export function callWithin<T>(task: () => T, timeoutMs: number): T {
  context.task = task;
  try {
    script.runInContext(context, { timeout: Math.max(1, Math.ceil(timeoutMs)) });
    return context.result as T;
  } catch (error) {
    // Not `instanceof Error`: the timeout error may come from the context's own realm.
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new CallTimedOut(timeoutMs);
    throw error;
  } finally {
    context.task = undefined;
    context.result = undefined;
  }
}
