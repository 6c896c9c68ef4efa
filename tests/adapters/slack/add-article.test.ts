import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appMention, buttonPress, directMessage, eventCallback, sendForm, sendJson, slashCommand } from '../../../test-support/fakes/slack-requests.ts';
import { articleText } from '../../helpers.ts';
import { newsPage } from '../../intake/page-server.ts';
import { startWorld, type World } from '../../intake/world.ts';
import { blockText, startHarness, type Harness } from './harness.ts';

// GIVEN the real Bolt (HTTP mode) against the fake Slack, a watched seeds folder and a news page on a
// local server, WHEN a workspace admin runs /visit sources add <url>, THEN a private preview offers
// Save / Edit details / Cancel; the modal corrects the details; Save writes the file and, after the
// reload, the article is answered. Anyone else is refused politely and nothing is fetched.

let w: World;
let h: Harness;
beforeAll(async () => {
  w = await startWorld(['ULISTED']);
  h = await startHarness({ handle: w.handle, intake: w.intake });
});
afterAll(async () => {
  await h?.close();
  await w?.close();
});

const user = (id: string) => ({ id, username: id.toLowerCase(), team_id: 'T1' });

async function command(text: string, id: string, userId: string) {
  const sent = await sendForm(h.events, slashCommand(h.fake.responseUrl(id), { text, user_id: userId }));
  expect(sent.status).toBe(200);
  return (await h.fake.waitFor((r) => r.kind === 'response' && r.name === id)).body as Record<string, any>;
}

async function press(actionId: string, value: string, id: string, userId: string) {
  await sendForm(h.events, { payload: JSON.stringify(buttonPress(h.fake.responseUrl(id), { action_id: actionId, value }, { user: user(userId) })) });
  return (await h.fake.waitFor((r) => r.kind === 'response' && r.name === id)).body as Record<string, any>;
}

const actionsOf = (message: Record<string, any>) =>
  (message.blocks as any[]).find((b) => b.type === 'actions').elements as Array<{ action_id: string; value: string; text: { text: string } }>;

