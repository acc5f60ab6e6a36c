/**
 * Typed comparison of obligations: what became of each obligation between two provisions.
 *
 * @module
 */
import type { CommitmentRung, ConditionKind, Obligation, ObligationKind, Response, Trigger } from '../classify/types.js';
import { OBLIGATION_KINDS, SECURITY_KINDS } from '../classify/types.js';
import type { ObligationChange, ObligationChangeKind, ObligationField, ObligationSide } from './types.js';
import { describeValue, requireTyped } from '../model/witness.js';
import { TreatyDiffError } from '../model/errors.js';

/**
 * Conditions that narrow an obligation (a party's discretion, its constitution or laws, a
 * request, a region, the limits of its capacities). A reference to UN Charter Art 51 or the Charter restates the legal basis of
 * collective self-defence and narrows nothing: it is reported in `details` only.
 */
export const RESTRICTING_CONDITIONS: readonly ConditionKind[] = ['discretion', 'constitutional-processes', 'national-law', 'at-request', 'region', 'capacity', 'exception'];

/** Severity of triggers: a less severe trigger activates the obligation sooner (a stronger commitment). */
const TRIGGER_SEVERITY: Readonly<Record<Trigger, number>> = {
  none: 0,
  'situation-threatening-peace': 1,
  threat: 2,
  'imminent-threat': 3,
  'armed-attack': 4,
  'state-of-war': 5,
};

/** The kind of event a trigger names: an attack (or war) that has happened, or a danger short of it. */
const TRIGGER_EVENT: Readonly<Record<Trigger, 'attack' | 'danger' | 'none'>> = {
  none: 'none',
  'situation-threatening-peace': 'danger',
  threat: 'danger',
  'imminent-threat': 'danger',
  'armed-attack': 'attack',
  'state-of-war': 'attack',
};

/** Strength of responses within a kind (higher is stronger). */
const RESPONSE_STRENGTH: Readonly<Record<Response, number>> = {
  'military-and-other-assistance': 3,
  // Military assistance alone is the same defence commitment (ATOP codes both as defense); reports and
  // translations often shorten "military and other" to "military", which must not read as weakening.
  'military-assistance': 3,
  assistance: 2,
  consult: 2,
  coordinate: 1,
  contact: 0,
  refrain: 0,
  cooperate: 0,
  respect: 0,
  settle: 0,
  act: 0,
};

const STRENGTH_RANK = { binding: 3, hortatory: 2, permissive: 1, none: 0 } as const;

/**
 * Family of a kind on the commitment ladder: mutual assistance and crisis consultation are the
 * same story told at different rungs (`assistance`); general consultation is its own family.
 */
export function ladderFamily(o: Pick<Obligation, 'kind' | 'crisis'>): string {
  if (o.kind === 'mutual-assistance' || (o.kind === 'consultation' && o.crisis === true)) return 'assistance';
  return o.kind;
}

/** The side record of an obligation (treaty and witness are added by callers that know them). */
export function obligationSide(o: Obligation): ObligationSide {
  const side: ObligationSide = { type: 'obligation-side', eIds: [o.eId], eId: o.eId, kind: o.kind, commitment: o.commitment, evidence: o.evidence };
  if (o.crisis !== undefined) side.crisis = o.crisis;
  return side;
}

/** The strongest obligation of each kind (first in text order on ties), in vocabulary order. */
function strongestPerKind(list: readonly Obligation[]): Obligation[] {
  const best = new Map<string, Obligation>();
  for (const o of list) {
    const key = o.kind === 'consultation' ? `consultation:${o.crisis === true}` : o.kind;
    const cur = best.get(key);
    if (!cur || o.commitment > cur.commitment) best.set(key, o);
  }
  return [...best.values()].sort((a, b) => OBLIGATION_KINDS.indexOf(a.kind) - OBLIGATION_KINDS.indexOf(b.kind) || Number(a.crisis === true) - Number(b.crisis === true));
}

