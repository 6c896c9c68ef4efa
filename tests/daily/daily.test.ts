import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allCitations } from '../../src/answers/answer.ts';
import { PostError } from '../../src/core/post-error.ts';
import { parseArticle } from '../../src/corpus/load.ts';
import { LEASE_MS } from '../../src/daily/daily.ts';
import { buildKnowledge } from '../../src/knowledge-build/index.ts';
import { dailyConfig, dailyFactory, fakeClock, recordingAdapter, recordingLogger, request } from './helpers.ts';
import { backends, label, type TestDatabase } from '../store/backends.ts';

const MINUTE = 60_000;

describe.each(backends)('daily posts on $name', (backend) => {
  let db: TestDatabase;
  let factory: ReturnType<typeof dailyFactory>;
  beforeEach(async ({ skip }) => {
    if (backend.skipped) return skip(label(backend));
    db = await backend.fresh();
    factory = dailyFactory(db);
  });
  afterEach(async () => {
    await factory?.stopAll();
    await db?.cleanup();
  });

  /** A Daily with discord and slack recording adapters, and channel 123 subscribed the day before. */
  async function subscribed(at = '2024-04-17T12:00:00Z', config = dailyConfig()) {
    const clock = fakeClock(at);
    const discord = recordingAdapter();
    const slack = recordingAdapter();
    const daily = await factory.make({ config, now: clock.now, adapters: { discord, slack } });
    await daily.intercept(request({ args: 'subscribe' }));
    return { clock, discord, slack, daily };
  }

  it('GIVEN April 18 THEN the post holds the Han Zheng meeting with its citation, once, at 09:00', async () => {
    const { clock, discord, daily } = await subscribed();
    clock.set('2024-04-18T08:59:59Z');
    expect(await daily.runDue()).toBe(0);
    clock.set('2024-04-18T09:00:00Z');
    expect(await daily.runDue()).toBe(1);
    expect(await daily.runDue()).toBe(0);
    clock.set('2024-04-18T23:59:00Z');
    expect(await daily.runDue()).toBe(0);

    expect(discord.posts).toHaveLength(1);
    const { channelId, answer } = discord.posts[0]!;
    expect(channelId).toBe('123');
    expect(answer).toMatchObject({ answered: true, kind: 'answer', title: 'On this day: April 18' });
    expect(answer.text).toMatch(/^On this day in 2024: /);
    const meeting = answer.items.find((i) => i.text.includes('Han Zheng'))!;
    expect(meeting.text).toMatch(/^April 18, 2024: Chinese Vice President Han Zheng on Thursday met with visiting Mayor/);
    expect(meeting.citations).toEqual([
      expect.objectContaining({ source: 'Global Times', published: '2024-04-18', paragraph: 1, excerpt: expect.stringContaining('Han Zheng on Thursday met') }),
    ]);
    expect(answer.items.every((i) => i.citations.length > 0)).toBe(true);
    expect(allCitations(answer).length).toBeGreaterThanOrEqual(3);
  });

  it('GIVEN a day without events THEN nothing is posted', async () => {
    const { clock, discord, daily } = await subscribed('2024-04-18T12:00:00Z');
    clock.set('2024-04-19T09:00:00Z');
    expect(await daily.runDue()).toBe(0);
    clock.set('2024-04-19T20:00:00Z');
    expect(await daily.runDue()).toBe(0);
    expect(discord.posts).toEqual([]);
  });

  it('GIVEN a subscription made after today’s time THEN the first post is tomorrow’s', async () => {
    const { clock, discord, daily } = await subscribed('2024-04-18T10:00:00Z');
    expect(await daily.runDue()).toBe(0);
    clock.set('2024-04-20T09:00:00Z');
    expect(await daily.runDue()).toBe(1);
    expect(discord.posts[0]!.answer.title).toBe('On this day: April 20');
  });

  it('GIVEN channels in DAILY_CHANNELS and a start after the post time THEN today’s post goes out at start-up', async () => {
    const clock = fakeClock('2024-04-18T09:00:30Z');
    const discord = recordingAdapter();
    const slack = recordingAdapter();
    const channels = [
      { platform: 'discord' as const, channelId: '123' },
      { platform: 'slack' as const, channelId: 'C456' },
    ];
    const daily = await factory.make({ config: dailyConfig({ channels }), now: clock.now, adapters: { discord, slack } });
    await daily.start();
    expect([...discord.posts, ...slack.posts].map((p) => `${p.channelId} ${p.answer.title}`)).toEqual([
      '123 On this day: April 18',
      'C456 On this day: April 18',
    ]);
    clock.set('2024-04-18T15:00:00Z');
    expect(await daily.runDue()).toBe(0);
  });

  it('GIVEN two bot processes on one database THEN every channel is posted to exactly once', async () => {
    const clock = fakeClock('2024-04-17T12:00:00Z');
    const config = dailyConfig();
    const a = recordingAdapter();
    const b = recordingAdapter();
    const one = await factory.make({ config, now: clock.now, adapters: { discord: a, slack: a }, owner: 'one' });
    const two = await factory.make({ config, now: clock.now, adapters: { discord: b, slack: b }, owner: 'two' });
    for (let i = 0; i < 40; i++) await (i % 2 ? one : two).intercept(request({ platform: i % 3 ? 'discord' : 'slack', channelId: `C${i}`, args: 'subscribe' }));
    await Promise.all([one.start(), two.start()]);
    clock.set('2024-04-18T09:00:30Z');
    const counts = await Promise.all([one.runDue(), two.runDue(), one.runDue(), two.runDue()]);
    expect(counts.reduce((x, y) => x + y, 0)).toBe(40);
    const channels = [...a.posts, ...b.posts].map((p) => p.channelId).sort();
    expect(channels).toEqual(Array.from({ length: 40 }, (_, i) => `C${i}`).sort());
    expect(a.posts.length).toBeGreaterThan(0);
    expect(b.posts.length).toBeGreaterThan(0);
  });

  it('GIVEN a crash between claim and post THEN the delivery is retried once, after the lease, by the next process', async () => {
    const config = dailyConfig();
    const { clock, daily } = await subscribed('2024-04-17T12:00:00Z', config);
    await daily.stop();
    // The crashed process: it claimed April 18 at 09:00 and died before posting.
    const crashed = await db.open();
    expect(
      await crashed.claim({ platform: 'discord', channelId: '123', localDate: '2024-04-18' }, 'crashed', Date.parse('2024-04-18T09:00:00Z'), LEASE_MS, 5),
    ).toBe(true);
    await crashed.close();

    clock.set('2024-04-18T09:01:00Z');
    const adapter = recordingAdapter();
    const restarted = await factory.make({ config, now: clock.now, adapters: { discord: adapter } });
    await restarted.start();
    expect(adapter.posts).toHaveLength(0); // the claim is still live: its owner might be posting
    clock.set('2024-04-18T09:02:00Z');
    expect(await restarted.runDue()).toBe(1);
    clock.advance(MINUTE);
    expect(await restarted.runDue()).toBe(0);
    expect(adapter.posts).toHaveLength(1);
  });

  it('GIVEN a restart under the same owner name THEN its dead claim is retried at start-up', async () => {
    const config = dailyConfig();
    const { clock, daily } = await subscribed('2024-04-17T12:00:00Z', config);
    await daily.stop();
    const crashed = await db.open();
    await crashed.claim({ platform: 'discord', channelId: '123', localDate: '2024-04-18' }, 'bot-a', Date.parse('2024-04-18T09:00:00Z'), LEASE_MS, 5);
    await crashed.close();
    clock.set('2024-04-18T09:00:20Z');
    const adapter = recordingAdapter();
    await (await factory.make({ config, now: clock.now, adapters: { discord: adapter }, owner: 'bot-a' })).start();
    expect(adapter.posts).toHaveLength(1);
  });

  it('GIVEN the bot was down at post time THEN it posts on start-up the same day, and never for a day already past', async () => {
    const config = dailyConfig();
    const { clock, daily } = await subscribed('2024-04-17T12:00:00Z', config);
    await daily.stop();

    clock.set('2024-04-18T15:00:00Z'); // down from before 09:00 until 15:00
    const sameDay = recordingAdapter();
    const second = await factory.make({ config, now: clock.now, adapters: { discord: sameDay } });
    await second.start();
    expect(sameDay.posts.map((p) => p.answer.title)).toEqual(['On this day: April 18']);
    await second.stop();

    clock.set('2024-04-21T08:00:00Z'); // down through April 20 (which had events)
    const later = recordingAdapter();
    const third = await factory.make({ config, now: clock.now, adapters: { discord: later } });
    await third.start();
    clock.set('2024-04-21T10:00:00Z');
    await third.runDue();
    expect(later.posts).toEqual([]); // April 20 is past; April 21 has no events
  });

  it('GIVEN 09:00 America/Los_Angeles THEN the post fires at 17:00 UTC before and 16:00 UTC after the spring change, and back in autumn', async () => {
    const article = parseArticle(
      'dst-days.md',
      [
        '---',
        'title: "Delegation days"',
        'source: "Test Wire"',
        'published: 2025-11-05',
        '---',
        '',
        'The delegation landed in Los Angeles on March 8, 2025.',
        '',
        'The port tour took place on March 10, 2025.',
        '',
        'The trade forum opened on November 1, 2025.',
        '',
        'The delegation flew home on November 3, 2025.',
      ].join('\n'),
    );
    const knowledge = buildKnowledge([article]);
    const clock = fakeClock('2025-03-01T00:00:00Z');
    const adapter = recordingAdapter();
    const daily = await factory.make({ config: dailyConfig({ timezone: 'America/Los_Angeles' }), now: clock.now, knowledge, adapters: { discord: adapter } });
    await daily.intercept(request({ args: 'subscribe 09:00' }));

    const firesAt = async (utc: string) => {
      clock.set(new Date(Date.parse(utc) - 1000).toISOString());
      expect(await daily.runDue(), `not yet at ${clock.now().toISOString()}`).toBe(0);
      clock.set(utc);
      expect(await daily.runDue(), `due at ${utc}`).toBe(1);
    };
    await firesAt('2025-03-08T17:00:00Z'); // PST, UTC-8
    await firesAt('2025-03-10T16:00:00Z'); // PDT, UTC-7
    await firesAt('2025-11-01T16:00:00Z'); // PDT
    await firesAt('2025-11-03T17:00:00Z'); // PST
    expect(adapter.posts.map((p) => p.answer.title)).toEqual([
      'On this day: March 8',
      'On this day: March 10',
      'On this day: November 1',
      'On this day: November 3',
    ]);
  });

  it('GIVEN a channel that keeps failing THEN it is paused and logged after three attempts, and a new subscribe resumes it', async () => {
    const clock = fakeClock('2024-04-17T12:00:00Z');
    const adapter = recordingAdapter();
    const { logger, lines } = recordingLogger();
    const daily = await factory.make({ config: dailyConfig(), now: clock.now, adapters: { discord: adapter }, logger });
    await daily.intercept(request({ args: 'subscribe' }));
    const unknownChannel = new PostError('channel', 'Unknown Channel');
    adapter.failNext('123', unknownChannel, unknownChannel, unknownChannel, unknownChannel);

    clock.set('2024-04-18T09:00:00Z');
    const attempts: number[] = [];
    for (let i = 0; i < 6; i++) {
      attempts.push(await daily.runDue());
      clock.advance(20 * MINUTE);
    }
    expect(attempts.every((n) => n === 0)).toBe(true);
    expect(lines.filter((l) => l.msg === 'daily post failed; will retry')).toHaveLength(2);
    expect(lines.find((l) => /keep failing/.test(String(l.msg)))).toMatchObject({ level: 40, channelId: '123', reason: 'Unknown Channel', failures: 3 });
    expect((await daily.intercept(request({ args: 'status' })))!.text).toMatch(/It is paused: posting here kept failing \(Unknown Channel\)/);

    clock.set('2024-04-20T08:00:00Z');
    await daily.intercept(request({ args: 'subscribe' }));
    clock.set('2024-04-20T09:00:00Z');
    expect(await daily.runDue()).toBe(0); // the fourth error
    clock.advance(MINUTE);
    expect(await daily.runDue()).toBe(1);
  });

  it('GIVEN a 429 THEN the post is retried after the delay it asked for, without counting as a failure', async () => {
    const { clock, slack, daily } = await subscribed();
    await daily.intercept(request({ platform: 'slack', channelId: 'C456', args: 'subscribe' }));
    const limited = new PostError('rate-limited', 'rate limited', { retryAfterMs: 30_000 });
    slack.failNext('C456', ...Array.from({ length: 6 }, () => limited));
    clock.set('2024-04-18T09:00:00Z');
    for (let i = 0; i < 6; i++) {
      expect(await daily.runDue()).toBe(i === 0 ? 1 : 0); // the Discord channel goes out at once
      clock.advance(10_000);
      expect(await daily.runDue()).toBe(0); // not before the 30 s asked for
      clock.advance(21_000);
    }
    expect(await daily.runDue()).toBe(1);
    expect(slack.posts).toHaveLength(1);
  });

  it('GIVEN a platform not running in this process THEN its channels are left for a process that runs it', async () => {
    const clock = fakeClock('2024-04-17T12:00:00Z');
    const daily = await factory.make({ config: dailyConfig(), now: clock.now, adapters: {} });
    await daily.intercept(request({ platform: 'slack', channelId: 'C456', args: 'subscribe' }));
    clock.set('2024-04-18T09:00:00Z');
    expect(await daily.runDue()).toBe(0);
    const slack = recordingAdapter();
    const other = await factory.make({ config: dailyConfig(), now: clock.now, adapters: { slack } });
    expect(await other.runDue()).toBe(1);
  });

  it('GIVEN a started daily THEN stop() clears its timer promptly and posts nothing more; the store stays open for its owner', async () => {
    const { clock, discord, daily } = await subscribed();
    await daily.start();
    const t = performance.now();
    await daily.stop();
    expect(performance.now() - t).toBeLessThan(500);
    await daily.stop();
    clock.set('2024-04-18T09:00:00Z');
    expect(await daily.runDue()).toBe(0);
    expect(discord.posts).toEqual([]);
    expect((await daily.intercept(request({ args: 'status' })))!.text).toMatch(/gets the daily/);
  });
});
