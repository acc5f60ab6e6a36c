/**
 * The main job: compare two treaties end to end — align, diff, classify, compare obligations.
 *
 * @module
 */
import { sameLanguage } from '../text/languages.js';
import type { AlignmentLink, AlignmentSide, AlignmentUnit } from '../align/types.js';
import { comparisonLanguages, declaredMissing, sideMayHoldCounterpart, unmatchedUnits } from '../align/units.js';
import { classifyText, memoizeClassifier } from '../classify/classify.js';
import { classificationIndex, classifyTreaty, defaultClassifyLanguages } from '../classify/treaty.js';
import type { CommitmentRung, Obligation, ObligationKind, ProvisionClassification, TreatyClassification } from '../classify/types.js';
import { SECURITY_KINDS } from '../classify/types.js';
import { diffTreaties } from '../diff/treaty.js';
import type { Diagnostic, Treaty } from '../model/types.js';
import { hasFullText, requireTreaty } from '../model/witness.js';
import { alignmentFamilies, alignmentFeatures, COMPARE_FEATURE_GROUPS, EXCLUSIVE_FEATURE_GROUPS } from './features.js';
import { partlyReadProvisions, unreadProvisions } from './unmatched.js';
import { byChangeOrder, changeOf, compareObligations, mayBeReadingDifference } from './obligations.js';
import type { CompareOptions, IncompleteSide, ObligationChange, ObligationChangeCounts, ObligationChangeFlag, ObligationSide, TreatyComparison } from './types.js';
import { appendTo } from '../model/collections.js';
import { comparisonForm } from '../text/normalize.js';

/** The languages both treaties have witnesses in, in the order the aligner reads them (`comparisonLanguages`). */
function sharedLanguages(a: Treaty, b: Treaty): string[] {
  const { left, right } = comparisonLanguages(a, b);
  return left.filter((l) => right.some((r) => sameLanguage(l, r)));
}

/**
 * The languages one side's obligations are read in: the default order (English, the authentic
 * languages, the other lexicons), unless that would read the side in a language the other side lacks
 * while the two share one the rules read, in a whole text — a Korean and Russian text compared with a
 * Russian successor is read in Russian, as its words are aligned and diffed, not in Korean against
 * Russian (review rv22 F10); quotations in the shared language leave a complete translation first.
 */
function classifyLanguagesOf(t: Treaty, shared: readonly string[]): string[] {
  const order = defaultClassifyLanguages(t);
  const has = (l: string) => t.expressions.some((e) => sameLanguage(e.lang, l));
  const first = order.find(has);
  // Only a whole text in the shared language (a main witness, not quotations or reports) is read before
  // the default: a fragment in the shared language must not replace a complete translation (rv22 F8).
  const whole = (l: string) => t.expressions.some((e) => e.label === undefined && e.grade !== 'report' && sameLanguage(e.lang, l));
  const readable = shared.filter((l) => order.some((o) => sameLanguage(o, l)) && whole(l));
  if (first === undefined || readable.length === 0 || readable.some((l) => sameLanguage(l, first))) return order;
  return [...readable, ...order.filter((o) => !readable.some((l) => sameLanguage(l, o)))];
}

/**
 * The id of the second of two treaties that share one: `id@<its signature date>` where that tells them
 * apart, else `id@2`.
 */
function distinctRightId(a: Treaty, b: Treaty): string {
  const date = b.signed?.date;
  return date !== undefined && date !== a.signed?.date ? `${b.id}@${date}` : `${b.id}@2`;
}

/**
 * Alignment features, kinds only: the security obligations of a unit's own text
 * (`mutual-assistance`, `consultation:crisis`, …), so provisions that oblige the same thing attract
 * each other. Cached by language and text; depends on nothing but the unit. `compareTreaties` and
 * `lineage` use the richer {@link alignmentFeatures} (kinds, contingency, response and trigger
 * families, final-clause topics); this one stays for callers that want the kinds alone.
 */