describe('/visit sources add on Slack', () => {
  it('a workspace admin previews, saves, and the article is answered after the reload', async () => {
    h.fake.override('users.info', { body: { ok: true, user: { id: 'UWSADMIN', team_id: 'T1', is_admin: true, is_owner: false } } });
    // Slack may wrap the link in <…>.
    const preview = await command(`sources add <${w.pages.base}/story>`, 'add-1', 'UWSADMIN');
    expect(preview.response_type).toBe('ephemeral');
    const shown = blockText(preview);
    expect(shown).toContain('Add this article?');
    expect(shown).toContain('Title: Ports sign green pact');
    expect(shown).toContain('Outlet: Harbor Daily');
    expect(shown).toContain('Published: 2024-04-19');
    expect(shown).toMatch(/3 paragraphs, \d+ words/);
    expect(shown).toContain('SHANGHAI – Zhou Min, director of the Shanghai port office');
    const actions = actionsOf(preview);
    expect(actions.map((a) => a.text.text)).toEqual(['Save', 'Edit details', 'Cancel']);

    const saved = await press('visit_add_save', actions[0]!.value, 'add-1-save', 'UWSADMIN');
    expect(saved.replace_original).toBe(true);
    expect(blockText(saved)).toMatch(/Saved as harbor-daily-2024-04-19-ports-sign-green-pact\.md/);
    expect(readFileSync(join(w.dir, 'harbor-daily-2024-04-19-ports-sign-green-pact.md'), 'utf8')).toMatch(/^---\ntitle: Ports sign green pact\n/);
    await w.loaded('harbor-daily-2024-04-19-ports-sign-green-pact.md');
    const who = await command('who Zhou Min', 'who-zhou', 'U1');
    expect(blockText(who)).toContain('director of the Shanghai port office');
    // Cited with a link to the page it was added from.
    expect(blockText(who)).toMatch(/\*<http:\/\/127\.0\.0\.1:\d+\/story\|Harbor Daily>\*/);
  });

  it('refuses someone who is not a workspace admin, and fetches nothing', async () => {
    const before = w.pages.requests.length;
    const reply = await command(`sources add ${w.pages.base}/story`, 'add-refused', 'U1');
    expect(reply.response_type).toBe('ephemeral');
    expect(blockText(reply)).toMatch(/Sorry, only admins of the workspace the bot is installed in and the bot's listed admins can add articles/);
    expect(w.pages.requests.length).toBe(before);
    expect(h.fake.log.some((r) => r.name === 'users.info' && r.body.user === 'U1')).toBe(true);
  });

  it('refuses an admin of another workspace (Slack Connect): the admin must belong to the installed workspace', async () => {
    h.fake.override('users.info', { body: { ok: true, user: { id: 'UCONNECT', team_id: 'T2', is_admin: true, is_owner: true } } });
    const before = w.pages.requests.length;
    const reply = await command(`sources add ${w.pages.base}/story`, 'add-connect', 'UCONNECT');
    expect(blockText(reply)).toMatch(/Sorry, only admins of the workspace the bot is installed in/);
    expect(h.fake.log.some((r) => r.name === 'users.info' && r.body.user === 'UCONNECT')).toBe(true);
    expect(w.pages.requests.length).toBe(before);
  });

  it('refuses a page that is one paragraph of 1 MB with a message, and keeps answering (issue 20)', async () => {
    const s = 'Mr. Lee met Dr. Wu in Testville on Tuesday. ';
    const huge = s.repeat(Math.ceil((1024 * 1024) / s.length)).slice(0, 1024 * 1024);
    w.pages.page('/huge', newsPage({ title: 'One long block', paragraphs: [huge] }));
    w.pages.page('/huge.md', articleText({ title: 'One long block', source: 'Harbor Daily', published: '2024-04-19' }, [huge]), 'text/markdown');
    for (const path of ['/huge', '/huge.md']) {
      const reply = await command(`sources add ${w.pages.base}${path}`, `add-huge${path}`, 'ULISTED');
      expect(blockText(reply)).toMatch(/I cannot add that page: paragraph 1 has 10\d{5} characters, more than the 20000 a paragraph may have/);
      expect((reply.blocks as any[]).some((b) => b.type === 'actions')).toBe(false);
    }
    const who = await command('who Zhang Wei', 'who-after-huge', 'U1');
    expect(blockText(who)).toContain('mayor of Testville');
  });

  it('a user in ADMIN_USERS corrects the details in the modal; the preview is replaced; Cancel saves nothing', async () => {
    const preview = await command(`sources add ${w.pages.base}/undated`, 'add-2', 'ULISTED');
    expect(h.fake.log.some((r) => r.name === 'users.info' && r.body.user === 'ULISTED')).toBe(false);
    expect(blockText(preview)).toContain('Published: (not found)');
    const id = actionsOf(preview)[0]!.value;

    h.fake.override('views.open', { body: { ok: true, view: { id: 'V1' } } });
    await sendForm(h.events, {
      payload: JSON.stringify(buttonPress(h.fake.responseUrl('add-2-edit'), { action_id: 'visit_add_edit', value: id }, { user: user('ULISTED') })),
    });
    const opened = await h.fake.waitFor((r) => r.name === 'views.open');
    const view = opened.body.view as Record<string, any>;
    expect(view.callback_id).toBe('visit_add_details');
    expect(view.blocks.map((b: any) => [b.block_id, b.element.initial_value])).toEqual([
      ['title', 'Ports sign green pact'],
      ['source', 'Harbor Daily'],
      ['published', undefined],
    ]);

    const submit = (published: string) =>
      sendForm(h.events, {
        payload: JSON.stringify({
          type: 'view_submission',
          team: { id: 'T1', domain: 'fake' },
          user: user('ULISTED'),
          api_app_id: 'A1',
          token: 'legacy',
          trigger_id: 'trig.v',
          view: {
            id: 'V1',
            team_id: 'T1',
            type: 'modal',
            callback_id: 'visit_add_details',
            private_metadata: view.private_metadata,
            hash: 'h',
            blocks: view.blocks,
            title: view.title,
            state: {
              values: {
                title: { value: { type: 'plain_text_input', value: 'Ports sign green pact' } },
                source: { value: { type: 'plain_text_input', value: 'Harbor Daily' } },
                published: { value: { type: 'plain_text_input', value: published } },
              },
            },
          },
        }),
      });
    const wrong = await submit('April 20');
    expect(wrong.status).toBe(200);
    expect(JSON.parse(wrong.body)).toEqual({ response_action: 'errors', errors: { published: expect.stringMatching(/the date must be written YYYY-MM-DD/) } });

    const right = await submit('2024-04-20');
    expect(right.status).toBe(200);
    const replaced = (await h.fake.waitFor((r) => r.kind === 'response' && r.name === 'add-2-edit')).body as Record<string, any>;
    expect(replaced.replace_original).toBe(true);
    expect(blockText(replaced)).toContain('Published: 2024-04-20');

    const cancelled = await press('visit_add_cancel', id, 'add-2-cancel', 'ULISTED');
    expect(blockText(cancelled)).toContain('Cancelled: nothing was saved.');
    const late = await press('visit_add_save', id, 'add-2-late', 'ULISTED');
    expect(blockText(late)).toMatch(/expired or was already handled/);
  });

  it('adds a .md file shared with "add" in a mention, downloading it with the bot token; refuses others privately', async () => {
    const auth: string[] = [];
    w.pages.route('/files-pri/T1-F1/ferry.md', (req, res) => {
      auth.push(req.headers.authorization ?? 'none');
      res
        .writeHead(200, { 'content-type': 'application/octet-stream' })
        .end(
          articleText({ title: 'Ferry link planned', source: 'Coastal Wire', published: '2024-04-16' }, [
            'Wu Fang, head of the Testville ferry company, announced a new route on Tuesday.',
          ]),
        );
    });
    const file = { id: 'F1', name: 'ferry.md', mimetype: 'text/markdown', size: 300, url_private_download: `${w.pages.base}/files-pri/T1-F1/ferry.md` };

    // A bot's file shared with "add" (a listed user's id on it or not) is no article to add: nothing is fetched or answered.
    await sendJson(h.events, eventCallback(directMessage('add', { user: 'ULISTED', bot_id: 'B2', subtype: 'file_share', files: [file], channel: 'D8' })));
    await sendJson(h.events, eventCallback(appMention('add', { user: 'U1', files: [file] })));
    const refusal = await h.fake.waitFor((r) => r.name === 'chat.postEphemeral' && r.body.user === 'U1');
    expect(blockText(refusal.body)).toMatch(/only admins of the workspace/);
    expect(auth).toEqual([]);

    await sendJson(h.events, eventCallback(appMention('add', { user: 'ULISTED', files: [file], ts: '1713400000.777777' })));
    const preview = await h.fake.waitFor((r) => r.name === 'chat.postEphemeral' && r.body.user === 'ULISTED');
    expect(auth).toEqual(['Bearer xoxb-test']);
    expect(preview.body.thread_ts).toBe('1713400000.777777');
    expect(blockText(preview.body)).toContain('Title: Ferry link planned');
    const save = actionsOf(preview.body)[0]!;
    const saved = await press(save.action_id, save.value, 'file-save', 'ULISTED');
    expect(blockText(saved)).toMatch(/Saved as coastal-wire-2024-04-16-ferry-link-planned\.md/);
    await w.loaded('coastal-wire-2024-04-16-ferry-link-planned.md');
    expect(w.bot().handleLine('/who Wu Fang').text).toMatch(/head of the Testville ferry company/);

    // In a direct message too (subtype file_share); the same article again is refused as loaded.
    await sendJson(h.events, eventCallback(directMessage('add', { user: 'ULISTED', subtype: 'file_share', files: [file], channel: 'D9' })));
    const again = await h.fake.waitFor((r) => r.name === 'chat.postEphemeral' && r.body.channel === 'D9');
    expect(blockText(again.body)).toMatch(/already loaded: Coastal Wire, “Ferry link planned”/);
    expect(auth).toHaveLength(2);
    expect(h.fake.log.filter((r) => r.body.channel === 'D8')).toEqual([]);
  });

  it('asks for the link when there is none, and /visit sources still lists the articles', async () => {
    const empty = await command('sources add', 'add-empty', 'ULISTED');
    expect(blockText(empty)).toMatch(/Give me the link of the article: \/visit sources add https:/);
    const list = await command('sources', 'list', 'U1');
    expect(blockText(list)).toMatch(/I answer from \d+ articles?/);
  });
});
