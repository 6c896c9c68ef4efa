// Work in progress (an answer being produced and sent) that a stop should let finish, up to a limit.

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
      if (!pending.size) return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...pending]), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
      clearTimeout(timer);
    },
    get size() {
      return pending.size;
    },
  };
}
