import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The version of the knowledge engine, part of every knowledge cache key: a cached derivation is
// used only by the engine that made it. Bump ENGINE_VERSION when what is derived from an article
// changes; the key also holds a hash of the source that derives it and writes it (src/corpus,
// src/knowledge, src/knowledge-build, src/cache, src/text.ts, src/search) and the versions of the libraries it relies on, so a code change that
// forgets the bump still invalidates the cache.

export const ENGINE_VERSION = 1;

const SOURCES = ['corpus', 'knowledge', 'knowledge-build', 'cache', 'search'];
const FILES = ['text.ts'];
const LIBRARIES = ['chrono-node', 'yaml', 'stemmer'];

let key: string | undefined;

/**
 * The key a thread started by this process takes over (a reload's worker), so that it reads and
 * writes the same cache folder and index file even if the sources changed on disk since the start.
 */
export function adoptEngineKey(parent: string): void {
  key = parent;
}

/** "v1-" and 16 hex digits of the sources' and libraries' hash; computed once per process. */
export function engineKey(): string {
  if (key) return key;
  // src/ beside this file, or (run from the bundle in dist/) the project's src/.
  const here = fileURLToPath(new URL('.', import.meta.url));
  const src = existsSync(join(here, '..', 'corpus')) ? join(here, '..') : join(here, '..', 'src');
  const hash = createHash('sha256').update(`engine ${ENGINE_VERSION}\n`);
  const files = engineFiles(src);
  for (const f of files)
    hash
      .update(`${f}\n`)
      .update(readFileSync(join(src, f)))
      .update('\n');
  const require = createRequire(import.meta.url);
  for (const lib of LIBRARIES) hash.update(`${lib}@${libraryVersion(require, lib)}\n`);
  return (key = `v${ENGINE_VERSION}-${hash.digest('hex').slice(0, 16)}`);
}

/** The sources the key hashes, relative to `src`. */
export function engineFiles(src: string): string[] {
  return [
    ...SOURCES.flatMap((d) =>
      readdirSync(join(src, d))
        .filter((f) => f.endsWith('.ts'))
        .sort()
        .map((f) => join(d, f)),
    ),
    ...FILES,
  ];
}

function libraryVersion(require: NodeRequire, name: string): string {
  try {
    // The main entry's folder holds package.json even where "exports" hides it.
    let dir = require.resolve(name);
    for (let i = 0; i < 5; i++) {
      dir = join(dir, '..');
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name && pkg.version) return pkg.version;
      } catch {
        // not this folder
      }
    }
  } catch {
    // not resolvable as CommonJS
  }
  return 'unknown';
}
