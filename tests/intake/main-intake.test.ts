import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { FakeDiscord, IDS } from '../../test-support/fakes/discord-server.ts';
import { dmContext, MEMBER_PERMISSIONS, slash } from '../../test-support/fakes/discord-payloads.ts';
import { articleText } from '../helpers.ts';
import { newsPage, startPageServer } from './page-server.ts';
import { until } from '../start-bot.ts';

// `npm start` as configured in production: /sources add is wired, refuses a plain member, and the
// default address guard refuses a page on 127.0.0.1 even for an admin (there is no setting to allow it).
// Admins come from the operator (issue 20): Manage Server counts only in a server of ADMIN_GUILD_IDS
// where the app is installed in the server, so a stranger who installs the app for himself, or
// invites it to a server of his own, is refused and nothing is fetched.

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

it('refuses non-admins and private addresses through npm start', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'visitbot-main-intake-'));
  const data = mkdtempSync(join(tmpdir(), 'visitbot-main-intake-db-'));
  dirs.push(dir, data);
  writeFileSync(join(dir, 'first.md'), articleText({ title: 'First story' }, ['Zhang Wei, mayor of Testville, met the delegation on Tuesday.']));
  const discord = await new FakeDiscord().listen();
  const pages = await startPageServer();
  pages.page('/story', newsPage());
  const child = spawn('npm', ['start'], {
    env: {
      PATH: process.env.PATH!,
      HOME: process.env.HOME ?? '/tmp',
      DOTENV_CONFIG_PATH: '/nonexistent/.env',
      SEEDS_DIR: dir,
      DISCORD_TOKEN: 'fake-token',
      DISCORD_APP_ID: IDS.app,
      DISCORD_API_URL: discord.apiUrl,
      DATABASE_PATH: join(data, 'db.sqlite'),
      ADMIN_USERS: '400000000000000042',
      ADMIN_GUILD_IDS: IDS.guild,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  try {
    await until(() => out.includes('VisitBot ready'), 'ready');
    const url = `${pages.base}/story`;
    const plain = slash('sources', { add: url }, { permissions: MEMBER_PERMISSIONS });
    discord.dispatch('INTERACTION_CREATE', plain);
    const refusal = await discord.waitFor((c) => c.path.startsWith(`/interactions/${String(plain.id)}/`));
    expect(JSON.stringify(refusal.body)).toMatch(/only members with the Manage Server permission/);

    // Strangers with Manage Server where it does not count: a user install in the listed server, a
    // server of their own, their DM with the bot. Each is refused before anything is fetched.
    const MANAGER = (BigInt(MEMBER_PERMISSIONS) | 32n).toString();
    const STRANGER = '400000000000000066';
    const ownServer = '100000000000000333';
    const strangers = [
      slash('sources', { add: url }, { userId: STRANGER, permissions: MANAGER, authorizing_integration_owners: { '1': STRANGER } }),
      slash(
        'sources',
        { add: url },
        {
          userId: STRANGER,
          permissions: MANAGER,
          guild_id: ownServer,
          channel: { id: IDS.channel, type: 0, guild_id: ownServer, name: 'general' },
          authorizing_integration_owners: { '0': ownServer },
        },
      ),
      slash('sources', { add: url }, { ...dmContext(STRANGER), permissions: MANAGER }),
    ];
    for (const p of strangers) {
      discord.dispatch('INTERACTION_CREATE', p);
      const refused = await discord.waitFor((c) => c.path.startsWith(`/interactions/${String(p.id)}/`));
      expect(JSON.stringify(refused.body)).toMatch(/only members with the Manage Server permission in the bot's admin servers/);
    }

    // A member with Manage Server in the listed server, where the app is installed, is an admin.
    const manager = slash('sources', { add: url }, { userId: '400000000000000043', permissions: MANAGER });
    discord.dispatch('INTERACTION_CREATE', manager);
    const managed = await discord.waitFor((c) => c.method === 'PATCH' && c.path.includes(`/${String(manager.token)}/messages/@original`));
    expect(JSON.stringify(managed.body)).toMatch(/127\.0\.0\.1 is a private or local address/);

    const admin = slash('sources', { add: url }, { userId: '400000000000000042', permissions: MEMBER_PERMISSIONS });
    discord.dispatch('INTERACTION_CREATE', admin);
    const edited = await discord.waitFor((c) => c.method === 'PATCH' && c.path.includes(`/${String(admin.token)}/messages/@original`));
    expect(JSON.stringify(edited.body)).toMatch(/127\.0\.0\.1 is a private or local address/);
    expect(pages.requests).toEqual([]);
    expect(readdirSync(dir)).toEqual(['first.md']);
  } finally {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    await discord.close();
    await pages.close();
  }
}, 40_000);
