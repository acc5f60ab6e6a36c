/**
 * Small formatting helpers shared by commands: format choice, diagnostics, JSON.
 *
 * @module
 */
import type { Diagnostic } from '../model/types.js';
import { UsageError } from './errors.js';

/** Validate a `--format`/`--to` value against the formats a command supports (usage error, exit 2, otherwise). */
export function chooseFormat<T extends string>(value: string | boolean | undefined, allowed: readonly T[], fallback: T, command: string, option = '--format'): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`unknown format '${String(value)}' for ${option}; choose one of: ${allowed.join(', ')}`, command);
  }
  return value as T;
}

/** One line per diagnostic: `source:line:column: warning: message [CODE]` plus the hint. */
export function formatDiagnostic(d: Diagnostic, fallbackSource?: string): string {
  const where = [d.source ?? fallbackSource, d.line, d.column].filter((x) => x !== undefined).join(':');
  const head = `${where ? where + ': ' : ''}${d.severity}: ${d.message} [${d.code}]`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}

/** Stable JSON: two-space indent and a final newline (key order is the order the library builds). */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Require exactly/at least `n` positional arguments. */
export function requirePositionals(positionals: readonly string[], min: number, max: number, what: string, command: string): void {
  if (positionals.length < min)
    throw new UsageError(positionals.length === 0 ? `missing ${what}` : `${command} takes ${what}; got only ${positionals.map((p) => `'${p}'`).join(', ')}`, command);
  if (positionals.length > max) throw new UsageError(`too many arguments: ${positionals.slice(max).join(' ')}`, command);
}
