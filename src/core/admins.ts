import { LRUCache } from 'lru-cache';

// Who is an admin, as every platform decides it: a user listed in the configuration, or one the
// platform says is (Slack: a workspace admin per users.info), that answer trusted for a minute at
// most (a burst of commands costs one question a user; a demoted admin is one within a minute) and
// kept for a bounded number of users. A platform that cannot answer means "not an admin", unkept.

export type UserCheck = (userId: string) => Promise<boolean>;

/** At most this long is the platform's answer trusted. */
export const ADMIN_CACHE_MS = 60_000;

export interface AdminCheckOptions {
  /** Users who are admins whatever the platform says. */
  listed: readonly string[];
  /** The platform's answer; a throw means it could not answer. */
  ask: UserCheck;
  /** Told when the platform could not answer. */
  onError?: (err: unknown, userId: string) => void;
  /** Shortened to ADMIN_CACHE_MS at most. */
  ttlMs?: number;
  now?: () => number;
  /** Users whose answer is kept (CHAT_MEMORY_MAX). */
  max?: number;
}

export function adminCheck(options: AdminCheckOptions): UserCheck {
  const ttl = Math.min(options.ttlMs ?? ADMIN_CACHE_MS, ADMIN_CACHE_MS);
  const now = options.now ?? Date.now;
  // Bounded: the least recently asked user goes first (lru-cache).
  const cache = new LRUCache<string, { at: number; ok: boolean }>({ max: options.max ?? 1000 });
  return async (userId) => {
    if (options.listed.includes(userId)) return true;
    const hit = cache.get(userId);
    if (hit && now() - hit.at < ttl) return hit.ok;
    let ok: boolean;
    try {
      ok = await options.ask(userId);
    } catch (err) {
      options.onError?.(err, userId);
      return false;
    }
    cache.set(userId, { at: now(), ok });
    return ok;
  };
}
