// The built-in corpus as users see it: listCorpus, loadCorpusTreaty, corpusReport, the claims the
// metadata must carry, the witness structure of each treaty, and the gold files' consistency.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusCoverage, corpusIds, corpusReport, listCorpus, loadCorpusTreaty } from '../src/corpus/index.js';
import { isTreatyDiffError } from '../src/model/errors.js';
import { allProvisions, provisionText, topLevelProvisions } from '../src/model/content.js';
import { witnessesOf, witnessKeys } from '../src/model/witness.js';
import type { Treaty } from '../src/model/types.js';

const IDS = ['1961-ussr-dprk', '2000-russia-dprk', '2024-russia-dprk'];
const root = join(import.meta.dirname, '..');

function claims(t: Treaty, topic: string, subject?: string) {
  return t.claims.filter((c) => c.topic === topic && (subject === undefined || c.subject === subject));
}

/** Every eId a treaty's witnesses give text for (witness keys of top-level provisions and all nested eIds). */
function unitsWithText(t: Treaty): Set<string> {
  const s = new Set<string>();
  for (const e of t.expressions) {
    for (const p of topLevelProvisions(e)) if (provisionText(p).replace(/\u2026/g, '').trim()) for (const k of witnessKeys(p)) s.add(k);
    for (const p of allProvisions(e)) if (p.type === 'paragraph' && provisionText(p).replace(/\u2026/g, '').trim()) s.add(p.eId);
  }
  return s;
}

function allEIds(t: Treaty): Set<string> {
  const s = new Set<string>();
  for (const e of t.expressions) for (const p of allProvisions(e)) {
    s.add(p.eId);
    for (const r of p.refersTo ?? []) s.add(r);
  }
  return s;
}

describe('listCorpus / loadCorpusTreaty', () => {
  it('lists the three treaties oldest first, with witnesses, lifecycle and coverage', () => {
    const list = listCorpus();
    expect(list.map((e) => e.id)).toEqual(IDS);
    expect(corpusIds()).toEqual(IDS);
    for (const e of list) {
      expect(e.witnesses.length).toBeGreaterThan(0);
      expect(e.lifecycle.length).toBeGreaterThan(0);
      for (const w of e.witnesses) {
        expect(w.citation.length).toBeGreaterThan(0);
        expect(w.covers.length).toBeGreaterThan(0);
      }
      // best grade first
      const ranks = e.witnesses.map((w) => ['authentic', 'official-translation', 'unofficial-translation', 'report'].indexOf(w.grade));
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    }
    const [t1961, t2000, t2024] = list;
    expect(t1961!.coverage.knownArticles).toBe(6);
    expect(t1961!.coverage.articlesPresent).toEqual(['art_1', 'art_2', 'art_3', 'art_4', 'art_5']);
    expect(t1961!.coverage.articlesPartial).toEqual(['art_5']);
    expect(t1961!.coverage.articlesMissing).toEqual(['art_6']);
    expect(t1961!.coverage.preamblePresent).toBe(true);
    expect(t2000!.coverage.knownArticles).toBeNull();
    expect(t2000!.coverage.articlesPresent).toEqual([]);
    expect(t2000!.coverage.otherUnits).toEqual(expect.arrayContaining(['rep_principles', 'rep_non-support', 'rep_contact', 'rep_non-alliance', 'rep_un-charter', 'rep_third-countries', 'rep_duration']));
    expect(t2024!.coverage.knownArticles).toBe(23);
    expect(t2024!.coverage.preamblePresent).toBe(true);
    expect(t2024!.coverage.articlesPresent).toEqual(expect.arrayContaining(['art_1', 'art_2', 'art_3', 'art_4', 'art_5', 'art_8', 'art_16', 'art_22', 'art_23']));
    expect(t2024!.coverage.articlesMissing).toEqual(expect.arrayContaining(['art_9', 'art_11', 'art_21']));
    expect(t2024!.coverage.articlesMissing).not.toContain('art_4');
    expect(t2024!.coverage.reportOnly).toEqual(expect.arrayContaining(['art_6', 'art_7']));
  });

  it('throws UNKNOWN_TREATY listing the known ids', () => {
    try {
      loadCorpusTreaty('1953-usa-rok');
      expect.unreachable();
    } catch (e) {
      expect(isTreatyDiffError(e)).toBe(true);
      if (isTreatyDiffError(e)) {
        expect(e.code).toBe('UNKNOWN_TREATY');
        for (const id of IDS) expect(e.hint).toContain(id);
      }
    }
  });

  it('returns deep copies that survive a JSON round trip', () => {
    const a = loadCorpusTreaty('1961-ussr-dprk');
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    a.expressions[0]!.body.length = 0;
    a.claims.length = 0;
    const b = loadCorpusTreaty('1961-ussr-dprk');
    expect(b.expressions[0]!.body.length).toBeGreaterThan(0);
    expect(b.claims.length).toBeGreaterThan(0);
    const l = listCorpus();
    l[0]!.witnesses.length = 0;
    expect(listCorpus()[0]!.witnesses.length).toBeGreaterThan(0);
    expect(corpusCoverage(b)).toEqual(listCorpus()[0]!.coverage);
  });
});

