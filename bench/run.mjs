// `npm run bench` (after `npm run build`): a small launcher that lets Node load the TypeScript
// harness and generator through tsx, then runs the benchmark. The library itself is loaded from
// dist/ (what users install) unless --src is given. See bench/README.md.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./harness.ts');
process.exitCode = await main();