export function obligationFeatures(): (unit: AlignmentUnit) => string[] {
  const cache = new Map<string, string[]>();
  return (unit) => {
    const key = unit.witness.lang + '\u0000' + unit.text;
    let f = cache.get(key);
    if (!f) {
      f = [...new Set(classifyText(unit.text, unit.witness.lang, unit.eId)
        .filter((o) => SECURITY_KINDS.includes(o.kind))
        .map((o) => (o.kind === 'consultation' ? `consultation:${o.crisis ? 'crisis' : 'general'}` : o.kind)))].sort();
      cache.set(key, f);
    }
    return f;
  };
}

function linkObligations(ids: readonly string[], index: Map<string, ProvisionClassification>): Obligation[] {
  const out: Obligation[] = [];
  for (const id of ids) out.push(...(index.get(id)?.obligations ?? []));
  return out;
}

const ZERO_COUNTS = (): ObligationChangeCounts => ({ strengthened: 0, weakened: 0, added: 0, removed: 0, reframed: 0, unchanged: 0 });

/** Flags of a change from the witnesses of both sides and the shape of the link. */
function flagsFor(link: AlignmentLink, l: ProvisionClassification | undefined, r: ProvisionClassification | undefined): ObligationChangeFlag[] {
  const flags = new Set<ObligationChangeFlag>(link.flags);
  if (l?.witness.report || r?.witness.report) flags.add('report-witness');
  if (l && r && l.witness.grade !== r.witness.grade) flags.add('cross-grade');
  if (l && r && !sameLanguage(l.witness.lang, r.witness.lang)) flags.add('cross-language');
  if (l?.flags.includes('partial-witness') || r?.flags.includes('partial-witness')) flags.add('partial-witness');
  if (link.left.length > 1 || link.right.length > 1) flags.add('many-to-one');
  return [...flags].sort();
}

/** Highest rung of a classification (over top-level provisions). */
function topRung(c: TreatyClassification): CommitmentRung {
  let r: CommitmentRung = 0;
  for (const p of c.provisions) if (p.commitment > r) r = p.commitment;
  return r;
}

function securityKinds(c: TreatyClassification): ObligationKind[] {
  const s = new Set<ObligationKind>();
  for (const p of c.provisions) for (const o of p.obligations) if (SECURITY_KINDS.includes(o.kind)) s.add(o.kind);
  return SECURITY_KINDS.filter((k) => s.has(k));
}

/** Identity of one obligation of one provision: eId, kind and where its kind evidence sits. */
function obligationKey(side: ObligationChange['before']): string | undefined {
  if (!side) return undefined;
  const k = side.evidence.find((e) => e.field === 'kind');
  return `${side.eId}\u0000${side.kind}\u0000${k ? `${k.start}-${k.end}` : ''}`;
}

/**
 * A provision that takes part in two links (an overlapping split/merge part: 1961 Art 1 ¶1 → 2024
 * Art 3 while ¶2 → Arts 3 and 4) is compared in both, so each of its obligations would be counted
 * twice. Each obligation is reported once: in a link where it has a counterpart; failing that, in
 * the link with the strongest alignment score (the first in document order among equals).
 * Mutates `changes`.
 */
function dropRepeatedObligations(changes: ObligationChange[], score: ReadonlyMap<ObligationChange, number>): void {
  const matched = new Set<string>();
  for (const c of changes) if (c.before && c.after) {
    matched.add('L' + obligationKey(c.before));
    matched.add('R' + obligationKey(c.after));
  }
  const keyOf = (c: ObligationChange) => (c.before ? 'L' + obligationKey(c.before) : 'R' + obligationKey(c.after));
  const keep = new Map<string, ObligationChange>();
  for (const c of changes) {
    if (c.before && c.after) continue;
    const k = keyOf(c), kept = keep.get(k);
    if (!matched.has(k) && (!kept || (score.get(c) ?? 0) > (score.get(kept) ?? 0))) keep.set(k, c);
  }
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    if (!(c.before && c.after) && keep.get(keyOf(c)) !== c) changes.splice(i--, 1);
  }
}

/** Kind key of an obligation (or a change's side) for counting: the kind, consultation split by crisis (as compareObligations pairs them). */
const countKey = (o: Pick<Obligation, 'kind' | 'crisis'>) => (o.kind === 'consultation' ? `consultation:${o.crisis ? 'crisis' : 'general'}` : o.kind);

