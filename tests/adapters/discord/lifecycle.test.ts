import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { createDiscordAdapter } from '../../../src/adapters/discord/adapter.ts';
import { createInteractions } from '../../../src/core/interactions.ts';
import { toCommandDefinitions } from '../../../src/adapters/discord/register.ts';
import { FakeDiscord, IDS } from '../../../test-support/fakes/discord-server.ts';
import { slash } from '../../../test-support/fakes/discord-payloads.ts';
import { embedOf, startHarness } from './harness.ts';
import { seedsBot } from '../../helpers.ts';

// Start-up failures, on-demand registration, slow answers, and stopping.

const run = promisify(execFile);

describe('GIVEN the gateway refuses the token (close 4004)', () => {
  it('THEN start() rejects with a message that says what to fix, and leaves nothing running', async () => {
    const fake = await new FakeDiscord().listen();
    fake.identifyCloseCode = 4004;
    const adapter = createDiscordAdapter({
      config: { token: 'bad-token', appId: IDS.app, apiUrl: fake.apiUrl, publicReplies: false },
      interactions: createInteractions({ handle: async (r) => seedsBot().handle(r) }),
      complete: () => [],
      logger: pino({ level: 'silent' }),
      rest: { globalRequestsPerSecond: 1e5 },
    });
    await expect(adapter.start()).rejects.toThrow(/4004.*DISCORD_TOKEN/);
    await adapter.stop();
    await fake.close();
  });
});

describe('GIVEN npm run discord:register', () => {
  it('THEN the CLI overwrites the global commands with one PUT through DISCORD_API_URL', async () => {
    const fake = await new FakeDiscord().listen();
    try {
      // DOTENV_CONFIG_PATH keeps a developer's .env out of the test.
      const env = {
        PATH: process.env.PATH,
        DOTENV_CONFIG_PATH: '/nonexistent/.env',
        DISCORD_TOKEN: 'cli-token',
        DISCORD_APP_ID: IDS.app,
        DISCORD_API_URL: fake.apiUrl,
      };
      const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/adapters/discord/register-cli.ts'], { env, timeout: 15_000 });
      expect(stdout).toMatch(/Registered 10 slash commands globally/);
      expect(stdout).toContain(
        `Invite the bot to a server: https://discord.com/oauth2/authorize?client_id=${IDS.app}&scope=bot+applications.commands&permissions=`,
      );
      const put = fake.calls.find((c) => c.method === 'PUT')!;
      expect(put.path).toBe(`/applications/${IDS.app}/commands`);
      expect(put.headers.authorization).toBe('Bot cli-token');
      expect(put.body).toEqual(toCommandDefinitions(commands));
    } finally {
      await fake.close();
    }
  });
});

describe('GIVEN an answer slower than the defer threshold', () => {
  it('THEN the reply is deferred privately and the answer edited in', async () => {
    const h = await startHarness({ deferAfterMs: 30, handle: async (r) => (await new Promise((res) => setTimeout(res, 150)), seedsBot().handle(r)) });
    try {
      const payload = slash('who', { name: 'Han Zheng' });
      const deferred = await h.interact(payload);
      expect(deferred.body).toEqual({ type: 5, data: { flags: 64 } });
      const edit = await h.fake.waitFor((c) => c.method === 'PATCH' && c.path === `/webhooks/${IDS.app}/${String(payload.token)}/messages/@original`);
      expect(embedOf(edit).description).toContain('Vice President');
      expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    } finally {
      await h.stop();
    }
  });

  it('with public replies THEN an error deferred in public is replaced by a private follow-up', async () => {
    const h = await startHarness({
      config: { publicReplies: true },
      deferAfterMs: 30,
      handle: async (r) => (await new Promise((res) => setTimeout(res, 150)), seedsBot().handle(r)),
    });
    try {
      const payload = slash('nope');
      const deferred = await h.interact(payload);
      expect(deferred.body.type).toBe(5);
      expect(deferred.body.data.flags ?? 0).toBe(0);
      const follow = await h.fake.waitFor((c) => c.method === 'POST' && c.path === `/webhooks/${IDS.app}/${String(payload.token)}`);
      expect(follow.body.flags).toBe(64);
      expect(h.fake.calls.some((c) => c.method === 'DELETE' && c.path.endsWith('/messages/@original'))).toBe(true);
    } finally {
      await h.stop();
    }
  });
});
