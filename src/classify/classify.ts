/**
 * The rule classifier: typed obligations from explainable cue patterns over segmented text.
 *
 * Per sentence (from `sentences` in src/text), every kind cue of the language's
 * {@link ObligationLexicon} is tried; a cue that passes its context test (e.g. assistance only
 * counts as mutual assistance where an armed attack or war is named) and is not negated becomes one
 * {@link Obligation}, whose fields are then read from the same sentence. Every field carries the
 * span that decided it; a field left at its default carries the sentence it was judged on.
 *
 * @module
 */
import { provisionText } from '../model/content.js';
import { TreatyDiffError } from '../model/errors.js';
import { describeValue } from '../model/witness.js';
import type { Provision } from '../model/types.js';
import { normalizeInput } from '../text/normalize.js';
import { guessLanguage } from '../text/languages.js';
import { sentences } from '../text/tokenize.js';
import { obligationLexicon } from './lexicon.js';
import { literalTrie, prefilterOf, requiredLiterals } from './prefilter.js';
import type {
  BackoffClass,
  BackoffCue,
  BackoffLexicon,
  BindingTest,
  ClassifyOptions,
  CommitmentRung,
  Condition,
  EvidenceField,
  EvidenceSpan,
  FrameCue,
  KindCue,
  Modality,
  ModalityStrength,
  Obligation,
  ObligationKind,
  ObligationLexicon,
  Response,
  TextClassifier,
  Trigger,
} from './types.js';
import { OBLIGATION_KINDS, SECURITY_KINDS } from './types.js';

/** Strength band of each modality: translation-level variants share `binding`. */
export const MODALITY_STRENGTH: Readonly<Record<Modality, ModalityStrength>> = {
  shall: 'binding',
  will: 'binding',
  undertake: 'binding',
  agree: 'binding',
  present: 'binding',
  must: 'binding',
  should: 'hortatory',
  endeavour: 'hortatory',
  may: 'permissive',
  none: 'none',
};

/** Response used when no response cue of the kind occurs in the sentence. */
const DEFAULT_RESPONSE: Readonly<Record<ObligationKind, Response>> = {
  'mutual-assistance': 'assistance',
  consultation: 'consult',
  'non-aggression': 'refrain',
  neutrality: 'refrain',
  'non-alliance': 'refrain',
  'defense-cooperation': 'cooperate',
  cooperation: 'cooperate',
  'peaceful-settlement': 'settle',
  principles: 'respect',
  'final-clause': 'act',
  other: 'act',
};

interface Found {
  start: number;
  end: number;
  text: string;
}

/** A lexicon pattern prepared once: its global copy and its prefilter (see src/classify/prefilter.ts). */
interface Compiled {
  /** Global copy; every user sets `lastIndex` before running it. */
  g: RegExp;
  /** Steps over empty matches by code point (`u` / `v` flag). */
  unicode: boolean;
  /** Matches every string the pattern matches; when it fails, the pattern need not run. */
  pre: RegExp | undefined;
}

/**
 * Prepared patterns, by lexicon pattern. Building `new RegExp(source)` on every call re-hashed
 * sources of several kilobytes and was most of the classifier's time; patterns are immutable apart
 * from `lastIndex`, so one copy serves every call.
 */
const COMPILED = new WeakMap<RegExp, Compiled>();

function compiled(re: RegExp): Compiled {
  let c = COMPILED.get(re);
  if (!c) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    COMPILED.set(re, (c = { g, unicode: g.unicode || g.flags.includes('v'), pre: prefilterOf(re) }));
  }
  return c;
}


/** `re.test(s)`, skipped when the prefilter rules a match out (only for stateless patterns: no `g` or `y`). */
function test(re: RegExp, s: string): boolean {
  if (!re.global && !re.sticky) {
    const pre = compiled(re).pre;
    if (pre && !pre.test(s)) return false;
  }
  return re.test(s);
}

/** First match of `re` in `s` at or after `from` (a global copy is used, `re` is not mutated). */
function firstMatch(re: RegExp, s: string, from = 0): Found | undefined {
  const c = compiled(re);
  if (c.pre && !c.pre.test(s)) return undefined;
  c.g.lastIndex = from;
  const m = c.g.exec(s);
  return m ? { start: m.index, end: m.index + m[0].length, text: m[0] } : undefined;
}

/**
 * Matches of `re` in `s` in order, skipping empty ones; stops as soon as `visit` returns a value and
 * returns it. Steps over an empty match exactly as `String.prototype.matchAll` does (one code unit,
 * or one code point under the `u` / `v` flags).
 */
