// Starts src/<entry>.ts (cli or main) as one JavaScript bundle: the TypeScript is bundled by esbuild
// into dist/<entry>.mjs, rebuilt whenever a source file is newer, and imported in this same process.
// The worker threads that derive articles on a cold start (src/cache/prepare.ts) run their own
// bundle, dist/derive-worker.mjs, made and kept fresh along with the entry; so does the thread that
// reads a page added from chat (src/intake/extract-in-worker.ts), dist/extract-worker.mjs.
// That start is about twice as fast as loading every module through tsx, and needs no build step of
// anyone's own (`npm ci` builds it through "prepare"; an edited source is rebuilt on the next start).
//   node scripts/launch.mjs cli|main [args...]     node scripts/launch.mjs --build
import { readdirSync, renameSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ENTRIES = ['cli', 'main'];
/** Bundles that the entries start as worker threads: source under src/, bundle name in dist/. */
const WORKERS = [['cache/derive-worker', 'derive-worker'], ['intake/extract-worker', 'extract-worker']];
const SOURCES = ['src', 'commands', 'package.json', 'package-lock.json'];

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

function modified(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

async function bundle(entry, source = entry) {
  const { build } = await import('esbuild');
  const out = join('dist', `${entry}.mjs`);
  const result = await build({
    entryPoints: [join('src', `${source}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'error',
  });
  mkdirSync('dist', { recursive: true });
  // Written beside and renamed: two processes starting at once never read half a file.
  const temp = `${out}.${process.pid}.tmp`;
  writeFileSync(temp, result.outputFiles[0].contents);
  renameSync(temp, out);
  return out;
}

async function ensure(entry) {
  const sources = Math.max(...SOURCES.map((p) => modified(p) < 0 ? -1 : newest(p)));
  const fresh = async (name, source) => {
    const out = join('dist', `${name}.mjs`);
    return modified(out) >= sources ? out : bundle(name, source);
  };
  for (const [source, name] of WORKERS) await fresh(name, source);
  return fresh(entry, entry);
}

const [entry] = process.argv.slice(2);
if (entry === '--build') {
  for (const e of ENTRIES) await bundle(e);
  for (const [source, name] of WORKERS) await bundle(name, source);
} else if (ENTRIES.includes(entry)) {
  process.argv.splice(2, 1); // the entry's own arguments follow, as if it were run directly
  let out;
  try {
    out = await ensure(entry);
  } catch (err) {
    // No bundle to be had (esbuild missing or failing): run the TypeScript through tsx instead.
    process.stderr.write(`launch: bundling failed (${err.message.split('\n')[0]}); running through tsx\n`);
    await import('tsx/esm');
    await import(pathToFileURL(join('src', `${entry}.ts`)).href);
    out = undefined;
  }
  if (out) await import(pathToFileURL(out).href);
} else {
  process.stderr.write(`usage: node scripts/launch.mjs ${ENTRIES.join('|')} [args...] | --build\n`);
  process.exitCode = 2;
}
