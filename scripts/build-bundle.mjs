// After `tsc` and build-validators: bundle dist/cli.js and what it imports into a few files in
// dist/bundle/, the ones bin/accords runs. Node resolves, reads and compiles each ES module on
// its own; ~85 of them (commander, chalk, date-fns per function, ours) cost a run ~20 ms more
// than the same code in a handful of chunks. `import()` stays lazy: each command, the full YAML
// parser's caller, the ICS and drafting code become chunks of their own, loaded when needed.
//
// Left to Node's `require` at run time: the `yaml` package and ajv's compiler (both loaded by
// createRequire, only for the files and schemas that need them), and the precompiled validators,
// copied beside the chunks (src/load/validators.ts requires them from its own folder).
import { copyFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const OUT = 'dist/bundle';

rmSync(OUT, { recursive: true, force: true });
await build({
  // The listing thread's script beside cli.js (src/load/list-aside.ts starts it by that name).
  entryPoints: { cli: 'dist/cli.js', 'listing-worker': 'dist/load/listing-worker.js' },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['./validators.cjs'],
  // CommonJS packages (commander, handlebars) call `require` for Node's own modules.
  banner: { js: "import { createRequire as __accordsRequire } from 'node:module';\nconst require = __accordsRequire(import.meta.url);" },
  // Maps to the TypeScript sources (through tsc's maps), for `NODE_OPTIONS=--enable-source-maps`.
  sourcemap: 'linked',
  logLevel: 'warning',
});
copyFileSync('dist/load/validators.cjs', `${OUT}/validators.cjs`);
