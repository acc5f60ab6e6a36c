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
  /**
   * Serialise. `expressionId` picks one witness; without it each format documents its default
   * (Akoma Ntoso writes every witness as a `documentCollection`, one `act` per expression).
   */
  serialize(treaty: Treaty, options?: { expressionId?: string }): string;
}
