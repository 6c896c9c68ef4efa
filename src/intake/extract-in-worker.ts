import type { Worker } from 'node:worker_threads';
import { startWorker, workerEntry } from '../worker.ts';
import { ExtractError, type Draft } from './extract.ts';

// Reading a page (linkedom's DOM, Readability, the Markdown clean-up) runs in a worker thread with a
// time and a memory limit: a hostile page (deeply nested elements, megabytes of markup) used to hold
// the main thread for minutes, and with it every answer, /healthz and SIGTERM. The thread is ended
// when its time is up, and is never what keeps the process alive.

export interface ExtractLimits {
  /** Default 8 s: a news page takes a few hundred milliseconds, on a busy machine too. */
  timeoutMs?: number;
  /** The thread's old-generation heap, MB. Default 256: a 5 MB page needs well under 100. */
  maxHeapMb?: number;
  /** The worker's entry (tests pass one that cannot start). */
  entry?: URL;
}

/** The draft of a page or file, read in a worker thread; rejects with ExtractError saying why not. */
export function extractDraft(kind: 'html' | 'markdown', text: string, url: string | undefined, limits: ExtractLimits = {}): Promise<Draft> {
  const timeoutMs = limits.timeoutMs ?? 8000;
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = startWorker(limits.entry ?? workerEntry('extract-worker', import.meta.url), {
        workerData: { kind, text, url },
        resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb ?? 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      });
    } catch (err) {
      return reject(new ExtractError(`the page could not be read (${(err as Error).message})`));
    }
    worker.unref();
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(new ExtractError(`reading the page took longer than ${Math.round(timeoutMs / 1000)} s`))), timeoutMs);
    timer.unref();
    worker.on('message', (m: { ok: true; draft: Draft } | { ok: false; message: string }) =>
      finish(() => (m.ok ? resolve(m.draft) : reject(new ExtractError(m.message)))),
    );
    worker.on('error', (err: Error & { code?: string }) =>
      finish(() =>
        reject(
          new ExtractError(
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? 'the page needs more memory to read than a page may have'
              : `the page could not be read (${err.message.slice(0, 200)})`,
          ),
        ),
      ),
    );
    worker.on('exit', (code) => finish(() => reject(new ExtractError(`the page could not be read (the reader stopped with code ${code})`))));
  });
}
