import { setPriority } from 'node:os';
import type { CacheStats } from '../cache/cache.ts';
import { adoptEngineKey } from '../cache/version.ts';
import { buildSnapshot, type BuiltCorpus } from '../knowledge-build/index.ts';

// The child process of a live reload (live-knowledge.ts): the full build of the changed seeds folder
// over the knowledge cache (deriving what is new, linking people across all articles, filling the
// index file, keeping a snapshot and the people index), so that the process answering questions only
// opens that snapshot and swaps. A process rather than a worker thread: a thread's heap is torn down
// while its parent joins it (hundreds of milliseconds without answers after a large build), and a
// process can be given a lower priority as a whole. It answers once over IPC, with the built corpus
// (or none when no snapshot could be kept), and exits.

export interface ReloadRequest {
  dir: string;
  cacheDir: string;
  /** The parent's engine key (engineKey()): the same cache folder even if the sources changed on disk since it started. */
  engine: string;
}

export type ReloadReply = { built: BuiltCorpus | undefined; stats: CacheStats; warnings: [object, string][] } | { error: string };

// The cores go to the process answering questions first (on Linux, threads started from here on inherit it).
try {
  setPriority(19);
} catch {
  // not allowed here: it runs at the parent's priority
}
let reply: ReloadReply;
try {
  const { dir, cacheDir, engine } = JSON.parse(process.argv[2] ?? '') as ReloadRequest;
  adoptEngineKey(engine);
  const stats: CacheStats = { reused: 0, derived: 0, corrupt: 0, relinked: 0 };
  // What the cache and index say goes back to the parent's logger.
  const warnings: [object, string][] = [];
  reply = { built: buildSnapshot(dir, { cacheDir, stats, logger: { warn: (obj, msg) => void warnings.push([obj, msg]) } }), stats, warnings };
} catch (err) {
  reply = { error: (err as Error).stack ?? String(err) };
}
process.send!(reply, () => process.exit(0));
