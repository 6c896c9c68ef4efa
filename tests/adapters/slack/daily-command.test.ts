import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../../src/core/bot.ts';
import { createDaily, type Daily } from '../../../src/daily/daily.ts';
import { openSqliteStore } from '../../../src/store/sqlite.ts';
import type { Store } from '../../../src/store/types.ts';
import { sendForm, slashCommand } from '../../../test-support/fakes/slack-requests.ts';
import { seedKnowledge } from '../../helpers.ts';
import { blockText, startHarness, type Harness } from './harness.ts';

// GIVEN SLACK_COMMAND=/news and the bot's one dispatcher wired to the daily posts as main.ts wires it,
// WHEN a workspace admin manages the daily post, THEN every reply names the command as /news, never /visit.

let h: Harness;
let store: Store;
let daily: Daily;
const folder = mkdtempSync(join(tmpdir(), 'visitbot-news-'));
beforeAll(async () => {
  store = openSqliteStore(join(folder, 'db.sqlite'));
  daily = createDaily({
    store,
    config: { postTime: '09:00', timezone: 'UTC', channels: [] },
    knowledge: seedKnowledge(),
    adapters: {},
    now: () => new Date('2024-04-17T12:00:00Z'),
    logger: pino({ level: 'silent' }),
  });
  const bot = createBot({ knowledge: seedKnowledge(), subscriptions: (r) => daily.intercept(r) });
  h = await startHarness({ handle: (r) => bot.respond(r), config: { command: '/news' } });
});
afterAll(async () => {
  await h?.close();
  await store?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function news(text: string, id: string, user = 'UADMIN') {
  await sendForm(h.events, slashCommand(h.fake.responseUrl(id), { command: '/news', text, user_id: user }));
  return (await h.fake.waitFor((r) => r.kind === 'response' && r.name === id)).body;
}

describe('daily-post settings under SLACK_COMMAND=/news', () => {
  it('THEN status, subscribe and a refusal all say /news daily …, and the setting is stored', async () => {
    const status = await news('daily status', 'status');
    expect(blockText(status)).toContain('/news daily subscribe');
    expect(JSON.stringify(status)).not.toContain('/visit');

    const subscribed = await news('daily subscribe 08:30', 'subscribe');
    expect(blockText(subscribed)).toContain('08:30 (UTC)');
    expect(await store.get('slack', String(slashCommand('').channel_id))).toMatchObject({ active: true, postTime: '08:30' });

    const refused = await news('onthisday unsubscribe', 'refused', 'UNOBODY');
    expect(refused.response_type).toBe('ephemeral');
    expect(blockText(refused)).toContain('/news onthisday status');
    expect(JSON.stringify(refused)).not.toContain('/visit');
  });
});
