import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS } from '../../../test-support/fakes/discord-server.ts';
import { button, channelMessage, slash } from '../../../test-support/fakes/discord-payloads.ts';
import { embedOf, startHarness, type Harness } from './harness.ts';

// Buttons (paging, Share in channel) and mentions answered in threads.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ mentionCooldownMs: 60_000 });
});
afterAll(async () => {
  await h?.stop();
});

const buttonsOf = (body: any) =>
  (body.data ?? body).components.flatMap((r: any) => r.components) as Array<{ label: string; custom_id: string; disabled?: boolean }>;

describe('GIVEN a list answer longer than a page (/timeline)', () => {
  it('THEN Next and Previous page through it, re-running the command from the button state alone', async () => {
    const first = await h.interact(slash('timeline'));
    expect(embedOf(first).footer.text).toMatch(/^\/timeline · page 1\/3$/);
    const [prev, next, share] = buttonsOf(first.body);
    expect([prev!.label, next!.label, share!.label]).toEqual(['Previous', 'Next', 'Share in channel']);
    expect(prev!.disabled).toBe(true);

    // A click on a message from an earlier run of the bot: only the message itself carries state.
    const second = await h.interact(button(next!.custom_id, { ...first.body.data }));
    expect(second.body.type).toBe(7); // update the message in place
    expect(embedOf(second).footer.text).toBe('/timeline · page 2/3');
    expect(embedOf(second).description).toMatch(/^\*\*6\.\*\* /m);
    const back = buttonsOf(second.body)[0]!;
    const again = await h.interact(button(back.custom_id, second.body.data));
    expect(embedOf(again).footer.text).toBe('/timeline · page 1/3');
    expect(embedOf(again).description).toBe(embedOf(first).description);
  });

  it('THEN paging works when the arguments are too long for the custom_id (read back from the footer)', async () => {
    const first = await h.interact(slash('quote', { subject: 'London Breed' }));
    const next = buttonsOf(first.body).find((b) => b.label === 'Next')!;
    expect(next.custom_id).toBe('vb:p:1:1:quote:London Breed');
    // A long-argument button has no args part: vb:p:1:1:quote
    const long = await h.interact(button('vb:p:1:1:quote', { embeds: [{ ...embedOf(first), footer: { text: '/quote London Breed · page 1/2' } }] }));
    expect(long.body.type).toBe(7);
    expect(embedOf(long).footer.text).toBe('/quote London Breed · page 2/2');
  });

  it('THEN "Share in channel" posts the same page publicly, without a share button', async () => {
    const first = await h.interact(slash('who', { name: 'Han Zheng' }));
    const share = buttonsOf(first.body).find((b) => b.label === 'Share in channel')!;
    const shared = await h.interact(button(share.custom_id, { ...first.body.data, flags: 64 }));
    expect(shared.body.type).toBe(4);
    expect(shared.body.data.flags ?? 0).toBe(0);
    expect(embedOf(shared).description).toBe(embedOf(first).description);
    expect(embedOf(shared).fields).toEqual(embedOf(first).fields);
    expect(buttonsOf(shared.body).map((b) => b.label)).not.toContain('Share in channel');
  });

  it('THEN a button of the previous version (the same custom_id form; its third field then meant "offers Share") still works', async () => {
    const first = await h.interact(slash('who', { name: 'Han Zheng' }));
    const shared = await h.interact(button('vb:s:0:1:who:Han Zheng', { ...first.body.data, flags: 64 }));
    expect(shared.body.data.flags ?? 0).toBe(0);
    expect(embedOf(shared).description).toBe(embedOf(first).description);
  });

  it('THEN a stale or foreign button gets a private answer: from an older version, type a command instead', async () => {
    const call = await h.interact(button('some-old-format:42'));
    expect(call.body.data.flags).toBe(64);
    expect(embedOf(call).description).toMatch(/from an older version of VisitBot.*Please type the command instead/);
    expect(embedOf(call).description).toContain('`/help`');
    // Logged, as on Slack, with the id it carried.
    expect(h.logs).toContainEqual(expect.objectContaining({ msg: 'a button this version cannot read', platform: 'discord', id: 'some-old-format:42' }));
  });

  it('with DISCORD_PUBLIC_REPLIES=true THEN answers are public but errors stay private', async () => {
    const pub = await startHarness({ config: { publicReplies: true } });
    try {
      const ok = await pub.interact(slash('who', { name: 'Han Zheng' }));
      expect(ok.body.data.flags ?? 0).toBe(0);
      // No "Share in channel" on a public answer; "Why this answer?" and the votes stay.
      expect(
        buttonsOf(ok.body)
          .filter((b: any) => !b.custom_id.startsWith('vb:a:'))
          .map((b: any) => b.label ?? b.emoji?.name),
      ).toEqual(['Why this answer?', '👍', '👎']);
      const bad = await pub.interact(slash('nope'));
      expect(bad.body.data.flags).toBe(64);
    } finally {
      await pub.stop();
    }
  });
});