describe('metadata claims, each with its source', () => {
  it('every claim cites a source', () => {
    for (const id of IDS) for (const c of loadCorpusTreaty(id).claims) expect(c.source.citation.trim().length).toBeGreaterThan(10);
  });

  it('1961: signature in Moscow, and both end dates kept (1995 Gibler preferred, 1996 unattested)', () => {
    const t = loadCorpusTreaty('1961-ussr-dprk');
    expect(t.signed).toEqual({ date: '1961-07-06', place: 'Moscow' });
    expect(t.authenticLanguages).toEqual(['ru', 'ko']);
    const end = claims(t, 'termination');
    expect(end.map((c) => c.value)).toEqual(['1995-09-07', '1996']);
    expect(end[0]!.preferred).toBe(true);
    expect(end[0]!.source.citation).toContain('Gibler');
    expect(end[1]!.preferred).toBeUndefined();
    expect(end[1]!.source.citation).toMatch(/not attested in data\/sources/i);
  });

  it('2000: ratifications exchanged 30 Oct 2000 (Maeil Shinmun), terminated 4 Dec 2024 (TASS)', () => {
    const t = loadCorpusTreaty('2000-russia-dprk');
    expect(t.signed).toEqual({ date: '2000-02-09', place: 'Pyongyang' });
    const eif = claims(t, 'entry-into-force');
    expect(eif.map((c) => c.value)).toEqual(['2000-10-30']);
    expect(eif[0]!.source.citation).toContain('Maeil Shinmun');
    const end = claims(t, 'termination');
    expect(end.map((c) => c.value)).toEqual(['2024-12-04']);
    expect(end[0]!.source.citation).toContain('TASS');
    expect(claims(t, 'duration')[0]!.value).toContain('10 years');
  });

  it('2024: signed 19 June 2024 in Pyongyang, in force 4 Dec 2024; consultation clause Art 3 preferred over TASS "Article 4"', () => {
    const t = loadCorpusTreaty('2024-russia-dprk');
    expect(t.signed).toEqual({ date: '2024-06-19', place: 'Pyongyang' });
    expect(claims(t, 'entry-into-force').map((c) => c.value)).toEqual(['2024-12-04']);
    const art3 = claims(t, 'article-number', 'art_3');
    const preferred = art3.filter((c) => c.preferred);
    expect(preferred.map((c) => c.value)).toEqual(['3']);
    expect(preferred[0]!.note).toMatch(/Korean/);
    const tass = art3.find((c) => c.value === '4');
    expect(tass?.source.citation).toContain('TASS');
    expect(tass?.preferred).toBeUndefined();
    expect(claims(t, 'article-number', 'kcna_para_3')[0]!.value).toBe('unknown');
  });
});

