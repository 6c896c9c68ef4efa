// Slack retries an event it thinks was not delivered (X-Slack-Retry-Num, same event_id) and Bolt does
// not deduplicate. Slack retries three times within minutes, so an hour of event ids, bounded in count,
// is plenty.

export interface SeenEvents {
  /** True the first time an id is offered (within the time limit), false for a repeat. */
  firstTime(id: string): boolean;
  readonly size: number;
}

export interface SeenEventsOptions {
  max?: number;
  ttlMs?: number;
  now?: () => number;
}

export function createSeenEvents({ max = 10_000, ttlMs = 60 * 60_000, now = Date.now }: SeenEventsOptions = {}): SeenEvents {
  // Insertion order is arrival order, so the oldest entries are always first.
  const seen = new Map<string, number>();
  const prune = (t: number) => {
    for (const [id, at] of seen) {
      if (t - at < ttlMs && seen.size <= max) break;
      seen.delete(id);
    }
  };
  return {
    firstTime(id) {
      const t = now();
      prune(t);
      const at = seen.get(id);
      if (at !== undefined && t - at < ttlMs) return false;
      seen.set(id, t);
      prune(t);
      return true;
    },
    get size() {
      return seen.size;
    },
  };
}
