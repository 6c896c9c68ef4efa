import type { webApi } from '@slack/bolt';
import { adminCheck, type UserCheck } from '../../core/admins.ts';
import type { Logger } from '../../core/logger.ts';

// Who is an admin on Slack (daily posts: SLACK_ADMIN_USERS; articles: ADMIN_USERS, in the intake): a
// user listed, or an admin or owner of the workspace the app is installed in, according to users.info
// (scope users:read). A Slack Connect user is an admin of another workspace, not of this one: the
// user's team_id must be the installed workspace's (auth.test). Listing, caching and failures are the
// core's (src/core/admins.ts).

export function createManagerCheck(options: {
  adminUsers: string[];
  client: () => webApi.WebClient;
  logger: Logger;
  team: () => string | undefined;
  ttlMs?: number;
  now?: () => number;
  max?: number;
}): UserCheck {
  return adminCheck({
    listed: options.adminUsers,
    ttlMs: options.ttlMs,
    now: options.now,
    max: options.max,
    ask: async (userId) => {
      const res = await options.client().users.info({ user: userId });
      const team = options.team();
      return Boolean(team && res.user?.team_id === team && (res.user.is_admin || res.user.is_owner || res.user.is_primary_owner));
    },
    onError: (err, userId) => options.logger.warn({ err, userId }, 'users.info failed; treating the user as not a channel manager'),
  });
}
