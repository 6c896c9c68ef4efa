import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../../src/core/bot.ts';
import { eventCallback, sendJson } from '../../../test-support/fakes/slack-requests.ts';
import { seedKnowledge } from '../../helpers.ts';
import { startHarness, type Harness } from './harness.ts';

// GIVEN the real Bolt against the fake Slack, WHEN a user opens the bot's App Home tab, THEN it shows
// what the bot knows (its articles, outlets and dates) and how to ask; an admin also sees the feedback.

let h: Harness;
beforeAll(async () => {
  const bot = createBot({ knowledge: seedKnowledge(), feedback: async () => [] });
  h = await startHarness({ handle: (r) => bot.respond(r) });
});
afterAll(async () => {
  await h?.close();
});

async function openHome(user: string) {
  const from = h.fake.log.length;
  expect((await sendJson(h.events, eventCallback({ type: 'app_home_opened', user, channel: 'D1', tab: 'home', event_ts: '1713400000.000100' }))).status).toBe(
    200,
  );
  const published = await h.fake.waitFor((r) => h.fake.log.indexOf(r) >= from && r.name === 'views.publish' && r.body.user_id === user);
  return published.body.view as { type: string; blocks: unknown[] };
}

describe('the App Home tab', () => {
  it('THEN a member sees the articles (outlets and dates) and how to ask, written the /visit way, and no feedback', async () => {
    const view = await openHome('U1');
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = JSON.stringify(view.blocks);
    expect(text).toMatch(/I answer questions from 2 news articles/);
    expect(text).toMatch(/\/visit who/);
    expect(text).toMatch(/Global Times/);
    expect(text).toMatch(/China Daily/);
    expect(text).toMatch(/2024-04-1\d/);
    expect(text).not.toContain('"text":"Feedback"'); // no feedback section
  });

  it('THEN an admin also sees the answers voted down', async () => {
    const text = JSON.stringify((await openHome('UADMIN')).blocks);
    expect(text).toContain('"text":"Feedback"');
    expect(text).toMatch(/No answers voted down yet/);
  });
});
