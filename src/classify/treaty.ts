/**
 * Classifying a whole treaty: one entry per top-level provision, from one chosen witness each.
 *
 * @module
 */
import { provisionText, provisionTextJoined } from '../model/content.js';
import type { Diagnostic, Expression, Provision, Treaty } from '../model/types.js';
import { gradeRank, readTreaty, requireTreaty, witnessesOf, witnessKeys } from '../model/witness.js';
import { hasGap } from '../model/content.js';
import { languageProfile, primaryLanguage } from '../text/languages.js';
import { sentences } from '../text/tokenize.js';
import { classifyText, highestRung } from './classify.js';
import { obligationLexicon, obligationLexiconLanguages } from './lexicon.js';
import type { AlternativeReading, ClassifiedWitness, ClassifyTreatyOptions, Obligation, ObligationKind, ProvisionClassification, TextClassifier, TreatyClassification } from './types.js';
import { SECURITY_KINDS } from './types.js';

/**
 * Default witness languages: English first (its lexicon covers every kind, the others the
 * security kinds and basics), then the treaty's authentic languages, then any other language
 * with a lexicon. Pass `langs` to classify the authentic texts first.
 */
export function defaultClassifyLanguages(treaty: Treaty): string[] {
  const out: string[] = [];
  for (const l of ['en', ...treaty.authenticLanguages, ...obligationLexiconLanguages()]) if (!out.includes(l) && obligationLexicon(l)) out.push(l);
  return out;
}

/**
 * `provisionText(p)` with each join between a provision and its sub-provisions written U+2029
 * (PARAGRAPH SEPARATOR) instead of a line feed: the same length and offsets, but a break the sentence
 * splitter never reads as a soft wrap — a list item without punctuation is never read into the next.
 */
const classificationText = (p: Provision): string => provisionTextJoined(p, '\u2029');

/** Where paragraph `c` of `p` starts in `provisionText(p)` (same joining rule). */
function childOffsets(p: Provision): { child: Provision; start: number; end: number }[] {
  const out: { child: Provision; start: number; end: number }[] = [];
  const parts: string[] = [];
  const own = provisionText({ ...p, children: [] });
  let pos = 0;
  if (own) {
    parts.push(own);
    pos = own.length;
  }
  for (const c of p.children) {
    const t = provisionText(c);
    if (!t) continue;
    if (parts.length) pos += 1;
    out.push({ child: c, start: pos, end: pos + t.length });
    parts.push(t);
    pos += t.length;
  }
  return out;
}

/**
 * A provision's obligations with its lists read as their drafters wrote them: the lead-in (a provision's
 * own text before its points: Akoma Ntoso's `<intro>`, the plain-text chapeau) governs each point —
 * "In the event … the other Party shall: (a) immediately render military assistance …" is mutual
 * assistance in point (a), not cooperation with no trigger (rv21 1). Each point is read again after the
 * lead-in's last sentence; where that reading uses the lead-in's words, it replaces what the point read
 * alone, and adds no kind the lead-in already carries (its own reading has it). A list whose points,
 * so read, give one kind between them is one undertaking (the trigger or the crises listed in points:
 * "… shall render assistance if either Party is subjected to: (a) …; (b) …"): the lead-in and all its
 * points are read as one sentence, which replaces what the lead-in and the points read alone (rv22 F3);
 * points of different kinds stay apart. Evidence stays in the provision's text: a span across a join
 * is cut at it.
 */