/**
 * `compareObligations` compares the strongest obligation of each kind a side has. When one side of a
 * link holds more security obligations of a kind than the other (two non-alliance sentences against
 * one), the count alone cannot tell a dropped undertaking from one restated in two sentences or two
 * merged into one: the change of that kind says so in its `details`, and is not made an addition or
 * a removal. Mutates the changes.
 */
function noteCountChanges(changes: readonly ObligationChange[], lo: readonly Obligation[], ro: readonly Obligation[]): void {
  const count = (os: readonly Obligation[], k: string) => os.filter((o) => countKey(o) === k).length;
  for (const ch of changes) {
    const o = ch.before ?? ch.after;
    if (!o || !SECURITY_KINDS.includes(o.kind)) continue;
    const k = countKey(o);
    const nl = count(lo, k), nr = count(ro, k);
    if (nl !== nr && Math.max(nl, nr) > 1)
      ch.details = [...ch.details, `${nl} → ${nr} ${o.kind} obligations in these provisions: an undertaking may have been dropped, added, or restated in more or fewer sentences`];
  }
}

/** Changes {@link linkObligationChanges} made uncertain because the count of their kind differs (flagged `count-differs` once the link's flags are set). */
const COUNT_DIFFERS = new WeakSet<ObligationChange>();

/** The words of an obligation's evidence (longer than two letters), for {@link likeness}. */
function evidenceWords(o: Obligation): Set<string> {
  const out = new Set<string>();
  for (const e of o.evidence) for (const w of comparisonForm(e.text).toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length > 2) out.add(w);
  return out;
}

/** How alike two obligations of one kind are, for pairing several of a kind one to one (higher is likelier the same undertaking). */
function likeness(x: Obligation, y: Obligation, words: (o: Obligation) => Set<string>): number {
  const cx = new Set(x.conditions.map((c) => c.kind)), cy = new Set(y.conditions.map((c) => c.kind));
  const condUnion = new Set([...cx, ...cy]).size;
  const condShare = condUnion === 0 ? 1 : [...cx].filter((c) => cy.has(c)).length / condUnion;
  const wx = words(x), wy = words(y);
  const wordUnion = new Set([...wx, ...wy]).size;
  const wordShare = wordUnion === 0 ? 0 : [...wx].filter((w) => wy.has(w)).length / wordUnion;
  return (x.commitment === y.commitment ? 4 : 0) + 2 * condShare + (x.trigger === y.trigger ? 1 : 0) + (x.response === y.response ? 1 : 0) + 2 * wordShare;
}

/** Two obligations read alike from the same words (an unchanged provision's): kind, crisis, rung, evidence quotes. */
function sameReading(x: Obligation, y: Obligation): boolean {
  if (x.kind !== y.kind || x.crisis !== y.crisis || x.commitment !== y.commitment || x.evidence.length !== y.evidence.length) return false;
  return x.evidence.every((e, i) => e.field === y.evidence[i]!.field && e.text === y.evidence[i]!.text);
}

/**
 * The obligation changes of one link: one per obligation (review rv22 F2). `compareObligations` compares
 * the strongest obligation of each kind a side holds; where a side holds several of a kind (an assistance
 * clause for Europe and one for elsewhere; two cooperation sentences), they are first paired one to one
 * with the other side's of that kind by likeness (rung, conditions, trigger, response, the words of their
 * evidence), each pair compared on its own. What is left goes to `compareObligations` with the rest (a
 * leftover assistance clause may still be reframed as crisis consultation). A leftover `removed` or
 * `added` whose kind the other side still holds may be an undertaking dropped or added — or one restated
 * in fewer or more sentences: it is `uncertain`, and its details say so.
 */
