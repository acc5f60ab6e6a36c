/**
 * Mine the labelled sentences for words that name a role but are not yet in its class.
 *
 * Over ALL labelled sentences in test/fixtures/obligations (the tuned sets en/ru/ko.json and every
 * held-out set committed there — a set is committed only after it was scored untouched), for each security
 * kind it lists the words (English: the word; Russian: its first five letters, a rough stem that
 * spans case and aspect forms; Korean: the word before its particle, cut to its first two syllables)
 * that occur in sentences labelled with that kind but inside no match of that kind's word classes —
 * the role classes (`roles` of the language's lexicon) and the acts, predicates, targets and events of
 * the language's frames of that kind — with counts of sentences in-kind and out-of-kind.
 *
 * The output is for review by hand, not for pasting: a word goes into a class only if it names the
 * role *in general* (an attack, a help act, a party, a hostile user, a grouping, a use of force, a
 * contact act, a verb of refusing), with its synonyms and its morphological family, and only if its
 * out-of-kind count does not show it to be common in other kinds' sentences (see "What the rules read
 * as what" in docs/guides/obligations.md).
 *
 * Usage: npx tsx scripts/mine-role-words.mts [kind] [--lang en|ru|ko] [--min 2] [--top 40]
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { obligationLexicon } from '../src/classify/index.js';
import type { ObligationKind, ObligationLexicon, RoleLexicon } from '../src/classify/index.js';

interface Item { text: string; lang: string; kinds: ObligationKind[] }

const argv = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : dflt;
};
const onlyKind = argv.find((a) => !a.startsWith('--') && !argv[argv.indexOf(a) - 1]?.startsWith('--'));
const onlyLang = opt('lang', '');
const minIn = Number(opt('min', '2'));
const top = Number(opt('top', '40'));

const dir = new URL('../test/fixtures/obligations/', import.meta.url);
const items: Item[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Item[]);

/** The role classes each security kind's role frame reads (see src/classify/roles.ts). */
const ROLE_CLASSES: Record<string, (keyof RoleLexicon)[]> = {
  'mutual-assistance': ['attack', 'party', 'help', 'eventLink', 'condition'],
  neutrality: ['attack', 'help', 'attacker', 'attackerRef', 'neutral', 'deny', 'party'],
  consultation: ['contact', 'crisisGate', 'party'],
  'non-alliance': ['permit', 'asset', 'hostile', 'deny', 'party'],
  'non-aggression': ['attack', 'hostile', 'party', 'deny'],
};

/** Every pattern that can fill a slot of `kind` in `lex`: its role classes and its frames' slots. */
function classesOf(lex: ObligationLexicon, kind: string): RegExp[] {
  const out: RegExp[] = [];
  const roles = lex.roles;
  if (roles)
    for (const k of ROLE_CLASSES[kind] ?? []) {
      const v = roles[k];
      if (v instanceof RegExp) out.push(v);
      else if (v && typeof v === 'object') for (const r of Object.values(v)) if (r instanceof RegExp) out.push(r);
    }
  for (const f of lex.frames ?? []) {
    if (f.kind !== kind) continue;
    out.push(f.frame.act);
    if (f.frame.predicate) out.push(f.frame.predicate);
    if (f.frame.target) out.push(f.frame.target);
    if (f.event) out.push(f.event.act);
    if (f.negator) out.push(f.negator);
  }
  if (lex.frameNegator) out.push(lex.frameNegator.pattern);
  out.push(lex.negation);
  return out;
}

/** Character positions of `text` inside some match of one of `res`. */
function covered(text: string, res: readonly RegExp[]): Uint8Array {
  const mark = new Uint8Array(text.length);
  for (const re of res) {
    const g = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g');
    for (const m of text.matchAll(g)) {
      if (m[0].length === 0) continue;
      mark.fill(1, m.index!, m.index! + m[0].length);
    }
  }
  return mark;
}

const KO_PARTICLE = /(?:으로써|으로서|에게서|에서는|에서|에게|으로|로써|로서|까지|부터|보다|처럼|마저|조차|은|는|이|가|을|를|에|의|로|와|과|도|만)$/;
const EN_STOP = new Set('the a an of to in on by for and or with as at from that which who this any such its their other each either shall will be is are not no it them his her all into upon within its'.split(' '));

/** The stem a word is counted under, or undefined for a word too short or too common to mean a role. */
function stem(word: string, lang: string): string | undefined {
  const w = word.toLowerCase();
  if (lang === 'ru') return w.length >= 4 ? w.slice(0, 5) : undefined;
  if (lang === 'ko') {
    const s = w.replace(KO_PARTICLE, '');
    return s.length >= 2 ? s.slice(0, 2) : undefined;
  }
  return w.length >= 3 && !EN_STOP.has(w) ? w : undefined;
}

const WORD = /[\p{L}\p{N}'’-]+/gu;
const kinds = onlyKind ? [onlyKind] : Object.keys(ROLE_CLASSES);
for (const kind of kinds) {
  for (const lang of onlyLang ? [onlyLang] : ['en', 'ru', 'ko']) {
    const lex = obligationLexicon(lang);
    if (!lex) continue;
    const res = classesOf(lex, kind);
    const inKind = new Map<string, number>(), outKind = new Map<string, number>();
    const examples = new Map<string, string>();
    for (const it of items) {
      if (it.lang !== lang) continue;
      const own = it.kinds.includes(kind as ObligationKind);
      const mark = own ? covered(it.text, res) : undefined;
      const seen = new Set<string>();
      for (const m of it.text.matchAll(WORD)) {
        const s = stem(m[0], lang);
        if (!s || seen.has(s)) continue;
        seen.add(s);
        if (own) {
          // In-kind: only where no class of the kind already covers the word.
          if (mark![m.index!] || mark![m.index! + m[0].length - 1]) continue;
          inKind.set(s, (inKind.get(s) ?? 0) + 1);
          if (!examples.has(s)) examples.set(s, m[0]);
        } else outKind.set(s, (outKind.get(s) ?? 0) + 1);
      }
    }
    const rows = [...inKind]
      .filter(([, n]) => n >= minIn)
      .map(([s, n]) => ({ s, n, o: outKind.get(s) ?? 0 }))
      .map((r) => ({ ...r, score: r.n / (r.n + r.o + 1) }))
      .sort((a, b) => b.score - a.score || b.n - a.n)
      .slice(0, top);
    console.log(`\n== ${kind} [${lang}] — uncovered words in-kind / out-of-kind (ratio)`);
    for (const r of rows) console.log(`  ${examples.get(r.s)!.padEnd(18)} ${String(r.n).padStart(3)} / ${String(r.o).padEnd(4)} ${r.score.toFixed(2)}`);
  }
}