function withLists(p: Provision, text: string, obligations: Obligation[], lang: string, eId: string, classify: TextClassifier): Obligation[] {
  // Most provisions hold no list: nothing to walk.
  const hasPoints = (q: Provision): boolean => q.children.some((c) => c.type === 'point' || hasPoints(c));
  if (!hasPoints(p)) return obligations;
  let out = obligations;
  let ss: { value: string; start: number }[] | undefined;
  const visit = (q: Provision, at: number) => {
    const kids = childOffsets(q);
    const own = provisionText({ ...q, children: [] });
    const points = kids.filter((k) => k.child.type === 'point');
    if (own.trim() && points.length) {
      const leadSentences = sentences(own, lang).filter((s) => s.value.trim());
      const lead = leadSentences[leadSentences.length - 1]!;
      // A lead-in closed by a pointer to its list (`… 다음과 같이 한다.`) reads on into each point without it.
      const close = languageProfile(lang)?.leadInClose;
      // A lead-in leads in: it ends in a colon, in no sentence punctuation, or with the words that point to the list.
      if (!/[:：]\s*$|[^.!?。;]\s*$/u.test(lead.value) && !close?.test(lead.value)) {
        for (const k of kids) visit(k.child, at + k.start);
        return;
      }
      const leadText = lead.value.trimEnd().replace(close ?? /$^/, '');
      const leadAt = at + lead.start;
      const inLead = (o: Obligation) => o.evidence.some((e) => e.field === 'kind' && e.start >= at && e.end <= at + own.length);
      const leadKinds = new Set(out.filter((o) => inLead(o) && o.kind !== 'other').map((o) => o.kind));
      // Read `parts` (each its text and its start in `text`) as one text joined by spaces: the obligations, their
      // evidence cut at the joins and placed in `text`, each in the sentence of `text` where the first point starts;
      // `used` when some span starts in the first part (the lead-in).
      const readAs = (parts: [string, number][]) => {
        const read = classify(parts.map((x) => x[0]).join(' '), lang, eId);
        const sentence = (ss ??= sentences(text, lang)).findIndex((s) => parts[1]![1] >= s.start && parts[1]![1] < s.start + s.value.length);
        const used = read.some((o) => o.evidence.some((e) => e.start < parts[0]![0].length));
        return { used, obs: read.map((o) => ({
          ...o,
          sentence: Math.max(0, sentence),
          evidence: o.evidence.flatMap((e) => {
            let v = 0;
            return parts.flatMap(([t, p]) => {
              const a = Math.max(e.start, v) - v, b = Math.min(e.end, v + t.length) - v;
              v += t.length + 1;
              return b > a ? [{ ...e, start: p + a, end: p + b, text: text.slice(p + a, p + b) }] : [];
            });
          }),
        })) };
      };
      const within = (from: number, to: number) => (o: Obligation) => o.evidence.filter((e) => e.field === 'kind').every((e) => e.start >= from && e.end <= to);
      const head: [string, number] = [leadText, leadAt];
      const part = (k: (typeof points)[number]): [string, number] => [provisionTextJoined(k.child, '\u2029'), at + k.start];
      const reads = points.map((k) => readAs([head, part(k)]));
      const kinds = (obs: Obligation[]) => new Set(obs.filter((o) => o.kind !== 'other').map((o) => o.kind));
      const one = kinds(reads.flatMap((r) => r.obs));
      if (one.size === 1) {
        const whole = readAs([head, ...points.map(part)]).obs;
        if ([...kinds(whole)].join() === [...one].join()) {
          out = [...out.filter((o) => !within(leadAt, at + points[points.length - 1]!.end)(o)), ...whole];
          for (const k of kids) if (k.child.type !== 'point') visit(k.child, at + k.start);
          return;
        }
      }
      let placed = false;
      points.forEach((k, i) => {
        if (!reads[i]!.used) return;
        const mapped = reads[i]!.obs.filter((o) => !leadKinds.has(o.kind));
        out = [...out.filter((o) => !within(at + k.start, at + k.end)(o)), ...mapped];
        placed ||= mapped.some((o) => o.kind !== 'other');
      });
      // The lead-in read alone was a sentence the rules could not place (`other`): read with its points, it is placed.
      if (placed) out = out.filter((o) => o.kind !== 'other' || !inLead(o));
    }
    for (const k of kids) visit(k.child, at + k.start);
  };
  visit(p, 0);
  if (out === obligations) return out;
  // In the provision's text order, as the sentence classifier gives them.
  const startOf = (o: Obligation) => o.evidence.find((e) => e.field === 'kind')?.start ?? 0;
  return out.map((o, i) => [o, i] as const).sort((x, y) => startOf(x[0]) - startOf(y[0]) || x[1] - y[1]).map(([o]) => o);
}

interface Choice {
  expression: Expression;
  provision: Provision;
  lang: string;
}

/**
 * The witness to classify for a treaty-level eId: preferred language first (among languages with a
 * lexicon), then grade, then a witness that describes this provision alone (a report covering
 * several provisions comes last), then completeness (no gaps), then document order. A first choice
 * with no words here (only gaps, or empty) yields to the next witness with words and a lexicon
 * (rv22 F8), named in `skipped`; a partial witness (words and gaps) is kept.
 */
