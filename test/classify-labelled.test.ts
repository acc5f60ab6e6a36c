/**
 * The labelled test set (test/fixtures/obligations/{en,ru,ko}.json): sentences in treaty style
 * written for this test — not taken from the corpus treaties — covering paraphrase, negation,
 * discretion, constitutional and national-law qualifiers, region limits, general versus crisis
 * consultation, multi-obligation articles and hard negatives. Prints precision and recall per kind
 * and per language, and asserts each is at least 0.9; also the ladder rung and crisis flag.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyProvision } from '../src/classify/index.js';
import type { ObligationKind } from '../src/classify/index.js';

interface Item {
  text: string;
  lang: string;
  kinds: ObligationKind[];
  crisis?: boolean;
  rung?: number;
}

const load = (lang: string): Item[] => JSON.parse(readFileSync(new URL(`./fixtures/obligations/${lang}.json`, import.meta.url), 'utf8')) as Item[];
const sets = { en: load('en'), ru: load('ru'), ko: load('ko') };
const all = [...sets.en, ...sets.ru, ...sets.ko];

interface Score {
  kind: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

function score(items: readonly Item[]): { scores: Score[]; misses: string[] } {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const misses: string[] = [];
  const c = (k: string) => {
    let v = counts.get(k);
    if (!v) counts.set(k, (v = { tp: 0, fp: 0, fn: 0 }));
    return v;
  };
  for (const item of items) {
    const got = new Set(classifyProvision({ text: item.text, lang: item.lang }).map((o) => o.kind));
    const want = new Set(item.kinds);
    for (const k of new Set([...got, ...want])) {
      if (got.has(k) && want.has(k)) c(k).tp++;
      else if (got.has(k)) c(k).fp++;
      else c(k).fn++;
    }
    if ([...got].sort().join() !== [...want].sort().join()) misses.push(`[${item.lang}] want ${[...want].sort().join(',')} got ${[...got].sort().join(',')}: ${item.text}`);
  }
  const scores = [...counts.entries()]
    .map(([kind, v]) => ({ kind, ...v, precision: v.tp + v.fp ? v.tp / (v.tp + v.fp) : 1, recall: v.tp + v.fn ? v.tp / (v.tp + v.fn) : 1 }))
    .sort((a, b) => (a.kind < b.kind ? -1 : 1));
  return { scores, misses };
}

function print(label: string, r: { scores: Score[]; misses: string[] }): void {
  const lines = r.scores.map((s) => `  ${s.kind.padEnd(20)} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  console.log(`${label}\n${lines.join('\n')}${r.misses.length ? `\n  mismatches:\n    ${r.misses.join('\n    ')}` : ''}`);
}

describe('labelled obligation set', () => {
  it('has at least 80 English, 20 Russian and 20 Korean items', () => {
    expect(sets.en.length).toBeGreaterThanOrEqual(80);
    expect(sets.ru.length).toBeGreaterThanOrEqual(20);
    expect(sets.ko.length).toBeGreaterThanOrEqual(20);
    for (const [lang, items] of Object.entries(sets)) for (const i of items) expect(i.lang).toBe(lang);
  });

  for (const [label, items] of [['all languages', all], ['en', sets.en], ['ru', sets.ru], ['ko', sets.ko]] as const) {
    it(`precision and recall per kind ≥ 0.9 (${label})`, () => {
      const r = score(items);
      print(`obligation kinds — ${label} (${items.length} items)`, r);
      for (const s of r.scores) {
        expect(s.precision, `${label} ${s.kind} precision`).toBeGreaterThanOrEqual(0.9);
        expect(s.recall, `${label} ${s.kind} recall`).toBeGreaterThanOrEqual(0.9);
      }
    });
  }

  it('ladder rung and crisis flag agree with the labels on ≥ 0.9 of the items that give them', () => {
    let rungN = 0, rungOk = 0, crisisN = 0, crisisOk = 0;
    const wrong: string[] = [];
    for (const item of all) {
      const obs = classifyProvision({ text: item.text, lang: item.lang });
      if (item.rung !== undefined) {
        rungN++;
        const got = Math.max(0, ...obs.map((o) => o.commitment));
        if (got === item.rung) rungOk++;
        else wrong.push(`[${item.lang}] rung want ${item.rung} got ${got}: ${item.text}`);
      }
      if (item.crisis !== undefined) {
        crisisN++;
        const got = obs.filter((o) => o.kind === 'consultation').some((o) => o.crisis === true);
        if (got === item.crisis) crisisOk++;
        else wrong.push(`[${item.lang}] crisis want ${item.crisis} got ${got}: ${item.text}`);
      }
    }
    console.log(`rung accuracy ${rungOk}/${rungN}, crisis accuracy ${crisisOk}/${crisisN}${wrong.length ? '\n  ' + wrong.join('\n  ') : ''}`);
    expect(rungN).toBeGreaterThan(30);
    expect(rungOk / rungN).toBeGreaterThanOrEqual(0.9);
    expect(crisisOk / crisisN).toBeGreaterThanOrEqual(0.9);
  });
});

/**
 * A second English set (en-heldout.json) written after the rules were tuned on the sets above. Its
 * misses were diagnosed in issue 5 (the rules were then generalised over the failing classes of
 * phrasing, not its sentences), so it is no longer a clean held-out set: test/classify-heldout.test.ts
 * reports the untouched held-out set 3. Here the assertion is a floor (micro-averaged precision and
 * recall ≥ 0.8) that guards against regressions.
 */
describe('held-out English set 1', () => {
  const heldOut = load('en-heldout');
  it('prints per-kind precision/recall and keeps micro-averaged precision and recall ≥ 0.8', () => {
    const r = score(heldOut);
    print(`held-out obligation kinds — en (${heldOut.length} items)`, r);
    const tp = r.scores.reduce((a, s) => a + s.tp, 0), fp = r.scores.reduce((a, s) => a + s.fp, 0), fn = r.scores.reduce((a, s) => a + s.fn, 0);
    console.log(`held-out micro precision ${(tp / (tp + fp)).toFixed(3)}, recall ${(tp / (tp + fn)).toFixed(3)}`);
    expect(heldOut.length).toBeGreaterThanOrEqual(20);
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.8);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.8);
  });
});
