import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { button, channelMessage, MEMBER_PERMISSIONS, slash, attachment } from '../../../test-support/fakes/discord-payloads.ts';
import { IDS } from '../../../test-support/fakes/discord-server.ts';
import type { RestCall } from '../../../test-support/fakes/discord-server.ts';
import { newsPage } from '../../intake/page-server.ts';
import { startWorld, type World } from '../../intake/world.ts';
import { embedOf, embedText, startHarness, type Harness } from './harness.ts';

// GIVEN the real discord.js against the fake Discord, a watched seeds folder and a news page on a
// local server, WHEN a member with Manage Server runs /sources add:<url>, THEN a private preview
// offers Save / Edit details / Cancel; Save writes the file and, after the reload, the article answers
// questions. Anyone else is refused politely and nothing is fetched.

const MANAGER = (BigInt(MEMBER_PERMISSIONS) | 32n).toString(); // + Manage Server
const LISTED = '100000000000000077';
let w: World;
let h: Harness;
beforeAll(async () => {
  w = await startWorld([LISTED]);
  h = await startHarness({ handle: w.handle, intake: w.intake, config: { adminGuildIds: [IDS.guild] } });
});
afterAll(async () => {
  await h?.stop();
  await w?.close();
});

/** Runs /sources with these options and resolves with the preview (the deferred reply's edit). */
async function addCommand(options: Record<string, string>, overrides: Record<string, unknown>): Promise<{ deferral: RestCall; preview: RestCall }> {
  const payload = slash('sources', options, overrides);
  const from = h.fake.calls.length;
  const deferral = await h.interact(payload);
  const preview = await h.fake.waitFor((c) => c.method === 'PATCH' && c.path.includes(`/${String(payload.token)}/messages/@original`), { from });
  return { deferral, preview };
}

const buttons = (call: RestCall) => (call.body?.data ?? call.body).components[0].components as Array<{ label: string; custom_id: string }>;
const customId = (call: RestCall, label: string) => buttons(call).find((b) => b.label === label)!.custom_id;
const asSent = (call: RestCall) => ({ embeds: call.body.embeds, components: call.body.components, flags: 64 });

