import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../core/logger.ts';
import type { CacheStats } from '../cache/cache.ts';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildKnowledgeFromDir, openSnapshot, type BuiltCorpus, type Knowledge } from '../knowledge-build/index.ts';
import { prepareKnowledgeCache } from '../cache/prepare.ts';
import type { Listing } from '../cache/listing.ts';
import { engineKey } from '../cache/version.ts';
import { workerEntry } from '../worker.ts';
import type { ReloadReply, ReloadRequest } from './reload-worker.ts';
import { diff, isEmpty, snapshot, type Snapshot } from './snapshot.ts';

// The knowledge of a seeds folder that follows the folder: a file added, changed or removed is picked
// up within a second without a restart. Each reload builds a complete new Knowledge from the whole
// folder (with the knowledge cache, only the files added or changed are derived again; linking people
// across articles is redone) and then swaps one reference, so a reader of current() gets the old corpus or the new one,
// never half of each. With the cache read on demand (cacheDir and lazyBytes), the full build runs in a
// child process (reload-worker.ts), which keeps its snapshot in the index file; this process, which
// goes on answering from the old knowledge meanwhile, then only opens that snapshot (as a warm start
// does, in slices between which questions are answered) and swaps. The old knowledge's searches read
// the index file the child rewrites: its writes are one transaction, so a search sees the old index
// or the new one, and rows of articles the old knowledge does not hold are skipped (ArticleIndex maps
// the rows it knows only); its people index is a slot of the file the child does not write
// (people-index.ts). A malformed file is logged with its name and skipped (it is in
// knowledge.problems, which /sources shows); the rest keeps serving.
//
// fs.watch on the folder is enough: any event only schedules a full rebuild, so per-file event
// bookkeeping (what chokidar adds) would buy nothing. The watcher is unref()'d and closed by stop().

export interface LiveKnowledgeOptions {
  dir: string;
  logger: Logger;
  /** Watch the folder (SEEDS_WATCH). Without it, reload() still works (the bot calls it after saving an article). */
  watch?: boolean;
  /** Quiet time after the last file event before rebuilding: a copy or an editor's save fires several. */
  debounceMs?: number;
  /**
   * The knowledge cache folder (KNOWLEDGE_CACHE): a reload then derives only the files added or
   * changed since they were last derived, and a restart derives nothing.
   */
  cacheDir?: string;
  /** With the cache: read each article when a question needs it, keeping at most this many bytes of them (KNOWLEDGE_CACHE_MB). */
  lazyBytes?: number;
  /** Builds the knowledge of a folder; default buildKnowledgeFromDir with the cache. A reload then builds on this thread. */
  build?: (dir: string) => Knowledge;
  /** The folder as prepareKnowledgeCache listed it at start: the first build does not list it again. */
  listing?: Listing;
  /** With cacheDir and lazyBytes, reloads build in a child process (default true; false builds on this thread, as the bench compares). */
  offThread?: boolean;
}

export interface LiveKnowledge {
  /** The knowledge now: one consistent corpus. Take it once per question. */
  current(): Knowledge;
  /** Called after each swap with the new knowledge. */
  onSwap(listener: (knowledge: Knowledge) => void): void;
  /** Rebuilds now if the folder changed since the last build; resolves when current() reflects the folder. */
  reload(): Promise<void>;
  /** Rebuilds after the quiet period, like a file event: lets a reply go out before the build takes the thread. */
  reloadSoon(): void;
  /** Closes the watcher; pending rebuilds are dropped. */
  stop(): void;
}

const DEBOUNCE_MS = 200;