function linkObligationChanges(lo: readonly Obligation[], ro: readonly Obligation[]): ObligationChange[] {
  // The same readings in the same order (most links of a successor treaty: unchanged text): pair them in order.
  if (lo.length === ro.length && lo.length > 1 && lo.every((o, i) => sameReading(o, ro[i]!))) return lo.map((o, i) => changeOf(o, ro[i]!)).sort(byChangeOrder);
  const out: ObligationChange[] = [];
  const left = [...lo], right = [...ro];
  const wordsMemo = new Map<Obligation, Set<string>>();
  const words = (o: Obligation) => {
    let w = wordsMemo.get(o);
    if (!w) wordsMemo.set(o, (w = evidenceWords(o)));
    return w;
  };
  const keys = [...new Set([...lo, ...ro].map(countKey))];
  for (const k of keys) {
    const ls = left.filter((o) => countKey(o) === k), rs = right.filter((o) => countKey(o) === k);
    if (ls.length === 0 || rs.length === 0 || (ls.length === 1 && rs.length === 1)) continue;
    const pairs: [number, number, number][] = [];
    ls.forEach((l, i) => rs.forEach((r, j) => pairs.push([sameReading(l, r) ? 100 : likeness(l, r, words), i, j])));
    pairs.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
    const usedL = new Set<number>(), usedR = new Set<number>();
    for (const [, i, j] of pairs) {
      if (usedL.has(i) || usedR.has(j)) continue;
      usedL.add(i);
      usedR.add(j);
      out.push(changeOf(ls[i]!, rs[j]!));
      left.splice(left.indexOf(ls[i]!), 1);
      right.splice(right.indexOf(rs[j]!), 1);
    }
  }
  const rest = left.length || right.length ? compareObligationsAll(left, right) : [];
  for (const ch of rest) {
    const o = ch.before ?? ch.after;
    if (o && (ch.change === 'removed' || ch.change === 'added')) {
      const k = countKey(o);
      const nl = lo.filter((x) => countKey(x) === k).length, nr = ro.filter((x) => countKey(x) === k).length;
      if (nl > 0 && nr > 0) {
        ch.uncertain = true;
        COUNT_DIFFERS.add(ch);
        ch.details = [...ch.details, `${nl} → ${nr} ${o.kind} obligations in these provisions, this one with no counterpart: an undertaking ${ch.change === 'removed' ? 'dropped' : 'added'}, or one restated in ${ch.change === 'removed' ? 'fewer' : 'more'} sentences`];
      }
    }
  }
  return [...out, ...rest].sort(byChangeOrder);
}

/**
 * `compareObligations` over every obligation, not the strongest of each kind only: after the one-to-one
 * pairing above, at most one of each kind is left on each side but for kinds the other side lacks,
 * which `compareObligations` would reduce to one — each is kept (removed or added, or paired by family).
 */
function compareObligationsAll(lo: readonly Obligation[], ro: readonly Obligation[]): ObligationChange[] {
  const out = compareObligations(lo, ro);
  const covered = new Set<Obligation>();
  for (const ch of out) {
    const b = obligationBehind(lo, ch.before), a = obligationBehind(ro, ch.after);
    if (b) covered.add(b);
    if (a) covered.add(a);
  }
  // What `compareObligations` left out (a second obligation of a kind the other side lacks): one-sided.
  for (const o of lo) if (!covered.has(o)) out.push(...compareObligations([o], []));
  for (const o of ro) if (!covered.has(o)) out.push(...compareObligations([], [o]));
  return out;
}

/** An obligation's wording as the classifier quoted it: kind, crisis, rung and each evidence quote by field. */
function wordingKey(side: ObligationSide): string {
  const quotes = side.evidence.map((e) => `${e.field}\u0001${comparisonForm(e.text)}`).sort();
  return [side.kind, String(side.crisis ?? ''), String(side.commitment), ...quotes].join('\u0000');
}

/**
 * A sentence moved word for word to a provision the aligner did not link with its old one leaves a
 * `removed` in one link and an `added` in another: the obligation did not change, its place did.
 * Each such pair (same kind, crisis, rung and evidence quotes; neither uncertain) becomes one
 * `unchanged` change across both links, whose details say where it moved. Texts in two languages
 * share no quotes: there a pair of the same kind, crisis and rung in one article (`art_1` read whole
 * on one side, `art_1__para_2` on the other) is the obligation moved within it. Mutates `changes`.
 */
