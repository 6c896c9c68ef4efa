import { parentPort, workerData } from 'node:worker_threads';
import { adoptEngineKey } from '../cache/version.ts';
import { keepSnapshotOf } from './index.ts';

// The thread keepSnapshotInThread (index.ts) starts: builds a new or changed corpus a file at a time
// into the snapshot a start opens (stream.ts), so that what the build held goes with the thread.
// Answers whether a snapshot was kept.

const { dir, cacheDir, engine } = workerData as { dir: string; cacheDir: string; engine: string };
adoptEngineKey(engine);
parentPort!.postMessage(keepSnapshotOf(dir, cacheDir));
