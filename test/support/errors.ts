/**
 * Test helpers for the library's one error type: they return the `TreatyDiffError` a call throws, and
 * fail the test when the call returns normally or throws anything else (a crash is never acceptable).
 *
 * @module
 */
import { isTreatyDiffError, type TreatyDiffError } from '../../src/model/errors.js';

/** The `TreatyDiffError` thrown by `f`; fails when `f` returns or throws another kind of error. */
export function thrownTreatyDiffError(f: () => unknown): TreatyDiffError {
  try {
    f();
  } catch (e) {
    if (isTreatyDiffError(e)) return e;
    throw new Error(`expected a TreatyDiffError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected a TreatyDiffError, but the call returned normally');
}

/** The `TreatyDiffError` a promise rejects with; fails when it resolves or rejects with another error. */
export async function rejectedTreatyDiffError(p: Promise<unknown>): Promise<TreatyDiffError> {
  try {
    await p;
  } catch (e) {
    if (isTreatyDiffError(e)) return e;
    throw new Error(`expected a TreatyDiffError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected a TreatyDiffError, but the promise resolved');
}