function pairMovedObligations(changes: ObligationChange[], sourceOf: ReadonlyMap<ObligationChange, Obligation>): void {
  const added = new Map<string, ObligationChange[]>();
  const addedAcross: ObligationChange[] = [];
  for (const c of changes)
    if (c.change === 'added' && !c.uncertain && c.after) {
      appendTo(added, wordingKey(c.after), c);
      addedAcross.push(c);
    }
  if (added.size === 0) return;
  const drop = new Set<ObligationChange>();
  for (let i = 0; i < changes.length; i++) {
    const r = changes[i]!;
    if (r.change !== 'removed' || r.uncertain || !r.before) continue;
    let a = added.get(wordingKey(r.before))?.find((x) => !drop.has(x));
    // Texts in two languages share no wording: the same obligation, in the same article on both sides
    // (an article read whole on one side, by paragraphs on the other), is one that moved within it.
    const across = !a;
    a ??= addedAcross.find((x) => !drop.has(x) && crossLanguage(x.after!, r.before!) && sameObligation(x.after!, r.before!) && (sameArticle(x.right, r.right) || sameArticle(x.left, r.left)));
    if (!a) continue;
    const detail = across
      ? `moved within the article: ${r.left.join(' + ')} → ${a.right.join(' + ')} (texts in two languages: wording not compared)`
      : `moved with its wording: ${r.left.join(' + ')} → ${a.right.join(' + ')}`;
    drop.add(a);
    // Across languages the pair is compared field by field like any pair (modality, conditions …):
    // only its place is taken as given.
    const ro = sourceOf.get(r), ao = sourceOf.get(a);
    const compared = across && ro && ao ? compareObligations([ro], [ao])[0] : undefined;
    // …but a difference one language's reading found and the other's did not is no finding (mayBeReadingDifference).
    const unsure = compared !== undefined && mayBeReadingDifference(ro!, ao!, compared.change);
    changes[i] = {
      type: 'obligation-change',
      change: compared?.change ?? 'unchanged',
      kinds: { before: r.before.kind, after: a.after!.kind },
      fields: compared ? [...compared.fields] : [],
      rung: { before: r.before.commitment, after: a.after!.commitment },
      details: [detail, ...(compared?.details ?? [])],
      before: r.before,
      after: a.after!,
      left: r.left,
      right: a.right,
      flags: [...new Set([...r.flags, ...a.flags, ...(across ? ['cross-language' as const] : [])])].sort(),
      ...(unsure ? { uncertain: true as const } : {}),
    };
  }
  for (let i = changes.length - 1; i >= 0; i--) if (drop.has(changes[i]!)) changes.splice(i, 1);
}

/** The obligation of `list` a change's side was made from (`obligationSide` keeps its evidence array). */
function obligationBehind(list: readonly Obligation[], side: ObligationSide | undefined): Obligation | undefined {
  return side && list.find((x) => x.evidence === side.evidence);
}

/** Read from witnesses in two languages (both known). */
function crossLanguage(a: ObligationSide, b: ObligationSide): boolean {
  return a.witness !== undefined && b.witness !== undefined && !sameLanguage(a.witness.lang, b.witness.lang);
}

/** Same kind, crisis and rung. */
function sameObligation(a: ObligationSide, b: ObligationSide): boolean {
  return a.kind === b.kind && a.crisis === b.crisis && a.commitment === b.commitment;
}

/** Do two lists of eIds name provisions of one article (`art_1` and `art_1__para_2`)? */
function sameArticle(xs: readonly string[], ys: readonly string[]): boolean {
  const art = (eId: string) => eId.split('__')[0];
  return xs.some((x) => ys.some((y) => art(x) === art(y)));
}

/**
 * What one side of a comparison lacks: its provisions with gaps, the gaps its witnesses declare
 * outside them, and its provisions that were not classified (no obligation lexicon for the language).
 */
function incompleteSide(t: Treaty, side: AlignmentSide, classification: TreatyClassification): IncompleteSide {
  const provisions = side.units.filter((u) => u.parent === undefined && u.gapReasons !== undefined).map((u) => u.eId);
  const out: IncompleteSide = { type: 'incomplete-side', provisions, outside: declaredMissing(t, side.units) };
  const unread = unreadProvisions(classification);
  if (unread.length) out.unclassified = { provisions: unread.map((pc) => pc.eId), langs: [...new Set(unread.map((pc) => pc.witness.lang))].sort() };
  return out;
}

