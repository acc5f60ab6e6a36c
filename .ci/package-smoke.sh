#!/usr/bin/env bash
# Pack the package, lint the tarball with publint and @arethetypeswrong/cli, then install it into a
# clean folder and use it the four ways users will: import, require, TypeScript types, the CLI bin.
set -Eeuo pipefail
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
tgz="$work/$tarball"
echo "packed $tarball ($(du -h "$tgz" | cut -f1))"

npx --no-install publint run "$tgz" --strict
npx --no-install attw "$tgz" --format table-flipped

app="$work/app"; mkdir -p "$app"; cd "$app"
npm init -y >/dev/null
npm install --no-audit --no-fund "$tgz" "typescript@$(node -p "require('$root/node_modules/typescript/package.json').version")" "@types/node@$(node -p "require('$root/node_modules/@types/node/package.json').version")" >/dev/null

cat > esm.mjs <<'JS'
import { parseText, readTreaty, TreatyDiffError } from 'treaty-diff';
import { listCorpus, loadCorpusTreaty } from 'treaty-diff/corpus';
const t = parseText('# Title: Smoke\n# Language: English\n\nSmoke Treaty\n\nArticle 1\n\nThe Parties shall consult.\n', { id: 'smoke' }).treaty;
if (readTreaty(t).provisions.find((p) => p.eId === 'art_1') === undefined) throw new Error('esm: no art_1');
if (listCorpus().length !== 3) throw new Error('esm: corpus');
if (loadCorpusTreaty('1961-ussr-dprk').id !== '1961-ussr-dprk') throw new Error('esm: load');
if (typeof TreatyDiffError !== 'function') throw new Error('esm: error class');
// Each entry is its own bundle with its own copy of the class: instanceof must hold across them.
const { readTreatyFile } = await import('treaty-diff/node');
const thrown = (f) => { try { f(); } catch (e) { return e; } throw new Error('esm: nothing thrown'); };
if (!(thrown(() => loadCorpusTreaty('no-such-id')) instanceof TreatyDiffError)) throw new Error('esm: corpus error is not instanceof TreatyDiffError');
const fileErr = await readTreatyFile('no-such-file.txt').then(() => undefined, (e) => e);
if (!(fileErr instanceof TreatyDiffError)) throw new Error('esm: node error is not instanceof TreatyDiffError');
const { TreatyDiffError: CjsError } = (await import('node:module')).createRequire(import.meta.url)('treaty-diff');
if (!(fileErr instanceof CjsError)) throw new Error('esm: error is not instanceof the CJS build\'s TreatyDiffError');
console.log('import ok');
JS
cat > lite.mjs <<'JS'
// treaty-diff/lite registers no lexicon; a page registers the languages it classifies.
import { classifyText, obligationLexiconLanguages, registerObligationLexicon } from 'treaty-diff/lite';
import { englishObligationLexicon } from 'treaty-diff/lexicons/en';
const s = 'If either Party is attacked, the other Party shall immediately render it military assistance.';
if (obligationLexiconLanguages().length !== 0 || classifyText(s, 'en').length !== 0) throw new Error('lite: a lexicon is registered before any was');
registerObligationLexicon(englishObligationLexicon);
if (!classifyText(s, 'en').some((o) => o.kind === 'mutual-assistance')) throw new Error('lite: English not read after registering it');
console.log('lite import ok');
JS
cat > cjs.cjs <<'JS'
const { parseText, readTreaty } = require('treaty-diff');
const { listCorpus } = require('treaty-diff/corpus');
const t = parseText('Smoke Treaty\n\nСтатья 1\n\nСтороны консультируются.\n', { id: 'smoke', lang: 'ru' }).treaty;
if (readTreaty(t).provisions.find((p) => p.eId === 'art_1') === undefined) throw new Error('cjs: no art_1');
if (listCorpus().length !== 3) throw new Error('cjs: corpus');
console.log('require ok');
JS
cat > lite.cjs <<'JS'
const { classifyText, registerObligationLexicon } = require('treaty-diff/lite');
const { koreanObligationLexicon } = require('treaty-diff/lexicons/ko');
const s = '어느 한 쪽이 무력침공을 받는 경우 다른 쪽은 지체없이 군사적 원조를 제공한다.';
if (classifyText(s, 'ko').length !== 0) throw new Error('lite cjs: Korean read before registering it');
registerObligationLexicon(koreanObligationLexicon);
if (!classifyText(s, 'ko').some((o) => o.kind === 'mutual-assistance')) throw new Error('lite cjs: Korean not read');
console.log('lite require ok');
JS
cat > types.ts <<'TS'
import { parseText, type Treaty, type Obligation } from 'treaty-diff';
import { loadCorpusTreaty } from 'treaty-diff/corpus';
import { registerObligationLexicon, type ObligationLexicon } from 'treaty-diff/lite';
import { russianObligationLexicon } from 'treaty-diff/lexicons/ru';
const ru: ObligationLexicon = registerObligationLexicon(russianObligationLexicon);
const t: Treaty = parseText('X\n\nArticle 1\n\nText.\n').treaty;
const u: Treaty = loadCorpusTreaty('2024-russia-dprk');
const o: Obligation[] = [];
export { t, u, o, ru };
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "strict": true, "module": "NodeNext", "moduleResolution": "NodeNext", "target": "ES2022", "noEmit": true, "ignoreDeprecations": "6.0", "types": ["node"] }, "files": ["types.ts"] }
JSON
# Every relative link of the README and the guides it links to resolves inside the installed package
# (the site-only link to the rendered demo report aside).
node -e '
const fs = require("fs"), path = require("path");
const pkg = path.join("node_modules", "treaty-diff");
const seen = new Set(), broken = [];
const visit = (file) => {
  if (seen.has(file)) return; seen.add(file);
  for (const [, target] of fs.readFileSync(file, "utf8").matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
    if (/^[a-z]+:/i.test(target) || target === "../api/report.html") continue;
    const to = path.resolve(path.dirname(file), target);
    if (!fs.existsSync(to)) broken.push(`${path.relative(pkg, file)} → ${target}`);
    else if (to.endsWith(".md")) visit(to);
  }
};
visit(path.join(pkg, "README.md"));
if (broken.length) { console.error("links that do not resolve in the package:\n  " + broken.join("\n  ")); process.exit(1); }
console.log(`README links ok (${seen.size} files)`);
'
node esm.mjs
node cjs.cjs
node lite.mjs
node lite.cjs
npx --no-install tsc -p tsconfig.json && echo "types ok (node16)"
sed -i 's/"NodeNext", "moduleResolution": "NodeNext"/"ESNext", "moduleResolution": "Bundler"/' tsconfig.json
npx --no-install tsc -p tsconfig.json && echo "types ok (bundler)"
# Every value the typings of each entry export exists at runtime, in ESM and CJS (rv19 11).
node "$root/scripts/check-typings-exports.cjs" treaty-diff treaty-diff/lite treaty-diff/corpus treaty-diff/node treaty-diff/lexicons/en treaty-diff/lexicons/ru treaty-diff/lexicons/ko
npx --no-install treaty-diff --version
npx --no-install treaty-diff corpus list >/dev/null && echo "bin ok"