function chooseWitness(treaty: Treaty, eId: string, langs: readonly string[]): (Choice & { skipped?: { expression: Expression; provision: Provision } }) | undefined {
  const langRank = (l: string) => {
    const i = langs.indexOf(l);
    return i === -1 ? langs.length + (obligationLexicon(l) ? 0 : 1) : i;
  };
  const list = witnessesOf(treaty, eId).map((w, order) => ({ ...w, order }));
  list.sort((a, b) =>
    langRank(a.expression.lang) - langRank(b.expression.lang) ||
    gradeRank(a.expression.grade) - gradeRank(b.expression.grade) ||
    Number(witnessKeys(a.provision).length > 1) - Number(witnessKeys(b.provision).length > 1) ||
    Number(hasGap(a.provision)) - Number(hasGap(b.provision)) ||
    a.order - b.order,
  );
  const words = (w: (typeof list)[number]) => /\p{L}/u.test(provisionText(w.provision));
  const first = list[0];
  const best = first && !words(first) ? list.find((w) => obligationLexicon(w.expression.lang) && words(w)) ?? first : first;
  return best ? { expression: best.expression, provision: best.provision, lang: best.expression.lang, ...(best !== first ? { skipped: first! } : {}) } : undefined;
}

function witnessOf(e: Expression): ClassifiedWitness {
  return { type: 'classified-witness', expressionId: e.id, lang: e.lang, grade: e.grade, citation: e.source.citation, report: e.grade === 'report' };
}

/** Paragraph eId at treaty level, as alignment units name them (`art_1__para_2`). */
function paragraphEId(treatyEId: string, p: Provision, c: Provision): string {
  return c.eId.startsWith(p.eId + '__') ? treatyEId + c.eId.slice(p.eId.length) : `${treatyEId}__${c.eId.split('__').pop()!}`;
}

function shift(o: Obligation, by: number, eId: string): Obligation {
  return { ...o, eId, evidence: o.evidence.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) };
}

/**
 * What to do when a language has no obligation lexicon: register one — its built-in one when the
 * package has it (`treaty-diff/lite` registers none) — or give a witness in a language that has one.
 */
function noLexiconHint(lang: string): string {
  const registered = obligationLexiconLanguages();
  const builtIn = ['en', 'ru', 'ko'].includes(primaryLanguage(lang));
  const register = builtIn
    ? `register the built-in one (registerObligationLexicon with treaty-diff/lexicons/${primaryLanguage(lang)}; treaty-diff/lite registers none)`
    : 'register an ObligationLexicon for the language with registerObligationLexicon';
  return registered.length ? `${register}, or add a witness in ${registered.join(', ')}` : register;
}

/**
 * Classify every provision of a treaty. One entry per treaty-level eId (preamble, articles, report
 * provisions) in reading order; articles with two or more paragraphs also get `paragraphs` entries
 * (eIds `art_1__para_2`) whose obligations carry the paragraph eId and offsets into the
 * paragraph's text; article-level obligations carry the article eId and offsets into its text.
 *
 * Rules beyond the sentence classifier, each visible in the output:
 * - The preamble states motives, not obligations: security kinds found there are moved to
 *   `nonOperative` (kept, with evidence), not reported as obligations.
 * - A report that describes several provisions at once (`refersTo` with two or more eIds) is
 *   classified for each; a security kind that another of those provisions' own dedicated witness
 *   shows is attributed to that provision alone and listed under `attributedElsewhere` (background
 *   kinds such as principles recur in every report and stay).
 */