describe('/sources add on Discord', () => {
  it('a member with Manage Server gets a private preview, saves it, and the article is answered after the reload', async () => {
    const url = `${w.pages.base}/story`;
    const { deferral, preview } = await addCommand({ add: url }, { permissions: MANAGER });
    expect(deferral.body).toEqual({ type: 5, data: { flags: 64 } });
    const embed = embedOf(preview);
    expect(embed.title).toBe('Add this article?');
    expect(embed.description).toContain('Title: Ports sign green pact');
    expect(embed.description).toContain('Outlet: Harbor Daily');
    expect(embed.description).toContain('Published: 2024-04-19');
    expect(embed.description).toMatch(/3 paragraphs, \d+ words\. First paragraph:\nSHANGHAI – Zhou Min, director of the Shanghai port office/);
    expect(buttons(preview).map((b) => b.label)).toEqual(['Save', 'Edit details', 'Cancel']);
    expect(preview.body.allowed_mentions).toMatchObject({ parse: [] });

    expect(w.bot().handleLine('/who Zhou Min').answered).toBe(false);
    const saved = await h.interact(button(customId(preview, 'Save'), asSent(preview), { permissions: MANAGER }));
    expect(saved.body.type).toBe(7); // the preview is replaced
    expect(embedText(saved)).toMatch(/Saved as harbor-daily-2024-04-19-ports-sign-green-pact\.md/);
    expect(saved.body.data.components).toEqual([]);
    const file = join(w.dir, 'harbor-daily-2024-04-19-ports-sign-green-pact.md');
    expect(readFileSync(file, 'utf8')).toMatch(/^---\ntitle: Ports sign green pact\nsource: Harbor Daily\npublished: 2024-04-19\nurl: http/);

    await w.loaded('harbor-daily-2024-04-19-ports-sign-green-pact.md');
    const answer = await h.interact(slash('who', { name: 'Zhou Min' }));
    expect(embedOf(answer).description).toContain('director of the Shanghai port office');
    expect(embedOf(answer).fields[0].name).toMatch(/Harbor Daily · 2024-04-19/);
    const sources = await h.interact(slash('sources'));
    expect(embedText(sources)).toMatch(/I answer from 2 articles/);
  });

  it('refuses a member without Manage Server politely, privately, and fetches nothing', async () => {
    const before = w.pages.requests.length;
    const call = await h.interact(slash('sources', { add: `${w.pages.base}/story` }, { permissions: MEMBER_PERMISSIONS }));
    expect(call.body.type).toBe(4);
    expect(call.body.data.flags).toBe(64);
    expect(embedOf(call).title).toBe('Sorry');
    expect(embedOf(call).description).toMatch(
      /only members with the Manage Server permission in the bot's admin servers and the bot's listed admins can add articles/,
    );
    expect(w.pages.requests.length).toBe(before);
  });

  it('lets a user listed in ADMIN_USERS add without the permission; Edit details corrects the date; Cancel saves nothing', async () => {
    const member = {
      user: { id: LISTED, username: 'listed', discriminator: '0', avatar: null },
      roles: [],
      joined_at: '2024-04-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      permissions: MEMBER_PERMISSIONS,
    };
    const { preview } = await addCommand({ add: `${w.pages.base}/undated` }, { userId: LISTED, member });
    expect(embedOf(preview).description).toContain('Published: \\(not found\\)'); // parentheses escaped: rendered as typed
    expect(embedOf(preview).description).toMatch(/does not give the date: use Edit details/);

    // Save before the date is known: refused, the preview stays.
    const early = await h.interact(button(customId(preview, 'Save'), asSent(preview), { userId: LISTED, member }));
    expect(early.body.type).toBe(4);
    expect(embedText(early)).toMatch(/publication date is missing/);

    const opened = await h.interact(button(customId(preview, 'Edit details'), asSent(preview), { userId: LISTED, member }));
    expect(opened.body.type).toBe(9);
    const modal = opened.body.data;
    expect(modal.title).toBe('Article details');
    expect(modal.components.map((c: any) => [c.label, c.component.custom_id, c.component.value])).toEqual([
      ['Title', 'title', 'Ports sign green pact'],
      ['Outlet', 'source', 'Harbor Daily'],
      ['Publication date (YYYY-MM-DD)', 'published', undefined],
    ]);

    const submit = (published: string) => {
      const p = button(modal.custom_id, asSent(preview), { userId: LISTED, member });
      return {
        ...p,
        type: 5,
        data: {
          custom_id: modal.custom_id,
          components: [
            { type: 18, id: 1, component: { type: 4, id: 2, custom_id: 'title', value: 'Ports sign a green pact' } },
            { type: 18, id: 3, component: { type: 4, id: 4, custom_id: 'source', value: 'Harbor Daily' } },
            { type: 18, id: 5, component: { type: 4, id: 6, custom_id: 'published', value: published } },
          ],
        },
      };
    };
    const wrong = await h.interact(submit('19 April'));
    expect(wrong.body.type).toBe(4);
    expect(embedText(wrong)).toMatch(/the date must be written YYYY-MM-DD/);
    const fixed = await h.interact(submit('2024-04-20'));
    expect(fixed.body.type).toBe(7);
    expect(embedOf(fixed).description).toContain('Title: Ports sign a green pact');
    expect(embedOf(fixed).description).toContain('Published: 2024-04-20');

    const cancelled = await h.interact(button(customId(fixed, 'Cancel'), asSent(fixed), { userId: LISTED, member }));
    expect(embedText(cancelled)).toMatch(/Cancelled: nothing was saved/);
    const late = await h.interact(button(customId(fixed, 'Save'), asSent(fixed), { userId: LISTED, member }));
    expect(embedText(late)).toMatch(/expired or was already handled/);
    expect(readdirSync(w.dir).filter((f) => f.includes('ports-sign-a-green-pact'))).toEqual([]);
  });

  it('adds a .md file attached to the slash command', async () => {
    const payload = slash('sources', {}, { permissions: MANAGER }) as any;
    payload.data.options = [{ name: 'file', type: 11, value: '900000000000000001' }];
    payload.data.resolved = {
      attachments: { '900000000000000001': attachment('900000000000000001', `${w.pages.base}/attachments/port.md`, 'text/markdown; charset=utf-8') },
    };
    const from = h.fake.calls.length;
    await h.interact(payload);
    const preview = await h.fake.waitFor((c) => c.method === 'PATCH' && c.path.includes(`/${String(payload.token)}/messages/@original`), { from });
    expect(embedOf(preview).description).toMatch(/Title: Port office chief travels\nOutlet: Coastal Wire\nPublished: 2024-04-15/);
    const saved = await h.interact(button(customId(preview, 'Save'), asSent(preview), { permissions: MANAGER }));
    expect(embedText(saved)).toMatch(/Saved as coastal-wire-2024-04-15-port-office-chief-travels\.md/);
    await w.loaded('coastal-wire-2024-04-15-port-office-chief-travels.md');
    expect(w.bot().handleLine('/who Sun Li').text).toMatch(/head of the Testville harbour office/);
    // The same file again is refused: it is loaded.
    const again = slash('sources', {}, { permissions: MANAGER }) as any;
    again.data.options = payload.data.options;
    again.data.resolved = payload.data.resolved;
    const from2 = h.fake.calls.length;
    await h.interact(again);
    const refused = await h.fake.waitFor((c) => c.method === 'PATCH' && c.path.includes(`/${String(again.token)}/messages/@original`), { from: from2 });
    expect(embedText(refused)).toMatch(/already loaded: Coastal Wire, “Port office chief travels”/);
  });

  it('adds a .md file attached to a mention saying "add" by the server owner; refuses a plain member', async () => {
    const attached = (authorId: string) => {
      const m = channelMessage('add', { authorId }) as any;
      m.attachments = [attachment('900000000000000002', `${w.pages.base}/attachments/ferry.md`)];
      return m;
    };
    const before = w.pages.requests.length;
    const refusedMsg = attached('400000000000000099');
    let from = h.fake.calls.length;
    h.fake.dispatch('MESSAGE_CREATE', refusedMsg);
    const refusal = await h.fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${IDS.channel}/messages`, { from });
    expect(refusal.body.message_reference.message_id).toBe(refusedMsg.id);
    expect(embedText(refusal)).toMatch(/only members with the Manage Server permission/);
    expect(w.pages.requests.length).toBe(before);

    // The fake server's owner is IDS.user: discord.js gives the owner every permission.
    from = h.fake.calls.length;
    h.fake.dispatch('MESSAGE_CREATE', attached(IDS.user));
    const preview = await h.fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${IDS.channel}/messages`, { from });
    expect(embedOf(preview).description).toMatch(/Title: Ferry link planned/);
    expect(preview.body.allowed_mentions).toMatchObject({ parse: [] });
    const sent = { embeds: preview.body.embeds, components: preview.body.components };
    const stranger = await h.interact(button(customId(preview, 'Save'), sent, { userId: '400000000000000099', permissions: MEMBER_PERMISSIONS }));
    expect(stranger.body.data.flags).toBe(64);
    expect(embedText(stranger)).toMatch(/Only the person who started adding this article can confirm it/);
    const cancelled = await h.interact(button(customId(preview, 'Cancel'), sent));
    expect(embedText(cancelled)).toMatch(/Cancelled/);
  });

  it('answers a page it cannot fetch with the reason', async () => {
    const { preview } = await addCommand({ add: 'http://10.0.0.1/story' }, { permissions: MANAGER });
    expect(embedOf(preview).description).toMatch(/I could not add that page: 10\.0\.0\.1 is a private or local address/);
    expect(preview.body.components).toEqual([]);
    expect(existsSync(join(w.dir, 'mayor.md'))).toBe(true);
  });
});

