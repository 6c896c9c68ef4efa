import { engineKey } from '../cache/version.ts';
import { startWorker, workerEntry } from '../worker.ts';

/**
 * keepSnapshotOf in a worker thread, for a start that found many articles new to the cache: the
 * build holds hundreds of megabytes at tens of thousands of articles (the people, their mentions, the
 * terms), which go with the thread before buildKnowledgeFromDir opens the snapshot. Resolves false
 * where the thread could not start or kept none (buildKnowledgeFromDir then builds). Its own module, so
 * that the build (index.ts and all it imports, which the cache's engine key hashes) does not import src/worker.ts.
 */
export function keepSnapshotInThread(dir: string, cacheDir: string): Promise<boolean> {
  return new Promise((resolve) => {
    let kept = false;
    try {
      const w = startWorker(workerEntry('build-worker', import.meta.url), { workerData: { dir, cacheDir, engine: engineKey() } });
      w.on('message', (m: boolean) => (kept = m));
      w.on('error', () => undefined); // the exit follows
      w.on('exit', () => resolve(kept));
    } catch {
      resolve(false);
    }
  });
}
