import type { webApi } from '@slack/bolt';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../../core/logger.ts';

// Who is an admin (daily posts: SLACK_ADMIN_USERS; articles: ADMIN_USERS, in the intake): a user
// listed, or an admin or owner of the workspace the app is installed in, according to users.info
// (scope users:read). A Slack Connect user is an admin of another workspace, not of this one: the
// user's team_id must be the installed workspace's (auth.test). Answers are cached for a minute at
// most, so a burst of commands costs one call per user and a demoted admin is one within a minute.

export type ManagerCheck = (userId: string) => Promise<boolean>;

/** At most this long is a users.info answer trusted. */
export const ADMIN_CACHE_MS = 60_000;

export function createManagerCheck(options: {
  adminUsers: string[];
  client: () => webApi.WebClient;
  logger: Logger;
  team: () => string | undefined;
  ttlMs?: number;
  now?: () => number;
  max?: number;
}): ManagerCheck {
  const ttl = Math.min(options.ttlMs ?? ADMIN_CACHE_MS, ADMIN_CACHE_MS);
  const now = options.now ?? Date.now;
  // Bounded: the least recently asked user goes first (lru-cache).
  const cache = new LRUCache<string, { at: number; ok: boolean }>({ max: options.max ?? 1000 });
  return async (userId) => {
    if (options.adminUsers.includes(userId)) return true;
    const hit = cache.get(userId);
    if (hit && now() - hit.at < ttl) return hit.ok;
    let ok = false;
    try {
      const res = await options.client().users.info({ user: userId });
      const team = options.team();
      ok = Boolean(team && res.user?.team_id === team && (res.user.is_admin || res.user.is_owner || res.user.is_primary_owner));
    } catch (err) {
      options.logger.warn({ err, userId }, 'users.info failed; treating the user as not a channel manager');
      return false;
    }
    cache.set(userId, { at: now(), ok });
    return ok;
  };
}
