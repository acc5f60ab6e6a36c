/**
 * JSON output: the treaty model itself, validated and in the model's canonical key order, 2-space
 * indent, trailing newline — byte-identical for equal treaties.
 *
 * @module
 */
import type { Treaty } from '../../model/types.js';
import { validateTreaty } from '../../parse/json.js';
import type { TreatySerializer } from './format.js';

/** Options for {@link serializeJson}. */
export interface JsonSerializeOptions {
  /** Write a treaty with only this expression. Default: every expression. */
  expressionId?: string;
}

/**
 * Serialise a treaty as JSON: stable key order (the model's declaration order), 2-space indent,
 * trailing newline. The treaty is validated first (`INVALID_MODEL` if it is not a well-formed model);
 * `parseJson` reads the output back to an equal treaty.
 */
export function serializeJson(treaty: Treaty, options: JsonSerializeOptions = {}): string {
  const t = validateTreaty(treaty);
  const out = options.expressionId === undefined ? t : { ...t, expressions: t.expressions.filter((e) => e.id === options.expressionId) };
  return JSON.stringify(out, null, 2) + '\n';
}

/** The JSON {@link TreatySerializer} (`json`, extension `json`). */
export const jsonSerializer: TreatySerializer = {
  name: 'json',
  extension: 'json',
  serialize: (treaty, options) => serializeJson(treaty, options),
};
