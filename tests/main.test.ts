import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord, IDS } from '../test-support/fakes/discord-server.ts';
import { slash } from '../test-support/fakes/discord-payloads.ts';
import { startFakeSlack, type FakeSlack } from '../test-support/fakes/slack-api.ts';
import { SIGNING_SECRET, sendForm, slashCommand } from '../test-support/fakes/slack-requests.ts';
import { startBot, until, type Started } from './start-bot.ts';
import { freePort } from '../test-support/free-port.ts';

// The start-up contract: `npm start` with only the documented variables, against fake Discord and
// Slack servers on 127.0.0.1; ready within seconds; SIGTERM stops it within two seconds.

// Only what the issues name: a clean environment apart from PATH and HOME.
const start = (env: Record<string, string>, stdin?: string, clock?: string): Started => startBot(env, clock, stdin);

const running: Started[] = [];
afterEach(() => {
  for (const r of running.splice(0)) if (r.child.exitCode === null) process.kill(-r.child.pid!, 'SIGKILL');
});

describe('npm start', () => {
  it('runs Discord and Slack together, answers both, and stops within 2 s of SIGTERM', async () => {
    const discord = await new FakeDiscord().listen();
    const slack: FakeSlack = await startFakeSlack();
    const port = await freePort();
    const folder = mkdtempSync(join(tmpdir(), 'visitbot-main-'));
    const bot = start({
      DISCORD_TOKEN: 'fake-token',
      DISCORD_APP_ID: IDS.app,
      DISCORD_API_URL: discord.apiUrl,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_PORT: String(port),
      SLACK_API_URL: slack.apiUrl,
      DATABASE_PATH: join(folder, 'db.sqlite'),
    });
    running.push(bot);
    try {
      await until(() => bot.output().includes('VisitBot ready'), 'ready');
      expect(discord.calls.some((c) => c.method === 'PUT' && c.path === `/applications/${IDS.app}/commands`)).toBe(true);

      const interaction = slash('who', { name: 'Han Zheng' });
      discord.dispatch('INTERACTION_CREATE', interaction);
      const reply = await discord.waitFor((c) => c.path.startsWith(`/interactions/${String(interaction.id)}/`));
      expect(JSON.stringify(reply.body)).toContain('Vice President');

      const sent = await sendForm(`http://127.0.0.1:${port}/slack/events`, slashCommand(slack.responseUrl('r1'), { text: 'who Han Zheng' }));
      expect(sent.status).toBe(200);
      const answer = await slack.waitFor((r) => r.kind === 'response' && r.name === 'r1');
      expect(JSON.stringify(answer.body)).toContain('Vice President');

      const t = Date.now();
      bot.child.kill('SIGTERM'); // npm passes it on to the bot, then ends by the same signal
      await bot.exited;
      expect(Date.now() - t).toBeLessThan(2000);
      expect(bot.output()).toMatch(/"reason":"SIGTERM","msg":"stopping"/);
    } finally {
      await discord.close();
      await slack.close();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 40_000);

  it('opens the console chat with no tokens', async () => {
    const bot = start({}, '/who Han Zheng\nquit\n');
    running.push(bot);
    expect(await bot.exited).toBe(0);
    expect(bot.output()).toContain('Han Zheng: Chinese Vice President.');
  }, 30_000);

  it('stops with a message naming a missing or malformed variable', async () => {
    const missing = start({ DISCORD_TOKEN: 'fake-token' });
    running.push(missing);
    expect(await missing.exited).toBe(1);
    expect(missing.output()).toMatch(/DISCORD_APP_ID is missing: .*Application ID/);
    const malformed = start({ SLACK_BOT_TOKEN: 'not-a-token', SLACK_SIGNING_SECRET: 's' });
    running.push(malformed);
    expect(await malformed.exited).toBe(1);
    expect(malformed.output()).toContain('SLACK_BOT_TOKEN must start with "xoxb-"');
  }, 30_000);
});

// Debian's faketime shifts the clock of the bot process, as the team's checks do.
const hasFaketime = spawnSync('faketime', ['2024-04-18 08:00:00', 'true']).status === 0;

describe.skipIf(!hasFaketime)('daily posts under a shifted clock', () => {
  it('posts at 09:00 to Discord and Slack channels, and not again after a restart the same day', async () => {
    const discord = await new FakeDiscord().listen();
    const slack: FakeSlack = await startFakeSlack();
    const folder = mkdtempSync(join(tmpdir(), 'visitbot-clock-'));
    const env = async () => ({
      DISCORD_TOKEN: 'fake-token',
      DISCORD_APP_ID: IDS.app,
      DISCORD_API_URL: discord.apiUrl,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_PORT: String(await freePort()),
      SLACK_API_URL: slack.apiUrl,
      DATABASE_PATH: join(folder, 'db.sqlite'),
      DAILY_CHANNELS: `discord:${IDS.channel},slack:C0DAILY`,
    });
    const posts = () => discord.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${IDS.channel}/messages`);
    try {
      const first = start(await env(), undefined, '2024-04-18 08:59:55');
      running.push(first);
      await until(() => first.output().includes('VisitBot ready'), 'ready');
      const post = await discord.waitFor((c) => c.method === 'POST' && c.path === `/channels/${IDS.channel}/messages`, { timeout: 15_000 });
      expect(JSON.stringify(post.body)).toContain('Han Zheng');
      const toSlack = await slack.waitFor((r) => r.kind === 'api' && r.name === 'chat.postMessage' && r.body.channel === 'C0DAILY', 15_000);
      expect(JSON.stringify(toSlack.body)).toContain('Han Zheng');
      // Posted at 09:00 by the shifted clock, not before (pino stamps log lines with that clock).
      await until(() => first.output().includes('"daily posts sent"'), 'the delivery log');
      const sent = first
        .output()
        .split('\n')
        .find((l) => l.includes('"daily posts sent"'))!;
      expect(JSON.parse(sent).time).toBeGreaterThanOrEqual(Date.parse('2024-04-18T09:00:00Z'));
      first.child.kill('SIGTERM');
      await first.exited;

      const second = start(await env(), undefined, '2024-04-18 11:00:00');
      running.push(second);
      await until(() => second.output().includes('VisitBot ready'), 'ready again');
      await new Promise((r) => setTimeout(r, 1500));
      expect(posts()).toHaveLength(1);
      second.child.kill('SIGTERM');
      await second.exited;
    } finally {
      await discord.close();
      await slack.close();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