/** One field difference between two obligations, with its direction on the commitment scale. */
export interface ObligationDelta {
  field: ObligationField;
  /** +1 stronger after, -1 weaker after, 0 different but neither. */
  direction: number;
  /** Human-readable description (`immediacy: immediate → unspecified`). */
  detail: string;
}

const conditionKinds = (o: Obligation) => [...new Set(o.conditions.map((c) => c.kind))].sort();

/** Field-by-field differences of two obligations, in decision order (rung first). */
export function obligationDeltas(a: Obligation, b: Obligation): { deltas: ObligationDelta[]; neutral: string[] } {
  const deltas: ObligationDelta[] = [];
  const neutral: string[] = [];
  if (a.kind !== b.kind) deltas.push({ field: 'kind', direction: 0, detail: `kind: ${a.kind} → ${b.kind}` });
  if (a.commitment !== b.commitment) deltas.push({ field: 'commitment', direction: Math.sign(b.commitment - a.commitment), detail: `commitment: ${a.commitment} → ${b.commitment}` });
  if ((a.crisis ?? null) !== (b.crisis ?? null)) deltas.push({ field: 'crisis', direction: b.crisis ? 1 : -1, detail: `crisis: ${a.crisis ?? '—'} → ${b.crisis ?? '—'}` });
  if (a.immediacy !== b.immediacy) deltas.push({ field: 'immediacy', direction: b.immediacy === 'immediate' ? 1 : -1, detail: `immediacy: ${a.immediacy} → ${b.immediacy}` });
  const ca = conditionKinds(a), cb = conditionKinds(b);
  const addedR = cb.filter((c) => !ca.includes(c) && RESTRICTING_CONDITIONS.includes(c));
  const removedR = ca.filter((c) => !cb.includes(c) && RESTRICTING_CONDITIONS.includes(c));
  if (addedR.length || removedR.length) {
    const direction = addedR.length && !removedR.length ? -1 : removedR.length && !addedR.length ? 1 : 0;
    deltas.push({ field: 'conditions', direction, detail: `conditions: ${[...addedR.map((c) => '+' + c), ...removedR.map((c) => '−' + c)].join(' ')}` });
  }
  const otherCond = [...cb.filter((c) => !ca.includes(c) && !RESTRICTING_CONDITIONS.includes(c)).map((c) => '+' + c), ...ca.filter((c) => !cb.includes(c) && !RESTRICTING_CONDITIONS.includes(c)).map((c) => '−' + c)];
  if (otherCond.length) neutral.push(`conditions (legal basis, narrows nothing): ${otherCond.join(' ')}`);
  if ((a.means === undefined) !== (b.means === undefined)) deltas.push({ field: 'means', direction: b.means !== undefined ? 1 : -1, detail: `means: ${a.means ?? '—'} → ${b.means ?? '—'}` });
  if (a.trigger !== b.trigger) {
    const both = a.trigger !== 'none' && b.trigger !== 'none';
    deltas.push({ field: 'trigger', direction: both ? Math.sign(TRIGGER_SEVERITY[a.trigger] - TRIGGER_SEVERITY[b.trigger]) : 0, detail: `trigger: ${a.trigger} → ${b.trigger}` });
  }
  if (a.response !== b.response) deltas.push({ field: 'response', direction: Math.sign(RESPONSE_STRENGTH[b.response] - RESPONSE_STRENGTH[a.response]), detail: `response: ${a.response} → ${b.response}` });
  if (a.modalityStrength !== b.modalityStrength) deltas.push({ field: 'modality', direction: Math.sign(STRENGTH_RANK[b.modalityStrength] - STRENGTH_RANK[a.modalityStrength]), detail: `modality: ${a.modality} (${a.modalityStrength}) → ${b.modality} (${b.modalityStrength})` });
  else if (a.modality !== b.modality) neutral.push(`modality: ${a.modality} → ${b.modality} (same strength: ${a.modalityStrength})`);
  return { deltas, neutral };
}

