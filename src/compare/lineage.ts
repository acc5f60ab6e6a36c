/**
 * Lineage: the story of each security obligation across successive treaties.
 *
 * @module
 */
import { sameLanguage } from '../text/languages.js';
import { alignTreaties, linksOfUnit } from '../align/align.js';
import type { Alignment } from '../align/types.js';
import { sideMayHoldCounterpart, unmatchedUnits } from '../align/units.js';
import { memoizeClassifier } from '../classify/classify.js';
import { classificationIndex, classifyTreaty, defaultClassifyLanguages } from '../classify/treaty.js';
import type { CommitmentRung, Obligation, ProvisionClassification, TreatyClassification } from '../classify/types.js';
import { SECURITY_KINDS } from '../classify/types.js';
import type { Diagnostic, Treaty } from '../model/types.js';
import { TreatyDiffError } from '../model/errors.js';
import { hasFullText, requireTreaty } from '../model/witness.js';
import { appendTo } from '../model/collections.js';
import { compareObligations, ladderFamily, mayBeReadingDifference } from './obligations.js';
import { alignmentFamilies, alignmentFeatures, COMPARE_FEATURE_GROUPS, EXCLUSIVE_FEATURE_GROUPS } from './features.js';
import { partlyReadProvisions, unreadProvisions } from './unmatched.js';
import { LINEAGE_FAMILIES, type Lineage, type LineageFamily, type LineageOptions, type LineageStep, type LineageThread, type ObligationChangeFlag } from './types.js';

/** One security obligation a treaty holds, with the provision and witness it comes from. */
interface Holding {
  family: LineageFamily;
  obligation: Obligation;
  provision: ProvisionClassification;
  order: number;
  /** Every obligation of the family in the provision (`obligation` is the strongest), in text order. */
  all: Obligation[];
}

/**
 * The holding as the thread from `last` continues into it: its obligation of the family that reads as
 * `last` does (`unchanged`), else its strongest. A provision merged from two keeps both obligations; each
 * thread goes on with its own, not with the other's (a merged-in `territory not used` clause is not the
 * `no alliances` clause reframed).
 */
function continuing(h: Holding, last: Obligation): Holding {
  if (h.all.length < 2) return h;
  const same = h.all.find((o) => compareObligations([last], [o])[0]?.change === 'unchanged');
  return same && same !== h.obligation ? { ...h, obligation: same } : h;
}

/** Family a thread follows: the assistance ladder (mutual assistance and crisis consultation), or the security kind itself. */
function familyOf(o: Obligation): LineageFamily {
  return ladderFamily(o) as LineageFamily;
}

/** Security obligations of a classification, strongest per provision and family, in document order. */
function holdings(c: TreatyClassification): Holding[] {
  const out: Holding[] = [];
  c.provisions.forEach((p, order) => {
    const best = new Map<LineageFamily, Obligation>();
    const all = new Map<LineageFamily, Obligation[]>();
    for (const o of p.obligations) {
      if (!SECURITY_KINDS.includes(o.kind)) continue;
      const f = familyOf(o);
      const cur = best.get(f);
      if (!cur || o.commitment > cur.commitment) best.set(f, o);
      appendTo(all, f, o);
    }
    for (const [family, obligation] of best) out.push({ family, obligation, provision: p, order, all: all.get(family)! });
  });
  return out;
}

/**
 * A step of `h` (or an empty step): `reading` from its own witness, `vsPrevious` the flags of the
 * comparison with the previous step, `flags` both.
 */
function stepOf(treaty: string, h: Holding | undefined, vs: ObligationChangeFlag[] = []): LineageStep {
  const reading = ownFlags(h);
  const vsPrevious = [...new Set(vs)].sort();
  const flags = [...new Set([...reading, ...vsPrevious])].sort();
  if (!h) return { type: 'lineage-step', treaty, eIds: [], rung: 0, flags, reading, vsPrevious, evidence: [] };
  const step: LineageStep = {
    type: 'lineage-step',
    treaty,
    eIds: [h.provision.eId],
    kind: h.obligation.kind,
    rung: h.obligation.commitment,
    grade: h.provision.witness.grade,
    lang: h.provision.witness.lang,
    expressionId: h.provision.witness.expressionId,
    flags,
    reading,
    vsPrevious,
    evidence: h.obligation.evidence,
  };
  if (h.obligation.crisis !== undefined) step.crisis = h.obligation.crisis;
  return step;
}

