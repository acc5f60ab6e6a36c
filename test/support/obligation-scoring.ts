/**
 * Scoring of the labelled obligation sets (test/fixtures/obligations/*.json), shared by the
 * labelled-set and held-out tests: per-kind precision and recall, micro averages, ladder-rung and
 * crisis-flag accuracy, and the list of mismatches to print.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { classifyProvision, classifyText } from '../../src/classify/index.js';
import type { Obligation, ObligationKind } from '../../src/classify/index.js';

/** The distinct kinds of a list of obligations, sorted. */
export const kindsOf = (obs: readonly Obligation[]): ObligationKind[] => [...new Set(obs.map((o) => o.kind))].sort();

/** The distinct kinds `classifyText` reads in `text`, sorted. */
export const kindsIn = (text: string, lang = 'en'): ObligationKind[] => kindsOf(classifyText(text, lang));

/**
 * One test per `[lang, text, kinds]` case: the text reads exactly those kinds, and every evidence
 * span quotes the text at its offsets.
 */
export function itReadsKinds(cases: readonly (readonly [string, string, readonly ObligationKind[]])[]): void {
  for (const [lang, text, want] of cases)
    it(`${lang}: ${want.join(', ')} — ${text.slice(0, 60)}…`, () => {
      const obs = classifyText(text, lang);
      expect(kindsOf(obs)).toEqual([...want].sort());
      for (const o of obs) for (const e of o.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    });
}

/** One labelled sentence: its text and language, the kinds it carries, optionally crisis flag and rung. */
export interface LabelledItem {
  text: string;
  lang: string;
  kinds: ObligationKind[];
  crisis?: boolean;
  rung?: number;
}

/** Counts and rates for one kind. */
export interface KindScore { kind: string; tp: number; fp: number; fn: number; precision: number; recall: number }

/** Scores of one set. `rung` and `crisis` are [correct, labelled]. */
export interface SetScore { kinds: KindScore[]; microP: number; microR: number; rung: [number, number]; crisis: [number, number]; misses: string[] }

/** Load test/fixtures/obligations/NAME.json. */
export const loadLabelled = (name: string): LabelledItem[] =>
  JSON.parse(readFileSync(new URL(`../fixtures/obligations/${name}.json`, import.meta.url), 'utf8')) as LabelledItem[];

/** Classify every item and score kinds, rung and crisis flag against the labels. */
export function scoreLabelled(items: readonly LabelledItem[]): SetScore {
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

/** Print a set's scores: per kind, micro averages, rung and crisis accuracy, then the mismatches. */
export function reportScore(label: string, n: number, s: SetScore): void {
  const lines = s.kinds.map((k) => `  ${k.kind.padEnd(20)} P=${k.precision.toFixed(3)} R=${k.recall.toFixed(3)} (tp ${k.tp}, fp ${k.fp}, fn ${k.fn})`);
  console.log(
    `${label} — ${n} items\n${lines.join('\n')}\n  micro P=${s.microP.toFixed(3)} R=${s.microR.toFixed(3)}; rung ${s.rung[0]}/${s.rung[1]}; crisis ${s.crisis[0]}/${s.crisis[1]}` +
      (s.misses.length ? `\n  mismatches:\n    ${s.misses.join('\n    ')}` : ''),
  );
}
