import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appMention, eventCallback, sendForm, sendJson, slashCommand } from '../../../test-support/fakes/slack-requests.ts';
import { botOf } from '../../helpers.ts';
import { startHarness, type Harness } from './harness.ts';

// GIVEN the real Bolt against the fake Slack, WHEN a user types a link, a #channel or an @name, or an
// article's text holds one, THEN every mrkdwn text of the answer's blocks is sent with verbatim: true
// (Slack then links and mentions nothing by itself) and angle brackets are escaped (issue 20).

const BAIT = '[Claim your free Nitro](https://evil.example/login) <https://evil.example/x|Nitro> #general @channel';
const bot = botOf(['Zhang Wei, mayor of Testville, met the delegation on Tuesday.', `Zhang Wei said: “Visit ${BAIT} today.”`]);

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ handle: async (r) => bot.handle(r) });
});
afterAll(async () => {
  await h?.close();
});

/** Every mrkdwn text object of a message's blocks. */
function mrkdwnTexts(blocks: any[]): Array<{ text: string; verbatim?: boolean }> {
  return blocks.flatMap((b) => [b.text, ...(b.elements ?? []), ...(b.fields ?? [])]).filter((t) => t?.type === 'mrkdwn');
}

function expectVerbatim(message: Record<string, any>): void {
  const texts = mrkdwnTexts(message.blocks);
  expect(texts.length).toBeGreaterThan(0);
  for (const t of texts) {
    expect(t.verbatim).toBe(true);
    expect(t.text).not.toMatch(/<https?:\/\/evil/);
  }
}

describe('links typed by users or held by articles stay text on Slack', () => {
  it('in a command that echoes what was typed, and in an article quoted', async () => {
    for (const [text, id] of [
      [`who ${BAIT}`, 'who-bait'],
      ['quote Zhang Wei', 'quote-bait'],
      [`when ${BAIT}`, 'when-bait'],
    ] as const) {
      await sendForm(h.events, slashCommand(h.fake.responseUrl(id), { text }));
      const reply = (await h.fake.waitFor((r) => r.kind === 'response' && r.name === id)).body as Record<string, any>;
      expectVerbatim(reply);
    }
    const quoted = h.fake.log.find((r) => r.name === 'quote-bait')!.body as Record<string, any>;
    expect(JSON.stringify(quoted.blocks)).toContain('evil.example');
  });

  it('in the answer to a mention', async () => {
    await sendJson(h.events, eventCallback(appMention(`who is ${BAIT}`)));
    const posted = await h.fake.waitFor((r) => r.name === 'chat.postMessage');
    const blocks = posted.body.blocks;
    expectVerbatim({ blocks: typeof blocks === 'string' ? JSON.parse(blocks) : blocks });
  });
});
