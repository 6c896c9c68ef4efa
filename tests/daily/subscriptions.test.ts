import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dailyConfig, dailyFactory, fakeClock, recordingAdapter, request, tempDir } from './helpers.ts';

describe('subscriptions', () => {
  let tmp: ReturnType<typeof tempDir>;
  let factory: ReturnType<typeof dailyFactory>;
  beforeEach(() => {
    tmp = tempDir();
    factory = dailyFactory();
  });
  afterEach(async () => {
    await factory.stopAll();
    tmp.cleanup();
  });

  it('GIVEN a channel manager THEN subscribe, status and unsubscribe answer privately and change the channel', () => {
    const clock = fakeClock('2024-04-17T12:00:00Z');
    const daily = factory.make({ config: dailyConfig(tmp.dbPath), now: clock.now });

    const before = daily.intercept(request({ args: 'status', canManageChannel: false }))!;
    expect(before).toMatchObject({ answered: false, kind: 'help' });
    expect(before.text).toMatch(/has no daily/);

    const sub = daily.intercept(request({ args: 'subscribe' }))!;
    expect(sub).toMatchObject({ answered: false, kind: 'help', items: [], citations: [] });
    expect(sub.text).toContain('09:00 (UTC), the default time');
    expect(sub.text).toContain('Next post: Thursday, April 18, 2024 at 09:00.');

    const status = daily.intercept(request({ args: 'status', canManageChannel: false }))!;
    expect(status.text).toContain('gets the daily “on this day” post at 09:00 (UTC)');

    const unsub = daily.intercept(request({ args: 'unsubscribe' }))!;
    expect(unsub.text).toMatch(/no longer get/);
    expect(daily.intercept(request({ args: 'status' }))!.text).toMatch(/has no daily/);
    expect(daily.intercept(request({ args: 'unsubscribe' }))!.text).toMatch(/no daily post to stop/);
  });

  it('GIVEN someone who may not manage the channel THEN subscribe and unsubscribe are refused politely and change nothing', () => {
    const daily = factory.make({ config: dailyConfig(tmp.dbPath), now: fakeClock('2024-04-17T12:00:00Z').now });
    const discord = daily.intercept(request({ args: 'subscribe 08:00', canManageChannel: false }))!;
    expect(discord).toMatchObject({ answered: false, kind: 'refusal' });
    expect(discord.text).toMatch(/^Sorry, only people who can manage this channel .*Manage Channels permission/);

    const slack = daily.intercept(request({ platform: 'slack', channelId: 'C456', args: 'subscribe', canManageChannel: undefined }))!;
    expect(slack).toMatchObject({ kind: 'refusal' });
    expect(slack.text).toContain('/visit onthisday status');
    expect(daily.intercept(request({ command: 'daily', args: 'unsubscribe', canManageChannel: false }))!.kind).toBe('refusal');

    expect(daily.intercept(request({ args: 'status' }))!.text).toMatch(/has no daily/);
  });

  it('GIVEN /daily with a time THEN the channel posts at that time; a bad time gets usage', () => {
    const daily = factory.make({ config: dailyConfig(tmp.dbPath, { timezone: 'America/Los_Angeles' }), now: fakeClock('2024-04-17T12:00:00Z').now });
    const ok = daily.intercept(request({ command: 'daily', args: 'subscribe 7:30', platform: 'slack', channelId: 'C456' }))!;
    expect(ok.text).toContain('07:30 (America/Los_Angeles)');
    expect(ok.text).not.toContain('default');
    expect(daily.intercept(request({ command: 'daily', args: 'subscribe 25:00' }))).toMatchObject({ kind: 'usage', answered: false });
    expect(daily.intercept(request({ command: 'daily', args: '' }))).toMatchObject({ kind: 'usage' });
    expect(daily.intercept(request({ args: 'subscribe', channelId: undefined }))).toMatchObject({ kind: 'usage' });
  });

  it('GIVEN anything else THEN the core answers it: other /onthisday dates, other commands, console and cli', () => {
    const daily = factory.make({ config: dailyConfig(tmp.dbPath), now: fakeClock('2024-04-17T12:00:00Z').now });
    expect(daily.intercept(request({ args: '2024-04-18' }))).toBeUndefined();
    expect(daily.intercept(request({ args: '' }))).toBeUndefined();
    expect(daily.intercept(request({ command: 'who', args: 'status' }))).toBeUndefined();
    expect(daily.intercept(request({ platform: 'console', args: 'subscribe' }))).toBeUndefined();
    expect(daily.intercept(request({ platform: 'cli', command: 'daily', args: 'status' }))).toBeUndefined();
  });

  it('GIVEN the next post day has no events THEN status says so and names the next post', async () => {
    const clock = fakeClock('2024-04-17T12:00:00Z');
    const adapter = recordingAdapter();
    const daily = factory.make({ config: dailyConfig(tmp.dbPath), now: clock.now, adapters: { discord: adapter } });
    daily.intercept(request({ args: 'subscribe' }));
    clock.set('2024-04-18T09:00:00Z');
    expect(await daily.runDue()).toBe(1);
    const status = daily.intercept(request({ args: 'status' }))!.text;
    expect(status).toContain('Nothing in the articles happened on April 19, so there is no post then; the next one is Saturday, April 20, 2024 at 09:00.');
    expect(status).toContain('Last posted for 2024-04-18.');
  });

  it('GIVEN DAILY_CHANNELS THEN those channels are subscribed; an unsubscribe by command outlives a restart; unlisted ones go', async () => {
    const clock = fakeClock('2024-04-17T12:00:00Z');
    const channels = [
      { platform: 'discord' as const, channelId: '123' },
      { platform: 'slack' as const, channelId: 'C456' },
    ];
    const first = factory.make({ config: dailyConfig(tmp.dbPath, { channels }), now: clock.now });
    await first.start();
    expect(first.intercept(request({ args: 'status' }))!.text).toMatch(/gets the daily/);
    expect(first.intercept(request({ platform: 'slack', channelId: 'C456', args: 'status' }))!.text).toMatch(/gets the daily/);
    first.intercept(request({ args: 'unsubscribe' }));
    await first.stop();

    const second = factory.make({ config: dailyConfig(tmp.dbPath, { channels: channels.slice(1) }), now: clock.now });
    await second.start();
    expect(second.intercept(request({ args: 'status' }))!.text).toMatch(/has no daily/);
    await second.stop();

    const third = factory.make({ config: dailyConfig(tmp.dbPath, { channels: [] }), now: clock.now });
    await third.start();
    expect(third.intercept(request({ platform: 'slack', channelId: 'C456', args: 'status' }))!.text).toMatch(/has no daily/);
  });
});