/** Decision order for the direction of a same-kind change: rung first, then immediacy, conditions, means, trigger, response, modality. */
const DECISION_ORDER: readonly ObligationField[] = ['commitment', 'crisis', 'immediacy', 'conditions', 'means', 'trigger', 'response', 'modality'];

/** The change from one obligation to another (as `compareObligations([a], [b])` gives it, without its checks). @internal */
export function changeOf(a: Obligation, b: Obligation): ObligationChange {
  const { deltas, neutral } = obligationDeltas(a, b);
  let change: ObligationChangeKind = 'unchanged';
  if (a.kind !== b.kind) change = 'reframed';
  else if (!SECURITY_KINDS.includes(a.kind)) {
    // Outside the security kinds there is no ladder to move on: differences are reported, not ranked —
    // except the modal's strength band, which binds more or less whatever the kind (`shall` → `may` is
    // weakened; `shall` / `will` share a band and never differ in direction).
    const modal = deltas.find((d) => d.field === 'modality' && d.direction !== 0);
    if (modal) change = modal.direction > 0 ? 'strengthened' : 'weakened';
    neutral.unshift(...deltas.filter((d) => d !== modal).map((d) => d.detail));
    deltas.length = 0;
    if (modal) deltas.push(modal);
  } else {
    for (const f of DECISION_ORDER) {
      const d = deltas.find((x) => x.field === f && x.direction !== 0);
      if (d) {
        change = d.direction > 0 ? 'strengthened' : 'weakened';
        break;
      }
    }
    // Differences with no direction (e.g. a trigger that is `none` on one side) still change the obligation.
    if (change === 'unchanged' && deltas.length) change = 'reframed';
  }
  return {
    type: 'obligation-change',
    change,
    kinds: { before: a.kind, after: b.kind },
    fields: deltas.map((d) => d.field),
    rung: { before: a.commitment, after: b.commitment },
    details: [...deltas.map((d) => d.detail), ...neutral],
    before: obligationSide(a),
    after: obligationSide(b),
    left: [a.eId],
    right: [b.eId],
    flags: [],
  };
}

/**
 * Whether the change from `a` to `b` may be one of reading rather than of text when the two were read in
 * two languages: the kind and the rung are the same, and every field difference pointing the change's
 * way is one side having a phrase the other's reading did not find (means, immediacy, a condition, a
 * response or trigger read on one side only, a modal verb on one side only) — each language's lexicon
 * finds its own phrases, so "with all the means at its disposal" read in English and not in Korean says
 * nothing about the texts. A modal verb read on both sides (`will` against `may`), or two triggers of
 * two kinds of event (an attack against a threat), is a difference both texts state: the change stands.
 * Two triggers of one kind (`threat` against `situation-threatening-peace`) are each lexicon's label for
 * the danger its language names, so they may be one (rv19 7). compareTreaties and lineage mark such
 * changes `uncertain`.
 */
export function mayBeReadingDifference(a: Obligation, b: Obligation, change: ObligationChangeKind): boolean {
  if (a.kind !== b.kind || a.commitment !== b.commitment || change === 'unchanged' || change === 'added' || change === 'removed') return false;
  const way = change === 'strengthened' ? 1 : change === 'weakened' ? -1 : 0;
  const readOnBoth = (f: ObligationField) =>
    (f === 'modality' && a.modality !== 'present' && b.modality !== 'present') ||
    (f === 'trigger' && a.trigger !== 'none' && b.trigger !== 'none' && TRIGGER_EVENT[a.trigger] !== TRIGGER_EVENT[b.trigger]);
  return !obligationDeltas(a, b).deltas.some((d) => (way === 0 || d.direction === way) && readOnBoth(d.field));
}

