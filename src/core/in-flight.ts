// Work in progress (an answer being produced and sent): what a stop should let finish, up to a limit
// (settleWithin, also for a connection's close that may hang), and an answer slower than a platform
// waits for, acknowledged first (withDeferral).

export interface InFlight {
  /** Adds a promise; it leaves the set when it settles. Returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Resolves when everything tracked has settled, or after `ms`, whichever is first. */
  drain(ms: number): Promise<void>;
  readonly size: number;
}

export function createInFlight(): InFlight {
  const pending = new Set<Promise<unknown>>();
  return {
    track(work) {
      pending.add(work);
      void work.then(
        () => pending.delete(work),
        () => pending.delete(work),
      );
      return work;
    },
    async drain(ms) {
      if (pending.size) await settleWithin(Promise.allSettled([...pending]), ms);
    },
    get size() {
      return pending.size;
    },
  };
}

/** Waits until `work` settles (a failure is not the waiter's), or `ms` have passed: what may hang (a close, a drain) must not hold a stop. */
export async function settleWithin(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work.catch(() => undefined), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/**
 * The work's result; when it takes longer than `afterMs`, `defer` runs first (Discord's "thinking…",
 * which must come within 3 s) and the result is awaited after it.
 */
export async function withDeferral<T>(pending: Promise<T>, afterMs: number, defer: () => Promise<unknown>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), afterMs)));
  try {
    const first = await Promise.race([pending, late]);
    if (first !== 'late') return first;
    await defer();
    return await pending;
  } finally {
    clearTimeout(timer);
  }
}