describe('GIVEN a member mentions the bot with a question in a channel', () => {
  it('THEN a thread is started from that message and the answer is posted in it', async () => {
    const from = h.fake.calls.length;
    const msg = channelMessage('/who Han Zheng', { authorId: '400000000000000001' });
    h.fake.dispatch('MESSAGE_CREATE', msg);
    const thread = await h.fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${IDS.channel}/messages/${msg.id}/threads`, { from });
    expect(thread.body.name).toBe('/who Han Zheng');
    const answer = await h.fake.waitFor(
      (c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path) && c.path !== `/channels/${IDS.channel}/messages`,
      { from },
    );
    expect(embedOf(answer).description).toContain('Vice President');
    expect(answer.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('in a thread THEN the reply goes to that thread; a free question goes to /ask', async () => {
    const from = h.fake.calls.length;
    h.fake.dispatch('MESSAGE_CREATE', channelMessage('Who did Breed meet in Beijing?', { channelId: IDS.thread, authorId: '400000000000000002' }));
    const answer = await h.fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${IDS.thread}/messages`, { from });
    expect(answer.body.message_reference.message_id).toBeDefined();
    expect(embedOf(answer).footer.text).toBe('/ask Who did Breed meet in Beijing?');
  });

  it('THEN "@VisitBot, timeline" runs /timeline and a bare mention asks for help, as on Slack', async () => {
    const from = h.fake.calls.length;
    h.fake.dispatch('MESSAGE_CREATE', channelMessage(', timeline', { channelId: IDS.thread, authorId: '400000000000000011' }));
    h.fake.dispatch('MESSAGE_CREATE', channelMessage('', { channelId: IDS.thread, authorId: '400000000000000012' }));
    const footer = (c: { method: string; body?: any }) => (c.method === 'POST' ? String(embedOf(c as never)?.footer?.text ?? '') : '');
    await h.fake.waitFor((c) => footer(c).startsWith('/timeline · page 1/'), { from });
    await h.fake.waitFor((c) => footer(c).startsWith('/help'), { from });
  });

  it('THEN bots, the bot itself, unmentioned messages and a second mention within the cooldown are ignored', async () => {
    const from = h.fake.calls.length;
    h.fake.dispatch('MESSAGE_CREATE', channelMessage('/who Han Zheng', { channelId: IDS.thread, authorId: IDS.otherBot, bot: true }));
    h.fake.dispatch('MESSAGE_CREATE', channelMessage('/who Han Zheng', { channelId: IDS.thread, authorId: IDS.bot, bot: true }));
    h.fake.dispatch('MESSAGE_CREATE', channelMessage('/who Han Zheng', { channelId: IDS.thread, authorId: '400000000000000003', mentionBot: false }));
    h.fake.dispatch('MESSAGE_CREATE', channelMessage('/who Han Zheng', { channelId: IDS.thread, authorId: '400000000000000004' }));
    h.fake.dispatch('MESSAGE_CREATE', channelMessage('/who Gong Zheng', { channelId: IDS.thread, authorId: '400000000000000004' }));
    // A marker from another user, sent last: once it is answered, everything before it was processed.
    h.fake.dispatch('MESSAGE_CREATE', channelMessage('/sources', { channelId: IDS.thread, authorId: '400000000000000005' }));
    await h.fake.waitFor((c) => c.method === 'POST' && embedOf(c)?.footer?.text === '/sources', { from });
    await h.fake.waitFor((c) => c.method === 'POST' && embedOf(c)?.footer?.text === '/who Han Zheng', { from });
    // The ignore decisions are taken synchronously on arrival, before the marker is even read.
    const answers = h.fake.calls.slice(from).filter((c) => c.method === 'POST' && c.path.startsWith('/channels/'));
    expect(answers.map((c) => embedOf(c).footer.text).sort()).toEqual(['/sources', '/who Han Zheng']);
  });
});
