/**
 * Generalisation of the obligation classifier, measured on sets it was not tuned on.
 *
 * - tuned: test/fixtures/obligations/{en,ru,ko}.json — the set the rules were first written against;
 * - held-out 1: en-heldout.json — written after the first rules, used once to diagnose issue 5;
 * - held-out 2: heldout-2.json — written (and committed alone) before any rule change for issue 5.
 *   Its misses showed which classes of phrasing failed, and the issue-5 rules were written for those
 *   classes (never for its sentences verbatim); so its figures after that change are optimistic.
 * - held-out 3: heldout-3.json — written after the issue-5 rule change and measured once, with no
 *   rule changed after seeing it: the untouched estimate of how the rules generalise.
 *
 * Prints precision/recall per kind and rung/crisis accuracy for every set. Asserts ≥ 0.9 per kind on
 * the tuned set, and a floor on the held-out sets (see FLOORS) that guards against regressions
 * without pretending the held-out sets are solved.
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

const load = (name: string): Item[] => JSON.parse(readFileSync(new URL(`./fixtures/obligations/${name}.json`, import.meta.url), 'utf8')) as Item[];

const sets: Record<string, Item[]> = {
  tuned: [...load('en'), ...load('ru'), ...load('ko')],
  'held-out 1 (en)': load('en-heldout'),
  'held-out 2 (en, ru, ko)': load('heldout-2'),
  'held-out 3 (en, ru, ko)': load('heldout-3'),
};

interface KindScore { kind: string; tp: number; fp: number; fn: number; precision: number; recall: number }
interface SetScore { kinds: KindScore[]; microP: number; microR: number; rung: [number, number]; crisis: [number, number]; misses: string[] }

function score(items: readonly Item[]): SetScore {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const misses: string[] = [];
  const c = (k: string) => {
    let v = counts.get(k);
    if (!v) counts.set(k, (v = { tp: 0, fp: 0, fn: 0 }));
    return v;
  };
  const rung: [number, number] = [0, 0], crisis: [number, number] = [0, 0];
  for (const item of items) {
    const obs = classifyProvision({ text: item.text, lang: item.lang });
    const got = new Set(obs.map((o) => o.kind));
    const want = new Set(item.kinds);
    for (const k of new Set([...got, ...want])) {
      if (got.has(k) && want.has(k)) c(k).tp++;
      else if (got.has(k)) c(k).fp++;
      else c(k).fn++;
    }
    if ([...got].sort().join() !== [...want].sort().join()) misses.push(`[${item.lang}] want ${[...want].sort().join(',')} got ${[...got].sort().join(',')}: ${item.text}`);
    if (item.rung !== undefined) {
      const r = Math.max(0, ...obs.map((o) => o.commitment));
      rung[1]++;
      if (r === item.rung) rung[0]++;
      else misses.push(`[${item.lang}] rung want ${item.rung} got ${r}: ${item.text}`);
    }
    if (item.crisis !== undefined) {
      const cr = obs.filter((o) => o.kind === 'consultation').some((o) => o.crisis === true);
      crisis[1]++;
      if (cr === item.crisis) crisis[0]++;
      else misses.push(`[${item.lang}] crisis want ${item.crisis} got ${cr}: ${item.text}`);
    }
  }
  const kinds = [...counts.entries()]
    .map(([kind, v]) => ({ kind, ...v, precision: v.tp + v.fp ? v.tp / (v.tp + v.fp) : 1, recall: v.tp + v.fn ? v.tp / (v.tp + v.fn) : 1 }))
    .sort((a, b) => (a.kind < b.kind ? -1 : 1));
  const tp = kinds.reduce((a, s) => a + s.tp, 0), fp = kinds.reduce((a, s) => a + s.fp, 0), fn = kinds.reduce((a, s) => a + s.fn, 0);
  return { kinds, microP: tp / (tp + fp), microR: tp / (tp + fn), rung, crisis, misses };
}

function report(label: string, n: number, s: SetScore): void {
  const lines = s.kinds.map((k) => `  ${k.kind.padEnd(20)} P=${k.precision.toFixed(3)} R=${k.recall.toFixed(3)} (tp ${k.tp}, fp ${k.fp}, fn ${k.fn})`);
  console.log(
    `${label} — ${n} items\n${lines.join('\n')}\n  micro P=${s.microP.toFixed(3)} R=${s.microR.toFixed(3)}; rung ${s.rung[0]}/${s.rung[1]}; crisis ${s.crisis[0]}/${s.crisis[1]}` +
      (s.misses.length ? `\n  mismatches:\n    ${s.misses.join('\n    ')}` : ''),
  );
}

/** Floors for the held-out sets: micro-averaged precision/recall and rung accuracy. */
const FLOORS: Record<string, { micro: number; rung: number }> = {
  'held-out 1 (en)': { micro: 0.8, rung: 0.6 },
  'held-out 2 (en, ru, ko)': { micro: 0.7, rung: 0.5 },
  'held-out 3 (en, ru, ko)': { micro: 0.65, rung: 0.6 },
};

describe('obligation classifier on tuned and held-out sets', () => {
  it('held-out set 2 has ≥ 60 English, ≥ 15 Russian and ≥ 15 Korean items', () => {
    const h = sets['held-out 2 (en, ru, ko)']!;
    expect(h.filter((i) => i.lang === 'en').length).toBeGreaterThanOrEqual(60);
    expect(h.filter((i) => i.lang === 'ru').length).toBeGreaterThanOrEqual(15);
    expect(h.filter((i) => i.lang === 'ko').length).toBeGreaterThanOrEqual(15);
  });

  it('tuned set: precision and recall ≥ 0.9 per kind', () => {
    const s = score(sets.tuned!);
    report('tuned set', sets.tuned!.length, s);
    for (const k of s.kinds) {
      expect(k.precision, `${k.kind} precision`).toBeGreaterThanOrEqual(0.9);
      expect(k.recall, `${k.kind} recall`).toBeGreaterThanOrEqual(0.9);
    }
  });

  for (const [label, floor] of Object.entries(FLOORS)) {
    it(`${label}: micro precision/recall ≥ ${floor.micro}, rung accuracy ≥ ${floor.rung}`, () => {
      const items = sets[label]!;
      const s = score(items);
      report(label, items.length, s);
      expect(s.microP).toBeGreaterThanOrEqual(floor.micro);
      expect(s.microR).toBeGreaterThanOrEqual(floor.micro);
      expect(s.rung[0] / s.rung[1]).toBeGreaterThanOrEqual(floor.rung);
    });
  }
});