/** The side whose text would have to hold what the change says is missing or weaker there (none for `unchanged`). */
function losingSide(c: ObligationChange): ('before' | 'after')[] {
  switch (c.change) {
    case 'removed':
    case 'weakened':
      return ['after'];
    case 'added':
    case 'strengthened':
      return ['before'];
    case 'reframed':
      return c.rung.after < c.rung.before ? ['after'] : c.rung.after > c.rung.before ? ['before'] : ['before', 'after'];
    case 'unchanged':
      return [];
  }
}

/**
 * Compare two treaties: align them (obligation features from {@link alignmentFeatures} passed to
 * the aligner through its `features` hook), diff the words of every link, classify both treaties, and compare the obligations of
 * every aligned link. Each change carries the treaty and witness of each side and flags
 * (`report-witness`, `cross-grade`, `cross-language`, `partial-witness`, `many-to-one`).
 */
export function compareTreaties(a: Treaty, b: Treaty, options: CompareOptions = {}): TreatyComparison {
  requireTreaty(a, 'compareTreaties: the first treaty');
  requireTreaty(b, 'compareTreaties: the second treaty');
  const { langs, classify: given, ...diffOptions } = options;
  // One classifier cache serves the alignment features and both classifications, and one
  // diffTreaties call aligns and diffs with one token cache: no text is classified or segmented twice.
  const classify = memoizeClassifier(given);
  const shared = langs ? undefined : sharedLanguages(a, b);
  const left = classifyTreaty(a, { langs: langs ? [...langs] : classifyLanguagesOf(a, shared!), classify });
  const right = classifyTreaty(b, { langs: langs ? [...langs] : classifyLanguagesOf(b, shared!), classify });
  const families = alignmentFamilies({ classifications: new Map([[a, left], [b, right]]) });
  const diff = diffTreaties(a, b, { ...diffOptions, ...(langs ? { langs } : {}), features: alignmentFeatures({ classify, groups: COMPARE_FEATURE_GROUPS }), exclusiveFeatures: EXCLUSIVE_FEATURE_GROUPS, families });
  const alignment = diff.alignment;
  const li = classificationIndex(left), ri = classificationIndex(right);
  const incomplete = { before: incompleteSide(a, alignment.left, left), after: incompleteSide(b, alignment.right, right) };
  // Provisions not read for want of a lexicon: an obligation that side seems to lack was never looked for.
  const unread = { before: new Set(incomplete.before.unclassified?.provisions), after: new Set(incomplete.after.unclassified?.provisions) };
  // Provisions read only in part: Korean with Hanja words, which the lexicon does not read.
  const partlyRead = { before: partlyReadProvisions(a, li), after: partlyReadProvisions(b, ri) };
  for (const s of ['before', 'after'] as const) {
    const tops = [...new Set([...partlyRead[s]].map((id) => id.split('__')[0]!))];
    if (tops.length) incomplete[s].partlyRead = { provisions: tops };
  }
  // A side known only from reports and quotations: what they leave out is not known to be absent.
  const fullText = { before: hasFullText(a), after: hasFullText(b) };
  const gapped = {
    before: new Set(alignment.left.units.filter((u) => u.gapReasons !== undefined).map((u) => u.eId)),
    after: new Set(alignment.right.units.filter((u) => u.gapReasons !== undefined).map((u) => u.eId)),
  };
  // Provisions with gaps the aligner matched with nothing: an obligation the other side seems to
  // have gained or lost may sit in their missing text (a torn "In the event of [MISSING]" article),
  // unless the gap only fills in a list or table (gapMayHoldProvision).
  const unmatched = { before: unmatchedUnits(alignment, 'left'), after: unmatchedUnits(alignment, 'right') };
  // Either, or text declared missing outside the provisions that could hold one (not a signature block),
  // may hold what the other side has alone.
  const mayHoldCounterpart = {
    before: sideMayHoldCounterpart(a, alignment, 'left', unmatched.before),
    after: sideMayHoldCounterpart(b, alignment, 'right', unmatched.after),
  };
  const changes: ObligationChange[] = [];
  const linkScore = new Map<ObligationChange, number>();
  const sourceOf = new Map<ObligationChange, Obligation>();
  for (const link of alignment.links) {
    const lo = linkObligations(link.left, li), ro = linkObligations(link.right, ri);
    if (lo.length === 0 && ro.length === 0) continue;
    const lc = link.left.map((id) => li.get(id)).find((x) => x !== undefined);
    const rc = link.right.map((id) => ri.get(id)).find((x) => x !== undefined);
    const flags = flagsFor(link, lc, rc);
    // Does this side's text here have gaps (its provision, in the alignment's or the classified witness)?
    const hasGaps = {
      before: link.left.some((id) => gapped.before.has(id) || li.get(id)?.flags.includes('partial-witness') === true),
      after: link.right.some((id) => gapped.after.has(id) || ri.get(id)?.flags.includes('partial-witness') === true),
    };
    const compared = linkObligationChanges(lo, ro);
    noteCountChanges(compared, lo, ro);
    // Read in two languages, a clause one lexicon places and the other reads only as `other` (an
    // obligation it cannot place) is one reading against another: neither the `other` gone nor the kind
    // come is a finding (rv19 7).
    const placedApart = flags.includes('cross-language') && ['removed', 'added'].every((c) => compared.some((x) => x.change === c)) &&
      compared.some((x) => (x.change === 'removed' && x.kinds.before === 'other') || (x.change === 'added' && x.kinds.after === 'other'));
    for (const ch of compared) {
      // The obligation behind a one-sided change, for pairing it with its counterpart across links.
      const o = ch.change === 'removed' ? obligationBehind(lo, ch.before) : ch.change === 'added' ? obligationBehind(ro, ch.after) : undefined;
      if (o) sourceOf.set(ch, o);
      // `other` is what the classifier reads from a sentence it cannot place; one found only on the
      // side whose sentence a gap cuts off is that broken sentence, not an obligation gained or lost.
      const only = ch.change === 'added' ? 'after' : ch.change === 'removed' ? 'before' : undefined;
      if (only && hasGaps[only] && (ch.kinds.after ?? ch.kinds.before) === 'other') continue;
      ch.left = [...link.left];
      ch.right = [...link.right];
      ch.flags = COUNT_DIFFERS.has(ch) ? [...flags, 'count-differs' as const].sort() : flags;
      // A loss on a side that lacks text is not a finding: the obligation may be in the missing text.
      const lacking = losingSide(ch).some(
        (s) =>
          hasGaps[s] ||
          ((ch.change === 'added' || ch.change === 'removed') &&
            (((s === 'before' ? link.left : link.right).length === 0 && mayHoldCounterpart[s]) || !fullText[s])),
      );
      if (lacking) {
        ch.uncertain = true;
        if (!flags.includes('partial-witness')) ch.flags = [...flags, 'partial-witness' as const].sort();
      }
      // Does a side's text here — its provisions in this link, or with none linked one of that side's the
      // aligner matched with nothing (a provision linked elsewhere is another's counterpart) — include one of `set`?
      const sideIn = (set: { before: ReadonlySet<string>; after: ReadonlySet<string> }, s: 'before' | 'after') => {
        const ids = s === 'before' ? link.left : link.right;
        return ids.length ? ids.some((id) => set[s].has(id)) : unmatched[s].some((u) => set[s].has(u.eId));
      };
      // Not read: those provisions have no lexicon.
      const notRead = losingSide(ch).some((s) => sideIn(unread, s));
      // Read in two languages, a change that rests only on phrases one side's reading found and the
      // other's did not ("all the means at its disposal") may be the lexicons', not the texts'.
      if (!ch.uncertain && ch.before && ch.after && flags.includes('cross-language')) {
        const bo = obligationBehind(lo, ch.before), ao = obligationBehind(ro, ch.after);
        if (bo && ao && mayBeReadingDifference(bo, ao, ch.change)) ch.uncertain = true;
      }
      if (placedApart && (ch.change === 'added' || ch.change === 'removed')) ch.uncertain = true;
      if (notRead) {
        ch.uncertain = true;
        ch.flags = [...new Set([...ch.flags, 'not-classified' as const])].sort();
      }
      // Read in part: the side that would have to hold what is missing or weaker is written partly in
      // words its lexicon cannot read (Hanja), where the obligation may stand (with none linked: one of
      // that side's provisions the aligner matched with nothing, as for `notRead`).
      // So is an `other` gained or lost where that side is read only in part: the classifier's reading of
      // a sentence it could not place, not an obligation (rv20 5).
      const holdsOther: 'before' | 'after' | undefined = ch.change === 'added' && ch.kinds.after === 'other' ? 'after' : ch.change === 'removed' && ch.kinds.before === 'other' ? 'before' : undefined;
      const partly = [...losingSide(ch), ...(holdsOther ? [holdsOther] : [])].some((s) => sideIn(partlyRead, s));
      if (partly) {
        ch.uncertain = true;
        ch.flags = [...new Set([...ch.flags, 'partly-read' as const])].sort();
      }
      if (ch.before) {
        ch.before.treaty = a.id;
        ch.before.eIds = [...link.left];
        const w = witnessOfEId(ch.before.eId, link.left, li);
        if (w) ch.before.witness = w;
      }
      if (ch.after) {
        ch.after.treaty = b.id;
        ch.after.eIds = [...link.right];
        const w = witnessOfEId(ch.after.eId, link.right, ri);
        if (w) ch.after.witness = w;
      }
      changes.push(ch);
      linkScore.set(ch, link.score);
    }
  }
  dropRepeatedObligations(changes, linkScore);
  pairMovedObligations(changes, sourceOf);
  // In a comparison of texts in two languages (no language shared), an obligation added or removed
  // is a finding between languages too: it carries the flag every change of such a comparison does.
  // (A side with no text at all has no language: nothing was read across languages.)
  const sideLangs = (side: 'left' | 'right') => alignment[side].units.map((u) => u.witness.lang);
  const [langsL, langsR] = [sideLangs('left'), sideLangs('right')];
  if (langsL.length > 0 && langsR.length > 0 && !langsL.some((l) => langsR.some((r) => sameLanguage(l, r))))
    for (const c of changes) if ((c.change === 'added' || c.change === 'removed') && !c.flags.includes('cross-language')) c.flags = [...c.flags, 'cross-language' as const].sort();
  const counts = ZERO_COUNTS(), uncertainCounts = ZERO_COUNTS();
  for (const c of changes) (c.uncertain ? uncertainCounts : counts)[c.change]++;
  const summaryIncomplete: NonNullable<TreatyComparison['summary']['incomplete']> = {};
  for (const s of ['before', 'after'] as const) if (incomplete[s].provisions.length || incomplete[s].outside.length || incomplete[s].unclassified || incomplete[s].partlyRead) summaryIncomplete[s] = incomplete[s];
  // Two versions of one work often share its id (Akoma Ntoso takes it from the work's number; a text's from
  // its title): the later one is named apart here, as a lineage names it (rv23 5), so reports keep them apart.
  const rightId = b.id === a.id ? distinctRightId(a, b) : b.id;
  const renamed: Diagnostic[] = rightId === b.id ? [] : [{
    type: 'diagnostic', severity: 'warning', code: 'COMPARE_ID_RENAMED', source: b.id,
    message: `both treaties have the id '${a.id}': the second is '${rightId}' in this comparison`,
    hint: 'versions of one work share its id (in Akoma Ntoso, the number in FRBRthis, not its date); give each its own id (`# Id:` in text, the number in FRBRthis) to choose the names',
  }];
  return {
    type: 'treaty-comparison',
    left: a.id,
    right: rightId,
    alignment,
    diff,
    classifications: { left, right: rightId === b.id ? right : { ...right, treaty: { ...right.treaty, id: rightId } } },
    changes,
    summary: {
      type: 'comparison-summary',
      changes: counts,
      uncertain: uncertainCounts,
      rung: { before: topRung(left), after: topRung(right) },
      kinds: { before: securityKinds(left), after: securityKinds(right) },
      ...(summaryIncomplete.before || summaryIncomplete.after ? { incomplete: summaryIncomplete } : {}),
    },
    warnings: [...renamed, ...diff.warnings, ...(left.warnings ?? []), ...(right.warnings ?? [])],
  };
}

function witnessOfEId(eId: string, linkIds: readonly string[], index: Map<string, ProvisionClassification>): { expressionId: string; lang: string; grade: ProvisionClassification['witness']['grade'] } | undefined {
  const pc = index.get(eId) ?? linkIds.map((id) => index.get(id)).find((x) => x !== undefined);
  return pc ? { expressionId: pc.witness.expressionId, lang: pc.witness.lang, grade: pc.witness.grade } : undefined;
}
