/**
 * The classifier on the built-in corpus: agreement with data/gold/obligations.json on every
 * security kind (kinds, ladder rung, crisis flag), evidence that is exactly the text it cites,
 * report witnesses flagged, translation invariance on the four English renderings of 2024 Art 4,
 * and byte-identical JSON across runs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyText, classifyTreaty, SECURITY_KINDS } from '../src/classify/index.js';
import type { ObligationKind, ProvisionClassification } from '../src/classify/index.js';
import { compareObligations } from '../src/compare/index.js';
import { corpusIds, loadCorpusTreaty } from '../src/corpus/index.js';
import { provisionText } from '../src/model/content.js';
import { findProvision } from '../src/model/content.js';

interface GoldEntry {
  treaty: string;
  eId: string;
  kinds: ObligationKind[];
  commitment: number;
  crisis: boolean | null;
}
const gold = (JSON.parse(readFileSync(new URL('../data/gold/obligations.json', import.meta.url), 'utf8')) as { entries: GoldEntry[] }).entries;
const treaties = new Map(corpusIds().map((id) => [id, loadCorpusTreaty(id)]));
const classified = new Map([...treaties].map(([id, t]) => [id, classifyTreaty(t)]));

function entry(treaty: string, eId: string): ProvisionClassification | undefined {
  const c = classified.get(treaty)!;
  for (const p of c.provisions) {
    if (p.eId === eId) return p;
    for (const q of p.paragraphs ?? []) if (q.eId === eId) return q;
  }
  return undefined;
}

const security = (kinds: readonly string[]) => [...new Set(kinds.filter((k) => SECURITY_KINDS.includes(k as ObligationKind)))].sort();

describe('classifier against data/gold/obligations.json', () => {
  it('covers the gold entries', () => {
    expect(gold.length).toBeGreaterThan(20);
    for (const g of gold) expect(entry(g.treaty, g.eId), `${g.treaty} ${g.eId}`).toBeDefined();
  });

  for (const g of gold) {
    it(`${g.treaty} ${g.eId}: security kinds ${security(g.kinds).join(', ') || '(none)'}, rung ${g.commitment}${g.crisis === null ? '' : `, crisis ${g.crisis}`}`, () => {
      const e = entry(g.treaty, g.eId)!;
      const got = e.obligations.map((o) => o.kind);
      expect(security(got)).toEqual(security(g.kinds));
      expect(e.commitment).toBe(g.commitment);
      if (g.crisis !== null) expect(e.obligations.filter((o) => o.kind === 'consultation').some((o) => o.crisis === true)).toBe(g.crisis);
    });
  }

  it('prints agreement on all kinds (security and others) for the record', () => {
    let same = 0;
    const diffs: string[] = [];
    for (const g of gold) {
      const got = [...new Set(entry(g.treaty, g.eId)!.obligations.map((o) => o.kind))].sort();
      if (got.join() === [...g.kinds].sort().join()) same++;
      else diffs.push(`${g.treaty} ${g.eId}: gold ${[...g.kinds].sort().join(',')} · got ${got.join(',')}`);
    }
    console.log(`all-kind agreement ${same}/${gold.length}\n  ${diffs.join('\n  ')}`);
    expect(same).toBeGreaterThan(gold.length / 2);
  });
});

describe('evidence and witnesses', () => {
  it('every obligation has evidence for every field, and each span is exactly the cited text', () => {
    for (const [id, c] of classified) {
      const t = treaties.get(id)!;
      for (const p of c.provisions) {
        const e = t.expressions.find((x) => x.id === p.witness.expressionId)!;
        const prov = [...e.body, ...(e.preamble ? [e.preamble] : [])].find((q) => q.eId === p.eId) ?? e.body.find((q) => (q.refersTo ?? []).includes(p.eId)) ?? findProvision(e, p.eId);
        expect(prov, `${id} ${p.eId}`).toBeDefined();
        const text = provisionText(prov!);
        for (const o of [...p.obligations, ...(p.nonOperative ?? [])]) {
          const fields = new Set(o.evidence.map((x) => x.field));
          for (const f of ['kind', 'trigger', 'response', 'immediacy', 'modality', 'conditions', 'commitment'] as const) expect(fields.has(f), `${id} ${p.eId} ${o.kind} ${f}`).toBe(true);
          if (o.kind === 'consultation') expect(fields.has('crisis')).toBe(true);
          if (o.means !== undefined) expect(fields.has('means')).toBe(true);
          for (const x of o.evidence) expect(text.slice(x.start, x.end)).toBe(x.text);
        }
      }
    }
  });

  it('flags report witnesses: 2000 contact-only comes from a report, mutual assistance there is a negated mention', () => {
    const contact = entry('2000-russia-dprk', 'rep_contact')!;
    expect(contact.witness.report).toBe(true);
    expect(contact.flags).toContain('report-witness');
    const c = contact.obligations.find((o) => o.kind === 'consultation')!;
    expect(c).toMatchObject({ crisis: true, response: 'contact', commitment: 1, immediacy: 'immediate' });
    expect(contact.obligations.some((o) => o.kind === 'mutual-assistance')).toBe(false);
    const nonSupport = entry('2000-russia-dprk', 'rep_non-support')!;
    expect(nonSupport.obligations.map((o) => o.kind)).not.toContain('mutual-assistance');
  });

  it('keeps preamble security cues as non-operative, with evidence (1961: "resolved to extend assistance")', () => {
    const pre = entry('1961-ussr-dprk', 'preamble')!;
    expect(pre.obligations.some((o) => SECURITY_KINDS.includes(o.kind))).toBe(false);
    expect(pre.nonOperative?.map((o) => o.kind)).toContain('mutual-assistance');
  });

  it('classifies the Korean authentic texts of the security articles like the English ones', () => {
    const ko = new Map(corpusIds().map((id) => [id, classifyTreaty(treaties.get(id)!, { langs: ['ko'] })]));
    const k = (id: string, eId: string) => ko.get(id)!.provisions.find((p) => p.eId === eId)!;
    expect(k('1961-ussr-dprk', 'art_1').witness.lang).toBe('ko');
    expect(k('1961-ussr-dprk', 'art_1').commitment).toBe(5);
    expect(k('1961-ussr-dprk', 'art_2').obligations.map((o) => o.kind)).toEqual(['non-alliance']);
    expect(k('2024-russia-dprk', 'art_3').commitment).toBe(3);
    expect(k('2024-russia-dprk', 'art_4')).toMatchObject({ commitment: 5, witness: { lang: 'ko', grade: 'authentic' } });
    expect(k('2024-russia-dprk', 'art_5').obligations.map((o) => o.kind)).toContain('non-alliance');
  });

  it('gives byte-identical JSON on repeated runs', () => {
    for (const id of corpusIds()) expect(JSON.stringify(classifyTreaty(loadCorpusTreaty(id)))).toBe(JSON.stringify(classified.get(id)));
  });

  it('round-trips through JSON unchanged (plain data, no undefined fields)', () => {
    for (const c of classified.values()) expect(JSON.parse(JSON.stringify(c))).toStrictEqual(c);
  });
});

describe('translation invariance: the four English renderings of 2024 Art 4', () => {
  const t = treaties.get('2024-russia-dprk')!;
  // The fragments file (data/sources/2024-russia-dprk.en.fragments.txt) holds the four renderings.
  const renderings = t.expressions
    .filter((e) => e.lang === 'en' && e.id.startsWith('en-frag-') && e.label?.startsWith('Article 4 ('))
    .map((e) => ({ label: e.label!, obligations: classifyText(provisionText(e.body.find((p) => p.eId === 'art_4')!), 'en', 'art_4') }));

  it('finds the four renderings (Meduza, Yonhap, Interfax, Al Mayadeen)', () => {
    expect(renderings.map((r) => r.label.slice('Article 4 ('.length).split(' ')[0])).toEqual(['Meduza', 'Yonhap', 'Interfax', 'Al']);
  });

  it('classifies each as automatic mutual assistance (rung 5), immediate, with Art 51 and national law', () => {
    for (const r of renderings) {
      const ma = r.obligations.filter((o) => o.kind === 'mutual-assistance');
      expect(ma, r.label).toHaveLength(1);
      expect(ma[0]).toMatchObject({ commitment: 5, trigger: 'armed-attack', response: 'military-and-other-assistance', immediacy: 'immediate', modalityStrength: 'binding' });
      expect(ma[0]!.conditions.map((c) => c.kind).sort()).toEqual(['national-law', 'un-charter-art-51']);
    }
    // The renderings really differ in modal form: shall, will and the bare present all occur.
    expect(new Set(renderings.map((r) => r.obligations[0]!.modality)).size).toBeGreaterThan(1);
  });

  it('compareObligations says unchanged between any two renderings', () => {
    for (const a of renderings)
      for (const b of renderings) {
        if (a === b) continue;
        const changes = compareObligations(a.obligations, b.obligations);
        expect(changes.map((c) => c.change), `${a.label} → ${b.label}`).toEqual(changes.map(() => 'unchanged'));
        expect(changes.some((c) => c.kinds.before === 'mutual-assistance')).toBe(true);
      }
  });
});
