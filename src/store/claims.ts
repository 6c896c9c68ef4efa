import { LRUCache } from 'lru-cache';
import type { Logger } from '../core/logger.ts';
import { type EventDedupe, StoreUnavailableError } from './types.ts';

// First-claims: "has anyone taken this key lately?" for Slack event ids (Slack retries an event and
// may deliver it to another process behind a load balancer; Bolt does not deduplicate), Discord
// message ids and mention cooldowns. With a store, a claim is atomic across every process on the
// database; while the database is unreachable, this process's memory stands in, so questions are
// still answered (at worst twice, by two processes, during the outage). This process's memory is
// checked at all times too, so one process never answers an event twice across an outage.

export interface Claims {
  /** True the first time `key` is offered while no earlier claim of it lives; the claim lives `ttlMs`. */
  first(key: string, ttlMs: number): Promise<boolean>;
}

export interface MemoryClaims extends Claims {
  readonly size: number;
  /** Forgets a claim (it was this process's to make, and another process had made it first). */
  release(key: string): void;
}

/**
 * One process's claims (event ids, message ids, cooldowns): at most `max`, each for its ttl; when full,
 * the least recently claimed goes first (lru-cache).
 */
export function memoryClaims({ max = 10_000, now = Date.now }: { max?: number; now?: () => number } = {}): MemoryClaims {
  // The expiry is kept with the claim and checked against `now`, so an injected clock rules (tests, and no timers).
  const held = new LRUCache<string, number>({ max });
  return {
    async first(key, ttlMs) {
      const t = now();
      const until = held.get(key);
      if (until !== undefined && until > t) return false;
      held.set(key, t + ttlMs);
      return true;
    },
    release(key) {
      held.delete(key);
    },
    get size() {
      return held.size;
    },
  };
}

/**
 * A claim stands between a user and the answer: a database that does not answer in this time (frozen,
 * or its network gone silent) counts as unreachable for that claim, and this process decides alone.
 */
export const CLAIM_LIMIT_MS = 1500;

function withinLimit<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new StoreUnavailableError(`the database did not answer a claim within ${ms} ms`)), ms)),
  );
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Claims in the store, shared by every process on it, and in this process's memory as well: both are
 * checked, so a retry that crosses an outage is still taken once by this process (claimed in memory
 * during the outage and retried after it, or claimed in the store and retried during it). While the
 * database is unreachable, memory alone decides.
 */
export function storeClaims(store: EventDedupe, logger: Logger, now: () => number = Date.now, limitMs = CLAIM_LIMIT_MS, max?: number): Claims {
  const local = memoryClaims({ now, max });
  return {
    async first(key, ttlMs) {
      if (!(await local.first(key, ttlMs))) return false;
      try {
        const won = await withinLimit(store.firstClaim(key, now(), ttlMs), limitMs);
        // Another process holds it: forget this process's claim, so its own expiry in the store rules.
        if (!won) local.release(key);
        return won;
      } catch (err) {
        if (!(err instanceof StoreUnavailableError)) logger.error({ err, key }, 'claim failed; deciding in this process alone');
        return true; // claimed in memory above
      }
    },
  };
}