function oneSided(o: Obligation, change: 'added' | 'removed'): ObligationChange {
  const side = obligationSide(o);
  const zero: CommitmentRung = 0;
  return {
    type: 'obligation-change',
    change,
    kinds: change === 'added' ? { after: o.kind } : { before: o.kind },
    fields: ['kind'],
    rung: change === 'added' ? { before: zero, after: o.commitment } : { before: o.commitment, after: zero },
    details: [change === 'added' ? `added: ${o.kind} (rung ${o.commitment})` : `removed: ${o.kind} (rung ${o.commitment})`],
    ...(change === 'added' ? { after: side } : { before: side }),
    left: change === 'removed' ? [o.eId] : [],
    right: change === 'added' ? [o.eId] : [],
    flags: [],
  };
}

/**
 * Compare the obligations of two aligned provisions (or provision groups).
 *
 * Each side is first reduced to its strongest obligation per kind (general and crisis
 * consultation counted apart). Pairs are made by equal kind, then within a ladder family
 * (mutual assistance ↔ crisis consultation: `reframed`, the rungs say which way); what is left is
 * `added` or `removed`. A same-kind pair is `strengthened` or `weakened` by the first directional
 * difference in the order rung, crisis, immediacy, restricting conditions, means, trigger, response,
 * modality strength (other kinds have no ladder: only a change of the modal's strength band —
 * `shall` → `may` — makes them `strengthened` or `weakened`, their other differences go to `details`);
 * `unchanged` when no field differs beyond translation level (shall / will /
 * undertakes share one strength band; Art 51 references narrow nothing) — those differences are
 * listed in `details`. Result order: vocabulary order of the kind before (then after).
 */
export function compareObligations(a: readonly Obligation[], b: readonly Obligation[]): ObligationChange[] {
  for (const [side, list] of [['first', a], ['second', b]] as const) {
    if (!Array.isArray(list))
      throw new TreatyDiffError('BAD_OPTION', `compareObligations: the ${side} argument must be a list of obligations, not ${describeValue(list, 'a list')}`, { hint: 'pass the obligations of two provisions (classifyText, or a provision classification\'s obligations); [] for none' });
    list.forEach((o, i) => requireTyped(o, ['obligation'], `compareObligations: the ${side} list's item ${i}`, 'an obligation', 'items come from classifyText or a provision classification\'s obligations'));
  }
  const left = strongestPerKind(a);
  const right = strongestPerKind(b);
  const usedR = new Set<Obligation>();
  const out: ObligationChange[] = [];
  // Passes, each over what the one before left unpaired: the same kind (and crisis flag); then the
  // same ladder family under another kind (mutual assistance ↔ crisis consultation); then
  // consultation whose crisis flag changed (general ↔ crisis).
  const passes: ((x: Obligation, y: Obligation) => boolean)[] = [
    (x, y) => x.kind === y.kind && (x.kind !== 'consultation' || (x.crisis === true) === (y.crisis === true)),
    (x, y) => ladderFamily(x) === 'assistance' && ladderFamily(y) === 'assistance',
    (x, y) => x.kind === 'consultation' && y.kind === 'consultation',
  ];
  let rest = left;
  for (const match of passes) {
    const next: Obligation[] = [];
    for (const l of rest) {
      const r = right.find((y) => !usedR.has(y) && match(l, y));
      if (r) {
        usedR.add(r);
        out.push(changeOf(l, r));
      } else next.push(l);
    }
    rest = next;
  }
  for (const l of rest) out.push(oneSided(l, 'removed'));
  for (const r of right) if (!usedR.has(r)) out.push(oneSided(r, 'added'));
  return out.sort(byChangeOrder);
}

/** The order of obligation changes: vocabulary order of the kind before (else after), a change with a before side first. @internal */
export function byChangeOrder(x: ObligationChange, y: ObligationChange): number {
  const rank = (c: ObligationChange) => OBLIGATION_KINDS.indexOf((c.kinds.before ?? c.kinds.after) as ObligationKind);
  return rank(x) - rank(y) || Number(x.before === undefined) - Number(y.before === undefined);
}
