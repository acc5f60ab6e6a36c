import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareTreaties, lineage } from '../src/compare/index.js';
import { parseTreaty } from '../src/parse/index.js';
import { parseAkn } from '../src/parse/akn.js';
import { serializeAkn } from '../src/render/treaty/akn.js';
import { changeLabel, renderTextReport } from '../src/render/report/text.js';
import { renderMarkdownReport } from '../src/render/report/markdown.js';
import { renderHtmlReport } from '../src/render/report/html.js';

// Fictional treaty texts (Examplia / Samplestan): no real treaty wording.
const read = (p: string) => readFileSync(new URL(p, import.meta.url), 'utf8');
const ENGLISH = parseTreaty(read('./fixtures/gaps/full.txt')).treaty;
const GERMAN = parseTreaty(read('./fixtures/unclassified/de.txt'), { source: 'de.txt' });

describe('a side in a language with no obligation lexicon', () => {
  it('is read, with a warning that its headings were not found', () => {
    const d = GERMAN.diagnostics.find((x) => x.code === 'NO_ARTICLES')!;
    expect(d).toMatchObject({ severity: 'warning', source: 'de.txt' });
    expect(d.message).toContain('paragraphs are read as the preamble');
  });

  it('does not lose its obligations: what it seems to lack is uncertain and flagged not-classified', () => {
    const c = compareTreaties(ENGLISH, GERMAN.treaty);
    const removed = c.changes.filter((x) => x.change === 'removed');
    expect(removed.map((x) => x.kinds.before)).toContain('mutual-assistance');
    for (const x of removed) {
      expect(x.uncertain).toBe(true);
      expect(x.flags).toContain('not-classified');
    }
    expect(c.summary.changes.removed).toBe(0);
    expect(c.summary.uncertain!.removed).toBe(removed.length);
    expect(c.summary.incomplete?.after?.unclassified).toEqual({ provisions: ['preamble'], langs: ['de'] });
    expect(c.summary.incomplete?.before).toBeUndefined();
    // The reports say why, not "text missing".
    const text = renderTextReport(c);
    expect(text).toContain("right text not classified: 1 provision in 'de' (no obligation lexicon)");
    expect(text).toContain('not read for obligations');
    expect(text).not.toContain('text is missing on the side');
    expect(renderMarkdownReport(c)).toContain("right text not classified");
    expect(renderHtmlReport(c)).toContain('not read for obligations');
    // The other way, what the German side seems to gain is not a finding either (nothing: it has none).
    expect(compareTreaties(GERMAN.treaty, ENGLISH).changes.filter((x) => x.change === 'added').every((x) => x.uncertain && x.flags.includes('not-classified'))).toBe(true);
  });

  it('and the lineage marks the loss as uncertain', () => {
    const step = lineage([ENGLISH, GERMAN.treaty]).threads.find((t) => t.family === 'assistance')!.steps[1]!;
    expect(step.change).toBe('removed');
    expect(step.uncertain).toBe(true);
    expect(step.flags).toContain('not-classified');
    expect(renderTextReport(lineage([ENGLISH, GERMAN.treaty]))).toContain('removed (uncertain: not classified)');
  });

  it('an Akoma Ntoso file without FRBRlanguage is read in the language of its script, so it is classified', () => {
    const xml = serializeAkn(ENGLISH).replace(/<FRBRlanguage [^>]*\/>/g, '').replace(/<proprietary[\s\S]*?<\/proprietary>/, '');
    const t = parseAkn(xml).treaty;
    expect(t.expressions[0]!.lang).toBe('en');
    const c = compareTreaties(ENGLISH, t);
    expect(c.summary.incomplete).toBeUndefined();
    expect(c.changes.filter((x) => x.kinds.before === 'mutual-assistance').map((x) => x.change)).toEqual(['unchanged']);
  });
});

describe('an obligation whose sentence moved word for word to another article', () => {
  // The aligner links Art 1 with Art 1 and Art 2 with Art 2 (both modified); the sentence's move is in the word diff.
  // Fictional treaties (from review rv10): one sentence moves from Art 1 to the end of Art 2.
  const a = parseTreaty(read('./fixtures/moved/a.txt')).treaty;
  const b = parseTreaty(read('./fixtures/moved/b.txt')).treaty;

  it('is unchanged across the two links, not one removal and one addition, and says where it moved', () => {
    const c = compareTreaties(a, b);
    const na = c.changes.filter((x) => x.kinds.before === 'non-alliance' || x.kinds.after === 'non-alliance');
    expect(na.map((x) => [x.change, x.left, x.right])).toEqual([['unchanged', ['art_1'], ['art_2']]]);
    expect(na[0]!.details).toEqual(['moved with its wording: art_1 → art_2']);
    expect(c.summary.changes.added + c.summary.changes.removed).toBe(0);
    // as the lineage says of the same pair
    expect(lineage([a, b]).threads.find((t) => t.family === 'non-alliance')!.steps[1]!.change).toBe('unchanged');
  });

  it('a reworded sentence is still a removal and an addition', () => {
    const reworded = parseTreaty(read('./fixtures/moved/b.txt').replace('Neither Party shall conclude any alliance directed against the other Party.', 'Neither Party shall take part in any bloc aimed at the other Party.')).treaty;
    const na = compareTreaties(a, reworded).changes.filter((x) => x.kinds.before === 'non-alliance' || x.kinds.after === 'non-alliance');
    expect(na.map((x) => x.change).sort()).toEqual(['added', 'removed']);
  });
});