/** Flags of a holding's own reading, sorted: its witness is a report; its witness has gaps in the provision. */
function ownFlags(h: Holding | undefined): ('report-witness' | 'partial-witness')[] {
  const f: ('report-witness' | 'partial-witness')[] = [];
  if (h?.provision.flags.includes('partial-witness')) f.push('partial-witness');
  if (h?.provision.witness.report) f.push('report-witness');
  return f;
}

/**
 * Does one side of an alignment lack text where the other side's provision `eId` would have its
 * counterpart? Its linked provisions have gaps, or it has none linked and `declares` (its witnesses
 * declare text missing outside any provision, or it has an unmatched provision with gaps).
 */
function lacksTextOpposite(al: Alignment, side: 'left' | 'right', eId: string, declares: boolean): boolean {
  const own = side === 'left' ? 'right' : 'left';
  const units = new Map(al[side].units.map((u) => [u.eId, u]));
  const linked = linksOfUnit(al, own, eId).flatMap((l) => l[side]);
  if (linked.length === 0) return declares;
  return linked.some((id) => units.get(id)?.gapReasons !== undefined);
}

/** Are two provisions linked by an alignment (left eId in `from`, right in `to`)? */
function aligned(al: Alignment, from: string, to: string): boolean {
  // Provisions are articles (holdings are per article); the aligner may link their paragraphs (`Art 8 →
  // Art 7 ¶2` when Art 8 became a paragraph of Art 7): a link between any parts of the two counts.
  const within = (id: string, p: string) => id === p || id.startsWith(p + '__');
  return al.links.some((l) => l.left.some((id) => within(id, from)) && l.right.some((id) => within(id, to)));
}

/** The provisions on the other side of `al` linked with `eId` (on `side`) or any of its parts. */
function counterparts(al: Alignment, side: 'left' | 'right', eId: string): string[] {
  const within = (id: string) => id === eId || id.startsWith(eId + '__');
  return al.links.filter((l) => l[side].some(within)).flatMap((l) => l[side === 'left' ? 'right' : 'left']);
}

/** Whether `id` or the article it is part of is in `set`. */
const inOrUnder = (set: ReadonlySet<string>, id: string) => set.has(id) || set.has(id.split('__')[0]!);

/**
 * Follow every security obligation through successive treaties (at least two, oldest first).
 *
 * Threads are per family: the assistance ladder (mutual assistance and crisis consultation — one
 * story told at different rungs), general consultation, non-aggression, neutrality,
 * non-alliance. In each next treaty, the family's threads (strongest first) take the family's
 * holdings (strongest first; among equal rungs, one aligned with the thread's last provision
 * first). A thread with nothing left gets an empty step (`removed`); a holding no thread takes
 * starts a new thread (`added`), empty before. Each step records the provision, kind, rung,
 * witness (grade, language and `expressionId`, the text its evidence offsets index), the change from
 * the previous step as `compareObligations` judges it, and its flags apart: `reading` (its own
 * witness is a report or has gaps), `vsPrevious` (the comparison: `cross-grade`, `cross-language`,
 * `report-witness`, `partial-witness`, `not-classified`) and `flags`, the two together.
 */
