import { Worker, type WorkerOptions } from 'node:worker_threads';

// A worker thread starts without its parent's module loader. From the bundle in dist/, its entry
// is a bundle of its own (scripts/build.mjs) and needs none; from the TypeScript sources (vitest,
// tsx scripts) the thread registers tsx, a dev dependency, before it imports the entry.

/** The entry of a worker beside the calling module: `<name>.ts` from the sources, `<name>.mjs` from dist/. */
export function workerEntry(name: string, caller: string): URL {
  return new URL(`./${name}${caller.endsWith('.ts') ? '.ts' : '.mjs'}`, caller);
}

/** A worker thread running `entry`; a `.ts` entry is run through tsx. */
export function startWorker(entry: URL, options: WorkerOptions = {}): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  // Evaluated code resolves `tsx` from the working folder: the project's, where sources are run.
  const code = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { ...options, eval: true });
}
