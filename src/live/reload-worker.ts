import { parentPort, workerData } from 'node:worker_threads';
import type { CacheStats } from '../cache/cache.ts';
import { buildSnapshot, type BuiltCorpus } from '../knowledge/index.ts';

// The thread of a live reload (live-knowledge.ts): the full build of the changed seeds folder over the
// knowledge cache (deriving what is new, linking people across all articles, filling the index file,
// keeping a snapshot), so that the thread answering questions only opens that snapshot and swaps.
// It answers once, with the built corpus (or none when no snapshot could be kept, or the build
// failed), and is then ended.

export interface ReloadRequest {
  dir: string;
  cacheDir: string;
}

export type ReloadReply = { built: BuiltCorpus | undefined; stats: CacheStats; warnings: [object, string][] } | { error: string };

const { dir, cacheDir } = workerData as ReloadRequest;
const stats: CacheStats = { reused: 0, derived: 0, corrupt: 0, relinked: 0 };
// What the cache and index say goes back to the main thread's logger.
const warnings: [object, string][] = [];
let reply: ReloadReply;
try {
  reply = { built: buildSnapshot(dir, { cacheDir, stats, logger: { warn: (obj, msg) => void warnings.push([obj, msg]) } }), stats, warnings };
} catch (err) {
  reply = { error: (err as Error).stack ?? String(err) };
}
parentPort!.postMessage(reply);