export function classifyTreaty(treaty: Treaty, options: ClassifyTreatyOptions = {}): TreatyClassification {
  requireTreaty(treaty, 'classifyTreaty: the treaty');
  const langs = options.langs ? [...options.langs] : defaultClassifyLanguages(treaty);
  const classify = options.classify ?? classifyText;
  const reading = readTreaty(treaty, { langs });
  const entries: { pc: ProvisionClassification; choice: Choice }[] = [];
  const warnings: Diagnostic[] = [];
  for (const rp of reading.provisions) {
    const choice = chooseWitness(treaty, rp.eId, langs);
    if (!choice) continue;
    const p = choice.provision;
    const text = provisionText(p);
    const obligations = withLists(p, text, classify(classificationText(p), choice.lang, rp.eId), choice.lang, rp.eId, classify);
    if (choice.skipped)
      warnings.push({
        type: 'diagnostic', severity: 'info', code: 'CLASSIFY_WITNESS_FALLBACK', source: treaty.id,
        message: `${rp.eId}: the preferred witness (${choice.skipped.expression.id}, ${choice.skipped.expression.lang}) has no text here${hasGap(choice.skipped.provision) ? ', only gaps' : ''}; read ${choice.expression.id} (${choice.lang}, ${choice.expression.grade}) instead`,
      });
    if (!obligationLexicon(choice.lang))
      warnings.push({
        type: 'diagnostic', severity: 'warning', code: 'CLASSIFY_NO_LEXICON', source: treaty.id,
        message: `${rp.eId}: its only witness (${choice.expression.id}) is in '${choice.lang}', which has no obligation lexicon; no obligations were read`,
        hint: noLexiconHint(choice.lang),
      });
    else if (!/\p{L}/u.test(text))
      warnings.push({
        type: 'diagnostic', severity: 'info', code: 'CLASSIFY_NO_TEXT', source: treaty.id,
        message: `${rp.eId}: the witness (${choice.expression.id}) has no text here${hasGap(p) ? ', only gaps' : ' (the provision is empty)'}; no obligations can be read`,
      });
    const paras = p.type === 'article' ? childOffsets(p).filter((c) => c.child.type === 'paragraph') : [];
    let paragraphs: ProvisionClassification[] | undefined;
    if (paras.length >= 2) {
      const paraOf = (o: Obligation) => {
        const at = o.evidence.find((e) => e.field === 'kind')?.start ?? 0;
        return paras.find((c) => at >= c.start && at < c.end);
      };
      // Each obligation's paragraph, found once (not once per paragraph and obligation).
      const inPara = obligations.map(paraOf);
      paragraphs = paras.map((c) => {
        const eId = paragraphEId(rp.eId, p, c.child);
        const obs = obligations.filter((_, i) => inPara[i] === c).map((o) => shift(o, -c.start, eId));
        const pc: ProvisionClassification = {
          type: 'provision-classification',
          eId,
          commitment: highestRung(obs),
          obligations: obs,
          witness: witnessOf(choice.expression),
          flags: flagsOf(choice.expression, c.child),
        };
        if (c.child.num !== undefined) pc.num = c.child.num;
        return pc;
      });
    }
    const pc: ProvisionClassification = {
      type: 'provision-classification',
      eId: rp.eId,
      commitment: 0,
      obligations,
      witness: witnessOf(choice.expression),
      flags: flagsOf(choice.expression, p),
    };
    const num = rp.eId === p.eId ? p.num : rp.num;
    if (num !== undefined) pc.num = num;
    if (p.type === 'preamble' || p.type === 'recital') {
      const moved = obligations.filter((o) => SECURITY_KINDS.includes(o.kind));
      // `other` is the kind of an operative sentence the rules cannot place; in a preamble the
      // provision itself says the text is not operative ("The High Contracting Parties, desiring …"
      // opens with its subject, so the sentence-level recital test does not see it).
      const kept = obligations.filter((o) => !SECURITY_KINDS.includes(o.kind) && o.kind !== 'other');
      if (kept.length !== obligations.length) pc.obligations = kept;
      if (moved.length) pc.nonOperative = moved.map((o) => ({ ...o, commitment: 0 }));
    }
    if (paragraphs) pc.paragraphs = paragraphs;
    pc.commitment = highestRung(pc.obligations);
    const alternatives = alternativeReadings(treaty, rp.eId, choice, classify);
    if (alternatives.length) {
      pc.alternatives = alternatives;
      const mine = summary(pc.obligations);
      // A witness with no security kind is silent (often a short quotation), not in disagreement.
      if (alternatives.some((a) => a.kinds.length > 0 && (a.commitment !== pc.commitment || a.kinds.join() !== mine.kinds.join() || a.crisis !== mine.crisis))) pc.flags.push('witnesses-disagree');
    }
    entries.push({ pc, choice });
  }
  attributeSharedReports(entries);
  const title = treaty.titles.find((t) => t.lang === 'en') ?? treaty.titles[0];
  const info: TreatyClassification['treaty'] = {
    id: treaty.id,
    title: title?.value ?? treaty.id,
    lang: title?.lang ?? [...treaty.expressions].filter((e) => e.label === undefined).sort((a, b) => gradeRank(a.grade) - gradeRank(b.grade))[0]?.lang ?? 'und',
    parties: treaty.parties.map((p) => p.short ?? p.name),
  };
  if (treaty.signed?.date) info.signed = treaty.signed.date;
  const result: TreatyClassification = { type: 'treaty-classification', treaty: info, provisions: entries.map((e) => e.pc) };
  if (warnings.length) result.warnings = warnings;
  return result;
}

