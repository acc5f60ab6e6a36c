// Size and purity budgets for what runs in browsers, measured by bundling with esbuild (minified,
// platform browser). Fails when anything imports from `node:` or a bundle exceeds its budget.
//
// - "browser core": the analysis pipeline a web page needs to compare treaties — the model, plain-text
//   and JSON input, alignment, diffs, classification, comparison and lineage — tree-shaken from the
//   package entry, with the three built-in cue lexicons (English, Russian, Korean). Issue 7 suggested
//   "say ≤ 150 kB"; the core was 115 kB then. The obligation rules of issue 5 grew the lexicons —
//   regular expressions, which minification cannot shorten — round after round: 60 kB of a 170 kB core
//   after round 4 (budget raised to 200 kB), 116 kB of 229 kB after round 9 (260 kB), and the core
//   reached 259.5 kB after round 12. The lasting fix is now in place: `treaty-diff/lite` is the same API
//   with no lexicon registered, and `treaty-diff/lexicons/{en,ru,ko}` are the lexicons alone, so a page
//   loads only the languages it classifies. The all-language core's budget was therefore 300 kB (room for
//   a few more rounds of all three lexicons); the next budget guards what a one-language page loads.
//   Session 8 raised all three for code, not lexicons, after round 16 had filled the room it made by
//   pruning (core 299.2 kB): the plain-text parser's layout rules for users' own texts (one-line
//   articles, parenthesised headings, points, dates and recital formulas per language; +8.6 kB) and
//   gaps kept out of diffs and comparisons (text opposite a gap not compared, uncertain obligation
//   changes, incomplete sides named; +5.4 kB core, +10 kB whole entry). Core 300 → 320 kB,
//   English only 220 → 235 kB, whole entry 480 → 510 kB. Session 9 raised them by what review
//   rv10's fixes added, no more (the room left for lexicons is unchanged): comparisons that mark a side
//   not read for obligations (not-classified) and obligations that moved or split, plain text's control
//   characters and NO_ARTICLES, redline layout and labels (+5.0 kB core and English only), and Akoma
//   Ntoso whitespace, ids, dates, title and parties (+7.3 kB more in the whole entry). Core 320 → 325 kB,
//   English only 235 → 240 kB, whole entry 510 → 523 kB; then by what review rv11's fixes of those added
//   (language guess for Latin text, surplus obligations of a kind, unmatched gaps that could hold a
//   provision, language subtags, closing-text quotes; +2.7 kB core and English only, +3.8 kB whole
//   entry): core 328 kB, English only 243 kB, whole entry 527 kB; and by what review rv12's fixes of
//   those added (function words of six Latin-script languages for the language guess, labels of
//   inserted and repeated articles; +1.0 kB): core 330 kB; and in session 10 by exactly what two parser
//   and comparison fixes added (a Cyrillic letter after an article number read as an inserted article; a
//   declared-missing signature block that holds no provision: +666 B core and English only, +661 B
//   whole entry), so the classifier's room is unchanged; then by exactly what review rv13's fixes of the
//   obligations CSV and lineage steps added (paragraph eIds and evidence offsets per row, escaped
//   multi-value cells; each step's witness and its own flags apart from the comparison's: +213 B core
//   and English only, +2,055 B whole entry); then by exactly what the rest of rv13's and rv14's fixes
//   added (text pasted from PDFs: soft hyphens, page numbers, line-end hyphens, soft wraps; Hanja and
//   word-number headings; grade names; preamble and title; the closing formula as closing text; the
//   comparison fixes: cross-language pairing, unmatched gaps in alignment and diff, the witness an
//   obligation was read from: +13,004 B core, +13,002 B English only, +14,219 B whole entry, measured
//   as HEAD against HEAD with src/ but the classifier as after the CSV and lineage fixes). Round 20 of
//   the classifier, run meanwhile, kept within the budgets of the time (it pruned 472 B more to make
//   room the unraised budget lacked), so its room is what it was, plus those 472 B; and by exactly what
//   reviews rv15 and rv16's fixes of those added (+1,018 B core, +1,017 B English only, +1,016 B whole
//   entry; no classifier change since); and by what rv17's fixes added (sub-provision breaks for the
//   sentence splitter, compound hyphens, wrapped Korean testimonia: +563 B each); and in session 11 by
//   exactly what two fixes added, measured against the session's first build: a change read in two
//   languages resting on a phrase one reading found is uncertain, "languages differ" in reports (+735 B
//   core and English only, +1,176 B whole entry), and a title typed with no blank line before the
//   preamble (titleNoun per language, +1,778 B each), then a Korean word broken at a line end
//   (LINE_BREAK_IN_WORD, +994 B each), then review rv18's fixes (Akoma Ntoso eIds spelled otherwise, a JSON
//   model in a .txt file, collection signatories, article headings compared, the CSV's obligation_n: +1,185 B
//   core and English only, +2,690 B whole entry) — so the classifier's room (2,016 B) is unchanged; round 21
//   of the classifier then used that room (49 B left, pruning 48 alternatives), and rv18's modality and
//   lexicon-hint fixes added +599 B each, which is raised; and the Korean line-break join's one-character
//   test that won back its parse time (+75 B each); in session 12 by what the plain-text fix of
//   numbered paragraphs added (a chapeau is the introduction, a block after paragraph N is more of it,
//   page numbers between paragraphs; +920 B each, measured against the session's first build); then by
//   what review rv19's fixes and the Hanja reading added, measured against aefae20: a Korean side in
//   Hanja read only in part, `# Signed:` dates in digits, part and chapter headings, nested lists,
//   lineage through merged articles, redline runs, shall → may for every kind, trigger labels across
//   languages, the family join, weak out-of-order article links and same-numbered articles in two
//   languages (+7,957 B core and English only, +8,472 B whole entry); then by what rv19's classifier
//   fixes added, measured against 8c6ea49 (neutrality denied or disclaimed, the `exception` condition, a
//   legislature's prior consent, help only considered, continents in Russian and Korean: +2,052 B core
//   and whole entry, +1,101 B English only), so the room round 22 left the classifier is unchanged; then
//   by what the proviso in a sentence of its own added (Such assistance shall not include …, Настоящее
//   обязательство не распространяется …, 다만, …: +1,469 B core, +1,043 B English only, +1,470 B whole
//   entry, measured against 9d50fb8); and the Russian means fix (+185 B core and whole entry); then by
//   what review rv20's fixes added, measured against 91c866f (a figure kept unless the page sequence
//   numbers it, an exception ending at its clause and no modal inside it, a Korean 다만 that takes
//   something out: +879 B core, +675 B English only, +881 B whole entry); and by the rest of rv20's fixes,
//   measured against d6891ea (each paragraph's own width for soft wraps, a chapeau before 1. on the next
//   line, lists opened by a colon, notes between unnumbered paragraphs, places in Hangul, lineage order
//   past undated versions, help only considered, "do not undertake to": +1,175 B core, +977 B English
//   only, +1,139 B whole entry), and a page number right before a heading (+47 B each), and an `other`
//   gained on a side read only in part (+144 B core and English only, +185 B whole entry); in session 13
//   by what review rv20 9's fix added, measured against 560c419 (an article title on the line under its
//   number is its heading: +1,122 B each), and rv20 3's (an article whole in one language links with its
//   paragraphs in the other by number: +649 B each), and rv20 5's (articles linked by number opposite a
//   side in Hanja, "read in part" in the summary: +555 B core and English only, +875 B whole entry), and
//   the info that a short first paragraph after a blank line may be the article's title (+492 B each);
//   then by what review rv21's fixes added: no piece of a sentence taken for a title, a paragraph's
//   first line joined to its lower-case continuation (+1,145 B each), and runs of same-numbered articles
//   linked opposite a side in Hanja (+362 B each), and a part split off that refers back joining the
//   split (review rv19 8; +1,260 B each); and the Akoma Ntoso reader's stack guard (+479 B whole entry);
//   and note-only paragraphs kept out of alignment units (+21 B each); and FRBRlanguage read as
//   `# Language:` is (+731 B whole entry); and cross-headings as notes, unnumbered provisions written as
//   inserted articles (+592 B whole entry); and provisions kept within the model's depth by the readers
//   (+365 B core and English only, +616 B whole entry); and article eIds that follow their printed number
//   (+1,081 B whole entry); and a list's lead-in read with each point (+2,012 B core and English only,
//   +1,647 B whole entry). Round 23 of the classifier (its backoff reading by word classes), measured
//   against 560c419: +7,994 B core, +3,842 B English only, +8,000 B whole entry; and reports to the
//   Security Council read as no consultation (+1,139 B core and whole entry, +594 B English only); and
//   the list reading's early exits (+188 B each); in session 14 by what the session's fixes added,
//   measured against 1a0aeb1 with round 24's bytes taken out: a plain text's closing formula kept as
//   closing text and written back so it reads as one, a note line before closing punctuation read inside
//   its sentence, the fields of cooperation as exclusive alignment features across languages (review
//   rv21 3 and 8), and review rv22's: sentences longer than a segmenter piece read whole, uncertain
//   absences said so in every lineage format, a header-only treaty as no text, BAD_OPTION for wrong
//   input to the renderers and helpers, classification in the shared language, gaps naming other
//   articles kept between them, triggers as features of contingent obligations only, one obligation
//   change per obligation (count-differs), soft hyphens counted (+8,916 B core, +8,912 B English only,
//   +12,013 B whole entry). Round 24 of the classifier (a binding test: an
//   unplaced sentence that binds no one carries no kind; non-alliance target and join/admit classes;
//   English neutrality by the act of war), measured against 1a0aeb1: +5,981 B core, +3,026 B English
//   only, +5,984 B whole entry. Round 25's condition readings (a follow-on sentence that narrows the
//   assistance before it, regions "within …", limits read by class; its wider backoff classes were not
//   taken), measured against c148a7a: +5,556 B core, +3,335 B English only, +5,557 B whole entry.
//   Session 15, measured against e99c26f: neutrality denied read by its own cue (review rv20 2), instrument
//   titles set aside (en, ru, ko), BAD_OPTION for wrong input to classifyText, the memoized classifier and
//   classifyProvision, parties read from the title ("between A and B"), periodic meetings read as general
//   consultation (en, ru, ko), a chapeau and its points read as one undertaking and a gap-only preferred
//   witness yielding (review rv22 F3, F8; +777 B each budget), review rv23's parse fixes (numbers in words,
//   (A) points, no-break spaces, hyphenated last lines, an annex after the closing formula, the month May,
//   ids shared by two compared treaties; later: division notes, chapter-prefixed AKN eIds, skipped article
//   numbers, running headers, ligatures): +11,237 B core, +9,907 B English only, +12,176 B whole entry.
//   Session 16, measured against 7766acf: classifier rounds 23–25 (non-aggression forsworn, neutrality beside
//   another security kind via BackoffCue.alsoPlaced, defence cooperation by class, each new class a cue of its
//   own; round 24's and 25's classes; en, ru, ko), lineage steps before a thread's first obligation in text
//   with gaps, text moved inside one provision (review rv23 11), split and merged articles (rv23 10):
//   +12,076 B core, +7,432 B English only, +12,096 B whole entry.
//   Session 17, measured against ce3b970: classifier rounds 27–28 (military occurrences passed to the other,
//   standing meetings at other intervals, sanctions not joined, armed bands broken up, engagements at odds with
//   the treaty, hostile groupings joined (ru, ko), a neutral's duties, force as military means, disputes by other
//   names; en, ru, ko), 위협 inside 방위협력 (ko) and the aligner's split part that brings a kind its host lacks
//   (round 27 with those two fixes +12,230 B core, +5,373 B English only, +12,230 B whole entry; round 28
//   +2,734 B, +1,474 B, +2,734 B): +14,964 B core, +6,847 B English only, +14,964 B whole entry.
//   Then round 29, measured against d97b308 (the other by its title as the target of force, help refused to the
//   attacker, force renounced as a noun in Russian, war renounced in Korean, questions of a treaty's meaning):
//   +1,855 B core, +1,064 B English only, +1,855 B whole entry.
//   Then round 30 (session 18), measured against bbe9022 (force by its armed bodies and deeds, the other across the
//   boundary or by a possessive, forswearing words: a second non-aggression frame in each of en, ru and ko):
//   +12,055 B core, +5,391 B English only, +12,057 B whole entry.
//   Then round 31, measured against 2295a16 (mutual assistance by the shared-danger formula and the attack answered
//   as one on oneself, help ranged beside the other; non-alliance by the grouping itself, ko soil not lent): +5,326 B
//   core, +3,896 B English only, +5,326 B whole entry.
//   Then round 32, measured against 269a45a (consultation by other words of exchanging minds, en and ru): +2,234 B
//   core, +1,480 B English only, +2,234 B whole entry.
//   Then round 33, measured against 3c9c580 (the neutral's stance in other words, the attacker's war named as a state
//   or an activity): +2,306 B each.
// - "browser core, English only": the same exports from `treaty-diff/lite` plus the English lexicon,
//   registered — what a page that classifies only English loads. Budget 243 kB (235 kB in session 8, 220 kB before).
// - "whole entry": everything `treaty-diff` exports, including Akoma Ntoso input/output (which brings
//   the XML parser) and the HTML/SVG/Markdown report renderers, with all three lexicons. Its budget
//   (527 kB since session 9, 510 kB in session 8, see above; 480 kB before, 440 kB until the lite entry existed, raised
//   with the core's for the same lexicons) catches accidental growth.
// Corpus data (`treaty-diff/corpus`) is excluded from all: it is data, loaded only when imported.
// Bundled from dist/ (run `npm run build` first), as a web page's bundler sees the package: the
// entries are single files whose top-level statements (the built-in lexicons' registration) bundlers
// keep, where bundling src/ would skip re-exporting modules under "sideEffects": false. Each bundle is
// also loaded once to check what it classifies: the all-language core reads Russian and Korean, the
// English-only one reads English and has no other language.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

