/**
 * A toy obligation lexicon for machinery tests: a made-up language whose only cues are the ones a
 * test adds, so that the mechanism under test (frames, role frames …) alone decides what is read.
 *
 * @module
 */
import type { ObligationLexicon } from '../../src/classify/index.js';

/**
 * The base of a toy lexicon for language `lang`: no kind cues, triggers, responses or conditions;
 * "at once" for immediacy, "all means" for means, "shall" as the one modality, "not"/"never" as
 * negation and "joint defence" as the purpose of assistance. `extra` adds or replaces fields.
 */
export function toyLexicon(lang: string, extra: Partial<ObligationLexicon> = {}): ObligationLexicon {
  return {
    lang,
    kinds: [],
    triggers: [],
    responses: [],
    immediate: /\bat once\b/i,
    means: /\ball means\b/i,
    modalities: [{ modality: 'shall', pattern: /\bshall\b/i }],
    conditions: [],
    negation: /\b(?:not|never)\b/i,
    negationAfter: /^\s*not\b/i,
    assistancePurpose: /\bjoint defence\b/i,
    ...extra,
  };
}
