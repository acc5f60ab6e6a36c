// Bundles the browser core (the package's main entry, without corpus data) for the browser with
// esbuild, minified, and fails when it imports anything from `node:` or exceeds the size budget.
import { build } from 'esbuild';

const BUDGET = 150 * 1024;
const result = await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
  logLevel: 'silent',
}).catch((e) => {
  console.error('browser core does not bundle for the browser:\n' + e.message);
  process.exit(1);
});
const nodeImports = Object.values(result.metafile.inputs).flatMap((i) => i.imports.filter((x) => x.path.startsWith('node:')).map((x) => x.path));
const bytes = result.outputFiles[0].contents.length;
console.log(`browser core: ${(bytes / 1024).toFixed(1)} kB minified (budget ${BUDGET / 1024} kB), node: imports: ${nodeImports.length}`);
if (nodeImports.length) { console.error('node: imports in the browser core: ' + [...new Set(nodeImports)].join(', ')); process.exit(1); }
if (bytes > BUDGET) { console.error('browser core exceeds its size budget'); process.exit(1); }
