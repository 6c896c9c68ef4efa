import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { startWorker, workerEntry } from '../worker.ts';
import { readArticleFile } from '../corpus/load.ts';
import { contentHash } from './cache.ts';
import { known, listFolder, type Listing } from './listing.ts';
import { engineKey } from './version.ts';

// Deriving the articles (parsing, people, dates, terms) is most of a cold start, and each article is
// derived alone. So before the synchronous build, when many articles of the folder are missing from
// the knowledge cache, a pool of worker threads (one per core) derives them into the cache; the
// build then finds them there. Whatever the pool leaves out (a malformed file, a thread that could
// not start or failed) the build derives and reports as it always did, so the pool only saves time.

/** Fewer missing articles than this are derived by the build itself: starting threads costs more. */
export const MIN_MISSING = 64;
/** Files looked at first, spread over the folder (missing()). */
const SAMPLE = 64;
/** Files per message to a thread: few round trips, and the threads finish close together. */
const BATCH = 16;

export interface PrepareLogger {
  info?(obj: object, msg: string): void;
}

export interface PrepareOptions {
  /** Threads at most; default os.availableParallelism(). */
  workers?: number;
  /** Missing articles needed to start the pool; default MIN_MISSING. */
  min?: number;
  /** The worker's entry module (tests pass one that cannot start). */
  entry?: URL;
  /** Called as the threads report: articles derived so far, of `total` missing (a progress line). */
  progress?: (derived: number, total: number) => void;
}

export interface Prepared {
  /** Articles found missing from the cache (none when all of a sample of the folder is there). */
  missing: number;
  /** Articles the threads derived into the cache. */
  derived: number;
  /** Threads started. */
  workers: number;
  /** The folder as listed here, with its files' times, when no thread derived: the build takes it (BuildOptions.listing) rather than list it again. */
  listing?: Listing;
}

export async function prepareKnowledgeCache(
  dir: string,
  cacheDir: string | undefined,
  logger?: PrepareLogger,
  options: PrepareOptions = {},
): Promise<Prepared> {
  const none = (missing: number, listing?: Listing): Prepared => ({ missing, derived: 0, workers: 0, ...(listing ? { listing } : {}) });
  if (!cacheDir) return none(0);
  let engine: string;
  let paths: string[];
  let listing: Listing | undefined;
  try {
    engine = engineKey();
  } catch {
    return none(0); // no engine key: the build meets it too, and says so
  }
  try {
    listing = listFolder(dir);
  } catch {
    return none(0); // the build reports the folder
  }
  // The files and times the last start kept: nothing is missing, and no file is read.
  if (known(join(cacheDir, engine), dir, listing)) return none(0, listing);
  try {
    paths = missing(dir, join(cacheDir, engine), listing.files);
  } catch {
    return none(0, listing);
  }
  if (paths.length < (options.min ?? MIN_MISSING)) return none(paths.length, listing);
  try {
    mkdirSync(join(cacheDir, engine), { recursive: true });
    accessSync(join(cacheDir, engine), constants.W_OK);
  } catch {
    return none(paths.length, listing); // the build says the cache cannot be written
  }
  const started = performance.now();
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.ceil(paths.length / BATCH)));
  options.progress?.(0, paths.length);
  const { derived, workers } = await derive(
    paths,
    count,
    { cacheDir, engine },
    options.entry,
    options.progress && ((n: number) => options.progress!(n, paths.length)),
  );
  if (workers) logger?.info?.({ missing: paths.length, derived, workers, ms: Math.round(performance.now() - started) }, 'articles derived in worker threads');
  // (No listing: files may have changed while the threads ran, and the build lists the folder again.)
  return { missing: paths.length, derived, workers };
}

/**
 * The folder's article files whose content has no entry in the cache folder. A warm start should not
 * read every file twice (here, then in the build): a sample spread over the folder is looked at
 * first, and all the files only when some of the sample is missing. (Missing articles the sample
 * does not meet are few, or it would meet some: the build derives them.)
 */
function missing(dir: string, folder: string, files: string[]): string[] {
  const isMissing = (file: string) => {
    const path = join(dir, file);
    try {
      // Regular files within the size cap only (a FIFO or /dev/zero named *.md would block or never end).
      return !existsSync(join(folder, `${contentHash(readArticleFile(path))}.json`));
    } catch {
      return false; // unreadable, special or too big: the build reports it
    }
  };
  const step = Math.max(1, Math.floor(files.length / SAMPLE));
  if (!files.some((f, i) => i % step === 0 && isMissing(f))) return [];
  return files.filter(isMissing).map((f) => join(dir, f));
}

/** Hands the paths out to `count` threads in batches; resolves when all are done or gone. */
function derive(
  paths: string[],
  count: number,
  workerData: { cacheDir: string; engine: string },
  entry?: URL,
  progress?: (derived: number) => void,
): Promise<{ derived: number; workers: number }> {
  return new Promise((resolve) => {
    const url = entry ?? workerEntry('derive-worker', import.meta.url);
    let next = 0;
    const started: Worker[] = [];
    /** Batches sent to each live thread and not answered yet. */
    const inFlight = new Map<Worker, number>();
    let derived = 0;
    const retire = (w: Worker) => {
      if (!inFlight.delete(w) || inFlight.size) return;
      // The threads are ended before the build starts, so that their memory is given back first.
      void Promise.all(started.map((t) => t.terminate())).then(() => {
        resolve({ derived, workers: started.length });
      });
    };
    const feed = (w: Worker) => {
      if (next < paths.length) {
        w.postMessage(paths.slice(next, (next += BATCH)));
        inFlight.set(w, inFlight.get(w)! + 1);
      } else if (inFlight.get(w) === 0) retire(w);
    };
    for (let i = 0; i < count; i++) {
      let w: Worker;
      try {
        w = startWorker(url, { workerData });
      } catch {
        continue; // no threads here: the build derives
      }
      started.push(w);
      inFlight.set(w, 0);
      w.on('message', (n: number) => {
        if (!inFlight.has(w)) return;
        derived += n;
        progress?.(derived);
        inFlight.set(w, inFlight.get(w)! - 1);
        feed(w);
      });
      // A thread that fails leaves its batches to the build, and the rest of the queue to the others.
      w.on('error', () => retire(w));
      w.on('exit', () => retire(w));
      // Two batches at first, so that a thread never waits for its next one.
      feed(w);
      feed(w);
    }
    if (!started.length) resolve({ derived: 0, workers: 0 });
  });
}
