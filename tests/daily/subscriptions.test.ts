import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dailyConfig, dailyFactory, fakeClock, recordingAdapter, request } from './helpers.ts';
import { backends, label, type TestDatabase } from '../store/backends.ts';

describe.each(backends)('subscriptions on $name', (backend) => {
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

  it('GIVEN a channel manager THEN subscribe, status and unsubscribe answer privately and change the channel', async () => {
    const clock = fakeClock('2024-04-17T12:00:00Z');
    const daily = await factory.make({ config: dailyConfig(), now: clock.now });

    const before = (await daily.intercept(request({ args: 'status', canManageChannel: false })))!;
    expect(before).toMatchObject({ answered: false, kind: 'help' });
    expect(before.text).toMatch(/has no daily/);

    const sub = (await daily.intercept(request({ args: 'subscribe' })))!;
    expect(sub).toMatchObject({ answered: false, kind: 'help', items: [], citations: [] });
    expect(sub.text).toContain('09:00 (UTC), the default time');
    expect(sub.text).toContain('Next post: Thursday, April 18, 2024 at 09:00.');

    const status = (await daily.intercept(request({ args: 'status', canManageChannel: false })))!;
    expect(status.text).toContain('gets the daily “on this day” post at 09:00 (UTC)');

    const unsub = (await daily.intercept(request({ args: 'unsubscribe' })))!;
    expect(unsub.text).toMatch(/no longer get/);
    expect((await daily.intercept(request({ args: 'status' })))!.text).toMatch(/has no daily/);
    expect((await daily.intercept(request({ args: 'unsubscribe' })))!.text).toMatch(/no daily post to stop/);
  });

  it('GIVEN someone who may not manage the channel THEN subscribe and unsubscribe are refused politely and change nothing', async () => {
    const daily = await factory.make({ config: dailyConfig(), now: fakeClock('2024-04-17T12:00:00Z').now });
    const discord = (await daily.intercept(request({ args: 'subscribe 08:00', canManageChannel: false })))!;
    expect(discord).toMatchObject({ answered: false, kind: 'refusal' });
    expect(discord.text).toMatch(/^Sorry, only people who can manage this channel .*Manage Channels permission/);

    const slack = (await daily.intercept(request({ platform: 'slack', channelId: 'C456', args: 'subscribe', canManageChannel: undefined })))!;
    expect(slack).toMatchObject({ kind: 'refusal' });
    expect(slack.text).toContain('/onthisday status'); // the Slack adapter writes it as SLACK_COMMAND's /visit onthisday status
    expect((await daily.intercept(request({ command: 'daily', args: 'unsubscribe', canManageChannel: false })))!.kind).toBe('refusal');

    expect((await daily.intercept(request({ args: 'status' })))!.text).toMatch(/has no daily/);
  });

  it('GIVEN /daily with a time THEN the channel posts at that time; a bad time gets usage', async () => {
    const daily = await factory.make({ config: dailyConfig({ timezone: 'America/Los_Angeles' }), now: fakeClock('2024-04-17T12:00:00Z').now });
    const ok = (await daily.intercept(request({ command: 'daily', args: 'subscribe 7:30', platform: 'slack', channelId: 'C456' })))!;
    expect(ok.text).toContain('07:30 (America/Los_Angeles)');
    expect(ok.text).not.toContain('default');
    expect(await daily.intercept(request({ command: 'daily', args: 'subscribe 25:00' }))).toMatchObject({ kind: 'usage', answered: false });
    expect(await daily.intercept(request({ command: 'daily', args: '' }))).toMatchObject({ kind: 'usage' });
    expect(await daily.intercept(request({ args: 'subscribe', channelId: undefined }))).toMatchObject({ kind: 'usage' });
  });

  it('GIVEN anything else THEN the core answers it: other /onthisday dates, other commands, console and cli', async () => {
    const daily = await factory.make({ config: dailyConfig(), now: fakeClock('2024-04-17T12:00:00Z').now });
    expect(await daily.intercept(request({ args: '2024-04-18' }))).toBeUndefined();
    expect(await daily.intercept(request({ args: '' }))).toBeUndefined();
    expect(await daily.intercept(request({ command: 'who', args: 'status' }))).toBeUndefined();
    expect(await daily.intercept(request({ platform: 'console', args: 'subscribe' }))).toBeUndefined();
    expect(await daily.intercept(request({ platform: 'cli', command: 'daily', args: 'status' }))).toBeUndefined();
  });

  it('GIVEN the next post day has no events THEN status says so and names the next post', async () => {
    const clock = fakeClock('2024-04-17T12:00:00Z');
    const adapter = recordingAdapter();
    const daily = await factory.make({ config: dailyConfig(), now: clock.now, adapters: { discord: adapter } });
    await daily.intercept(request({ args: 'subscribe' }));
    clock.set('2024-04-18T09:00:00Z');
    expect(await daily.runDue()).toBe(1);
    const status = (await daily.intercept(request({ args: 'status' })))!.text;
    expect(status).toContain('Nothing in the articles happened on April 19, so there is no post then; the next one is Saturday, April 20, 2024 at 09:00.');
    expect(status).toContain('Last posted for 2024-04-18.');
  });

  it('GIVEN DAILY_CHANNELS THEN those channels are subscribed; an unsubscribe by command outlives a restart; unlisted ones go', async () => {
    const clock = fakeClock('2024-04-17T12:00:00Z');
    const channels = [
      { platform: 'discord' as const, channelId: '123' },
      { platform: 'slack' as const, channelId: 'C456' },
    ];
    const first = await factory.make({ config: dailyConfig({ channels }), now: clock.now });
    await first.start();
    expect((await first.intercept(request({ args: 'status' })))!.text).toMatch(/gets the daily/);
    expect((await first.intercept(request({ platform: 'slack', channelId: 'C456', args: 'status' })))!.text).toMatch(/gets the daily/);
    await first.intercept(request({ args: 'unsubscribe' }));
    await first.stop();

    const second = await factory.make({ config: dailyConfig({ channels: channels.slice(1) }), now: clock.now });
    await second.start();
    expect((await second.intercept(request({ args: 'status' })))!.text).toMatch(/has no daily/);
    await second.stop();

    const third = await factory.make({ config: dailyConfig({ channels: [] }), now: clock.now });
    await third.start();
    expect((await third.intercept(request({ platform: 'slack', channelId: 'C456', args: 'status' })))!.text).toMatch(/has no daily/);
  });
});
