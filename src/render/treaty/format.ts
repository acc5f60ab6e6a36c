/**
 * The treaty output hook: one small object per serialisation (plain text, Akoma Ntoso, JSON).
 *
 * @module
 */
import type { Diagnostic, Treaty } from '../../model/types.js';

/** Options every treaty serialiser accepts. */
export interface TreatySerializeOptions {
  /** Write only this witness. */
  expressionId?: string;
  /**
   * Receives a warning for each thing the format cannot carry (plain text: `TEXT_OUTPUT_LOSS`). A
   * serialiser that would lose data refuses (`BAD_OPTION`) when this is absent.
   */
  onDiagnostic?: (d: Diagnostic) => void;
}

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
  serialize(treaty: Treaty, options?: TreatySerializeOptions): string;
}