for (const f of ['dist/index.js', 'dist/lite.js', 'dist/lexicons/en.js']) {
  if (!existsSync(f)) {
    console.error(`check-browser-core: ${f} is missing; run \`npm run build\` first`);
    process.exit(1);
  }
}

const CORE_EXPORTS = [
  'compareTreaties', 'lineage', 'classifyTreaty', 'alignTreaties', 'diffTreaties', 'compareWitnesses',
  'parseText', 'parseJson', 'serializeJson', 'readTreaty', 'TreatyDiffError',
];
// One mutual-assistance sentence per language; `langs` are the languages a bundle must read.
const PROBES = {
  en: 'If either Party is attacked, the other Party shall immediately render it military assistance.',
  ru: 'В случае нападения на одну из Сторон другая Сторона незамедлительно окажет ей военную помощь.',
  ko: '어느 한 쪽이 무력침공을 받는 경우 다른 쪽은 지체없이 군사적 원조를 제공한다.',
};
const budgets = [
  { name: 'browser core', budget: 330 * 1024 + 666 + 213 + 13004 + 1018 + 563 + 735 + 1778 + 994 + 1185 + 599 + 75 + 920 + 7957 + 2052 + 1469 + 185 + 879 + 1175 + 47 + 144 + 1122 + 649 + 555 + 492 + 1145 + 362 + 1260 + 21 + 365 + 2012 + 7994 + 1139 + 188 + 8916 + 5981 + 5556 + 11237 + 12076 + 14964 + 1855 + 12055 + 5326 + 2234 + 2306, langs: ['en', 'ru', 'ko'], stdin: `export { ${CORE_EXPORTS.join(', ')}, classifyText } from './dist/index.js';` },
  {
    name: 'browser core, English only (treaty-diff/lite + treaty-diff/lexicons/en)', budget: 243 * 1024 + 666 + 213 + 13002 + 1017 + 563 + 735 + 1778 + 994 + 1185 + 599 + 75 + 920 + 7957 + 1101 + 1043 + 675 + 977 + 47 + 144 + 1122 + 649 + 555 + 492 + 1145 + 362 + 1260 + 21 + 365 + 2012 + 3842 + 594 + 188 + 8912 + 3026 + 3335 + 9907 + 7432 + 6847 + 1064 + 5391 + 3896 + 1480 + 2306, langs: ['en'],
    stdin: `import { registerObligationLexicon } from './dist/lite.js';
import { englishObligationLexicon } from './dist/lexicons/en.js';
registerObligationLexicon(englishObligationLexicon);
export { ${CORE_EXPORTS.join(', ')}, classifyText } from './dist/lite.js';`,
  },
  { name: 'whole entry (incl. Akoma Ntoso and report renderers)', budget: 527 * 1024 + 661 + 2055 + 14219 + 1016 + 563 + 1176 + 1778 + 994 + 2690 + 599 + 75 + 920 + 8472 + 2052 + 1470 + 185 + 881 + 1139 + 47 + 185 + 1122 + 649 + 875 + 492 + 1145 + 362 + 1260 + 479 + 21 + 731 + 592 + 616 + 1081 + 1647 + 8000 + 1139 + 188 + 12013 + 5984 + 5557 + 12176 + 12096 + 14964 + 1855 + 12057 + 5326 + 2234 + 2306, entry: 'dist/index.js' },
];