describe('witness structure', () => {
  it('2000 has only report-grade expressions, linked to the contract eIds', () => {
    const t = loadCorpusTreaty('2000-russia-dprk');
    expect(t.expressions.length).toBe(7);
    expect(new Set(t.expressions.map((e) => e.grade))).toEqual(new Set(['report']));
    for (const id of ['rep_principles', 'rep_non-support', 'rep_contact', 'rep_non-alliance', 'rep_un-charter', 'rep_third-countries', 'rep_duration'])
      expect(witnessesOf(t, id).length, id).toBeGreaterThan(0);
    expect(witnessesOf(t, 'rep_contact').length).toBeGreaterThanOrEqual(2);
    const art3 = t.expressions.flatMap((e) => e.body).find((p) => p.eId === 'art_3');
    expect(art3?.refersTo).toEqual(['rep_non-alliance']);
    expect(provisionText(art3!)).toContain('Article 3 of the Treaty');
  });

  it('2024 Art 4 has at least four English witnesses, and Korean ones, all linked to art_4', () => {
    const t = loadCorpusTreaty('2024-russia-dprk');
    const ws = witnessesOf(t, 'art_4');
    expect(ws.filter((w) => w.expression.lang === 'en').length).toBeGreaterThanOrEqual(4);
    expect(ws.filter((w) => w.expression.lang === 'ko').length).toBeGreaterThanOrEqual(1);
    expect(ws.filter((w) => w.expression.lang === 'en').map((w) => w.expression.id)).toContain('en-kcna');
  });

  it('2024 KCNA English: unnumbered paragraphs mapped to art_1, art_2, kcna_para_3, art_3, art_4; the news lead kept as a note', () => {
    const t = loadCorpusTreaty('2024-russia-dprk');
    const kcna = t.expressions.find((e) => e.id === 'en-kcna')!;
    expect(kcna.grade).toBe('unofficial-translation');
    expect(kcna.body.map((p) => p.eId)).toEqual(['art_1', 'art_2', 'kcna_para_3', 'art_3', 'art_4']);
    expect(kcna.preamble).toBeUndefined();
    expect(kcna.notes.some((n) => n.type === 'note' && n.value.includes('Pyongyang, June 20 (KCNA)'))).toBe(true);
    expect(provisionText(kcna.body[3]!)).toMatch(/^In case a direct threat of armed invasion/);
  });

  it('1961: Art 1 has two paragraphs in the UNTS text and a Korean witness; grades as documented', () => {
    const t = loadCorpusTreaty('1961-ussr-dprk');
    expect(t.expressions.map((e) => [e.id, e.lang, e.grade])).toEqual([
      ['en-unts', 'en', 'official-translation'],
      ['ko-kinu', 'ko', 'authentic'],
    ]);
    const ws = witnessesOf(t, 'art_1');
    expect(ws.map((w) => w.expression.id).sort()).toEqual(['en-unts', 'ko-kinu']);
    const en = t.expressions[0]!.body.find((p) => p.eId === 'art_1')!;
    expect(en.children.map((c) => c.eId)).toEqual(['art_1__para_1', 'art_1__para_2']);
  });

  it('expression ids are unique and every eId is well formed', () => {
    for (const id of IDS) {
      const t = loadCorpusTreaty(id);
      expect(new Set(t.expressions.map((e) => e.id)).size).toBe(t.expressions.length);
    }
  });
});

describe('corpusReport', () => {
  it('says per treaty what the corpus holds and lacks', () => {
    const r = corpusReport();
    expect(r.treaties.map((t) => t.id)).toEqual(IDS);
    const [a, b, c] = r.treaties;
    expect(a!.lifecycleDisputed).toEqual(['termination']);
    expect(a!.lifecycleUnknown).toEqual(['entry-into-force']);
    expect(a!.authenticLanguagesMissing).toEqual(['ru']);
    expect(a!.lacks.join('\n')).toMatch(/Articles with no text in any witness: 6/);
    expect(b!.grades.find((g) => g.grade === 'report')!.count).toBe(7);
    expect(b!.lacks.join('\n')).toMatch(/every witness is a report/);
    expect(b!.lacks.join('\n')).toMatch(/number of articles/);
    expect(c!.holds.join('\n')).toMatch(/Known only from reports/);
    for (const t of r.treaties) {
      expect(t.holds.length).toBeGreaterThan(0);
      expect(t.lacks.length).toBeGreaterThan(0);
    }
  });
});

