import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { webApi } from '@slack/bolt';
import { createManagerCheck } from '../../../src/adapters/slack/permissions.ts';
import { ADMIN_CACHE_MS } from '../../../src/core/admins.ts';

// GIVEN users.info answers, THEN a workspace admin is an admin only of the workspace the app is
// installed in (a Slack Connect admin of another workspace is none), and an answer is trusted for a
// minute at most, whatever longer cache is asked for (issue 20).

function fakeClient(users: Record<string, { team_id?: string; is_admin?: boolean; is_owner?: boolean }>) {
  const calls: string[] = [];
  const client = {
    users: { info: async ({ user }: { user: string }) => (calls.push(user), { ok: true, user: { id: user, ...users[user] } }) },
  } as unknown as webApi.WebClient;
  return { client: () => client, calls };
}

describe('Slack admins', () => {
  it('counts admins and owners of the installed workspace only; none while the workspace is unknown', async () => {
    const { client } = fakeClient({
      UHOME: { team_id: 'T1', is_admin: true },
      UOWNER: { team_id: 'T1', is_owner: true },
      UCONNECT: { team_id: 'T2', is_admin: true, is_owner: true },
      UPLAIN: { team_id: 'T1' },
    });
    let team: string | undefined = 'T1';
    const check = createManagerCheck({ adminUsers: ['ULISTED'], client, logger: pino({ level: 'silent' }), team: () => team });
    expect(await check('UHOME')).toBe(true);
    expect(await check('UOWNER')).toBe(true);
    expect(await check('UCONNECT')).toBe(false);
    expect(await check('UPLAIN')).toBe(false);
    expect(await check('ULISTED')).toBe(true);
    team = undefined;
    const unknown = createManagerCheck({ adminUsers: [], client, logger: pino({ level: 'silent' }), team: () => team });
    expect(await unknown('UHOME')).toBe(false);
  });

  it('asks users.info again after a minute, even when a longer cache is asked for', async () => {
    const users = { UADMIN: { team_id: 'T1', is_admin: true } };
    const { client, calls } = fakeClient(users);
    let t = 0;
    const check = createManagerCheck({ adminUsers: [], client, logger: pino({ level: 'silent' }), team: () => 'T1', ttlMs: 10 * 60_000, now: () => t });
    expect(await check('UADMIN')).toBe(true);
    t = ADMIN_CACHE_MS - 1;
    expect(await check('UADMIN')).toBe(true);
    expect(calls).toHaveLength(1);
    users.UADMIN.is_admin = false; // demoted
    t = ADMIN_CACHE_MS;
    expect(await check('UADMIN')).toBe(false);
    expect(calls).toHaveLength(2);
  });
});
