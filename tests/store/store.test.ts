import { describe, expect, it } from 'vitest';
import { toPostError as discordError } from '../../src/adapters/discord/post-error.ts';
import { toPostError as slackError } from '../../src/adapters/slack/post-error.ts';
import { PostError } from '../../src/core/post-error.ts';
import { classifyPostError } from '../../src/daily/failures.ts';
import { backends, storeFixture } from './backends.ts';

// One suite, both stores: whatever SQLite does for one machine, PostgreSQL does for many processes.

describe.each(backends)('store on $name', (backend) => {
  const store = storeFixture(backend);

  const key = { platform: 'discord' as const, channelId: '1', localDate: '2024-04-18' };

  it('GIVEN a live claim THEN nobody else takes it until its lease ends; a done delivery is never claimed again', async () => {
    const s = await store();
    expect(s.healthy()).toBe(true);
    expect(await s.claim(key, 'a', 1000, 500, 5)).toBe(true);
    expect(await s.claim(key, 'b', 1499, 500, 5)).toBe(false);
    expect(await s.claim(key, 'b', 1500, 500, 5)).toBe(true);
    expect(await s.complete(key, 'a', 1600)).toBe(false); // a lost its claim
    expect(await s.complete(key, 'b', 1600)).toBe(true);
    expect(await s.claim(key, 'c', 99_999, 500, 5)).toBe(false);
    expect(await s.delivery(key)).toMatchObject({ status: 'done', attempts: 2, postedAt: 1600 });
  });

  it('GIVEN retries THEN a retry waits for its time, a rate limit costs no attempt, and the day is given up after the last attempt', async () => {
    const s = await store();
    expect(await s.claim(key, 'a', 0, 100, 2)).toBe(true);
    expect(await s.retryLater(key, 'a', 1000, 'rate limited', false)).toBe(true);
    expect(await s.delivery(key)).toMatchObject({ status: 'retry', attempts: 0, error: 'rate limited' });
    expect(await s.claim(key, 'b', 999, 100, 2)).toBe(false);
    expect(await s.claim(key, 'b', 1000, 100, 2)).toBe(true);
    expect(await s.retryLater(key, 'b', 2000, 'socket hang up')).toBe(true);
    expect(await s.claim(key, 'c', 2000, 100, 2)).toBe(true);
    // c crashes; its lease runs out with both attempts used.
    expect(await s.claim(key, 'd', 2100, 100, 2)).toBe(false);
    expect(await s.delivery(key)).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('GIVEN several connections claiming the same deliveries at once THEN each is taken exactly once', async () => {
    const stores = await Promise.all([store(), store(), store(), store()]);
    const keys = Array.from({ length: 40 }, (_, i) => ({ platform: 'slack' as const, channelId: `C${i}`, localDate: '2024-04-18' }));
    const won = await Promise.all(
      stores.flatMap((s, n) => keys.map((k) => s.claim(k, `owner-${n}`, 5000, 60_000, 5).then((ok) => (ok ? k.channelId : undefined)))),
    );
    expect(won.filter(Boolean).sort()).toEqual(keys.map((k) => k.channelId).sort());
  });

  it('GIVEN an event id THEN only its first claim wins, across connections, until it expires', async () => {
    const [a, b] = await Promise.all([store(), store()]);
    const first = await Promise.all([a.firstClaim('slack-event:Ev1', 1000, 500), b.firstClaim('slack-event:Ev1', 1000, 500)]);
    expect(first.sort()).toEqual([false, true]);
    expect(await a.firstClaim('slack-event:Ev1', 1499, 500)).toBe(false);
    expect(await b.firstClaim('slack-event:Ev2', 1499, 500)).toBe(true);
    expect(await b.firstClaim('slack-event:Ev1', 1500, 500)).toBe(true);
    expect(await a.firstClaim('slack-event:Ev1', 1999, 500)).toBe(false);
  });

  it('GIVEN subscriptions from commands and from DAILY_CHANNELS THEN both stores list, update and forget them alike', async () => {
    const s = await store();
    await s.subscribe('discord', '1', '07:30', 'u1', 100);
    await s.subscribe('discord', '1', undefined, 'u2', 200); // a change of time keeps the first active_from
    expect(await s.get('discord', '1')).toMatchObject({ postTime: undefined, active: true, source: 'command', activeFrom: 100, failures: 0 });
    await s.syncConfig(
      [
        { platform: 'slack', channelId: 'C1' },
        { platform: 'discord', channelId: '1' },
      ],
      300,
    );
    expect(await s.get('slack', 'C1')).toMatchObject({ source: 'config', activeFrom: 0 });
    expect(await s.get('discord', '1')).toMatchObject({ source: 'command' }); // a command's subscription stays the command's
    expect((await s.postTimes()).sort()).toEqual([undefined]);
    expect(await s.addFailure('slack', 'C1')).toBe(1);
    expect(await s.addFailure('slack', 'C1')).toBe(2);
    await s.disable('slack', 'C1', 400, 'channel_not_found');
    expect((await s.pending('2024-04-18')).map((x) => x.channelId)).toEqual(['1']);
    expect(await s.unsubscribe('discord', '1', 'u1', 500)).toBe(true);
    expect(await s.unsubscribe('discord', '1', 'u1', 500)).toBe(false);
    await s.syncConfig([], 600);
    expect(await s.get('slack', 'C1')).toBeUndefined();
    expect(await s.get('discord', '1')).toMatchObject({ active: false });
    expect(await s.pending('2024-04-18')).toEqual([]);
  });

  it('GIVEN old deliveries and expired claims THEN prune forgets them and keeps the rest; a restarted owner frees its own claims', async () => {
    const s = await store();
    await s.claim({ ...key, localDate: '2024-01-01' }, 'a', 0, 1000, 5);
    await s.claim(key, 'a', 0, 1_000_000, 5);
    await s.firstClaim('old', 0, 10);
    await s.firstClaim('new', 0, 10_000);
    expect(await s.prune('2024-04-01', 100)).toBe(2);
    expect(await s.delivery({ ...key, localDate: '2024-01-01' })).toBeUndefined();
    expect(await s.lastDelivery('discord', '1')).toMatchObject({ localDate: '2024-04-18', status: 'claimed' });
    expect(await s.firstClaim('new', 100, 10_000)).toBe(false);
    expect(await s.claim(key, 'b', 10, 1000, 5)).toBe(false);
    expect(await s.releaseOwnClaims('a')).toBe(1);
    expect(await s.claim(key, 'b', 10, 1000, 5)).toBe(true);
  });

  it('GIVEN a store opened again THEN the schema is already there and nothing changes', async () => {
    const s = await store();
    await s.subscribe('slack', 'C9', undefined, undefined, 1);
    await s.close();
    const again = await store();
    expect(await again.get('slack', 'C9')).toMatchObject({ active: true });
  });
});

describe('post errors', () => {
  it('GIVEN the errors discord.js and the Slack Web API throw THEN each adapter says rate limit, channel or transient trouble, and the daily posts read only that', () => {
    const read = (e: unknown) => classifyPostError(e);
    expect(read(discordError({ name: 'RateLimitError', retryAfter: 5000 }))).toMatchObject({ kind: 'rate-limited', retryAfterMs: 5000 });
    expect(read(slackError({ code: 'slack_webapi_rate_limited_error', retryAfter: 3 }))).toMatchObject({ kind: 'rate-limited', retryAfterMs: 3000 });
    expect(read(discordError({ status: 429 }))).toMatchObject({ kind: 'rate-limited', retryAfterMs: 60_000 });
    expect(read(discordError({ code: 50013, status: 403, message: 'Missing Permissions' }))).toEqual({ kind: 'channel', reason: 'Missing Permissions' });
    expect(read(slackError({ code: 'slack_webapi_platform_error', data: { error: 'channel_not_found' } }))).toEqual({
      kind: 'channel',
      reason: 'channel_not_found',
    });
    expect(read(discordError(new Error('socket hang up')))).toEqual({ kind: 'transient', reason: 'socket hang up' });
    expect(read(discordError({ status: 503, message: 'Service Unavailable' }))).toMatchObject({ kind: 'transient' });
    // Nothing below the adapters reads platform shapes: an untranslated error is transient trouble.
    expect(read({ code: 50013, status: 403, message: 'Missing Permissions' })).toMatchObject({ kind: 'transient' });
    expect(read(new PostError('rate-limited', 'slow down', { retryAfterMs: 10 }))).toMatchObject({ kind: 'rate-limited', retryAfterMs: 1000 });
  });
});
