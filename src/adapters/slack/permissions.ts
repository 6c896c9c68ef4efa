import type { webApi } from '@slack/bolt';
import type { Logger } from '../../core/logger.ts';

// Who may manage a channel's daily posts: a user listed in SLACK_ADMIN_USERS, or a workspace admin or
// owner according to users.info (scope users:read). Answers are cached, so a burst of commands costs
// one call per user.

export type ManagerCheck = (userId: string) => Promise<boolean>;

export function createManagerCheck(options: { adminUsers: string[]; client: () => webApi.WebClient; logger: Logger; ttlMs?: number; now?: () => number }): ManagerCheck {
  const ttl = options.ttlMs ?? 10 * 60_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { at: number; ok: boolean }>();
  return async (userId) => {
    if (options.adminUsers.includes(userId)) return true;
    const hit = cache.get(userId);
    if (hit && now() - hit.at < ttl) return hit.ok;
    let ok = false;
    try {
      const res = await options.client().users.info({ user: userId });
      ok = Boolean(res.user?.is_admin || res.user?.is_owner || res.user?.is_primary_owner);
    } catch (err) {
      options.logger.warn({ err, userId }, 'users.info failed; treating the user as not a channel manager');
      return false;
    }
    if (cache.size > 1000) cache.clear();
    cache.set(userId, { at: now(), ok });
    return ok;
  };
}
