// `npm start` and `npm run ask`: run the bundle of src/<entry>.ts (dist/<entry>.mjs, scripts/build.mjs)
// in this same process, building it first when it is missing or older than a source, so that
// `npm ci && npm start` needs no step of anyone's own and an edited source is never run stale.
// A bundle that cannot be built stops the start with esbuild's message: what runs is always the
// bundle, the code the Docker image runs too. The CLI runs as its script bundle (dist/cli.cjs, the
// same code) with V8's code cache kept between starts (scripts/script-cache.mjs).
//   node --enable-source-maps scripts/launch.mjs cli|main [args...]
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, ENTRIES, SCRIPTS, SOURCES } from './build.mjs';
import { runScript } from './script-cache.mjs';

const RUNNABLE = ['cli', 'main'];

function newest(path) {
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s) return -1;
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

const [entry] = process.argv.slice(2);
if (!RUNNABLE.includes(entry)) {
  process.stderr.write(`usage: node scripts/launch.mjs ${RUNNABLE.join('|')} [args...]\n`);
  process.exit(2);
}
process.argv.splice(2, 1); // the entry's own arguments follow, as if it were run directly

const sources = Math.max(...SOURCES.map(newest));
const bundles = [...Object.keys(ENTRIES).map((name) => `${name}.mjs`), ...Object.keys(SCRIPTS).map((name) => `${name}.cjs`)];
const stale = bundles.some((file) => newest(join('dist', file)) < sources);
if (stale) {
  try {
    await import('esbuild');
  } catch {
    process.stderr.write('launch: dist/ is missing or older than src/, and esbuild (a dev dependency) is not installed: run `npm ci`, then `npm start`\n');
    process.exit(1);
  }
  try {
    await build();
  } catch (err) {
    // esbuild has printed the errors with their files and lines.
    process.stderr.write(`launch: the bundle could not be built (${String(err.message).split('\n')[0]})\n`);
    process.exit(1);
  }
}
if (Object.hasOwn(SCRIPTS, entry)) runScript(join('dist', `${entry}.cjs`));
else await import(pathToFileURL(join('dist', `${entry}.mjs`)).href);
