// `npm run build`: the TypeScript bundled by esbuild into dist/, one ES module per entry with its
// source map (run with `node --enable-source-maps`, a stack trace names src/ files and lines).
// The packages in node_modules stay imports (`packages: 'external'`): better-sqlite3 is native, and
// the bundle holds only this project's code. The worker threads' entries are bundles of their own,
// started by file name from beside the bundle that starts them (src/worker.ts).
//   node scripts/build.mjs            (scripts/launch.mjs imports it when dist/ is missing or stale)
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Bundle name in dist/ -> its source. */
export const ENTRIES = {
  cli: 'src/cli.ts',
  main: 'src/main.ts',
  'derive-worker': 'src/cache/derive-worker.ts',
  'build-worker': 'src/knowledge-build/build-worker.ts',
  'extract-worker': 'src/intake/extract-worker.ts',
  'reload-worker': 'src/live/reload-worker.ts',
};

/**
 * Bundle name in dist/ -> its source, bundled again as a CommonJS script (`<name>.cjs`): the CLI,
 * started once per question, which scripts/launch.mjs runs through node:vm with V8's code cache
 * (scripts/script-cache.mjs). Node 20 keeps no compiled code between starts for an ES module.
 */
export const SCRIPTS = {
  cli: 'src/cli.ts',
};

/** Packages a script bundles instead of requiring them: ES modules only, which Node before 20.19 cannot require. */
const BUNDLED_IN_SCRIPTS = ['stemmer'];

/** What a bundle is made from and how (this file): a change to any of these makes dist/ stale. */
export const SOURCES = ['src', 'commands', 'package.json', 'package-lock.json', 'scripts/build.mjs'];

/** How a bundle is made (scripts/bench-derive.ts --bundled bundles itself the same way). */
export const BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Regular expressions stay literals. For a node target esbuild otherwise writes each one with a
  // Unicode property escape (\p{Lu}) as `new RegExp(source, flags)`, constructed again each time
  // the expression is reached: in a function that runs per word or per sentence (most of what a
  // cold start derives per article), a runtime call and an object per call. Node 20 reads them.
  supported: { 'regexp-unicode-property-escapes': true },
  packages: 'external',
};

export async function build(outdir = 'dist') {
  const { build: esbuild } = await import('esbuild');
  const common = {
    ...BUNDLE,
    outdir,
    // Mappings only: the sources are in src/ to read, and the map stays small to load at start.
    sourcemap: 'linked',
    sourcesContent: false,
    write: false,
    logLevel: 'error',
  };
  const modules = await esbuild({ ...common, entryPoints: ENTRIES, outExtension: { '.js': '.mjs' } });
  const scripts = await esbuild({
    ...common,
    format: 'cjs',
    entryPoints: SCRIPTS,
    outExtension: { '.js': '.cjs' },
    // The only `import.meta` the sources read: the script's own URL (beside it, the workers' bundles).
    define: { 'import.meta.url': '__bundleUrl' },
    // (Strict first, as the modules are: a directive after the banner would be a plain expression.)
    banner: { js: '"use strict";\nvar __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    packages: undefined,
    plugins: [
      {
        name: 'packages-required',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED_IN_SCRIPTS.includes(args.path) ? undefined : { path: args.path, external: true }));
        },
      },
    ],
  });
  mkdirSync(outdir, { recursive: true });
  // Maps first, each file written beside and renamed: a process starting meanwhile never reads half a file.
  const files = [...modules.outputFiles, ...scripts.outputFiles].sort((a, b) => Number(b.path.endsWith('.map')) - Number(a.path.endsWith('.map')));
  for (const file of files) {
    const temp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temp, file.contents);
    renameSync(temp, file.path);
  }
  return files.map((f) => join(outdir, basename(f.path)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const file of await build(process.argv[2])) process.stdout.write(`${file}\n`);
}