function eachMatch<T>(re: RegExp, s: string, visit: (f: Found) => T | undefined): T | undefined {
  const { g, unicode, pre } = compiled(re);
  if (pre && !pre.test(s)) return undefined;
  g.lastIndex = 0;
  for (let m = g.exec(s); m; m = g.exec(s)) {
    if (m[0].length === 0) {
      const i = g.lastIndex;
      const c = unicode && i + 1 < s.length ? s.charCodeAt(i) : 0;
      g.lastIndex = i + (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
      continue;
    }
    const r = visit({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (r !== undefined) return r;
  }
  return undefined;
}

/** Trim a found span of surrounding white space and trailing punctuation. */
function trimSpan(f: Found): Found {
  const t = f.text;
  const lead = t.length - t.trimStart().length;
  // Scanned back from the end: cheaper than a `[\s,;:]+$` search over the whole text, same result.
  let end = t.length;
  while (end > lead && isTrailing(t.charCodeAt(end - 1))) end--;
  const body = lead === 0 && end === t.length ? t : t.slice(lead, end);
  return { start: f.start + lead, end: f.start + lead + body.length, text: body };
}

/**
 * A trailing character {@link trimSpan} drops: white space (as `\s` and `String.prototype.trim` know
 * it) or `,` `;` `:` — by code unit, not a pattern test per character.
 */
function isTrailing(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return c === 0x2c || c === 0x3b || c === 0x3a;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Is the cue at `m` negated: a negation earlier in its clause, a determiner negation inside the cue
 * ("give no assistance"), or a negated result right after it.
 */
function isNegated(lex: ObligationLexicon, s: string, m: Found): boolean {
  if (lex.negationWithin && lex.negationWithin.test(m.text)) return true;
  const before = s.slice(0, m.start);
  const clauseStart = clauseStartOf(before);
  const window = before.slice(Math.max(clauseStart, m.start - 40));
  if (lex.negation.test(window) || negatedPastAdverbial(lex, before, clauseStart, m.start)) return true;
  // ", for the whole duration of the conflict, from affording …": the clause resumes the one before the parenthetical.
  if (clauseStart > 0 && lex.continuation && test(lex.continuation, before.slice(clauseStart))) {
    const parenStart = clauseStartOf(before.slice(0, clauseStart - 1)) - 1;
    if (parenStart > 0) {
      const outer = before.slice(0, parenStart);
      if (lex.negation.test(outer.slice(Math.max(clauseStartOf(outer), parenStart - 40)) + before.slice(clauseStart))) return true;
    }
  }
  return lex.negationAfter.test(s.slice(m.end, m.end + 40));
}

/** An adverbial of any time or manner that may stand between a negation and its verb ("shall not under any circumstances give …"). */
const ANY_ADVERBIAL = /\b(?:(?:in|under)\s+any\s+circumstances?|at\s+any\s+time|in\s+any\s+(?:way|manner|form|case))\b,?\s*/gu;

/**
 * Is the cue at `at` negated once an "any" adverbial before it ({@link ANY_ADVERBIAL}) is set aside:
 * "Neither Party shall under any circumstances give …" is negated as "Neither Party shall give …" is.
 * Read only where the plain 40-character window found no negation and " any " stands within 64.
 */
function negatedPastAdverbial(lex: ObligationLexicon, before: string, clauseStart: number, at: number): boolean {
  const from = Math.max(clauseStart, at - 64);
  if (at - 40 <= from) return false;
  const any = before.indexOf(' any ', from);
  if (any < 0 || any >= at) return false;
  ANY_ADVERBIAL.lastIndex = 0;
  const t = before.slice(from, at).replace(ANY_ADVERBIAL, '');
  return t.length < at - from && lex.negation.test(t.length > 40 ? t.slice(-40) : t);
}

/** Is the cue at `m` inside a disclaimer ("nothing … shall be construed as obliging …"): see {@link ObligationLexicon.disclaimer}. */
function isDisclaimed(lex: ObligationLexicon, s: string, m: Found): boolean {
  return (lex.disclaimer !== undefined && test(lex.disclaimer, s.slice(0, m.start))) || (lex.disclaimerAfter !== undefined && test(lex.disclaimerAfter, s.slice(m.end)));
}

/** Where the clause that ends `before` starts: just after its last `,`, `;` or `:` (0 when none). */
function clauseStartOf(before: string): number {
  return Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
}

/** The gap between two items of one list: commas and at most three words ("…, independence and …", "과 "). */
const LIST_GAP = /^[\s,]*(?:[\p{L}'’-]+[\s,]+){0,3}$/u;

/**
 * Does `reject` match the end of the clause before a cue match: its last 60 characters, and when
 * the match is an item of a list ("against the independence, sovereignty or territorial integrity
 * of …") the clause before the list, read with the list's commas dropped (at most two items back).
 */
function rejectedBefore(reject: RegExp, before: string): boolean {
  let clauseStart = clauseStartOf(before);
  let window = before.slice(clauseStart);
  for (let step = 0; ; step++) {
    if (reject.test(window.slice(-60))) return true;
    if (step === 2 || clauseStart === 0 || before[clauseStart - 1] !== ',' || !LIST_GAP.test(window)) return false;
    const prev = clauseStartOf(before.slice(0, clauseStart - 1));
    window = before.slice(prev, clauseStart - 1) + window;
    clauseStart = prev;
  }
}

/** Is the match `m` inside a basis phrase of the cue ("on the basis of equality", "원칙에 기초하여")? */
function inBasis(basis: NonNullable<KindCue['basis']>, s: string, m: Found): boolean {
  if (basis.except && basis.except.test(m.text)) return false;
  return (basis.before !== undefined && basis.before.test(s.slice(Math.max(0, m.start - 120), m.start))) || (basis.after !== undefined && basis.after.test(s.slice(m.end, m.end + 60)));
}

/** Do the sentence's triggers license a cue or frame: one of its `requires` found, none of its `excludes`? */
function licensed(cue: { requires?: readonly Trigger[]; excludes?: readonly Trigger[] }, triggers: readonly Trigger[]): boolean {
  return !(cue.requires && !cue.requires.some((t) => triggers.includes(t))) && !(cue.excludes && cue.excludes.some((t) => triggers.includes(t)));
}

/**
 * The first non-negated (or negation-keeping) match of a cue that passes its context test. A match
 * in a basis phrase is returned (flagged `basis`) only when the cue has no other match.
 */
function cueMatch(lex: ObligationLexicon, cue: KindCue, s: string, triggers: readonly Trigger[]): { span: Found; basis: boolean } | undefined {
  if (!licensed(cue, triggers)) return undefined;
  let basisHit: Found | undefined;
  // End of the last match rejected as a target; a match that continues its list is rejected too
  // ("against the sovereignty, independence and territorial integrity of the other").
  let rejectedEnd = -1;
  const hit = eachMatch(cue.pattern, s, (m) => {
    if (rejectedEnd >= 0 && LIST_GAP.test(s.slice(rejectedEnd, m.start))) {
      rejectedEnd = m.end;
      return undefined;
    }
    if (cue.rejectBefore && rejectedBefore(cue.rejectBefore, s.slice(0, m.start))) {
      rejectedEnd = m.end;
      return undefined;
    }
    if (cue.rejectAfter && cue.rejectAfter.test(s.slice(m.end, m.end + 100))) {
      rejectedEnd = m.end;
      return undefined;
    }
    if (cue.negated !== 'keep' && (isNegated(lex, s, m) || isDisclaimed(lex, s, m))) return undefined;
    if (cue.basis && inBasis(cue.basis, s, m)) {
      basisHit ??= trimSpan(m);
      return undefined;
    }
    return trimSpan(m);
  });
  // The `unless` test is read only once the cue has a match (the same result, and most sentences have none).
  if ((hit || basisHit) && cue.unless && test(cue.unless, s)) return undefined;
  if (hit) return { span: hit, basis: false };
  return basisHit ? { span: basisHit, basis: true } : undefined;
}

/** Every modality cue match of a sentence, in lexicon order and then text order, trimmed. */
function modalityMatches(lex: ObligationLexicon, s: string): { modality: Modality; span: Found }[] {
  const out: { modality: Modality; span: Found }[] = [];
  for (const cue of lex.modalities)
    eachMatch(cue.pattern, s, (m) => {
      out.push({ modality: cue.modality, span: trimSpan(m) });
      return undefined;
    });
  return out;
}

/** Modality cue nearest before the kind cue, else the first after it (Korean and Russian put the verb last). */
function modalityOf(matches: readonly { modality: Modality; span: Found }[], at: number): { modality: Modality; span: Found } | undefined {
  let before: { modality: Modality; span: Found } | undefined;
  let after: { modality: Modality; span: Found } | undefined;
  for (const m of matches) {
    if (m.span.start <= at) {
      if (!before || m.span.start > before.span.start) before = m;
    } else if (!after || m.span.start < after.span.start) after = m;
  }
  return before ?? after;
}

/** Letters of a script that writes words between spaces (Latin, Cyrillic): a condition's text ends on a word boundary. */
const WORD_LETTER = /[A-Za-z\u00C0-\u024F\u0400-\u04FF]/;

/**
 * The conditions a sentence names ({@link ObligationLexicon.conditions}), in text order, each with its
 * span; a span that stops inside a word of a space-delimited script is carried to the word's end ("in
 * accordance with its constitutional procedures", not "… its constitution").
 */
function conditionsIn(lex: ObligationLexicon, s: string, first: (re: RegExp) => Found | undefined): { c: Condition; span: Found }[] {
  const conditions: { c: Condition; span: Found }[] = [];
  for (const c of lex.conditions) {
    const m = first(c.pattern);
    if (!m) continue;
    let end = m.end;
    if (end > m.start && WORD_LETTER.test(s[end - 1]!)) while (end < s.length && WORD_LETTER.test(s[end]!)) end++;
    const span = trimSpan(end === m.end ? m : { start: m.start, end, text: s.slice(m.start, end) });
    conditions.push({ c: { type: 'condition', kind: c.kind, text: span.text }, span });
  }
  return conditions.sort((a, b) => a.span.start - b.span.start);
}

/** Conditions that make mutual assistance conditional (rung 4). */
const QUALIFIERS: ReadonlySet<Condition['kind']> = new Set<Condition['kind']>(['discretion', 'constitutional-processes', 'capacity', 'exception']);

/** Ladder rung of a classified obligation and the span that decided it. */
function rungOf(
  lex: ObligationLexicon,
  first: (re: RegExp) => Found | undefined,
  o: { kind: ObligationKind; crisis?: boolean; response: Response; modalityStrength: ModalityStrength; conditions: { c: Condition; span: Found }[] },
  kindSpan: Found,
  triggerSpan: Found | undefined,
  responseSpan: Found | undefined,
): { rung: CommitmentRung; span: Found } {
  if (o.kind === 'mutual-assistance') {
    const qualifier = o.conditions.find((c) => QUALIFIERS.has(c.c.kind));
    if (qualifier) return { rung: 4, span: qualifier.span };
    return o.modalityStrength === 'binding' || o.modalityStrength === 'none' ? { rung: 5, span: kindSpan } : { rung: 4, span: kindSpan };
  }
  if (o.kind === 'consultation' && o.crisis) {
    if (o.response === 'contact') return { rung: 1, span: responseSpan ?? kindSpan };
    const purpose = first(lex.assistancePurpose);
    if (purpose) return { rung: 3, span: trimSpan(purpose) };
    return { rung: 2, span: triggerSpan ?? kindSpan };
  }
  return { rung: 0, span: kindSpan };
}

/**
 * Classify one sentence; offsets of the result are relative to the sentence, and `eId` and
 * `sentence` are left as placeholders ('' and 0) for the caller to set — so the result depends on
 * the sentence alone and can be reused wherever the same sentence recurs.
 */
function classifySentence(lex: ObligationLexicon, original: string, window?: { from: number }): Obligation[] {
  // Masking keeps offsets: ignored spans become spaces of the same length; evidence text is re-read from the original.
  const ignore = lex.ignore && compiled(lex.ignore);
  const s = ignore && (!ignore.pre || ignore.pre.test(original)) ? original.replace(ignore.g, (m) => ' '.repeat(m.length)) : original;
  const sentenceSpan = trimSpan({ start: 0, end: s.length, text: s });
  // Field cues are the same for every obligation of the sentence: each pattern runs at most once here.
  const firstMemo = new Map<RegExp, Found | undefined>();
  const first = (re: RegExp): Found | undefined => {
    if (firstMemo.has(re)) return firstMemo.get(re);
    const m = firstMatch(re, s);
    firstMemo.set(re, m);
    return m;
  };
  let modalities: { modality: Modality; span: Found }[] | undefined;
  const triggerHits: { trigger: Trigger; span: Found }[] = [];
  for (const t of lex.triggers) {
    if (t.gate && !t.gate.test(s)) continue;
    const m = firstMatch(t.pattern, s);
    if (m) triggerHits.push({ trigger: t.trigger, span: trimSpan(m) });
  }
  const triggerList = triggerHits.map((t) => t.trigger);
  const out: Obligation[] = [];
  const seen = new Set<ObligationKind>();
  // Obligations read from a basis phrase only ("on the basis of equality"): kept if nothing else is found.
  const basisOnly = new Map<ObligationKind, Obligation>();
  // Gates shared by several cues, each tested once for the sentence.
  let gates: Map<RegExp, boolean> | undefined;
  const gateOpen = (gate: RegExp): boolean => {
    let open = (gates ??= new Map()).get(gate);
    if (open === undefined) gates.set(gate, (open = test(gate, s)));
    return open;
  };
  /** One obligation of `kind` whose kind cue matched at `kindSpan` (frames add their other slots and negator). */
  const build = (kind: ObligationKind, cue: { requires?: readonly Trigger[]; crisis?: boolean; crisisSpan?: Found }, kindSpan: Found, slots: readonly Found[], negator: Found | undefined): Obligation => {
    const ev: EvidenceSpan[] = [];
    const add = (field: EvidenceField, f: Found) => ev.push({ type: 'evidence-span', field, start: f.start, end: f.end, text: original.slice(f.start, f.end) });
    add('kind', kindSpan);
    for (const f of slots) add('kind', f);
    if (negator) add('negation', negator);
    // Trigger: for mutual assistance the attack/war cue that licensed the kind, else the most specific one found.
    const trig = cue.requires ? triggerHits.find((t) => cue.requires!.includes(t.trigger)) : triggerHits[0];
    const trigger: Trigger = trig?.trigger ?? 'none';
    add('trigger', trig?.span ?? sentenceSpan);
    // Response: the first cue for this kind, strongest first.
    let response: Response = DEFAULT_RESPONSE[kind];
    let responseSpan: Found | undefined;
    for (const r of lex.responses) {
      if (r.kinds && !r.kinds.includes(kind)) continue;
      const m = first(r.pattern);
      if (m) {
        response = r.response;
        responseSpan = trimSpan(m);
        break;
      }
    }
    add('response', responseSpan ?? kindSpan);
    const imm = first(lex.immediate);
    add('immediacy', imm ? trimSpan(imm) : sentenceSpan);
    const mod = modalityOf((modalities ??= modalityMatches(lex, s)), kindSpan.start);
    const modality: Modality = mod?.modality ?? 'present';
    // No modal marker: the duty is stated in the present tense ("provides", "оказывает", "제공한다").
    add('modality', mod?.span ?? responseSpan ?? kindSpan);
    const conditions = conditionsIn(lex, s, first);
    if (conditions.length) for (const c of conditions) add('conditions', c.span);
    else add('conditions', sentenceSpan);
    const o: Obligation = {
      type: 'obligation',
      kind,
      trigger,
      response,
      immediacy: imm ? 'immediate' : 'unspecified',
      modality,
      modalityStrength: MODALITY_STRENGTH[modality],
      conditions: conditions.map((c) => c.c),
      commitment: 0,
      evidence: ev,
      eId: '',
      sentence: 0,
    };
    if (kind === 'consultation') {
      // With no trigger, an event that befalls a party or the region (the structural event reading,
      // RoleLexicon.structural.crisis) makes it a crisis consultation too.
      const st = trig || cue.crisis || cue.crisisSpan ? undefined : lex.roles?.structural;
      const event = st?.crisis && st.crisisGate && gateOpen(st.crisisGate) ? first(st.crisis) : undefined;
      o.crisis = trigger !== 'none' || cue.crisis === true || cue.crisisSpan !== undefined || event !== undefined;
      add('crisis', trig?.span ?? (cue.crisis ? kindSpan : (cue.crisisSpan ?? (event ? trimSpan(event) : sentenceSpan))));
    }
    if (kind === 'mutual-assistance' || kind === 'defense-cooperation') {
      const means = first(lex.means);
      if (means) {
        const span = trimSpan(means);
        o.means = span.text;
        add('means', span);
      }
    }
    const rung = rungOf(lex, first, { ...o, conditions }, kindSpan, trig?.span, responseSpan);
    o.commitment = rung.rung;
    add('commitment', rung.span);
    return o;
  };
  // A window (a sentence read with the one before it) reads only the frames that look back, with
  // their act in the later sentence: everything else was read from each sentence alone.
  if (window) {
    const clauses = splitAt(clausesOf(lex, s), window.from);
    for (const fc of lex.frames ?? []) {
      if (fc.context !== 'previous' || seen.has(fc.kind)) continue;
      const hit = frameMatch(lex, fc, s, clauses, triggerList, window.from);
      if (!hit) continue;
      seen.add(fc.kind);
      out.push(build(fc.kind, fc, hit.act, hit.slots, hit.negator));
    }
    return out;
  }
  for (const cue of lex.kinds) {
    if (seen.has(cue.kind)) continue;
    if (cue.gate && !gateOpen(cue.gate)) continue;
    const hit = cueMatch(lex, cue, s, triggerList);
    if (!hit || (hit.basis && basisOnly.has(cue.kind))) continue;
    if (!hit.basis) seen.add(cue.kind);
    const o = build(cue.kind, cue, hit.span, [], undefined);
    if (hit.basis) basisOnly.set(cue.kind, o);
    else out.push(o);
  }
  // Frames fill in kinds the adjacency cues missed: one union of their first gates, then each gate
  // (once per sentence), clauses cut once.
  const frameGate = lex.frames ? framesGate(lex) : undefined;
  // (The union is itself a list of literals: run directly, not behind a prefilter of its own.)
  if (lex.frames && (frameGate === null || frameGate!.test(s))) {
    let clauses: Found[] | undefined;
    let recital: boolean | undefined;
    for (const fc of lex.frames) {
      // The sentence's triggers are known already: a frame they do not license costs no gate test.
      if (seen.has(fc.kind) || !licensed(fc, triggerList) || !(fc.gate instanceof RegExp ? gateOpen(fc.gate) : fc.gate.every(gateOpen))) continue;
      // Nor in a statement of no commitment ("The alliance … is not aimed at any other State"): it binds no one.
      if (fc.operative && (recital ??= bindsNoOne(lex, s))) continue;
      const hit = frameMatch(lex, fc, s, (clauses ??= clausesOf(lex, s)), triggerList);
      if (!hit) continue;
      seen.add(fc.kind);
      out.push(build(fc.kind, fc, hit.act, hit.slots, hit.negator));
    }
  }
  // The backoff reading: a sentence nothing above placed (or placed with security kinds only, for the
  // cues that read such sentences too), read once more by its classes of meaning.
  const bo = lex.backoff;
  const boGate = bo && basisOnly.size === 0 && (out.length === 0 || (readsPlaced(bo) && out.every((o) => SECURITY.has(o.kind)))) ? backoffGate(bo) : undefined;
  if (bo && boGate !== undefined && (boGate === null || boGate.test(s))) {
    // One test of the literals of every cue's gates first; then a cue's gates are the role classes' (tested once per sentence, most already by the frames); each class
    // is looked for once per sentence; whether the sentence binds anyone, only once a cue's classes are all found.
    // Kinds the cues and frames read: a placed sentence is read only by cues that ask for it (alsoPlaced).
    const placed = out.map((o) => o.kind);
    let memo: Map<BackoffClass, Found | null> | undefined;
    let reads: boolean | undefined;
    for (const cue of bo.cues) {
      if (!(cue.gate instanceof RegExp ? gateOpen(cue.gate) : cue.gate.some(gateOpen))) continue;
      if (placed.length > 0 && (!cue.alsoPlaced || placed.some((k) => cue.alsoPlaced!.unless.includes(k)) || (cue.alsoPlaced.unlessWords && test(cue.alsoPlaced.unlessWords, s)))) continue;
      if (out.some((o) => o.kind === cue.kind || (cue.after !== undefined && cue.after.includes(o.kind)))) continue;
      const hit = backoffMatch(lex, bo, cue, s, (memo ??= new Map()));
      if (!hit) continue;
      if (!(reads ??= readsBackoff(lex, bo, s))) break;
      out.push(build(cue.kind, { crisisSpan: hit.crisis }, hit.act, hit.slots, hit.negator));
    }
  }
  // A statement of past fact carries no obligation ({@link ObligationLexicon.statement}); tested only
  // where a security kind was read, the only place it changes the result that matters.
  if (lex.statement && out.some((o) => SECURITY.has(o.kind)) && test(lex.statement, s)) return [];
  if (out.length === 0) for (const o of basisOnly.values()) out.push(o);
  return out;
}

const SECURITY = new Set<ObligationKind>(SECURITY_KINDS);

/**
 * Is an unplaced sentence read by the backoff ({@link BackoffLexicon}): it binds someone (no recital,
 * statement of no commitment or disclaimer) and, where the lexicon asks, states a duty with a modal.
 */
function readsBackoff(lex: ObligationLexicon, bo: BackoffLexicon, s: string): boolean {
  if (bo.modal && !lex.modalities.some((m) => firstMatch(m.pattern, s))) return false;
  if (bo.unless && test(bo.unless, s)) return false;
  return !bindsNoOne(lex, s) && !isDisclaimer(lex, s);
}

/**
 * Is a whole sentence a disclaimer of a duty ({@link ObligationLexicon.disclaimer}, which runs to the
 * end of its clause): read without the sentence's closing punctuation.
 */
function isDisclaimer(lex: ObligationLexicon, s: string): boolean {
  if (lex.disclaimer === undefined) return false;
  let end = s.length;
  while (end > 0 && CLOSING.has(s.charCodeAt(end - 1))) end--;
  return test(lex.disclaimer, end === s.length ? s : s.slice(0, end));
}

/** Closing punctuation and white space at a sentence's end (. ; : ! ? … 。 and spaces). */
const CLOSING = new Set([0x2e, 0x3b, 0x3a, 0x21, 0x3f, 0x2026, 0x3002, 0x20, 0x0a, 0x0d, 0x09, 0xa0]);

/** The earliest match of a backoff class (a pattern, or the first to match of several) that `ok` accepts. */
function classMatch(c: BackoffClass, s: string, ok: (f: Found) => boolean): Found | undefined {
  let best: Found | undefined;
  for (const re of c instanceof RegExp ? [c] : c) {
    const m = eachMatch(re, s, (f) => (ok(f) ? f : undefined));
    if (m && (!best || m.start < best.start)) best = m;
  }
  return best;
}

/**
 * A backoff cue read in a sentence: a word of each of its classes (each another word than the earlier
 * classes' words), with the polarity it asks for; the first class's word is the kind's span, the others
 * its slots, and a crisis class's word the crisis evidence.
 */
function backoffMatch(lex: ObligationLexicon, bo: BackoffLexicon, cue: BackoffCue, s: string, memo: Map<BackoffClass, Found | null>): { act: Found; slots: Found[]; negator?: Found; crisis?: Found } | undefined {
  const firstOf = (c: BackoffClass): Found | null => {
    let f = memo.get(c);
    if (f === undefined) memo.set(c, (f = classMatch(c, s, () => true) ?? null));
    return f;
  };
  // Every class occurs (cheap, memoised; the last, rarest, first, then the cue's exceptions) before any span is placed.
  const last = cue.classes.length - 1;
  if (!firstOf(cue.classes[last]!) || classIn(cue.unless, s)) return undefined;
  for (let i = last - 1; i >= 0; i--) if (!firstOf(cue.classes[i]!)) return undefined;
  const spans: Found[] = [];
  for (const c of cue.classes) {
    const free = (f: Found) => !spans.some((x) => f.start < x.end && x.start < f.end);
    const first = firstOf(c)!;
    const m = free(first) ? first : classMatch(c, s, free);
    if (!m) return undefined;
    spans.push(trimSpan(m));
  }
  const act = spans[0]!;
  let negator: Found | undefined;
  if (cue.polarity === 'negated') {
    // The lexicon's frame negator, and the backoff's own.
    const f = lex.frameNegator && firstMatch(lex.frameNegator.pattern, s);
    const o = classMatch(bo.negator, s, () => true);
    const n = f && (!o || f.start <= o.start) ? f : o;
    if (!n) return undefined;
    negator = trimSpan(n);
  } else if (isNegated(lex, s, act) || isDisclaimed(lex, s, act)) return undefined;
  const crisis = cue.crisis && classMatch(cue.crisis, s, () => true);
  return { act, slots: spans.slice(1), negator, crisis: crisis ? trimSpan(crisis) : undefined };
}

/**
 * The union of the first gate of every frame of a lexicon, by lexicon: a sentence that fails it opens
 * no frame, so one test per sentence decides that no frame applies (the common case). Lexicons put
 * a frame's rare act words first and the shared negator gate (short, common words) after them.
 * `null` when the gates' flags differ, so no union can be built.
 */
const FRAMES_GATE = new WeakMap<ObligationLexicon, RegExp | null>();

function framesGate(lex: ObligationLexicon): RegExp | null {
  let g = FRAMES_GATE.get(lex);
  if (g === undefined) FRAMES_GATE.set(lex, (g = unionGate([...new Set((lex.frames ?? []).map((f) => (f.gate instanceof RegExp ? f.gate : f.gate[0]!)))])));
  return g;
}

/** Whether any cue of a backoff lexicon reads sentences already placed ({@link BackoffCue.alsoPlaced}), by lexicon. */
const READS_PLACED = new WeakMap<BackoffLexicon, boolean>();

function readsPlaced(bo: BackoffLexicon): boolean {
  let r = READS_PLACED.get(bo);
  if (r === undefined) READS_PLACED.set(bo, (r = bo.cues.some((c) => c.alsoPlaced !== undefined)));
  return r;
}

/**
 * The union of the gates of every backoff cue, by lexicon ({@link unionGate}): a sentence that fails
 * it opens no cue.
 */
const BACKOFF_GATE = new WeakMap<BackoffLexicon, RegExp | null>();

function backoffGate(bo: BackoffLexicon): RegExp | null {
  let g = BACKOFF_GATE.get(bo);
  if (g === undefined) BACKOFF_GATE.set(bo, (g = unionGate([...new Set(bo.cues.flatMap((c) => (c.gate instanceof RegExp ? [c.gate] : c.gate)))])));
  return g;
}

/**
 * One pattern that every sentence a match of any of `firsts` is in matches: the literals each of them
 * requires (src/classify/prefilter.ts), or the patterns themselves; `null` when their flags differ.
 */
function unionGate(firsts: readonly RegExp[]): RegExp | null {
  const flags = firsts[0]?.flags ?? '';
  // The literals every gate match contains (src/classify/prefilter.ts), when every gate has them:
  // much cheaper than the gates. As a flat alternation for English; under `u` (Russian, Korean) as a
  // factored trie, which case-insensitive Cyrillic runs four times faster (Hangul a little faster).
  const need = firsts.map((r) => requiredLiterals(r));
  const lits = [...new Set(need.flat() as string[])];
  const source = need.every((n) => n !== undefined && n.length > 0)
    ? flags.includes('u') ? literalTrie(lits) : lits.map((l) => l.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&')).join('|')
    : firsts.map((r) => `(?:${r.source})`).join('|');
  return firsts.length > 0 && firsts.every((r) => r.flags === flags) ? new RegExp(source, flags.replace(/[gy]/gu, '')) : null;
}

/**
 * Clauses of a sentence for frames: cut at `;` and `:` (dropped) and after each match of the lexicon's
 * {@link ObligationLexicon.clauseBreak} (the connective stays with the clause it ends).
 */
function clausesOf(lex: ObligationLexicon, s: string): Found[] {
  // [end of a clause, start of the next]
  const cuts: [number, number][] = [];
  for (let i = s.indexOf(';'); i >= 0; i = s.indexOf(';', i + 1)) cuts.push([i, i + 1]);
  for (let i = s.indexOf(':'); i >= 0; i = s.indexOf(':', i + 1)) cuts.push([i, i + 1]);
  if (lex.clauseBreak) eachMatch(lex.clauseBreak, s, (m) => void cuts.push([m.end, m.end]));
  if (cuts.length === 0) return [{ start: 0, end: s.length, text: s }];
  cuts.sort((a, b) => a[0] - b[0]);
  const out: Found[] = [];
  let from = 0;
  for (const [end, next] of cuts) {
    if (end > from) out.push({ start: from, end, text: s.slice(from, end) });
    from = Math.max(from, next);
  }
  if (from < s.length) out.push({ start: from, end: s.length, text: s.slice(from) });
  return out;
}

/** Clauses cut once more at `at` (the start of the later sentence of a window), so no clause spans two sentences. */
function splitAt(clauses: readonly Found[], at: number): Found[] {
  return clauses.flatMap((c) =>
    c.start < at && at < c.end
      ? [
          { start: c.start, end: at, text: c.text.slice(0, at - c.start) },
          { start: at, end: c.end, text: c.text.slice(at - c.start) },
        ]
      : [c],
  );
}

/** A match inside a clause, moved to sentence offsets. */
const shift = (f: Found, by: number): Found => trimSpan({ start: f.start + by, end: f.end + by, text: f.text });

/**
 * The first clause in which every slot of the frame matches, in any order, with the polarity the
 * frame asks for: the act's span, the other slots' spans and the negator's (sentence offsets).
 */
function frameMatch(
  lex: ObligationLexicon,
  fc: FrameCue,
  s: string,
  clauses: readonly Found[],
  triggers: readonly Trigger[],
  actFrom = 0,
): { act: Found; slots: Found[]; negator: Found | undefined } | undefined {
  if (!licensed(fc, triggers)) return undefined;
  // The event role (an attack on a party) may stand in any clause, before or after the act's.
  const event = fc.event ? eventOf(fc.event, s, clauses) : null;
  if (event === undefined) return undefined;
  const { act, predicate, target } = fc.frame;
  const banned = lex.roles?.structural?.banned;
  // The event's words are evidence too (once: a party may be both the event's target and a slot).
  const withEvent = (slots: Found[]): Found[] => (event ? [...slots, ...event.filter((f) => !slots.some((x) => x.start === f.start && x.end === f.end))] : slots);
  for (const c of clauses) {
    if (c.start < actFrom) continue;
    if (fc.unless && test(fc.unless, c.text)) continue;
    const pred = predicate && firstMatch(predicate, c.text);
    if (predicate && !pred) continue;
    const tgt = target && firstMatch(target, c.text);
    if (target && !tgt) continue;
    const slots = [pred, tgt].filter((f): f is Found => f !== undefined).map((f) => shift(f, c.start));
    const hit = eachMatch(act, c.text, (m) => {
      const a = shift(m, c.start);
      // The act is its own words: one that overlaps another slot ("무력 침공을 당하는" as act and target) is skipped.
      if (slots.some((f) => a.start < f.end && f.start < a.end)) return undefined;
      // Nor is the event's own word an act of help ("the Party attacked" names the attack, not the help).
      if (event && event.some((f) => a.start < f.end && f.start < a.end)) return undefined;
      if (fc.unlessNear && test(fc.unlessNear, s.slice(predicateStart(lex, c, a), Math.min(c.end, a.end + 80)))) return undefined;
      // Affirmed: neither the act nor the frame's first slot is negated ("neither Party shall allow … bases …"),
      // and no negator of the clause scopes the act ("shall not, in any form whatever, come to the aid of …").
      if (fc.polarity === 'affirmed') {
        const lead = slots.reduce((x, f) => (f.start < x.start ? f : x), a);
        // Nor is it forbidden after it ("The furnishing of arms … to any State engaged in war … shall not be permitted").
        const negated = isNegated(lex, s, a) || isDisclaimed(lex, s, a) || (lead !== a && isNegated(lex, s, lead)) || negatorOf(lex, c, a, slots, fc.negator) !== undefined || (banned !== undefined && firstMatch(banned, c.text, a.end - c.start) !== undefined);
        return negated ? undefined : { act: a, slots: withEvent(slots), negator: undefined };
      }
      // A prohibition of the act stated as a noun or a passive may stand anywhere in the clause.
      const ban = fc.prohibition && firstMatch(fc.prohibition, c.text);
      const neg = negatorOf(lex, c, a, slots, fc.negator, fc.negatorBeforeAct) ?? (ban && shift(ban, c.start));
      if (neg) return { act: a, slots: withEvent(slots), negator: neg };
      return fc.polarity === 'any' ? { act: a, slots: withEvent(slots), negator: undefined } : undefined;
    });
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The negator of a frame in its clause ({@link ObligationLexicon.frameNegator}), on the language's
 * side: `before` — anywhere before the last slot, so the negated verb may stand before its object
 * ("neither Party shall use force against the other") or after its subject ("the armed forces … shall
 * never be used against the other"); `after` — after the act.
 */
function negatorOf(lex: ObligationLexicon, c: Found, act: Found, slots: readonly Found[], extra?: RegExp, beforeAct = false): Found | undefined {
  const fn = lex.frameNegator;
  if (!fn) return undefined;
  const at = (beforeAct ? act.start : slots.reduce((x, f) => Math.max(x, f.start), act.start)) - c.start;
  if (fn.side === 'before') {
    let last: Found | undefined;
    const head = c.text.slice(0, at);
    eachMatch(fn.pattern, head, (m) => void (last = m));
    // A frame's own negators of denial ("deny", "refuse") count too: the later one is the nearer.
    if (extra) eachMatch(extra, head, (m) => void (last = !last || m.start > last.start ? m : last));
    return last && shift(last, c.start);
  }
  const from = act.end - c.start;
  const m = firstMatch(fn.pattern, c.text, from);
  const x = extra && firstMatch(extra, c.text, from);
  const near = m && x ? (x.start < m.start ? x : m) : (m ?? x);
  return near && shift(near, c.start);
}

/** A comma (and white space) just before a modal marker. */
const AFTER_COMMA = /,\s*$/u;

/**
 * Where the predicate of an act starts in its clause: at the last modal marker before it that follows
 * a comma (the lexicon's modality cues: ", shall", ", обязуется"), else at the clause start (sentence
 * offsets). "Both shall consult together and, should an armed attack follow, shall act jointly to
 * repel it": the predicate of "repel" is "shall act jointly to repel it", not the consultation.
 */
function predicateStart(lex: ObligationLexicon, c: Found, act: Found): number {
  const head = c.text.slice(0, act.start - c.start);
  let at = 0;
  // Only a modal after a comma opens a new predicate: "… they will take" inside a deliberation does not.
  for (const cue of lex.modalities) eachMatch(cue.pattern, head, (m) => void (m.start > at && AFTER_COMMA.test(head.slice(Math.max(0, m.start - 4), m.start)) && (at = m.start)));
  return c.start + at;
}

/**
 * Most characters between an event word and its target (see {@link FrameCue.event}). 40, not 30
 * (round 17): a passive of suffering with its article and epithet ("should the latter be made the
 * object of an armed aggression") is 32-38; round 16's pruning of "go to the defence" had left such
 * sentences to the role frame, which could not reach their party.
 */
const EVENT_REACH = 40;

/**
 * The event role of a frame ({@link FrameCue.event}): the spans of its event word and target in the
 * first clause that links them (either order), or of the event word alone where a conditional opens
 * it; `undefined` when no clause names the event.
 */
function eventOf(ev: NonNullable<FrameCue['event']>, s: string, clauses: readonly Found[]): Found[] | undefined {
  if (!firstMatch(ev.act, s)) return undefined;
  for (const c of clauses) {
    const hit = eachMatch(ev.act, c.text, (a) => {
      if (!ev.target) return [a];
      // A hypothesis opened by a conditional is the event itself: "should a violation of the frontier occur".
      const cond = ev.condition;
      if (cond && ((cond.before && test(cond.before, c.text.slice(Math.max(0, a.start - 30), a.start))) || (cond.after && test(cond.after, c.text.slice(a.end, a.end + 30))))) return [a];
      // The target is another word than the event's own, near it, linked to it ("either Party is attacked").
      const t = eachMatch(ev.target, c.text, (m) => {
        if (!(m.end <= a.start || m.start >= a.end)) return undefined;
        const partyFirst = m.start < a.start;
        const between = partyFirst ? c.text.slice(m.end, a.start) : c.text.slice(a.end, m.start);
        if (between.length > EVENT_REACH) return undefined;
        if (!ev.link || test(ev.link, between)) return m;
        return partyFirst && ev.linkAfter && test(ev.linkAfter, c.text.slice(a.start, a.end + 12)) ? m : undefined;
      });
      return t && [a, t].sort((x, y) => x.start - y.start);
    });
    if (hit) return hit.map((f) => shift(f, c.start));
  }
  return undefined;
}

/** Is the sentence a recital ({@link ObligationLexicon.recital}): by its first or its last 60 characters. */
function isRecital(r: NonNullable<ObligationLexicon['recital']>, s: string): boolean {
  const t = s.trim();
  return (r.start !== undefined && test(r.start, t.slice(0, 60))) || (r.end !== undefined && test(r.end, t.slice(-60)));
}

/**
 * Does the sentence bind no one: a recital ({@link ObligationLexicon.recital}) or a statement of no
 * commitment ({@link ObligationLexicon.noCommitment})?
 */
function bindsNoOne(lex: ObligationLexicon, s: string): boolean {
  return (lex.recital !== undefined && isRecital(lex.recital, s)) || (lex.noCommitment !== undefined && test(lex.noCommitment, s));
}

/**
 * A recital by its form, in any script with capitals: a paragraph that opens with a capital and ends in
 * a comma ("Deeply attached to the cause of peace …,"). One that opens in lower case is the tail of an
 * operative sentence ("taking into account the legislation of each Party …,").
 */
const RECITAL_FORM = /^\s*\p{Lu}[^.;:]*,\s*$/u;

/** Does a class ({@link BackoffClass}) match anywhere in `s`? */
function classIn(c: BackoffClass | undefined, s: string): boolean {
  return c !== undefined && (c instanceof RegExp ? test(c, s) : c.some((r) => test(r, s)));
}

/**
 * Does an unplaced sentence bind no one by the binding test ({@link BindingTest}): a definition, saving
 * clause, declaration of no target, appointment or recital by form whatever its modal; a recognition
 * with no duty word and no negation ("do not recognise", a denied conduct); a statement of state with no modality.
 */
function readsUnbinding(lex: ObligationLexicon, b: BindingTest, s: string): boolean {
  if (RECITAL_FORM.test(s) || classIn(b.definition, s) || classIn(b.saving, s) || classIn(b.untargeted, s) || classIn(b.appointment, s)) return true;
  // The lexicon's modalities: may and will speak of the future, any other binds.
  const mods = lex.modalities.filter((m) => test(m.pattern, s)).map((m) => m.modality);
  if (mods.some((m) => m !== 'may' && m !== 'will') || classIn(b.duty, s)) return false;
  if (b.cognition) {
    const c = classMatch(b.cognition, s, () => true);
    if (c) return !classIn(b.denial ?? lex.frameNegator?.pattern, s);
  }
  return classIn(b.state, s) && mods.length === 0;
}

/** A letter of any script: sentences without one carry no obligation. */
const HAS_LETTER = /\p{L}/u;

/** Abbreviations after which the sentence segmenter may break although the sentence goes on ("ст. 51", "Art. 51"). */
const ABBREVIATION_END = /(?:^|[\s(])(?:ст|стт|п|пп|ч|т|г|гг|Art|Arts|art|No|no|para|paras|cf|p|pp|Nos)\.\s*$/u;

/**
 * {@link ABBREVIATION_END} tested on the last characters only: an `$`-anchored pattern is otherwise
 * tried at every position of the sentence. The tail keeps one character before the longest
 * abbreviation (five letters and the dot), so `^` in the tail is the sentence's own start or cannot
 * begin an abbreviation.
 */
function endsWithAbbreviation(s: string): boolean {
  let e = s.length;
  while (e > 0 && /\s/u.test(s[e - 1]!)) e--;
  if (e === 0 || s[e - 1] !== '.') return false;
  return ABBREVIATION_END.test(s.slice(Math.max(0, e - 7), e));
}

/** Rejoin sentences split after an abbreviation, so a condition such as "ст. 51 Устава ООН" stays with its obligation. */
function joinAbbreviations(list: { value: string; start: number }[]): { value: string; start: number }[] {
  const out: { value: string; start: number }[] = [];
  for (const s of list) {
    const prev = out[out.length - 1];
    if (prev && endsWithAbbreviation(prev.value)) prev.value += s.value;
    else out.push({ ...s });
  }
  return out;
}

const FIELD_ORDER: readonly EvidenceField[] = ['kind', 'crisis', 'trigger', 'response', 'immediacy', 'means', 'modality', 'conditions', 'commitment', 'negation'];
/** Rank of each field in {@link FIELD_ORDER} (a lookup, not an `indexOf` per comparison). */
const FIELD_RANK = Object.fromEntries(FIELD_ORDER.map((f, i) => [f, i])) as Record<EvidenceField, number>;

/** Evidence in reading order: by field ({@link FIELD_ORDER}), then where it stands. */
const byField = (a: EvidenceSpan, b: EvidenceSpan) => FIELD_RANK[a.field] - FIELD_RANK[b.field] || a.start - b.start || a.end - b.end;

/** Evidence for `field` quoting span `f` (offsets as `f` has them). */
const spanEvidence = (field: EvidenceField, f: Found): EvidenceSpan => ({ type: 'evidence-span', field, start: f.start, end: f.end, text: f.text });

/** A whole sentence as a span of its text, trimmed. */
const sentenceSpan = (sent: { value: string; start: number }): Found => trimSpan({ start: sent.start, end: sent.start + sent.value.length, text: sent.value });
const KIND_RANK = Object.fromEntries(OBLIGATION_KINDS.map((k, i) => [k, i])) as Record<ObligationKind, number>;

/** Deterministic order: by sentence, then by where the kind cue starts, then by kind. */
function sortObligations(list: Obligation[]): Obligation[] {
  const kindStart = (o: Obligation) => o.evidence.find((e) => e.field === 'kind')?.start ?? 0;
  if (list.length < 2) return list;
  return list.sort((a, b) => a.sentence - b.sentence || kindStart(a) - kindStart(b) || KIND_RANK[a.kind] - KIND_RANK[b.kind]);
}

/**
 * Classify plain text in one language: every obligation found, with evidence offsets into `text`.
 * Text is expected to be normalised (`normalizeInput`); if it is not, the normalised text is
 * classified and offsets refer to it. Languages without a registered lexicon yield no obligations.
 * A text with words in which no cue is found yields one `other` obligation (so every provision is
 * accounted for), its evidence the first sentence — unless every sentence is a recital
 * ({@link ObligationLexicon.recital}) or a statement of no commitment
 * ({@link ObligationLexicon.noCommitment}): such a sentence binds no one, and such a text yields nothing.
 */
export function classifyText(text: string, lang: string, eId = ''): Obligation[] {
  requireTextArguments('classifyText', text, lang, eId);
  return classifyTextWith(text, lang, eId, undefined);
}

/**
 * Plain JavaScript callers of a text classifier get a `TreatyDiffError` (`BAD_OPTION`) naming the
 * argument, not a `TypeError` from inside the segmenter (review rv22 F11).
 */
function requireTextArguments(what: string, text: unknown, lang: unknown, eId: unknown): void {
  const bad = typeof text !== 'string' ? ['text', text, 'a string'] : typeof lang !== 'string' ? ['lang', lang, 'a BCP 47 language tag (en, ru, ko …)'] : typeof eId !== 'string' ? ['eId', eId, 'a string (the provision\'s eId; \'\' for none)'] : undefined;
  if (bad) throw new TreatyDiffError('BAD_OPTION', `${what}: the ${bad[0]} argument must be ${bad[2]}, not ${describeValue(bad[1], bad[2] as string)}`, { hint: `call ${what}(text, lang, eId), e.g. ${what}('The Parties shall consult each other.', 'en', 'art_3')` });
}

/**
 * Results of {@link classifySentence} by lexicon and sentence text. A sentence recurs across the
 * texts one comparison classifies (an article, and each of its paragraphs as an alignment unit), and
 * its obligations depend on its text alone.
 */
type SentenceCache = Map<ObligationLexicon, Map<string, readonly Obligation[]>>;

/** A fresh copy of a cached sentence result (conditions and evidence are new objects; the caller sets eId, sentence and offsets). */
const copyObligation = (o: Obligation): Obligation => ({ ...o, conditions: o.conditions.map((c) => ({ ...c })), evidence: o.evidence.map((e) => ({ ...e })) });

/**
 * The obligations of a sentence without a consultation read from the verb of a report to a body outside
 * the parties ({@link ObligationLexicon.reportOutside}): "the other Party shall inform the Security
 * Council" is no contact between the parties (rv21 1). A consultation read elsewhere in the sentence
 * ("consult each other and inform the Security Council") stays.
 */
function withoutReportsOutside(lex: ObligationLexicon, sentence: string, obs: Obligation[]): Obligation[] {
  if (!lex.reportOutside || !obs.some((o) => o.kind === 'consultation')) return obs;
  const m = lex.reportOutside.exec(sentence);
  if (!m) return obs;
  const [from, to] = [m.index, m.index + m[0].length];
  return obs.filter((o) => o.kind !== 'consultation' || !o.evidence.some((e) => e.field === 'kind' && e.start < to && e.end > from));
}

function sentenceObligations(lex: ObligationLexicon, sentence: string, cache: SentenceCache | undefined, window?: { from: number }): Obligation[] {
  const read = () => withoutReportsOutside(lex, sentence, classifySentence(lex, sentence, window));
  if (!cache) return read();
  let byText = cache.get(lex);
  if (!byText) cache.set(lex, (byText = new Map()));
  // A window's key carries where its later sentence starts (no sentence text holds U+0000).
  const key = window ? `${window.from}\u0000${sentence}` : sentence;
  let hit = byText.get(key);
  if (!hit) byText.set(key, (hit = read()));
  return hit.map(copyObligation);
}

/** The frames of a lexicon that look back to the sentence before ({@link FrameCue.context}), by lexicon. */
const LOOKBACK = new WeakMap<ObligationLexicon, readonly FrameCue[]>();

const lookbackFrames = (lex: ObligationLexicon): readonly FrameCue[] => {
  let l = LOOKBACK.get(lex);
  if (!l) LOOKBACK.set(lex, (l = (lex.frames ?? []).filter((f) => f.context === 'previous' && f.event)));
  return l;
};

/**
 * Obligations a look-back frame reads from sentence `i` with the one before it (a role such as the
 * attack named only there: "If either Party is attacked, it shall inform the other. The other shall then
 * come to its succour."): offsets into the sentence before, `[]` when there is none to read. Tried only
 * for a kind neither sentence gave alone (`foundBefore`, `found`: their own obligations), and only when
 * the later sentence opens the frame's act gates and the earlier one names its event.
 */
function lookbackObligations(
  lex: ObligationLexicon,
  src: string,
  prev: { value: string; start: number },
  sent: { value: string; start: number },
  foundBefore: readonly Obligation[],
  found: readonly Obligation[],
  cache: SentenceCache | undefined,
): Obligation[] {
  let frames: FrameCue[] | undefined;
  for (const f of lookbackFrames(lex)) {
    // Cheapest first, and nothing allocated for the common pair that fails: the event's gate is met in
    // the sentence before (most sentences name no attack), the act's gates in the sentence itself.
    const ev = f.event!;
    if (ev.gate && !test(ev.gate, prev.value)) continue;
    const gates = f.gate instanceof RegExp ? [f.gate] : f.gate;
    if (!gates.every((g) => g === ev.gate || test(g, sent.value))) continue;
    if (foundBefore.some((o) => o.kind === f.kind) || found.some((o) => o.kind === f.kind) || !test(ev.act, prev.value)) continue;
    (frames ??= []).push(f);
  }
  if (!frames) return [];
  const kinds = new Set(frames.map((f) => f.kind));
  const window = src.slice(prev.start, sent.start + sent.value.length);
  const from = sent.start - prev.start;
  // Sentences rejoined after an abbreviation may not be a plain slice of the text: read no window then.
  if (window.slice(from) !== sent.value || !window.startsWith(prev.value)) return [];
  return sentenceObligations(lex, window, cache, { from }).filter((o) => kinds.has(o.kind));
}

/** {@link classifyText}, reusing sentence results from `cache` when one is given. */
function classifyTextWith(text: string, lang: string, eId: string, cache: SentenceCache | undefined): Obligation[] {
  const src = normalizeInput(text);
  const lex = obligationLexicon(lang);
  if (!lex) return [];
  const out: Obligation[] = [];
  const sents = joinAbbreviations(sentences(src, lang));
  const place = (o: Obligation, i: number, at: number): void => {
    o.eId = eId;
    o.sentence = i;
    o.evidence = o.evidence
      .map((e) => ({ ...e, start: e.start + at, end: e.end + at }))
      .sort(byField);
    out.push(o);
  };
  const looksBack = lookbackFrames(lex).length > 0;
  let before: { sent: { value: string; start: number }; found: readonly Obligation[] } | undefined;
  // What the sentence before (a proviso aside) was read to oblige: a proviso narrows it.
  let previous: readonly Obligation[] | undefined;
  sents.forEach((sent, i) => {
    if (!HAS_LETTER.test(sent.value)) return;
    const own = sentenceObligations(lex, sent.value, cache);
    // A proviso narrows the assistance promised in the sentence before; it is no obligation of its own.
    const narrowed = lex.proviso && previous && test(lex.proviso, sent.value) ? previous.filter((o) => o.kind === 'mutual-assistance') : [];
    if (narrowed.length) {
      const span = sentenceSpan(sent);
      for (const o of narrowed) addProviso(o, span);
      return;
    }
    // A sentence that refers back to that assistance and names a condition narrows it too (round 25).
    const restated = lex.followOn && previous && previous.some((o) => o.kind === 'mutual-assistance') && test(lex.followOn, sent.value) ? previous.filter((o) => o.kind === 'mutual-assistance') : [];
    const named = restated.length ? conditionsIn(lex, sent.value, (re) => firstMatch(re, sent.value)) : [];
    if (named.length) {
      for (const o of restated) addConditions(o, named, sent.start);
      const rest = own.filter((o) => o.kind !== 'mutual-assistance' && o.kind !== 'other');
      for (const o of rest) place(o, i, sent.start);
      return;
    }
    previous = own;
    for (const o of own) place(o, i, sent.start);
    if (!looksBack) return;
    if (before) for (const o of lookbackObligations(lex, src, before.sent, sent, before.found, own, cache)) place(o, i, before.sent.start);
    before = { sent, found: own };
  });
  // A text of recitals, statements of no commitment and disclaimers ("The Parties do not undertake to remain
  // neutral …"; rv20 2) only binds no one: no obligation, not even `other`.
  const unbinding = (v: string) => bindsNoOne(lex, v) || (lex.binding !== undefined && readsUnbinding(lex, lex.binding, v)) || isDisclaimer(lex, v);
  if (out.length === 0 && !sents.every((s) => !HAS_LETTER.test(s.value) || unbinding(s.value))) {
    const first = sents.findIndex((s) => HAS_LETTER.test(s.value));
    const sent = sents[first];
    if (sent) {
      const span = sentenceSpan(sent);
      const ev = (field: EvidenceField, f: Found = span): EvidenceSpan => spanEvidence(field, f);
      // What binds it is read as for any obligation ("The Parties shall establish …": shall, binding); none found, none.
      const mod = modalityMatches(lex, sent.value)[0];
      const modSpan = mod && { start: sent.start + mod.span.start, end: sent.start + mod.span.end, text: mod.span.text };
      out.push({
        type: 'obligation',
        kind: 'other',
        trigger: 'none',
        response: 'act',
        immediacy: 'unspecified',
        modality: mod?.modality ?? 'none',
        modalityStrength: mod ? MODALITY_STRENGTH[mod.modality] : 'none',
        conditions: [],
        commitment: 0,
        evidence: (['kind', 'trigger', 'response', 'immediacy', 'modality', 'conditions', 'commitment'] as const).map((f) => (f === 'modality' && modSpan ? ev(f, modSpan) : ev(f))),
        eId,
        sentence: first,
      });
    }
  }
  return sortObligations(out);
}

/**
 * Put a proviso (a sentence of its own after the duty: "Such assistance shall not include …") on a
 * mutual-assistance obligation already placed: an `exception` condition with the proviso as its
 * evidence, and the rung of conditional assistance (4) with the same evidence when it was automatic.
 */
function addProviso(o: Obligation, span: Found): void {
  addConditions(o, [{ c: { type: 'condition', kind: 'exception', text: span.text }, span }], 0);
}

/**
 * Put the conditions a follow-on sentence names ({@link ObligationLexicon.followOn}) on a mutual-assistance
 * obligation already placed, with their spans (offsets into the sentence, which starts at `at`); a
 * qualifying one (as {@link rungOf} reads them) makes automatic assistance conditional (rung 4).
 */
function addConditions(o: Obligation, named: readonly { c: Condition; span: Found }[], at: number): void {
  const spans = named.map((n) => ({ start: n.span.start + at, end: n.span.end + at, text: n.span.text }));
  o.conditions = [...o.conditions, ...named.map((n) => n.c)];
  const evidence = [...o.evidence, ...spans.map((f) => spanEvidence('conditions', f))];
  const q = named.findIndex((n) => QUALIFIERS.has(n.c.kind));
  if (o.commitment === 5 && q >= 0) {
    o.commitment = 4;
    o.evidence = [...evidence.filter((e) => e.field !== 'commitment'), spanEvidence('commitment', spans[q]!)];
  } else o.evidence = evidence;
  o.evidence.sort(byField);
}

/**
 * Classify one provision (its plain text, children included: offsets are into
 * `provisionText(p)`), or a bare `{ text, lang, eId? }`. The language is `options.lang`, else the
 * given `lang`, else guessed from the script.
 */
export function classifyProvision(p: Provision | { text: string; lang: string; eId?: string }, options: ClassifyOptions = {}): Obligation[] {
  if (typeof p !== 'object' || p === null || Array.isArray(p) || !('text' in p || Array.isArray((p as Provision).content)))
    throw new TreatyDiffError('BAD_OPTION', `classifyProvision: the provision must be a provision of a treaty model or { text, lang }, not ${describeValue(p, 'a provision')}`, { hint: "pass a provision (e.g. a treaty expression's body[0]) or { text: 'The Parties shall consult each other.', lang: 'en' }" });
  if ('text' in p) return classifyText(p.text, options.lang ?? p.lang, p.eId ?? '');
  const text = provisionText(p);
  return classifyText(text, options.lang ?? guessLanguage(text), p.eId);
}

/** Highest rung among obligations (0 for none). */
export function highestRung(obligations: readonly Obligation[]): CommitmentRung {
  let r: CommitmentRung = 0;
  for (const o of obligations) if (o.commitment > r) r = o.commitment;
  return r;
}

/**
 * `classify` (default {@link classifyText}) with a cache keyed by language and text (and eId, for a
 * classifier other than the default): each distinct provision text is classified once however many
 * stages ask. Callers get their own copy
 * of every result, so mutating one cannot change what the next caller sees. With the default
 * classifier, sentences are cached too: a sentence that recurs in another text (an article and its
 * paragraph) is classified once. The caches live as long as the returned function.
 */
export function memoizeClassifier(given: TextClassifier = classifyText): TextClassifier {
  // Keyed text by text (nested maps): a text passed again is usually the same string, whose hash V8
  // keeps, where a concatenated key would be built and hashed anew on every call.
  const cache = new Map<string, Map<string, Map<string, Obligation[]>>>();
  const own = given === classifyText;
  const sentenceCache: SentenceCache | undefined = own ? new Map() : undefined;
  const classify: TextClassifier = sentenceCache ? (text, lang, eId) => classifyTextWith(text, lang, eId, sentenceCache) : given;
  // Our own results are plain obligations, copied field by field; another classifier's go through structuredClone.
  const copy = own ? (list: Obligation[]) => list.map(copyObligation) : (list: Obligation[]) => structuredClone(list);
  // Our own classifier's result depends on the text alone, except the eId stamped on each obligation: its
  // cache ignores the eId (a renumbered article, identical in both treaties, is classified once) and the
  // copy gets the caller's eId. Another classifier may read the eId, so its results are cached per eId.
  return (text, lang, eId = '') => {
    requireTextArguments('the memoized classifier', text, lang, eId);
    const slot = own ? '' : eId;
    let byEId = cache.get(lang);
    if (!byEId) cache.set(lang, (byEId = new Map()));
    let byText = byEId.get(slot);
    if (!byText) byEId.set(slot, (byText = new Map()));
    let hit = byText.get(text);
    if (!hit) byText.set(text, (hit = classify(text, lang, eId)));
    const out = copy(hit);
    if (own) for (const o of out) o.eId = eId;
    return out;
  };
}