describe('/sources add on Discord in a server the operator did not list (ADMIN_GUILD_IDS)', () => {
  it('refuses the server owner and members with Manage Server, by command and by mention, and fetches nothing', async () => {
    const other = await startHarness({ handle: w.handle, intake: w.intake });
    try {
      const before = w.pages.requests.length;
      const call = await other.interact(slash('sources', { add: `${w.pages.base}/story` }, { permissions: MANAGER }));
      expect(embedOf(call).description).toMatch(/only members with the Manage Server permission in the bot's admin servers/);
      const m = channelMessage('add', { authorId: IDS.user }) as any; // the fake server's owner
      m.attachments = [attachment('900000000000000003', `${w.pages.base}/attachments/ferry.md`)];
      const from = other.fake.calls.length;
      other.fake.dispatch('MESSAGE_CREATE', m);
      const refusal = await other.fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${IDS.channel}/messages`, { from });
      expect(embedText(refusal)).toMatch(/only members with the Manage Server permission in the bot's admin servers/);
      expect(w.pages.requests.length).toBe(before);
    } finally {
      await other.stop();
    }
  });
});

describe('/sources add on Discord when the seeds folder cannot be written', () => {
  it('Save says what failed, writes nothing, and keeps the draft for another try', async () => {
    w.pages.page('/fares', newsPage({ title: 'Ferry fares cut' }));
    const { preview } = await addCommand({ add: `${w.pages.base}/fares` }, { permissions: MANAGER });
    const away = `${w.dir}-away`;
    renameSync(w.dir, away); // the folder is gone: every write fails (root writes anywhere, so no chmod)
    try {
      const failed = await h.interact(button(customId(preview, 'Save'), asSent(preview), { permissions: MANAGER }));
      expect(failed.body.data.flags).toBe(64);
      expect(embedText(failed)).toMatch(
        /I could not save the article: the seeds folder does not exist \\\(ENOENT\\\)\. Nothing was written; the draft is kept/,
      );
    } finally {
      renameSync(away, w.dir);
    }
    expect(readdirSync(w.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const saved = await h.interact(button(customId(preview, 'Save'), asSent(preview), { permissions: MANAGER }));
    expect(embedText(saved)).toMatch(/Saved as harbor-daily-2024-04-19-ferry-fares-cut\.md/);
  });
});
