/**
 * The treaty output hook: one small object per serialisation (plain text, Akoma Ntoso, JSON).
 *
 * @module
 */
import type { Treaty } from '../../model/types.js';

/** Serialise a treaty (or one expression of it) to a string. */
export interface TreatySerializer {
  /** Short name: `text`, `akn`, `json`. */
  name: string;
  /** File extension for output files, without dot. */
  extension: string;
  /** Serialise. For formats that hold one expression (plain text, AKN), `expressionId` picks it (default: best-graded). */
  serialize(treaty: Treaty, options?: { expressionId?: string }): string;
}
