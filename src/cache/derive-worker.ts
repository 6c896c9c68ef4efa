import { basename } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readArticleFile } from '../corpus/load.ts';
import { openKnowledgeCache } from './cache.ts';

// A thread of the pool in prepare.ts: each message is a list of article files, derived into the
// knowledge cache by the cache's own parse (the same entry, written the same way as by a build).
// A file that cannot be read or parsed is skipped: the build meets it again and reports it.
// Each answer is the number of articles of its batch derived.

const { cacheDir, engine } = workerData as { cacheDir: string; engine: string };
const cache = openKnowledgeCache(cacheDir, undefined, engine);

parentPort!.on('message', (paths: string[]) => {
  const before = cache.stats.derived;
  for (const path of paths) {
    try {
      cache.parse(basename(path), readArticleFile(path));
    } catch {
      // malformed or unreadable: left to the build
    }
  }
  parentPort!.postMessage(cache.stats.derived - before);
});
