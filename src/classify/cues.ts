/**
 * Builders for cue shapes that every language's lexicon uses, so a lexicon states only its words.
 *
 * @module
 */
import type { KindCue, ObligationKind } from './types.js';

/**
 * A kind cue for an undertaking stated as a noun ("the use of armed force … is renounced",
 * "участие … в военных блоках … исключается", "침략국에 대한 지원은 금지된다"). The cue is itself the
 * negative undertaking, so a negation in its clause keeps it, and it is tried only in sentences that pass
 * `gate` — the lexicon's renouncing-predicate test, one `RegExp` shared by its nominal cues so the
 * classifier runs it once per sentence. `pattern` is built from the language's own act lexicon.
 */
export function nominalUndertaking(kind: ObligationKind, pattern: RegExp, gate: RegExp): KindCue {
  return { kind, pattern, negated: 'keep', gate };
}
