import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/store/types.ts';
import { chatStore, type ChatStore } from '../../../test-support/fakes/chat.ts';
import { buttonPress, buttonsOf, sendForm, slashCommand } from '../../../test-support/fakes/slack-requests.ts';
import { blockText, startHarness, type Harness } from './harness.ts';

// Buttons posted by the previous version are still in channels. Their values were JSON, written here as
// that version wrote them ({"c": command, "a": args}; paging and sharing also "p", the page, and "e",
// 1 for a private message), with the action ids it used. End to end through the real Bolt (HTTP mode)
// and the fake Slack: such a button does what it did, or says politely what to type instead.

let h: Harness;
let world: ChatStore;
let store: Store;
beforeAll(async () => {
  world = chatStore('slack-previous');
  store = world.store;
  h = await startHarness({ conversations: world.conversations, feedback: world.feedback, config: { command: '/news' } });
});
afterAll(async () => {
  await h?.close();
  await world?.close();
});

let pressed = 0;
/** Presses a button with this action id and value; resolves with every response the click sent. */
async function press(action_id: string, value: string, user = 'U1'): Promise<Record<string, unknown>[]> {
  const id = `prev-${++pressed}`;
  const payload = buttonPress(h.fake.responseUrl(id), { action_id, value }, { user: { id: user, username: 'alice', team_id: 'T1' } });
  expect((await sendForm(h.events, { payload: JSON.stringify(payload) })).status).toBe(200);
  await h.fake.waitFor((r) => r.kind === 'response' && r.name === id);
  return h.fake.log.filter((r) => r.kind === 'response' && r.name === id).map((r) => r.body);
}

async function ask(text: string): Promise<Record<string, unknown>> {
  const id = `ask-${++pressed}`;
  await sendForm(h.events, slashCommand(h.fake.responseUrl(id), { text, command: '/news' }));
  return (await h.fake.waitFor((r) => r.kind === 'response' && r.name === id)).body;
}

describe('GIVEN a button value in the previous JSON format', () => {
  it('THEN Next shows the page it carries, the same page the current button shows', async () => {
    const first = await ask('timeline');
    const next = buttonsOf(first).find((b) => b.action_id === 'visit_page_next')!;
    expect(next.value).not.toMatch(/^\{/);
    const [current] = await press(next.action_id, next.value);
    const [old] = await press('visit_page_next', '{"c":"timeline","a":"","p":1,"e":1}');
    expect(old!.replace_original).toBe(true);
    expect(old!.response_type).toBe('ephemeral');
    expect(blockText(old!)).toMatch(/Page 2 of 3 · items 6–10 of 14/);
    expect(blockText(old!)).toBe(blockText(current!));
    // The page it shows carries the current codec from then on.
    expect(buttonsOf(old!).map((b) => b.value)).toEqual(buttonsOf(current!).map((b) => b.value));
  });

  it('THEN "Share in channel" posts the answer publicly and deletes the private copy', async () => {
    const responses = await press('visit_share', '{"c":"who","a":"Han Zheng","p":0,"e":1}');
    await h.fake.waitFor((r) => r.kind === 'response' && r.body.delete_original === true);
    expect(responses[0]!.response_type).toBe('in_channel');
    expect(blockText(responses[0]!)).toMatch(/Vice President/);
    expect(blockText(responses[0]!)).toMatch(/Shared by <@U1>/);
  });

  it('THEN "Why this answer?" and a suggestion re-run the request they carry', async () => {
    const [why] = await press('visit_why', '{"c":"who","a":"Han Zheng"}');
    expect(why!.response_type).toBe('ephemeral');
    expect(blockText(why!)).toContain('Why this answer?');
    expect(blockText(why!)).toMatch(/Han Zheng/);
    const [tried] = await press('visit_try_2', '{"c":"who","a":"Han Zheng"}');
    expect(blockText(tried!)).toMatch(/Vice President/);
    expect(tried!.replace_original).toBe(false);
  });

  it('THEN a vote is recorded against the request it carries', async () => {
    const [down] = await press('visit_vote_down', '{"c":"when","a":"Breed arrived in Beijing"}', 'U5');
    expect(down!.text).toMatch(/recorded/);
    const [report] = await store.downVoted(10);
    expect(report).toMatchObject({ platforms: ['slack'], question: '/when Breed arrived in Beijing', down: 1 });
  });
});

describe('GIVEN an older button this version cannot read whole', () => {
  it('THEN a value whose request is legible answers privately that it is from an older version, with the command to type', async () => {
    const [reply] = await press('visit_page_next', '{"c":"timeline","a":"","e":1}');
    expect(reply!.response_type).toBe('ephemeral');
    expect(reply!.replace_original).toBe(false);
    expect(blockText(reply!)).toMatch(/from an older version of VisitBot/);
    expect(blockText(reply!)).toContain('Try: /news timeline');
  });

  it('THEN an unreadable value, or one that would change settings, offers help; nothing typed in it is echoed', async () => {
    for (const value of ['{"c":"who","a":', '{"c":"<!channel>","a":"x"}', '{"c":"daily","a":"subscribe"}', 'anything else']) {
      const [reply] = await press('visit_why', value);
      expect(reply!.response_type).toBe('ephemeral');
      expect(blockText(reply!)).toMatch(/from an older version of VisitBot/);
      expect(blockText(reply!)).toContain('Try: /news help');
      expect(blockText(reply!)).not.toMatch(/channel|subscribe/);
    }
    expect(h.logs.some((l) => /cannot read/.test(l.msg))).toBe(true);
  });
});