export function lineage(treaties: readonly Treaty[], options: LineageOptions = {}): Lineage {
  if (!Array.isArray(treaties)) throw new TreatyDiffError('BAD_OPTION', 'lineage takes an array of treaty models, oldest first', { hint: 'lineage([t1961, t2000, t2024])' });
  treaties.forEach((t, i) => requireTreaty(t, `lineage: treaty ${i + 1}`));
  if (treaties.length < 2)
    throw new TreatyDiffError('NO_TREATIES', `a lineage needs at least two treaties, got ${treaties.length}`, {
      source: 'lineage',
      hint: 'pass two or more treaties, oldest first, e.g. lineage([t1961, t2000, t2024])',
    });
  // Steps name their treaty by id: two treaties with one id would make a thread's steps indistinguishable.
  const seen = new Map<string, number>();
  treaties.forEach((t, i) => {
    const first = seen.get(t.id);
    if (first !== undefined)
      throw new TreatyDiffError('DUPLICATE_TREATY_ID', `treaties ${first + 1} and ${i + 1} of the lineage have the same id '${t.id}'`, {
        source: 'lineage',
        hint: 'give each treaty its own id (`{ ...treaty, id }`; an `# Id:` header in a text file; in Akoma Ntoso the number in FRBRthis, not its date) — the CLI names repeated ids itself',
      });
    seen.set(t.id, i);
  });
  const { langs } = options;
  // One classifier cache for the classifications and the alignment features: each text is classified once.
  const classify = memoizeClassifier(options.classify);
  const classes = treaties.map((t) => classifyTreaty(t, { langs: langs ? [...langs] : defaultClassifyLanguages(t), classify }));
  const features = alignmentFeatures({ classify, groups: COMPARE_FEATURE_GROUPS });
  const obligationFamilies = alignmentFamilies({ classifications: new Map(treaties.map((t, i) => [t, classes[i]!])) });
  const alignments = treaties.slice(1).map((t, i) => alignTreaties(treaties[i]!, t, { ...(langs ? { langs } : {}), features, exclusiveFeatures: EXCLUSIVE_FEATURE_GROUPS, families: obligationFamilies }));
  // Per treaty, once (not per thread and step): whether its side of each alignment declares text
  // missing outside its provisions or has a provision with gaps the aligner matched with nothing
  // (either may hold what the other side's unmatched provision has), and whether it has a text of
  // its own at all.
  // Each alignment's units the aligner matched with nothing, per side (read by both checks below).
  const unmatched = alignments.map((al) => ({ left: unmatchedUnits(al, 'left'), right: unmatchedUnits(al, 'right') }));
  const declaresLeft = alignments.map((al, i) => sideMayHoldCounterpart(treaties[i]!, al, 'left', unmatched[i]!.left));
  const declaresRight = alignments.map((al, i) => sideMayHoldCounterpart(treaties[i + 1]!, al, 'right', unmatched[i]!.right));
  const fullText = treaties.map(hasFullText);
  // Per treaty, whether its text as read has gaps (a provision classified from a witness with gaps, or
  // reports and quotations only): there, a thread that starts later is not known to be absent.
  const textGaps = classes.map((c, i) => !fullText[i] || c.provisions.some((p) => p.flags.includes('partial-witness')));
  // Per alignment, whether each side has a provision the aligner matched with nothing that was not
  // read for obligations (no lexicon for its witness's language): what the other side lost or gained
  // there may be in it.
  const unreadIds = classes.map((c) => new Set(unreadProvisions(c).map((pc) => pc.eId)));
  const unreadRight = unmatched.map((u, i) => u.right.some((x) => unreadIds[i + 1]!.has(x.eId)));
  const unreadLeft = unmatched.map((u, i) => u.left.some((x) => unreadIds[i]!.has(x.eId)));
  // Provisions read only in part (Korean with Hanja words), as compareTreaties flags them `partly-read`.
  const partly = classes.map((c, i) => partlyReadProvisions(treaties[i]!, classificationIndex(c)));
  const partlyRight = unmatched.map((u, i) => u.right.some((x) => partly[i + 1]!.has(x.eId)));
  const partlyLeft = unmatched.map((u, i) => u.left.some((x) => partly[i]!.has(x.eId)));
  const warnings: Diagnostic[] = [...orderWarnings(treaties), ...classes.flatMap((c) => c.warnings ?? [])];
  type Open = { thread: LineageThread; last: Holding | undefined };
  const open: Open[] = [];
  const families = LINEAGE_FAMILIES;
  const byRung = (x: Holding, y: Holding) => y.obligation.commitment - x.obligation.commitment || x.order - y.order;
  classes.forEach((c, ti) => {
    const treaty = treaties[ti]!.id;
    const hs = holdings(c);
    for (const family of families) {
      const mine = hs.filter((h) => h.family === family).sort(byRung);
      const threads = open.filter((o) => o.thread.family === family);
      const lastRung = (o: Open) => (o.last ? o.last.obligation.commitment : -1);
      threads.sort((x, y) => lastRung(y) - lastRung(x));
      const taken = new Set<Holding>();
      const continued: { from: Holding; to: Holding; step: LineageStep }[] = [];
      for (const o of threads) {
        const al = ti > 0 ? alignments[ti - 1] : undefined;
        const free = mine.filter((h) => !taken.has(h));
        const top = free[0];
        let pick = top && o.last && al ? free.find((h) => h.obligation.commitment === top.obligation.commitment && aligned(al, o.last!.provision.eId, h.provision.eId)) ?? top : top;
        // Nothing free, but a holding another thread took is aligned with this thread's provision: the
        // provisions were merged, and both obligations continue there (not one of them `removed`): the
        // count of sentences cannot tell a dropped undertaking from two merged into one (compareTreaties
        // says so in the change's details).
        if (!pick && o.last && al) pick = mine.find((h) => aligned(al, o.last!.provision.eId, h.provision.eId));
        const took = pick;
        if (pick && o.last) pick = continuing(pick, o.last.obligation);
        // Flags of the comparison with the previous step (as compareTreaties flags a change).
        const flags: ObligationChangeFlag[] = [];
        let change: LineageStep['change'];
        if (pick && o.last) {
          const ch = compareObligations([o.last.obligation], [pick.obligation])[0];
          change = ch?.change;
          if (o.last.provision.witness.grade !== pick.provision.witness.grade) flags.push('cross-grade');
          if (!sameLanguage(o.last.provision.witness.lang, pick.provision.witness.lang)) flags.push('cross-language');
          if (o.last.provision.witness.report || pick.provision.witness.report) flags.push('report-witness');
        } else if (pick) change = 'added';
        else if (o.last) change = 'removed';
        // A loss where this treaty lacks text (or a gain where the previous one does) may be the gap's doing.
        let uncertain = false;
        if (al && o.last && (change === 'removed' || change === 'weakened' || (change === 'reframed' && pick && pick.obligation.commitment < o.last.obligation.commitment)))
          uncertain = (pick?.provision.flags.includes('partial-witness') ?? false) || lacksTextOpposite(al, 'right', o.last.provision.eId, declaresRight[ti - 1]!) ||
            // Reports and quotations that do not mention an obligation are no evidence it was dropped.
            (change === 'removed' && !fullText[ti]);
        else if (al && o.last && pick && (change === 'strengthened' || (change === 'reframed' && pick.obligation.commitment > o.last.obligation.commitment)))
          uncertain = o.last.provision.flags.includes('partial-witness');
        // Back after an absence the previous treaty's reports cannot vouch for: the absence was unknown,
        // so the return is too (as compareTreaties says of the same pair).
        else if (change === 'added' && ti > 0 && !fullText[ti - 1]) uncertain = true;
        if (uncertain) flags.push('partial-witness');
        // Read in two languages with the rung unchanged: the difference may be one of reading (as compareTreaties says).
        else if (pick && o.last && change && flags.includes('cross-language') && mayBeReadingDifference(o.last.obligation, pick.obligation, change)) uncertain = true;
        // Lost in a treaty with a provision the aligner matched with nothing that was never read for
        // obligations (no lexicon for its language): the obligation may be there.
        if (o.last && ti > 0 && !pick && change === 'removed' && unreadRight[ti - 1]) {
          uncertain = true;
          flags.push('not-classified');
        }
        // Lost or weaker where this treaty's text is read only in part (or gained where the previous one's is).
        const rungMove = pick && o.last ? Math.sign(pick.obligation.commitment - o.last.obligation.commitment) : 0;
        const lost = change === 'removed' || change === 'weakened' || (change === 'reframed' && rungMove < 0);
        const gained = change === 'strengthened' || (change === 'reframed' && rungMove > 0);
        // With no obligation to pick, the text opposite is what was read in part: unmatched, or linked with the last provision.
        const losing = lost
          ? (pick ? partly[ti]!.has(pick.provision.eId) : ti > 0 && (partlyRight[ti - 1]! || (o.last !== undefined && counterparts(alignments[ti - 1]!, 'left', o.last.provision.eId).some((id) => inOrUnder(partly[ti]!, id)))))
          : gained && o.last !== undefined && ti > 0 && partly[ti - 1]!.has(o.last.provision.eId);
        if (losing) {
          uncertain = true;
          flags.push('partly-read');
        }
        // Added from a report, or removed after one: the comparison rests on a report too.
        if ((change === 'added' && pick!.provision.witness.report) || (change === 'removed' && o.last!.provision.witness.report)) flags.push('report-witness');
        const step = stepOf(treaty, pick, flags);
        if (change) step.change = change;
        if (uncertain) step.uncertain = true;
        o.thread.steps.push(step);
        if (took) taken.add(took);
        if (pick && o.last) continued.push({ from: o.last, to: pick, step });
        o.last = pick;
      }
      // A provision split in two, each part with the same obligation: the second part continues the
      // thread its sibling took (one step over both provisions), instead of starting one as `added`.
      const al = ti > 0 ? alignments[ti - 1] : undefined;
      for (const h of mine) {
        if (taken.has(h) || !al) continue;
        const sibling = continued.find((x) => x.to.obligation.kind === h.obligation.kind && x.to.obligation.commitment === h.obligation.commitment &&
          aligned(al, x.from.provision.eId, x.to.provision.eId) && aligned(al, x.from.provision.eId, h.provision.eId));
        if (!sibling) continue;
        taken.add(h);
        sibling.step.eIds = [...sibling.step.eIds, h.provision.eId];
      }
      for (const h of mine) {
        if (taken.has(h)) continue;
        // Before the thread's first obligation: absent, or — where that treaty's text as read has gaps
        // (under --langs ko a partial Korean witness of 1961 Art 3) — not in the text read, which is no finding.
        const steps: LineageStep[] = treaties.slice(0, ti).map((t, k) => {
          if (!textGaps[k]) return stepOf(t.id, undefined);
          // (A flag of its reading, not of `vsPrevious`: there is no comparison with the step before.)
          const before = stepOf(t.id, undefined);
          before.reading = ['partial-witness'];
          before.flags = ['partial-witness'];
          before.uncertain = true;
          return before;
        });
        const vs: ObligationChangeFlag[] = [];
        // Added where the previous treaty lacks text opposite this provision: it may be in that text.
        const prevAl = ti > 0 ? alignments[ti - 1] : undefined;
        if (prevAl && (lacksTextOpposite(prevAl, 'left', h.provision.eId, declaresLeft[ti - 1]!) || !fullText[ti - 1])) vs.push('partial-witness');
        if (ti > 0 && unreadLeft[ti - 1]) vs.push('not-classified');
        if (ti > 0 && (partlyLeft[ti - 1] || counterparts(prevAl!, 'right', h.provision.eId).some((id) => inOrUnder(partly[ti - 1]!, id)))) vs.push('partly-read');
        if (ti > 0 && h.provision.witness.report) vs.push('report-witness');
        const step = stepOf(treaty, h, vs);
        if (ti > 0) step.change = 'added';
        if (vs.some((f) => f !== 'report-witness')) step.uncertain = true;
        steps.push(step);
        const thread: LineageThread = { type: 'lineage-thread', id: `${family}@${treaty}#${h.provision.eId}`, family, steps };
        open.push({ thread, last: h });
      }
    }
  });
  for (const c of classes)
    for (const p of c.provisions)
      if (p.witness.report && p.obligations.some((o) => SECURITY_KINDS.includes(o.kind)))
        warnings.push({
          type: 'diagnostic',
          severity: 'info',
          code: 'LINEAGE_REPORT_WITNESS',
          message: `${c.treaty.id} ${p.eId}: obligations read from a report of content (${p.witness.citation}), not from treaty text`,
        });
  const threads = open.map((o) => o.thread);
  const famRank = (t: LineageThread) => families.indexOf(t.family);
  threads.sort((x, y) => famRank(x) - famRank(y) || firstIndex(x) - firstIndex(y) || maxRung(y) - maxRung(x) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return {
    type: 'lineage',
    treaties: classes.map((c) => ({ id: c.treaty.id, title: c.treaty.title })),
    threads,
    warnings,
  };
}

/**
 * A lineage follows the order it is given (successors need not be dated), but a treaty signed before the
 * one it follows is most likely a slip — a directory read in file-name order, say — so it is said.
 */
function orderWarnings(treaties: readonly Treaty[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Each dated treaty against the last dated one before it: an undated one between them does not hide a
  // reversed order (rv20 12).
  let prev: Treaty | undefined;
  for (const b of treaties) {
    const db = b.signed?.date;
    if (db === undefined) continue;
    const da = prev?.signed?.date;
    if (prev && da && db < da)
      out.push({
        type: 'diagnostic', severity: 'warning', code: 'LINEAGE_ORDER', source: 'lineage',
        message: `${b.id} (signed ${db}) follows ${prev.id} (signed ${da}) in the lineage${treaties.indexOf(b) - treaties.indexOf(prev) > 1 ? ' (undated versions between them)' : ''}: the treaties are not in order of signature`,
        hint: 'a lineage follows the order given, oldest first; reorder the inputs (a directory is read in file-name order)',
      });
    prev = b;
  }
  return out;
}

function firstIndex(t: LineageThread): number {
  const i = t.steps.findIndex((s) => s.kind !== undefined);
  return i === -1 ? t.steps.length : i;
}

function maxRung(t: LineageThread): CommitmentRung {
  let r: CommitmentRung = 0;
  for (const s of t.steps) if (s.rung > r) r = s.rung;
  return r;
}