export function createLiveKnowledge(options: LiveKnowledgeOptions): LiveKnowledge {
  const { dir, logger } = options;
  // What the last build took from the knowledge cache, for the logs.
  let cache: CacheStats | undefined;
  // The folder as the cache's preparation listed it, for the first build only.
  let listing = options.listing;
  const build =
    options.build ??
    ((d: string) => {
      cache = options.cacheDir ? { reused: 0, derived: 0, corrupt: 0, relinked: 0 } : undefined;
      const listed = listing;
      listing = undefined;
      return buildKnowledgeFromDir(d, { cacheDir: options.cacheDir, lazyBytes: options.lazyBytes, logger, stats: cache, listing: listed });
    });
  const debounceMs = options.debounceMs ?? DEBOUNCE_MS;
  const listeners: Array<(k: Knowledge) => void> = [];
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  // The reload's child process while it builds (ended by stop()).
  let child: ChildProcess | undefined;
  // One rebuild at a time; a change during a rebuild gets one more after it.
  let running: Promise<void> | undefined;
  let again = false;

  // At start a missing folder is the loader's to report (as a skipped "file" that /sources lists).
  let seen: Snapshot = readSnapshot(true) ?? new Map();
  const started = performance.now();
  let knowledge = build(dir);
  logger.info(
    {
      articles: knowledge.articles.length,
      people: knowledge.peopleFinder.count,
      quotes: knowledge.quoteCount,
      events: knowledge.eventList.length,
      cache,
      ms: Math.round(performance.now() - started),
    },
    'knowledge built',
  );
  for (const p of knowledge.problems) logger.warn({ file: p.file, reason: p.reason }, 'article skipped');

  if (options.watch ?? true) {
    try {
      watcher = watch(dir, { persistent: false }, () => schedule());
      watcher.on('error', (err) => logger.warn({ err, dir }, 'seeds folder watch failed; new articles need reload or restart'));
      watcher.unref();
      logger.debug({ dir }, 'watching the seeds folder');
    } catch (err) {
      logger.warn({ err, dir }, 'cannot watch the seeds folder; new articles need a restart');
    }
  }

  function schedule(): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), debounceMs);
    timer.unref();
  }

  function reload(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          // Let the caller's turn finish first (an answer being sent, a file being closed).
          await new Promise((r) => setImmediate(r));
          if (!stopped) await rebuild();
        } while (again && !stopped);
      } finally {
        running = undefined;
      }
    })();
    return running;
  }

  async function rebuild(): Promise<void> {
    const now = readSnapshot();
    // A folder that cannot be read (moved, permissions) keeps the corpus that was loaded.
    if (!now) return;
    const changes = diff(seen, now);
    if (isEmpty(changes)) return;
    const started = performance.now();
    // Many new articles are derived into the cache in worker threads, while this thread answers.
    if (!options.build) await prepareKnowledgeCache(dir, options.cacheDir, logger);
    if (stopped) return;
    let next: Knowledge | undefined;
    let offThread = false;
    if (!options.build && options.cacheDir && options.lazyBytes !== undefined && (options.offThread ?? true)) {
      const reply = await buildElsewhere({ dir, cacheDir: options.cacheDir, engine: engineKey() });
      if (stopped) return;
      if ('error' in reply) logger.warn({ reason: reply.error, dir }, 'building the knowledge in a child process failed; building it here');
      else {
        cache = reply.stats;
        for (const [obj, msg] of reply.warnings) logger.warn(obj, msg);
        next = reply.built && (await openBuilt(reply.built));
        if (stopped) return;
        offThread = next !== undefined;
      }
    }
    try {
      next ??= build(dir);
    } catch (err) {
      logger.error({ err, dir }, 'rebuilding the knowledge failed; still serving the previous articles');
      return;
    }
    seen = now;
    const before = new Set(knowledge.problems.map(problemKey));
    knowledge = next; // the swap
    logger.info(
      { ...changes, articles: next.articles.length, skipped: next.problems.length, cache, offThread, ms: Math.round(performance.now() - started) },
      'articles reloaded',
    );
    for (const p of next.problems)
      if (!before.has(problemKey(p)) || changes.added.includes(p.file) || changes.changed.includes(p.file))
        logger.warn({ file: p.file, reason: p.reason }, 'article skipped');
    for (const l of listeners) {
      try {
        l(next);
      } catch (err) {
        logger.error({ err }, 'a knowledge swap listener failed');
      }
    }
  }

  /** The full build in a child process (reload-worker.ts); this process keeps answering meanwhile. */
  function buildElsewhere(request: ReloadRequest): Promise<ReloadReply> {
    return new Promise((resolve) => {
      const entry = workerEntry('reload-worker', import.meta.url);
      // From the sources (tests, tsx scripts) the child runs the TypeScript through tsx, as the parent does.
      const tsx = entry.pathname.endsWith('.ts') && !process.execArgv.some((a) => a.includes('tsx')) ? ['--import', 'tsx'] : [];
      let started: ChildProcess;
      try {
        started = fork(fileURLToPath(entry), [JSON.stringify(request)], {
          execArgv: [...process.execArgv, ...tsx],
          stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        });
      } catch (err) {
        resolve({ error: (err as Error).message });
        return;
      }
      child = started;
      let replied = false;
      const done = (reply: ReloadReply) => {
        if (replied) return;
        replied = true;
        if (child === started) child = undefined;
        resolve(reply);
      };
      started.once('message', (reply: ReloadReply) => done(reply));
      started.once('error', (err) => done({ error: err.message }));
      started.once('exit', (code, signal) => done({ error: `the reload process ended (${signal ?? code}) without an answer` }));
    });
  }

  /** The knowledge the child built, opened from its snapshot (as a warm start opens it); undefined when it cannot be. */
  async function openBuilt(built: BuiltCorpus): Promise<Knowledge | undefined> {
    try {
      return await openSnapshot(dir, built, { cacheDir: options.cacheDir!, lazyBytes: options.lazyBytes!, logger });
    } catch (err) {
      logger.warn({ err, dir }, 'cannot open the knowledge built in a child process; building it here');
      return undefined;
    }
  }

  function readSnapshot(quiet = false): Snapshot | undefined {
    try {
      return snapshot(dir);
    } catch (err) {
      if (!quiet) logger.error({ dir, code: (err as NodeJS.ErrnoException).code }, 'cannot read the seeds folder; still serving the articles loaded before');
      return undefined;
    }
  }

  return {
    current: () => knowledge,
    onSwap: (listener) => void listeners.push(listener),
    reload,
    reloadSoon: schedule,
    stop() {
      stopped = true;
      clearTimeout(timer);
      watcher?.close();
      watcher = undefined;
      child?.kill();
    },
  };
}

function problemKey(p: { file: string; reason: string }): string {
  return `${p.file}\u0000${p.reason}`;
}