const scratch = mkdtempSync(join(tmpdir(), 'treaty-diff-browser-'));
let failed = false;
for (const b of budgets) {
  const result = await build({
    ...(b.entry ? { entryPoints: [b.entry] } : { stdin: { contents: b.stdin, resolveDir: process.cwd(), loader: 'js' } }),
    bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent',
  }).catch((e) => {
    console.error(`${b.name}: does not bundle for the browser:\n${e.message}`);
    process.exit(1);
  });
  const nodeImports = [...new Set(Object.values(result.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path).filter((p) => p.startsWith('node:'))))];
  const bytes = result.outputFiles[0].contents;
  console.log(`${b.name}: ${(bytes.length / 1024).toFixed(1)} kB minified, ${(gzipSync(bytes).length / 1024).toFixed(1)} kB gzip (budget ${(b.budget / 1024).toFixed(1)} kB minified); node: imports: ${nodeImports.length}`);
  if (nodeImports.length) { console.error(`  node: imports: ${nodeImports.join(', ')}`); failed = true; }
  if (bytes.length > b.budget) { console.error('  over budget'); failed = true; }
  if (b.langs) {
    const file = join(scratch, `${budgets.indexOf(b)}.mjs`);
    writeFileSync(file, bytes);
    const lib = await import(pathToFileURL(file).href);
    for (const [lang, text] of Object.entries(PROBES)) {
      const reads = lib.classifyText(text, lang).some((o) => o.kind === 'mutual-assistance');
      if (reads !== b.langs.includes(lang)) {
        console.error(`  ${lang}: ${reads ? 'classified, but this bundle should have no' : 'not classified: the bundle lacks the'} ${lang} lexicon`);
        failed = true;
      }
    }
  }
}
rmSync(scratch, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
