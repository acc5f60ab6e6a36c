// Every value an entry's typings export exists at runtime, in ESM and in CJS. A name the .d.ts
// declares as a value (a function, a const, a class) that the bundle does not export compiles and then
// fails at import (rv19 11: `export type *` barrels made the bundled typings declare 130 internal
// helpers as exports). Run from a folder where the package and typescript are installed:
//   node scripts/check-typings-exports.cjs treaty-diff treaty-diff/lite …
const path = require('node:path');
const fs = require('node:fs');
const { createRequire } = require('node:module');
const { pathToFileURL } = require('node:url');

const here = createRequire(path.join(process.cwd(), 'probe.cjs'));
const ts = here('typescript');
const entries = process.argv.slice(2);
const file = path.join(process.cwd(), 'exports-probe.ts');
fs.writeFileSync(file, entries.map((e, i) => `import * as m${i} from '${e}';\nexport { m${i} };\n`).join(''));
const program = ts.createProgram([file], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, types: [] });
const checker = program.getTypeChecker();
const source = program.getSourceFile(file);

/** Exported as a type only (`export type { X }`, `export { type X }`): no runtime value is promised. */
const typeOnly = (s) => (s.declarations ?? []).some((d) => ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly));

(async () => {
  let missingAll = 0;
  for (const [i, entry] of entries.entries()) {
    const module = checker.getSymbolAtLocation(source.statements[i * 2].moduleSpecifier);
    if (!module) throw new Error(`${entry}: no typings found`);
    const values = checker.getExportsOfModule(module).filter((s) => {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      return (target.flags & ts.SymbolFlags.Value) !== 0 && !typeOnly(s);
    }).map((s) => s.name);
    const esm = await import(pathToFileURL(here.resolve(entry)).href.replace(/\.cjs$/, '.js'));
    const cjs = here(entry);
    const missing = values.filter((n) => !(n in esm) || !(n in cjs));
    missingAll += missing.length;
    console.log(`${entry}: ${values.length} values in the typings${missing.length ? `, ${missing.length} missing at runtime: ${missing.join(', ')}` : ', all at runtime (ESM and CJS)'}`);
  }
  fs.rmSync(file);
  process.exit(missingAll ? 1 : 0);
})();
