import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { toCommandDefinitions } from '../../src/adapters/discord/register.ts';
import { FakeDiscord, IDS } from '../../test-support/fakes/discord-server.ts';

// scripts/discord-register.ts (`npm run discord:register`), run as a user runs it, against the fake Discord.

const run = promisify(execFile);

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
      const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/discord-register.ts'], { env, timeout: 15_000 });
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
