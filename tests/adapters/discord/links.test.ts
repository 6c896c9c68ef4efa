import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelMessage, slash } from '../../../test-support/fakes/discord-payloads.ts';
import { botOf } from '../../helpers.ts';
import type { RestCall } from '../../../test-support/fakes/discord-server.ts';
import { embedOf, startHarness, type Harness } from './harness.ts';

// GIVEN the real discord.js against the fake Discord, WHEN a user types a masked link or an
// angle-bracket link into a command or a mention, or an article's text holds one, THEN the bot's
// reply shows it as text: every [ ] ( ) < > of it is escaped, so Discord renders no link under the
// bot's name (issue 20).

const BAIT = '[Claim your free Nitro](https://evil.example/login)';
const ANGLED = '<https://evil.example/login>';
const bot = botOf(['Zhang Wei, mayor of Testville, met the delegation on Tuesday.', `Zhang Wei said: “Visit ${BAIT} or ${ANGLED} today.”`]);

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ handle: async (r) => bot.handle(r) });
});
afterAll(async () => {
  await h?.stop();
});

/** A masked link Discord would render: [text](url) or [text](<url>) with no backslash before the brackets. */
const LIVE_MASKED = /(?<!\\)\[[^\]]*(?<!\\)\]\(<?https?:/;
/** An angle-bracket link Discord would render. */
const LIVE_ANGLED = /(?<!\\)<https?:/;

/** What Discord renders as markdown: the embed's title, description and fields (a footer is plain text). */
function rendered(call: RestCall): string {
  const e = embedOf(call);
  return [e?.title, e?.description, ...(e?.fields ?? []).flatMap((f: any) => [f.name, f.value])].filter(Boolean).join('\n');
}

function expectNoLiveLink(text: string): void {
  expect(text).not.toMatch(LIVE_MASKED);
  expect(text).not.toMatch(LIVE_ANGLED);
  expect(text).toContain('evil.example'); // shown, as text
}

describe('links typed by users or held by articles are shown as text on Discord', () => {
  it('in /who, /quote, /when and /ask answers that echo what was typed', async () => {
    for (const [name, option] of [
      ['who', 'name'],
      ['quote', 'subject'],
      ['when', 'event'],
      ['ask', 'question'],
    ] as const) {
      for (const text of [BAIT, ANGLED, `[x](${ANGLED})`]) {
        const call = await h.interact(slash(name, { [option]: text }));
        expectNoLiveLink(rendered(call));
      }
    }
  });

  it('in the quotation of an article that holds a link', async () => {
    const call = await h.interact(slash('quote', { subject: 'Zhang Wei' }));
    expect(rendered(call)).toContain('Claim your free Nitro');
    expectNoLiveLink(rendered(call));
  });

  it('in the answer to a mention', async () => {
    const from = h.fake.calls.length;
    h.fake.dispatch('MESSAGE_CREATE', channelMessage(`who is ${BAIT}`));
    const reply = await h.fake.waitFor((c) => c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.path), { from });
    expectNoLiveLink(rendered(reply));
  });
});