/** Security kinds and crisis flag of a list of obligations, in vocabulary order. */
function summary(obs: readonly Obligation[]): { kinds: ObligationKind[]; crisis?: boolean } {
  const kinds = SECURITY_KINDS.filter((k) => obs.some((o) => o.kind === k));
  const cons = obs.filter((o) => o.kind === 'consultation');
  return cons.length ? { kinds, crisis: cons.some((o) => o.crisis === true) } : { kinds };
}

/**
 * Every other witness of `eId` that a lexicon can read and that describes this provision alone,
 * with its highest rung and security kinds (document order). Gap-only witnesses are skipped: they
 * have no text to disagree with.
 */
function alternativeReadings(treaty: Treaty, eId: string, chosen: Choice, classify: TextClassifier): AlternativeReading[] {
  const out: AlternativeReading[] = [];
  for (const w of witnessesOf(treaty, eId)) {
    if (w.provision === chosen.provision || !obligationLexicon(w.expression.lang) || witnessKeys(w.provision).length > 1) continue;
    const text = provisionText(w.provision);
    if (!/\p{L}{2}/u.test(text.replace(/\u2026/g, ''))) continue;
    const obs = withLists(w.provision, text, classify(classificationText(w.provision), w.expression.lang, eId), w.expression.lang, eId, classify);
    const isPreamble = w.provision.type === 'preamble' || w.provision.type === 'recital';
    const operative = isPreamble ? obs.filter((o) => !SECURITY_KINDS.includes(o.kind)) : obs;
    const s = summary(operative);
    const alt: AlternativeReading = { type: 'alternative-reading', expressionId: w.expression.id, lang: w.expression.lang, grade: w.expression.grade, commitment: highestRung(operative), kinds: s.kinds };
    if (s.crisis !== undefined) alt.crisis = s.crisis;
    out.push(alt);
  }
  return out;
}

function flagsOf(e: Expression, p: Provision): ProvisionClassification['flags'] {
  const flags: ProvisionClassification['flags'] = [];
  if (e.grade === 'report') flags.push('report-witness');
  if (hasGap(p)) flags.push('partial-witness');
  return flags;
}

/** Apportion the kinds of a report covering several provisions (see {@link classifyTreaty}). */
function attributeSharedReports(entries: { pc: ProvisionClassification; choice: Choice }[]): void {
  const byEId = new Map(entries.map((e) => [e.pc.eId, e]));
  for (const e of entries) {
    const keys = witnessKeys(e.choice.provision);
    if (keys.length < 2) continue;
    const elsewhere = new Map<ObligationKind, string>();
    for (const other of keys) {
      if (other === e.pc.eId) continue;
      const o = byEId.get(other);
      if (!o || witnessKeys(o.choice.provision).length > 1) continue;
      for (const ob of o.pc.obligations) if (SECURITY_KINDS.includes(ob.kind) && !elsewhere.has(ob.kind)) elsewhere.set(ob.kind, other);
    }
    const keep = e.pc.obligations.filter((o) => !elsewhere.has(o.kind));
    const moved = e.pc.obligations.filter((o) => elsewhere.has(o.kind));
    if (moved.length === 0 || keep.length === 0) continue;
    e.pc.obligations = keep;
    e.pc.attributedElsewhere = moved.map((o) => ({ type: 'attribution', kind: o.kind, eId: elsewhere.get(o.kind)! }));
    e.pc.commitment = highestRung(keep);
  }
}

/** Every classification entry of a treaty by eId: provisions and their paragraphs (`art_1__para_2`). */
export function classificationIndex(c: TreatyClassification): Map<string, ProvisionClassification> {
  const m = new Map<string, ProvisionClassification>();
  for (const p of c.provisions) {
    m.set(p.eId, p);
    for (const q of p.paragraphs ?? []) m.set(q.eId, q);
  }
  return m;
}