describe('gold files', () => {
  const concordance = JSON.parse(readFileSync(join(root, 'data/gold/concordance.json'), 'utf8'));
  const obligations = JSON.parse(readFileSync(join(root, 'data/gold/obligations.json'), 'utf8'));
  const treaties = new Map(IDS.map((id) => [id, loadCorpusTreaty(id)]));

  it('concordance: valid relations, existing eIds, a comment per pair, all three ordered treaty pairs', () => {
    expect(concordance.version).toBe(1);
    const seen = new Set<string>();
    for (const p of concordance.pairs) {
      expect(['same-subject', 'split', 'merged', 'weakened', 'strengthened']).toContain(p.relation);
      expect(p.comment.length).toBeGreaterThan(40);
      expect(IDS.indexOf(p.left.treaty)).toBeLessThan(IDS.indexOf(p.right.treaty));
      for (const side of [p.left, p.right]) {
        // Every gold unit must exist and have text in some witness: a pair no text could reveal is not gold for an aligner.
        const ids = allEIds(treaties.get(side.treaty)!);
        const withText = unitsWithText(treaties.get(side.treaty)!);
        for (const e of side.eIds) {
          expect(ids.has(e), `${side.treaty} ${e}`).toBe(true);
          expect(withText.has(e), `${side.treaty} ${e} has no text`).toBe(true);
        }
      }
      if (p.relation === 'split') expect(p.right.eIds.length).toBeGreaterThan(1);
      seen.add(`${p.left.treaty}>${p.right.treaty}`);
    }
    expect([...seen].sort()).toEqual(['1961-ussr-dprk>2000-russia-dprk', '1961-ussr-dprk>2024-russia-dprk', '2000-russia-dprk>2024-russia-dprk']);
    const key = (p: { left: { eIds: string[] }; right: { eIds: string[] } }) => `${p.left.eIds.join()}>${p.right.eIds.join()}`;
    expect(concordance.pairs.map(key)).toEqual(expect.arrayContaining(['art_1__para_2>rep_contact', 'rep_contact>art_3', 'art_1__para_2>art_3,art_4', 'art_2>rep_non-alliance', 'rep_non-alliance>art_5', 'art_2>art_5']));
  });

  it('obligations: every provision with text is annotated once, with the fixed vocabulary and ladder', () => {
    const KINDS = ['mutual-assistance', 'consultation', 'non-aggression', 'neutrality', 'non-alliance', 'defense-cooperation', 'cooperation', 'peaceful-settlement', 'principles', 'final-clause', 'other'];
    const keys = new Set<string>();
    for (const e of obligations.entries) {
      const k = `${e.treaty} ${e.eId}`;
      expect(keys.has(k), k).toBe(false);
      keys.add(k);
      expect(e.kinds.length).toBeGreaterThan(0);
      for (const kind of e.kinds) expect(KINDS).toContain(kind);
      expect([0, 1, 2, 3, 4, 5]).toContain(e.commitment);
      if (e.kinds.includes('consultation')) expect(typeof e.crisis).toBe('boolean');
      else expect(e.crisis).toBeNull();
      if (e.commitment >= 4) expect(e.kinds).toContain('mutual-assistance');
      if (e.commitment >= 1 && e.commitment <= 3) expect(e.kinds).toContain('consultation');
      expect(e.comment.length).toBeGreaterThan(20);
    }
    for (const [id, t] of treaties) {
      const units = unitsWithText(t);
      for (const u of units) expect(keys.has(`${id} ${u}`), `${id} ${u} has text but no gold entry`).toBe(true);
      for (const e of obligations.entries.filter((x: { treaty: string }) => x.treaty === id)) expect(units.has(e.eId), `${id} ${e.eId} has no text`).toBe(true);
    }
  });

  it('obligations gold encodes the lineage 5 -> 1 -> 5 with 3 added in 2024', () => {
    const rung = (t: string, e: string) => obligations.entries.find((x: { treaty: string; eId: string }) => x.treaty === t && x.eId === e)?.commitment;
    expect(rung('1961-ussr-dprk', 'art_1__para_2')).toBe(5);
    expect(rung('2000-russia-dprk', 'rep_contact')).toBe(1);
    expect(rung('2024-russia-dprk', 'art_4')).toBe(5);
    expect(rung('2024-russia-dprk', 'art_3')).toBe(3);
  });
});

describe('browser safety', () => {
  it('bundles for the browser and runs in a sandbox without Node globals', async () => {
    const { build } = await import('esbuild');
    const r = await build({
      entryPoints: [join(root, 'src/corpus/index.ts')],
      bundle: true,
      format: 'iife',
      globalName: 'corpus',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.values(r.metafile!.inputs).flatMap((i) => i.imports.map((x) => x.path));
    expect(inputs.filter((p) => p.startsWith('node:'))).toEqual([]);
    const { runInNewContext } = await import('node:vm');
    const sandbox: Record<string, unknown> = {};
    runInNewContext(`${r.outputFiles![0]!.text}\nglobalThis.result = JSON.stringify(corpus.listCorpus().map((e) => [e.id, e.witnesses.length]));`, sandbox);
    expect(JSON.parse(sandbox.result as string)).toEqual(listCorpus().map((e) => [e.id, e.witnesses.length]));
    expect(runInNewContext('typeof process + typeof Buffer + typeof require', {})).toBe('undefinedundefinedundefined');
  });

  it('the corpus entry modules use no node: imports or Node globals', () => {
    const dir = join(root, 'src/corpus');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const src = readFileSync(join(dir, f), 'utf8');
      expect(src, f).not.toMatch(/from ['"]node:|require\(|\bprocess\.|\bBuffer\b/);
    }
  });
});
