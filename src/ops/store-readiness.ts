import type { StoreLifecycle } from '../store/types.ts';

// Readiness of the store is a real round trip (Store.probe: SELECT 1, or for SQLite a small write),
// not the last thing the pool happened to see: a frozen PostgreSQL keeps its connections open, and a
// full disk fails SQLite's writes while reads go on. One probe at a time, its outcome reused for
// `ttlMs`, so frequent /readyz calls cost one round trip a second; a probe that has not answered
// within `timeoutMs` counts as not ready (and no second one is started while it hangs).

export interface StoreReadinessOptions {
  ttlMs?: number;
  timeoutMs?: number;
  now?: () => number;
}

export function storeReadiness(store: () => StoreLifecycle | undefined, options: StoreReadinessOptions = {}): () => Promise<boolean> {
  const ttl = options.ttlMs ?? 1000;
  const limit = options.timeoutMs ?? 800;
  const now = options.now ?? Date.now;
  let last: { at: number; ok: boolean } | undefined;
  let probing: { since: number; done: Promise<boolean> } | undefined;
  return async () => {
    const s = store();
    if (!s?.healthy()) return false;
    if (last && now() - last.at < ttl) return last.ok;
    if (!probing) {
      const since = now();
      const done = s.probe().then(
        () => true,
        () => false,
      );
      probing = { since, done };
      void done.then((ok) => {
        last = { at: now(), ok };
        probing = undefined;
      });
    }
    const left = limit - (now() - probing.since);
    if (left <= 0) return false;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), left)));
    try {
      return await Promise.race([probing.done, late]);
    } finally {
      clearTimeout(timer);
    }
  };
}