describe('a provision moved and reworded', () => {
  // Fictional treaties (from review rv10): old Art 1 (mutual assistance) is rewritten as new Art 3
  // (contact only); old Art 4 moves unchanged to Art 1.
  const c = compareTreaties(parseTreaty(read('./fixtures/moved/old.txt')).treaty, parseTreaty(read('./fixtures/moved/new.txt')).treaty);

  it('is labelled moved with "wording changed" in every report; a verbatim move is not', () => {
    const text = renderTextReport(c).split('\n');
    expect(text.find((l) => l.startsWith('── Art 1 → Art 3'))).toMatch(/moved \(score 0\.\d\d, wording changed\)$/);
    expect(text.find((l) => l.startsWith('── Art 4 → Art 1'))).toMatch(/moved \(score \d\.\d\d\)$/);
    expect(renderMarkdownReport(c)).toMatch(/### Art 1 → Art 3 \(moved, score 0\.\d\d, wording changed\)/);
    expect(renderHtmlReport(c)).toContain('wording changed');
  });

  it('a verbatim move whose only difference is a line break is not "wording changed"', () => {
    const m = compareTreaties(parseTreaty(read('./fixtures/moved/line-a.txt')).treaty, parseTreaty(read('./fixtures/moved/line-b.txt')).treaty);
    const moved = renderTextReport(m).split('\n').filter((l) => l.startsWith('── ') && l.includes('moved'));
    expect(moved.length).toBeGreaterThan(0);
    for (const l of moved) expect(l).not.toContain('wording changed');
  });
});

describe('a lineage through a split and a merge', () => {
  // old Art 3 holds two non-alliance sentences; new splits them into Arts 4 and 5; third merges them back.
  const ts = ['old', 'new', 'third'].map((n) => parseTreaty(read(`./fixtures/moved/${n}.txt`), { source: `${n}.txt` }).treaty);

  it('follows the obligation as one thread over both parts, with no false added or removed', () => {
    const threads = lineage(ts).threads.filter((t) => t.family === 'non-alliance');
    expect(threads).toHaveLength(1);
    expect(threads[0]!.steps.map((s) => [s.eIds, s.change ?? null])).toEqual([
      [['art_3'], null],
      [['art_4', 'art_5'], 'unchanged'],
      [['art_3'], 'unchanged'],
    ]);
  });

  it('and agrees with compareTreaties on each pair', () => {
    for (const [x, y] of [[ts[0]!, ts[1]!], [ts[1]!, ts[2]!]] as const) {
      // One change per obligation (two sentences on each side), none a finding of change.
      const na = compareTreaties(x, y).changes.filter((c) => c.kinds.before === 'non-alliance' || c.kinds.after === 'non-alliance');
      expect(na.map((c) => c.change)).toEqual(['unchanged', 'unchanged']);
    }
  });
});

describe('the redline of a split or merge', () => {
  const c = compareTreaties(parseTreaty(read('./fixtures/moved/old.txt')).treaty, parseTreaty(read('./fixtures/moved/new.txt')).treaty);

  it('shows the boundary between provisions as layout, not as a deleted space and an inserted line break', () => {
    const text = renderTextReport(c);
    const split = text.slice(text.indexOf('── Art 3 → Art 4 + Art 5'));
    expect(split.split('\n').slice(0, 6).join('\n')).toContain('the other Party.\n\n   Neither Party shall take part');
    expect(text).not.toMatch(/\[-\s+-\]|\{\+\s+\+\}/);
    const md = renderMarkdownReport(c);
    expect(md).not.toMatch(/<del>\s*<\/del>|<ins>(\s|<br>)*<\/ins>/);
    expect(md).toContain('the other Party.<br><br>Neither Party shall take part');
    const html = renderHtmlReport(c);
    expect(html).not.toMatch(/<del[^>]*>\s*<\/del>|<ins[^>]*>\s*<\/ins>/);
    expect(html).toContain('the other Party. Neither Party shall take part');
    // The words are as before: the pair deletes and inserts none.
    const d = c.diff.diffs[c.alignment.links.findIndex((l) => l.relation === 'split')]!;
    expect([d.stats.deleted, d.stats.inserted]).toEqual([0, 0]);
  });
});

describe('a pair of texts in different languages', () => {
  it('counts its words as not compared, not as deleted and inserted, and the reports say no similarity was measured', () => {
    const en = parseTreaty('# Language: en\n\nPact\n\nArticle 1\n\nThe Parties shall consult each other.\n').treaty;
    const ko = parseTreaty('# Language: ko\n\n조약\n\n제1조\n\n쌍방은 서로 협의한다.\n').treaty;
    const c = compareTreaties(en, ko);
    expect(c.alignment.links.map((l) => l.relation)).toEqual(['corresponding']);
    const w = c.diff.stats.words;
    expect([w.deleted, w.inserted, w.unchanged]).toEqual([0, 0, 0]);
    expect(w.notCompared).toBe(w.wordsA + w.wordsB);
    expect(renderTextReport(c)).toContain('similarity n/a: no words compared');
    expect(renderMarkdownReport(c)).toContain('similarity n/a: no words compared');
  });

  it('an article read whole on one side and by paragraphs on the other keeps its obligations: moved within it, not removed and added (rv13 4)', () => {
    // Fictional Ruritania–Freedonia texts: Russian numbers the paragraphs '1)' (points of one article),
    // Korean '1.' (two paragraphs).
    const ru = parseTreaty('# Language: ru\n\nДоговор\n\nСтатья 1\n\n1) Если одна из Сторон подвергнется вооружённому нападению, другая Сторона немедленно окажет ей военную помощь всеми имеющимися средствами.\n2) Стороны будут консультироваться по всем важным международным вопросам.\n\nСтатья 2\n\nДоговор вступает в силу со дня подписания.\n', { id: 'ru' }).treaty;
    const ko = parseTreaty('# Language: ko\n\n조약\n\n제1조\n\n1. 체약 일방이 무력 침공을 받는 경우 체약 상대방은 지체 없이 모든 수단으로 군사적 원조를 제공한다.\n2. 체약 쌍방은 모든 중요한 국제 문제에 대하여 협의한다.\n\n제2조\n\n이 조약은 서명한 날부터 효력을 발생한다.\n\n제3조\n\n체약 쌍방은 상대방을 반대하는 어떠한 동맹에도 참가하지 아니한다.\n', { id: 'ko' }).treaty;
    const c = compareTreaties(ru, ko);
    const cons = c.changes.filter((x) => (x.kinds.before ?? x.kinds.after) === 'consultation');
    expect(cons.map((x) => [x.change, x.left, x.right])).toEqual([['unchanged', ['art_1'], ['art_1__para_2']]]);
    expect(cons[0]!.details[0]).toMatch(/moved within the article: art_1 → art_1__para_2 \(texts in two languages/);
    // What one side really has alone is still added, and says it is a finding between languages.
    const na = c.changes.find((x) => x.kinds.after === 'non-alliance')!;
    expect([na.change, na.flags.includes('cross-language')]).toEqual(['added', true]);
    // The pair is compared field by field like any other: a binding consultation become permissive is weakened.
    const may = parseTreaty('# Language: ko\n\n조약\n\n제1조\n\n1. 체약 일방이 무력 침공을 받는 경우 체약 상대방은 지체 없이 모든 수단으로 군사적 원조를 제공한다.\n2. 체약 쌍방은 자국의 법률에 따라 모든 중요한 국제 문제에 대하여 협의할 수 있다.\n', { id: 'ko-may' }).treaty;
    const w = compareTreaties(ru, may).changes.find((x) => x.kinds.before === 'consultation')!;
    expect([w.change, w.right]).toEqual(['weakened', ['art_1__para_2']]);
    expect(w.details.join('; ')).toMatch(/moved within the article.*modality: will \(binding\) → may \(permissive\)/);
    // In one language nothing is paired without its wording.
    const ru2 = parseTreaty('# Language: ru\n\nДоговор\n\nСтатья 1\n\n1. Если одна из Сторон подвергнется вооружённому нападению, другая Сторона немедленно окажет ей военную помощь всеми имеющимися средствами.\n2. Стороны будут обмениваться мнениями по всем важным международным вопросам, затрагивающим их интересы.\n', { id: 'ru2' }).treaty;
    expect(compareTreaties(ru, ru2).changes.some((x) => /moved within the article/.test(x.details.join()))).toBe(false);
  });
});

describe('a change read in two languages that leaves the rung where it was (rv16 6)', () => {
  // Fictional texts: the same duty, the English with a means phrase the Russian reading finds none of.
  const ru = parseTreaty('# Language: ru\n\nДоговор\n\nСтатья 1\n\nЕсли одна из Сторон подвергнется вооружённому нападению, другая Сторона немедленно окажет ей военную помощь.\n', { id: 'ru' }).treaty;
  const en = parseTreaty('# Language: en\n\nTreaty\n\nArticle 1\n\nIf either Party is subjected to an armed attack, the other Party shall immediately extend to it military assistance with all the means at its disposal.\n', { id: 'en' }).treaty;
  const enBare = parseTreaty('# Language: en\n\nTreaty\n\nArticle 1\n\nIf either Party is subjected to an armed attack, the other Party shall immediately extend to it military assistance.\n', { id: 'en-bare' }).treaty;

  it('is uncertain when only a phrase one reading found and the other did not decides it (means), and reports say languages differ', () => {
    const c = compareTreaties(ru, en);
    const ma = c.changes.find((x) => x.kinds.after === 'mutual-assistance')!;
    expect([ma.change, ma.uncertain, ma.flags.includes('cross-language'), ma.flags.includes('partial-witness')]).toEqual(['strengthened', true, true, false]);
    expect(c.summary.uncertain?.strengthened).toBe(1);
    expect(c.summary.changes.strengthened).toBe(0);
    expect(renderTextReport(c)).toContain('strengthened (read in two languages, each by its own lexicon');
    expect(renderMarkdownReport(c)).toMatch(/\*\*strengthened\*\* \(uncertain\)[^\n]*\n(?:.*\n)*?\s+- \*uncertain: read in two languages/);
    expect(renderHtmlReport(c)).toContain('strengthened (uncertain: languages differ)');
    // The same difference in one language is a finding: the texts say it.
    const same = compareTreaties(enBare, en).changes.find((x) => x.kinds.after === 'mutual-assistance')!;
    expect([same.change, same.uncertain]).toEqual(['strengthened', undefined]);
  });

  it('is uncertain when the two lexicons label one danger differently (threat against situation threatening peace); an attack against a threat stands (rv19 7)', () => {
    // Fictional: the same consultation clause in Russian and Korean.
    const ruC = parseTreaty('# Language: ru\n\nДоговор\n\nСтатья 4\n\nСтороны незамедлительно консультируются друг с другом всякий раз, когда, по мнению одной из Сторон, возникает ситуация, угрожающая безопасности любой из Сторон.\n', { id: 'ru-c' }).treaty;
    const koC = parseTreaty('# Language: ko\n\n조약\n\n제4조\n\n양 당사국은 어느 한 당사국의 의견으로 어느 한 당사국의 안전을 위협하는 사태가 발생할 때마다 지체 없이 서로 협의한다.\n', { id: 'ko-c' }).treaty;
    const c = compareTreaties(ruC, koC).changes.find((x) => x.kinds.before === 'consultation')!;
    expect([c.change, c.fields, c.details, c.uncertain]).toEqual(['weakened', ['trigger'], ['trigger: situation-threatening-peace → threat'], true]);
    expect(compareTreaties(ruC, koC).summary.changes.weakened).toBe(0);
    // A consultation on an attack against one on a threat, across languages, is a finding.
    const koAttack = parseTreaty('# Language: ko\n\n조약\n\n제4조\n\n어느 한 당사국이 무력 공격을 받는 경우 양 당사국은 지체 없이 서로 협의한다.\n', { id: 'ko-a' }).treaty;
    const d = compareTreaties(ruC, koAttack).changes.find((x) => x.kinds.before === 'consultation')!;
    expect([d.change, d.details, d.uncertain]).toEqual(['weakened', ['trigger: situation-threatening-peace → armed-attack'], undefined]);
  });

  it('stands when a field both readings found differs (will against may), and lineage marks the step as compareTreaties does', () => {
    const may = parseTreaty('# Language: en\n\nTreaty\n\nArticle 1\n\nIf either Party is subjected to an armed attack, the other Party may immediately extend to it military assistance with all the means at its disposal.\n', { id: 'en-may' }).treaty;
    const ruWill = parseTreaty('# Language: ru\n\nДоговор\n\nСтатья 1\n\nСтороны будут консультироваться по всем важным международным вопросам.\n', { id: 'ru-will' }).treaty;
    const enMay = parseTreaty('# Language: en\n\nTreaty\n\nArticle 1\n\nThe Parties may consult each other on all important international questions.\n', { id: 'en-may-c' }).treaty;
    const cons = compareTreaties(ruWill, enMay).changes.find((x) => x.kinds.before === 'consultation')!;
    expect([cons.change, cons.uncertain]).toEqual(['weakened', undefined]);
    expect(compareTreaties(en, may).changes.find((x) => x.kinds.after === 'mutual-assistance')?.uncertain).toBeUndefined();
    const steps = lineage([ru, en]).threads.find((t) => t.family === 'assistance')!.steps;
    expect([steps[1]!.change, steps[1]!.uncertain, steps[1]!.flags.includes('partial-witness')]).toEqual(['strengthened', true, false]);
  });
});

describe('a text that declares no language, in Latin letters but not English', () => {
  const german = 'Wird eine Partei von einem Staat angegriffen, so leistet ihr die andere Partei sofort militärische und sonstige Hilfe mit allen ihr zur Verfügung stehenden Mitteln.';
  it('is undetermined, not read with English rules: the comparison is uncertain, not a certain loss (plain text and AKN)', () => {
    const text = parseTreaty(`Pakt\n\nArticle 1\n\n${german}\n`, { source: 'de.txt' });
    expect(text.treaty.expressions[0]!.lang).toBe('und');
    expect(text.diagnostics.find((d) => d.code === 'LANGUAGE_UNDETERMINED')).toMatchObject({ severity: 'warning' });
    const akn = parseAkn(`<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="treaty"><body><article eId="art_1"><num>Article 1</num><content><p>${german}</p></content></article></body></act></akomaNtoso>`);
    expect(akn.treaty.expressions[0]!.lang).toBe('und');
    expect(akn.diagnostics.find((d) => d.code === 'AKN_NO_LANGUAGE')).toMatchObject({ severity: 'warning' });
    for (const t of [text.treaty, akn.treaty]) {
      const ma = compareTreaties(ENGLISH, t).changes.find((x) => x.kinds.before === 'mutual-assistance')!;
      expect([ma.change, ma.uncertain, ma.flags.includes('not-classified')]).toEqual(['removed', true, true]);
    }
    // English without a declaration is still read as English, terse English too; long German, French
    // or Spanish, with "in", "a" and the like everywhere, is not (review rv12).
    expect(parseTreaty('Pact\n\nArticle 1\n\nShould either Party be attacked by any State, the other Party shall at once give it military and other assistance.\n').treaty.expressions[0]!.lang).toBe('en');
    expect(parseTreaty(read('./fixtures/moved/terse-en.txt').replace(/^# Language:.*\n/m, '')).treaty.expressions[0]!.lang).toBe('en');
    expect(parseTreaty(read('./fixtures/unclassified/de-long.txt').replace(/^# Language:.*\n/m, '')).treaty.expressions[0]!.lang).toBe('und');
    for (const t of [
      'Les Parties se consultent sur toutes les questions internationales importantes qui touchent leurs intérêts communs et ne participent à aucune alliance dirigée contre l\'autre Partie. En cas d\'attaque armée contre une des Parties, l\'autre lui prête assistance.',
      'Las Partes se consultarán sobre todas las cuestiones internacionales importantes que afecten a sus intereses comunes y no participarán en ninguna alianza dirigida contra la otra Parte. En caso de ataque armado contra una de las Partes, la otra le prestará asistencia.',
    ])
      expect(parseTreaty(`Pacte\n\nArticle 1\n\n${t}\n`).treaty.expressions[0]!.lang, t.slice(0, 20)).toBe('und');
  });
});

describe('a gap that only fills in a table', () => {
  it('does not make a removal elsewhere uncertain; a torn sentence still does', () => {
    // old.txt's Art 1 (mutual assistance) is gone from table-gap.txt, which adds an Art 7 whose
    // coordinates table is missing after "listed below:".
    const old = parseTreaty(read('./fixtures/moved/old.txt')).treaty;
    const c = compareTreaties(old, parseTreaty(read('./fixtures/moved/table-gap.txt')).treaty);
    const ma = c.changes.find((x) => x.kinds.before === 'mutual-assistance')!;
    expect([ma.change, ma.uncertain ?? false]).toEqual(['removed', false]);
    expect(c.summary.changes.removed).toBe(1);
    const torn = read('./fixtures/moved/table-gap.txt').replace('follow the line through the points listed below: [MISSING', 'follow [MISSING');
    const t = compareTreaties(old, parseTreaty(torn).treaty).changes.find((x) => x.kinds.before === 'mutual-assistance')!;
    expect(t.uncertain).toBe(true);
    // After a colon, missing sentences (not a table) may hold it (review rv12).
    const rest = read('./fixtures/moved/table-gap.txt').replace('[MISSING: table of coordinates not reproduced in this copy]', '[MISSING: the rest of this article and all later articles]');
    expect(compareTreaties(old, parseTreaty(rest).treaty).changes.find((x) => x.kinds.before === 'mutual-assistance')!.uncertain).toBe(true);
    const step = lineage([old, parseTreaty(read('./fixtures/moved/table-gap.txt'), { id: 'table-gap' }).treaty]).threads.find((x) => x.family === 'assistance')!.steps[1]!;
    expect([step.change, step.uncertain ?? false]).toEqual(['removed', false]);
  });
});

describe('a merge or split that changes how many obligations of a kind a provision holds', () => {
  // Fictional (reviews rv11, rv12): mg-a Arts 2 and 3 each bind non-alliance, mg-b merges them and keeps
  // one sentence; sp-a Art 2 binds non-alliance once, sp-b splits it and adds a second such sentence.
  // The count alone cannot tell a dropped undertaking from one restated in two sentences or two merged
  // into one: compare pairs one with one (unchanged) and gives the surplus one a change of its own that is
  // uncertain (`count-differs`), never a finding; the lineage agrees there is no finding.
  const pair = (a: string, b: string) => [a, b].map((n) => parseTreaty(read(`./fixtures/moved/${n}.txt`), { id: n }).treaty) as [ReturnType<typeof parseTreaty>['treaty'], ReturnType<typeof parseTreaty>['treaty']];
  const na = (x: { kinds: { before?: string; after?: string } }) => x.kinds.before === 'non-alliance' || x.kinds.after === 'non-alliance';

  for (const [a, b, counts] of [['mg-a', 'mg-b', '2 → 1'], ['sp-a', 'sp-b', '1 → 2']] as const) {
    it(`${a} → ${b}: one unchanged change, and the surplus obligation (${counts}) an uncertain change of its own; the lineage agrees (rv22 F2)`, () => {
      const [x, y] = pair(a, b);
      const cmp = compareTreaties(x, y);
      const changes = cmp.changes.filter(na);
      const surplus = a === 'mg-a' ? 'removed' : 'added';
      expect(changes.map((c) => [c.change, c.uncertain ?? false])).toEqual([['unchanged', false], [surplus, true]]);
      expect(changes[0]!.details.join(' ')).toContain(`${counts} non-alliance obligations in these provisions`);
      expect(changes[1]!.flags).toContain('count-differs');
      expect(changes[1]!.details.join(' ')).toContain(`${counts} non-alliance obligations in these provisions, this one with no counterpart`);
      // Every obligation of both sides is in exactly one change.
      const held = (c: typeof cmp.classifications.left) => c.provisions.flatMap((p) => p.obligations).filter((o) => o.kind === 'non-alliance').length;
      expect(changes.filter((c) => c.before).length).toBe(held(cmp.classifications.left));
      expect(changes.filter((c) => c.after).length).toBe(held(cmp.classifications.right));
      expect(renderTextReport(cmp)).toContain('uncertain: the other side holds this kind of obligation too');
      expect(renderTextReport(cmp)).toMatch(new RegExp(`uncertain\\s+1 ${surplus}`));
      // (a merge continues both threads into the merged provision; a split is one step over both parts)
      const steps = lineage([x, y]).threads.filter((t) => t.family === 'non-alliance').map((t) => t.steps[1]!);
      expect(steps.length).toBeGreaterThan(0);
      expect(steps.every((st) => st.change === 'unchanged')).toBe(true);
    });
  }
});

describe('language tags with a region', () => {
  it('en-GB and en are one language: compared word by word, as two en texts are', () => {
    const old = parseTreaty(read('./fixtures/moved/old.txt')).treaty;
    const gb = parseTreaty(read('./fixtures/moved/new.txt').replace('# Language: English', '# Language: en-GB')).treaty;
    expect(gb.expressions[0]!.lang).toBe('en-GB');
    const us = compareTreaties(old, parseTreaty(read('./fixtures/moved/new.txt')).treaty);
    const c = compareTreaties(old, gb);
    expect(c.alignment.links.map((l) => l.relation)).toEqual(us.alignment.links.map((l) => l.relation));
    expect(c.alignment.links.every((l) => !l.flags.includes('cross-language'))).toBe(true);
    expect(c.diff.stats.words).toEqual(us.diff.stats.words);
    expect(c.changes.map((x) => x.change)).toEqual(us.changes.map((x) => x.change));
  });
});

describe('report labels of inserted and repeated articles', () => {
  it('say the number as printed: Art 4-2, Art 12b, Art 1bis; a repeated Article 4 is Art 4 (2nd)', async () => {
    const { provisionLabel } = await import('../src/render/report/text.js');
    expect(['art_4', 'art_4_2', 'art_12_b', 'art_1_bis', 'art_4-2', 'art_4-3__para_2'].map(provisionLabel)).toEqual(['Art 4', 'Art 4-2', 'Art 12b', 'Art 1bis', 'Art 4 (2nd)', 'Art 4 (3rd) ¶2']);
  });
});

describe('a Korean side written with Hanja words (read only in part: the lexicon reads Hangul)', () => {
  // Fictional wording: the same two articles in Hangul and with their key words in Hanja.
  const HANGUL = '# Language: ko\n\n우호조약\n\n제1조\n\n체약 일방이 무력 침공을 받는 경우 타방은 지체 없이 군사적 원조를 제공한다.\n\n제2조\n\n쌍방은 무역에 관하여 협력한다.\n';
  const HANJA = '# Language: ko\n\n友好條約\n\n제1조\n\n締約 一方이 武力 侵攻을 받는 境遇 他方은 遲滯 없이 軍事的 援助를 提供한다.\n\n제2조\n\n쌍방은 무역에 관하여 협력한다.\n';
  const hangul = parseTreaty(HANGUL, { id: 'hangul' }).treaty, hanja = parseTreaty(HANJA, { id: 'hanja' }).treaty;

  it('what it seems to lack is uncertain (partly-read), both ways; a Hangul side that lacks it is a finding', () => {
    const lost = compareTreaties(hangul, hanja).changes.find((x) => x.kinds.before === 'mutual-assistance')!;
    expect([lost.change, lost.uncertain, lost.flags.includes('partly-read')]).toEqual(['removed', true, true]);
    const gained = compareTreaties(hanja, hangul).changes.find((x) => x.kinds.after === 'mutual-assistance')!;
    expect([gained.change, gained.uncertain, gained.flags.includes('partly-read')]).toEqual(['added', true, true]);
    // The Hangul article that reads the same in both is not touched.
    expect(compareTreaties(hangul, hanja).changes.filter((x) => x.flags.includes('partly-read')).map((x) => x.kinds.before ?? x.kinds.after).sort()).toEqual(['mutual-assistance', 'other']);
    // The `other` read from the half-read Hanja article is no firm addition either (rv20 5).
    const other = compareTreaties(hangul, hanja).changes.find((x) => x.kinds.after === 'other')!;
    expect([other.change, other.uncertain, other.flags.includes('partly-read')]).toEqual(['added', true, true]);
    // Control: a Hangul version that really drops the obligation is a finding.
    const dropped = parseTreaty(HANGUL.replace('타방은 지체 없이 군사적 원조를 제공한다', '쌍방은 서로 존중한다'), { id: 'dropped' }).treaty;
    const real = compareTreaties(hangul, dropped).changes.find((x) => x.kinds.before === 'mutual-assistance')!;
    expect([real.change, real.uncertain ?? false, real.flags.includes('partly-read')]).toEqual(['removed', false, false]);
  });

  it('the reports say why (Korean in Hanja), in text, Markdown and HTML, and count it as uncertain', () => {
    const c = compareTreaties(hangul, hanja);
    expect(c.summary.uncertain?.removed).toBe(1);
    const text = renderTextReport(c);
    expect(text).toMatch(/uncertain {2}1 added · 1 removed \(a side is written partly in words its obligation lexicon does not read \(Korean in Hanja\)/);
    expect(text).toContain('! partly-read: a side is written partly in words its obligation lexicon does not read (Korean in Hanja)');
    expect(renderMarkdownReport(c)).toContain('Korean in Hanja');
    expect(renderHtmlReport(c)).toContain('Korean in Hanja');
    // The lineage's step label names the reason the same way.
    expect(changeLabel('removed', true, ['partly-read'])).toBe('removed (uncertain: partly read)');
  });

  it('the lineage says so too, both ways, as compareTreaties does', () => {
    const lost = lineage([hangul, hanja]).threads.find((t) => t.family === 'assistance')!.steps[1]!;
    expect([lost.change, lost.uncertain, lost.flags.includes('partly-read')]).toEqual(['removed', true, true]);
    expect(renderTextReport(lineage([hangul, hanja]))).toContain('removed (uncertain: partly read)');
    const gained = lineage([hanja, hangul]).threads.find((t) => t.family === 'assistance')!.steps[1]!;
    expect([gained.change, gained.uncertain, gained.flags.includes('partly-read')]).toEqual(['added', true, true]);
    const dropped = parseTreaty(HANGUL.replace('타방은 지체 없이 군사적 원조를 제공한다', '쌍방은 서로 존중한다'), { id: 'dropped' }).treaty;
    const real = lineage([hangul, dropped]).threads.find((t) => t.family === 'assistance')!.steps[1]!;
    expect([real.change, real.uncertain ?? false]).toEqual(['removed', false]);
  });
});

describe('the same Korean text in Hangul and with Hanja words, numbered alike (rv20 5)', () => {
  // Fictional: four articles; the Hanja text shares few words with the Hangul one, Articles 1 and 3 hardly any.
  const HANGUL = '# Language: ko\n\n조약\n\n제1조\n체약 일방이 무력침공을 받는 경우 체약 상대방은 지체없이 모든 수단으로 군사적 원조를 제공한다.\n\n제2조\n체약 쌍방은 상대방을 반대하는 어떠한 동맹에도 참가하지 아니한다.\n\n제3조\n체약 쌍방은 중요한 국제문제에 관하여 협의한다.\n\n제4조\n이 조약은 10년간 효력을 가진다.\n';
  const HANJA = '# Language: ko\n\n條約\n\n第1條\n締約 一方이 武力侵攻을 받는 境遇 締約 相對方은 遲滯없이 모든 手段으로 軍事的 援助를 提供한다.\n\n第2條\n締約 雙方은 相對方을 反對하는 어떠한 同盟에도 參加하지 아니한다.\n\n第3條\n締約 雙方은 重要한 國際問題에 關하여 協議한다.\n\n第4條\n이 條約은 10年間 效力을 가진다.\n';
  const hangul = parseTreaty(HANGUL, { id: 'hangul' }).treaty, hanja = parseTreaty(HANJA, { id: 'hanja' }).treaty;

  it('links article for article by number (not two removed and two added), and the summary says the Hanja side is read in part', () => {
    const c = compareTreaties(hangul, hanja);
    expect(c.diff.alignment.links.map((l) => `${l.left.join('+')}>${l.right.join('+')}`)).toEqual(['art_1>art_1', 'art_2>art_2', 'art_3>art_3', 'art_4>art_4']);
    expect(c.diff.alignment.links[0]!.evidence.some((e) => e.kind === 'structure' && /same number \(art_1\) in two languages or scripts/.test(e.detail ?? ''))).toBe(true);
    expect(c.summary.incomplete).toEqual({ after: { type: 'incomplete-side', provisions: [], outside: [], partlyRead: { provisions: ['art_1', 'art_2', 'art_3', 'art_4'] } } });
    const ladder = renderTextReport(c).split('\n').find((l) => l.includes('highest rung'))!;
    expect(ladder).toContain('right text read in part: 4 provisions (Art 1, Art 2, Art 3, Art 4) partly in a script the obligation lexicon does not read');
    expect(renderMarkdownReport(c)).toMatch(/\| highest commitment rung \| 5 [^|]*\| 0 \(none\) \(read in part\) \|/);
    // Every change it leads to is uncertain: none is a finding; the lineage says the same of the linked article.
    expect(Object.values(c.summary.changes).reduce((s, n) => s + n, 0)).toBe(0);
    for (const [a, b, change] of [[hangul, hanja, 'removed'], [hanja, hangul, 'added']] as const) {
      const step = lineage([a, b]).threads.find((t) => t.family === 'assistance')!.steps[1]!;
      expect([step.change, step.uncertain, step.flags.includes('partly-read')]).toEqual([change, true, true]);
    }
    // Control: two Hangul texts whose Article 3 differs wholly are not linked by number (same script).
    const other = parseTreaty(HANGUL.replace('체약 쌍방은 중요한 국제문제에 관하여 협의한다.', '양국은 어업 자원의 보존을 위하여 공동 조사를 실시한다.'), { id: 'other' }).treaty;
    expect(compareTreaties(hangul, other).diff.alignment.links.some((l) => l.left.includes('art_3') && l.right.includes('art_3') && l.evidence.some((e) => /in two languages or scripts/.test(e.detail ?? '')))).toBe(false);
  });
});

describe('Hangul and Hanja texts whose first articles share too few words (rv21 7)', () => {
  // Fictional: five articles; in Hanja, Articles 1 and 2 keep almost no Hangul word of their own.
  const HANGUL = '# Language: ko\n\n조약\n\n제1조\n체약 쌍방은 공동의 이익에 관계되는 모든 중요한 국제문제에 대하여 서로 협의한다.\n\n제2조\n체약 일방이 어떠한 국가로부터 무력침공을 당하는 경우 체약 상대방은 지체없이 모든 수단으로 군사적 및 기타 원조를 제공한다.\n\n제3조\n체약 쌍방은 상대방을 반대하는 어떠한 동맹에도 참가하지 않는다.\n\n제4조\n체약 쌍방은 무역과 문화교류를 발전시킨다.\n\n제5조\n이 조약은 비준서를 교환한 날부터 효력을 발생하며 10년간 유효하다.\n';
  const ART = ['締約 雙方은 共同의 利益에 關係되는 모든 重要한 國際問題에 對하여 서로 協議한다.', '締約 一方이 어떠한 國家로부터 武力侵攻을 當하는 境遇 締約 相對方은 遲滯없이 모든 手段으로 軍事的 및 其他 援助를 提供한다.', '締約 雙方은 相對方을 反對하는 어떠한 同盟에도 參加하지 않는다.', '締約 雙方은 貿易과 文化交流를 發展시킨다.', '이 條約은 批准書를 交換한 날부터 效力을 發生하며 10年間 有效하다.'];
  const hanja = (arts: string[]) => `# Language: ko\n\n條約\n\n${arts.map((a, i) => `第${i + 1}條\n${a}`).join('\n\n')}\n`;
  const links = (a: string, b: string) => compareTreaties(parseTreaty(a, { id: 'a' }).treaty, parseTreaty(b, { id: 'b' }).treaty).diff.alignment.links.map((l) => `${l.left.join('+')}>${l.right.join('+')}`);

  it('a run of unlinked same-numbered articles between linked ones (or the start) links by number', () => {
    expect(links(HANGUL, hanja(ART))).toEqual(['art_1>art_1', 'art_2>art_2', 'art_3>art_3', 'art_4>art_4', 'art_5>art_5']);
  });

  it('a renumbered Hanja successor is not linked by number: its shifted articles are no pairs', () => {
    const renumbered = hanja(['締約 雙方은 平和와 安全을 保障하기 爲하여 努力한다.', ART[0]!, ART[1]!, ART[3]!, ART[4]!]);
    const got = links(HANGUL, renumbered);
    for (const n of [1, 2, 3, 4]) expect(got).not.toContain(`art_${n}>art_${n}`);
  });
});

describe('one treaty in its two authentic languages, numbered alike (rv19 7)', () => {
  // Fictional: three articles in Russian and Korean; the middle one is read as `other` in Russian and
  // as defence cooperation in Korean.
  const RU = '# Language: ru\n\nДоговор\n\nСтатья 1\n\nНи одна из Сторон не допускает использования своей территории третьим государством для агрессии против другой Стороны.\n\nСтатья 2\n\nСтороны обмениваются информацией по вопросам общей обороны не реже двух раз в год.\n\nСтатья 3\n\nНастоящий Договор вступает в силу с даты обмена ратификационными грамотами.\n';
  const KO = '# Language: ko\n\n조약\n\n제1조\n\n어느 당사국도 제3국이 다른 당사국에 대한 침략을 위하여 자국 영토를 사용하는 것을 허용하지 아니한다.\n\n제2조\n\n양 당사국은 공동방위 문제에 관한 정보를 적어도 연 2회 교환한다.\n\n제3조\n\n이 조약은 비준서를 교환한 날부터 효력을 발생한다.\n';
  const ru = parseTreaty(RU, { id: 'ru' }).treaty, ko = parseTreaty(KO, { id: 'ko' }).treaty;

  it('links article for article: the middle one by its number, between linked neighbours', () => {
    const c = compareTreaties(ru, ko);
    const links = c.diff.alignment.links.map((l) => `${l.relation} ${l.left.join('+')}>${l.right.join('+')}`);
    expect(links).toContain('corresponding art_2>art_2');
    expect(links.filter((l) => l.startsWith('added') || l.startsWith('removed'))).toEqual([]);
    const art2 = c.diff.alignment.links.find((l) => l.left.includes('art_2'))!;
    expect(art2.evidence.some((e) => e.kind === 'structure' && /same number \(art_2\) in two languages/.test(e.detail ?? ''))).toBe(true);
  });

  it('a clause one lexicon places and the other reads as `other` is no finding: both changes uncertain', () => {
    const c = compareTreaties(ru, ko);
    const art2 = c.changes.filter((x) => x.left.includes('art_2'));
    expect(art2.map((x) => [x.change, x.kinds.before ?? x.kinds.after, x.uncertain]).sort()).toEqual([
      ['added', 'defense-cooperation', true],
      ['removed', 'other', true],
    ]);
    expect(c.summary.changes.added + c.summary.changes.removed).toBe(0);
  });
});

describe('one article numbered in parts `1)` in Russian and in paragraphs `1.` in Korean (rv20 3)', () => {
  // Fictional: the Russian text numbers the parts of Article 1 `1) 2) 3)` (read as points), the Korean
  // `1. 2. 3.` (read as paragraphs); the other articles are whole.
  const RU = '# Language: ru\n\nДоговор\n\nСтатья 1\n1) Стороны решают свои споры мирными средствами.\n2) Стороны сотрудничают в области торговли и культуры.\n3) Стороны консультируются по важным международным вопросам.\n\nСтатья 2\nКаждая Сторона обязуется не участвовать в каких-либо союзах, направленных против другой Стороны.\n\nСтатья 3\nНастоящий Договор действует в течение десяти лет.\n';
  const KO = '# Language: ko\n\n조약\n\n제1조\n1. 체약 쌍방은 분쟁을 평화적 수단으로 해결한다.\n2. 체약 쌍방은 무역과 문화 분야에서 협력한다.\n3. 체약 쌍방은 중요한 국제문제에 관하여 협의한다.\n\n제2조\n체약 쌍방은 상대방을 반대하는 어떠한 동맹에도 참가하지 아니한다.\n\n제3조\n이 조약은 10년간 효력을 가진다.\n';
  const ru = parseTreaty(RU, { id: 'ru' }).treaty, ko = parseTreaty(KO, { id: 'ko' }).treaty;

  it('links Article 1 with Article 1, not "removed" against three paragraphs "added", and its obligations are unchanged', () => {
    expect(ru.expressions[0]!.body[0]!.children.map((c) => c.eId)).toEqual(['art_1__point_1', 'art_1__point_2', 'art_1__point_3']);
    expect(ko.expressions[0]!.body[0]!.children.map((c) => c.eId)).toEqual(['art_1__para_1', 'art_1__para_2', 'art_1__para_3']);
    for (const [a, b] of [[ru, ko], [ko, ru]] as const) {
      const c = compareTreaties(a, b);
      const links = c.diff.alignment.links.map((l) => `${l.relation} ${l.left.join('+')}>${l.right.join('+')}`);
      expect(links).toEqual(['corresponding art_1>art_1', 'corresponding art_2>art_2', 'corresponding art_3>art_3']);
      const art1 = c.diff.alignment.links[0]!;
      expect(art1.evidence.some((e) => e.kind === 'structure' && /same number \(art_1\) in two languages or scripts/.test(e.detail ?? ''))).toBe(true);
      expect(c.changes.filter((x) => x.left.includes('art_1')).map((x) => [x.kinds.before, x.change]).sort()).toEqual([
        ['consultation', 'unchanged'], ['cooperation', 'unchanged'], ['peaceful-settlement', 'unchanged'],
      ]);
      expect(c.summary.changes.added + c.summary.changes.removed).toBe(0);
    }
  });

  it('a Korean article with paragraphs against a Russian one with as many paragraphs links them in order', () => {
    const ruDot = parseTreaty(RU.replace(/^(\d)\) /gm, '$1. '), { id: 'rudot' }).treaty;
    const c = compareTreaties(ruDot, ko);
    expect(c.diff.alignment.links.map((l) => `${l.relation} ${l.left.join('+')}>${l.right.join('+')}`)).toEqual(['corresponding art_1>art_1', 'corresponding art_2>art_2', 'corresponding art_3>art_3']);
  });
});

describe('an article that opens with a paragraph of editorial notes alone (rv21 3)', () => {
  // Fictional: the text writer prints an Akoma Ntoso division over an article as such a note block.
  const PLAIN = 'Pact\n\nArticle 1\n\nNeither Party shall join any alliance directed against the other Party.\n\nArticle 2\n\nThe Parties shall consult each other.\n';
  const NOTED = PLAIN.replace('Article 1\n\n', 'Article 1\n\n[part: Part Two Final Provisions]\n\n');

  it('compares as the same article, its obligation unchanged, both ways', () => {
    const a = parseTreaty(PLAIN, { id: 'plain' }).treaty, b = parseTreaty(NOTED, { id: 'noted' }).treaty;
    // The note stays in the model, the article's own (rv23 9: as a paragraph of its own it shifted the paragraph eIds).
    expect(b.expressions[0]!.body[0]!.content).toEqual([{ type: 'note', value: 'part: Part Two Final Provisions' }]);
    expect(b.expressions[0]!.body[0]!.children.map((c) => c.eId)).toEqual(['art_1__para_1']);
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const c = compareTreaties(x, y);
      expect(c.diff.alignment.links.map((l) => `${l.relation} ${l.left.join('+')}>${l.right.join('+')}`)).toEqual(['same art_1>art_1', 'same art_2>art_2']);
      expect(c.changes.map((ch) => [ch.kinds.before ?? ch.kinds.after, ch.change])).toEqual([['non-alliance', 'unchanged'], ['consultation', 'unchanged']]);
    }
  });
});

describe('a cooperation treaty across languages: the field of cooperation tells articles apart where no word can (rv21 8)', () => {
  // Fictional texts: a Russian agreement (trade, culture, science, entry into force) and its Korean
  // successor (transport inserted first, science dropped), numbered alike.
  const ru = '# Title: Соглашение о сотрудничестве между Руританией и Фридонией\n# Language: Russian\n\nСтатья 1\nСтороны развивают торговлю между двумя государствами.\n\nСтатья 2\nСтороны развивают сотрудничество в области культуры и искусства.\n\nСтатья 3\nСтороны развивают сотрудничество в области науки и техники.\n\nСтатья 4\nНастоящее Соглашение вступает в силу в день его подписания.\n';
  const ko = '# Title: 루리타니아와 프리도니아 사이의 협조에 관한 협정\n# Language: Korean\n\n제1조\n체약 쌍방은 철도와 항공 운수 분야에서 협조를 발전시킨다.\n\n제2조\n체약 쌍방은 두 나라 사이의 무역 분야에서 협조를 발전시킨다.\n\n제3조\n체약 쌍방은 문화와 예술 분야에서 협조를 발전시킨다.\n\n제4조\n이 협정은 서명한 날부터 효력을 발생한다.\n';
  const links = (a: string, b: string) =>
    compareTreaties(parseTreaty(a, { id: 'a' }).treaty, parseTreaty(b, { id: 'b' }).treaty).diff.alignment.links.map((l) => `${l.left.join('+') || '—'}>${l.right.join('+') || '—'}`).sort();

  it('links trade with trade and culture with culture, not article 1 with article 1; science is removed and transport added', () => {
    expect(links(ru, ko)).toEqual(['—>art_1', 'art_1>art_2', 'art_2>art_3', 'art_3>—', 'art_4>art_4'].sort());
  });

  it('the same articles in the same order still link by number', () => {
    const ko2 = ko.replace('철도와 항공 운수 분야에서', '두 나라 사이의 무역 분야에서').replace('두 나라 사이의 무역 분야에서 협조를 발전시킨다.\n\n제3조', '문화와 예술 분야에서 협조를 발전시킨다.\n\n제3조').replace('제3조\n체약 쌍방은 문화와 예술 분야에서', '제3조\n체약 쌍방은 과학과 기술 분야에서');
    expect(links(ru, ko2)).toEqual(['art_1>art_1', 'art_2>art_2', 'art_3>art_3', 'art_4>art_4']);
  });
});

describe('a treaty with a header and no text says nothing by leaving obligations out (rv22 F7)', () => {
  const text = (id: string, year: number) => `# Id: ${id}\n# Signed: ${year}-01-01\n\nArticle 1\n\nIf either Party is subjected to an armed attack, the other Party shall immediately render it military assistance.\n\nArticle 2\n\nNeither Party shall join any alliance directed against the other.\n`;
  const a = parseTreaty(text('rf-a', 1990), { source: 'a.txt' }).treaty;
  const c = parseTreaty(text('rf-c', 2010), { source: 'c.txt' }).treaty;
  const empty = parseTreaty('# Id: rf-empty\n# Signed: 1995-01-01\n# Language: English\n# Grade: authentic\n', { source: 'empty.txt' }).treaty;

  it('lineage: its steps are uncertain removals, and the return after it an uncertain addition', () => {
    const l = lineage([a, empty, c]);
    expect(l.threads).toHaveLength(2);
    for (const th of l.threads) {
      expect(th.steps.map((s) => [s.change ?? '', s.uncertain === true])).toEqual([['', false], ['removed', true], ['added', true]]);
    }
  });

  it('compareTreaties: nothing is certainly removed', () => {
    const cmp = compareTreaties(a, empty);
    expect(cmp.changes.filter((ch) => ch.change === 'removed')).toHaveLength(2);
    expect(cmp.changes.every((ch) => ch.uncertain === true)).toBe(true);
    // A side with no text has no language: nothing was compared across languages.
    expect(cmp.changes.some((ch) => ch.flags.includes('cross-language'))).toBe(false);
    // A treaty with a text of its own still loses them for certain.
    const none = parseTreaty('# Id: rf-b\n# Signed: 1995-01-01\n\nArticle 1\n\nThe Parties shall develop trade.\n', { source: 'b.txt' }).treaty;
    expect(lineage([a, none]).threads.every((th) => th.steps[1]!.change === 'removed' && !th.steps[1]!.uncertain)).toBe(true);
  });
});

describe('a Korean and Russian text compared with a Russian successor is read in Russian (rv22 F10)', () => {
  const koru = '# Id: rf-1990\n# Authentic languages: Korean; Russian\n# Language: Korean\n# Grade: authentic\n\n제1조\n일방이 무력 침공을 받는 경우 타방은 지체없이 군사적 원조를 제공한다.\n\n--- Witness: ru ---\n# Language: Russian\n# Grade: authentic\n\nСтатья 1\nВ случае вооружённого нападения на одну из Сторон другая Сторона незамедлительно оказывает ей военную помощь.\n';
  const ru = '# Id: rf-2000\n# Language: Russian\n# Grade: authentic\n\nСтатья 1\nВ случае угрозы одной из Сторон Стороны незамедлительно вступают в контакт друг с другом.\n';

  it('obligations are read from the witness in the shared language, so nothing is flagged cross-language', () => {
    const a = parseTreaty(koru, { source: 'koru.txt' }).treaty, b = parseTreaty(ru, { source: 'ru.txt' }).treaty;
    expect(a.expressions.map((e) => e.lang)).toEqual(['ko', 'ru']);
    const c = compareTreaties(a, b);
    expect(c.classifications.left.provisions.map((p) => p.witness.lang)).toEqual(['ru']);
    const ch = c.changes.find((x) => x.kinds.before === 'mutual-assistance')!;
    expect([ch.change, ch.rung.before, ch.rung.after]).toEqual(['reframed', 5, 1]);
    expect(c.changes.some((x) => x.flags.includes('cross-language'))).toBe(false);
    // Compared with a Korean successor, the same file is read in Korean.
    const ko = parseTreaty('# Id: rf-2000k\n# Language: Korean\n# Grade: authentic\n\n제1조\n일방이 위협을 받는 경우 쌍방은 지체없이 서로 접촉한다.\n', { source: 'ko.txt' }).treaty;
    expect(compareTreaties(a, ko).classifications.left.provisions.map((p) => p.witness.lang)).toEqual(['ko']);
  });
});

describe('articles declared missing between two articles make their obligations uncertain, not the article before (rv22 F5)', () => {
  const a = parseTreaty('# Id: rf-a\n\nArticle 1\n\nThe Parties shall consult each other on international questions.\n\nArticle 2\n\nIf either Party is subjected to an armed attack, the other Party shall immediately render it military assistance.\n\nArticle 3\n\nNeither Party shall join any alliance directed against the other.\n\nArticle 4\n\nThis Pact shall enter into force on signature.\n', { source: 'a.txt' }).treaty;
  const b = parseTreaty('# Id: rf-b\n\nArticle 1\n\nThe Parties shall consult each other on international questions.\n\nArticle 2\n\nIf either Party is threatened with aggression, the Parties shall immediately contact each other.\n\n[MISSING: Article 3 not reproduced in this source]\n\nArticle 4\n\nThis Pact shall enter into force on signature.\n', { source: 'b.txt' }).treaty;

  it('non-alliance is an uncertain removal; assistance → contact, whose text is complete, a certain one', () => {
    const c = compareTreaties(a, b);
    const na = c.changes.find((x) => x.kinds.before === 'non-alliance')!;
    expect([na.change, na.uncertain]).toEqual(['removed', true]);
    const ma = c.changes.find((x) => x.kinds.before === 'mutual-assistance')!;
    expect(ma.change).toBe('reframed');
    expect(ma.uncertain ?? false).toBe(false);
    expect(ma.flags).not.toContain('partial-witness');
    // And in a lineage: the assistance step is a finding; the non-alliance one is not.
    const l = lineage([a, b]);
    const step = (family: string) => l.threads.find((th) => th.family === family)!.steps[1]!;
    expect([step('assistance').change, step('assistance').uncertain ?? false]).toEqual(['reframed', false]);
    expect([step('non-alliance').change, step('non-alliance').uncertain]).toEqual(['removed', true]);
  });
});

describe('Korean ↔ Russian after a dropped non-aggression article (rv22 F4)', () => {
  // Fictional treaties written for review rv22: Art 2 non-aggression and Art 3 mutual assistance in 1990;
  // in 2000 non-aggression is dropped and Art 2 is a contact clause.
  const load = (name: string) => parseTreaty(read(`./fixtures/rv22/${name}`), { source: name }).treaty;

  for (const [x, y] of [['a1990.ko.txt', 'b2000.ru.txt'], ['a1990.ru.txt', 'b2000.ko.txt']] as const)
    it(`${x} → ${y}: assistance is reframed as contact (5 → 1) and non-aggression dropped, as compare and lineage both say`, () => {
      const a = load(x), b = load(y);
      const c = compareTreaties(a, b);
      const links = c.diff.alignment.links.map((l) => `${l.left.join('+') || '—'}>${l.right.join('+') || '—'}`);
      expect(links).toContain('art_3>art_2');
      expect(links).toContain('art_2>—');
      const ma = c.changes.find((ch) => ch.kinds.before === 'mutual-assistance')!;
      expect([ma.change, ma.rung.before, ma.rung.after]).toEqual(['reframed', 5, 1]);
      const step = lineage([a, b]).threads.find((th) => th.family === 'assistance')!.steps[1]!;
      expect([step.change, step.rung]).toEqual(['reframed', 1]);
    });
});
