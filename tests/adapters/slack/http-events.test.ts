import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appMention, buttonsOf, directMessage, eventCallback, sendJson } from '../../../test-support/fakes/slack-requests.ts';
import { blockText, startHarness, until, type Harness } from './harness.ts';

// GIVEN the real Bolt in HTTP mode against the fake Slack: the Events API side.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const posts = (channel: string) => h.fake.log.filter((r) => r.kind === 'api' && r.name === 'chat.postMessage' && r.body.channel === channel);

describe('events in HTTP mode', () => {
  it('answers url_verification with the challenge', async () => {
    const sent = await sendJson(h.events, { token: 'legacy', challenge: 'ch-123', type: 'url_verification' });
    expect(sent.status).toBe(200);
    expect(JSON.parse(sent.body)).toEqual({ challenge: 'ch-123' });
  });

  it('answers an app_mention in a thread started at the mention, with blocks and a citation', async () => {
    const mention = appMention('/who Han Zheng', { channel: 'CMENTION' });
    const sent = await sendJson(h.events, eventCallback(mention));
    expect(sent.status).toBe(200);
    const post = await h.fake.waitFor((r) => r.name === 'chat.postMessage' && r.body.channel === 'CMENTION');
    expect(post.body.thread_ts).toBe(mention.ts);
    expect(post.headers.authorization).toBe('Bearer xoxb-test');
    expect(post.body.text).toMatch(/Vice President/);
    expect(blockText(post.body)).toMatch(/Global Times/);
  });

  it('answers a bare mention with help, and "@VisitBot, timeline" runs /timeline (as on Discord)', async () => {
    await sendJson(h.events, eventCallback(appMention('', { channel: 'CBARE' })));
    await sendJson(h.events, eventCallback(appMention(', timeline', { channel: 'CLONE' })));
    const help = await h.fake.waitFor((r) => r.name === 'chat.postMessage' && r.body.channel === 'CBARE');
    expect(blockText(help.body)).toMatch(/\/visit who/);
    const timeline = await h.fake.waitFor((r) => r.name === 'chat.postMessage' && r.body.channel === 'CLONE');
    expect(buttonsOf(timeline.body, /^visit_page_next$/)[0]!.value).toMatch(/^vb:p:1:0:timeline:$/);
  });

  it('answers a free-question mention inside an existing thread, in that thread', async () => {
    const mention = appMention('who did Breed meet in Beijing?', { channel: 'CTHREAD', thread_ts: '1713300000.000100' });
    await sendJson(h.events, eventCallback(mention));
    const post = await h.fake.waitFor((r) => r.name === 'chat.postMessage' && r.body.channel === 'CTHREAD');
    expect(post.body.thread_ts).toBe('1713300000.000100');
    expect(blockText(post.body)).toMatch(/paragraph \d/);
  });

  it('answers a direct message, and ignores bot messages and its own', async () => {
    await sendJson(h.events, eventCallback(directMessage('hello', { channel: 'DBOT', bot_id: 'B2', subtype: 'bot_message' })));
    await sendJson(h.events, eventCallback(directMessage('/sources', { channel: 'DBOT', user: 'UBOT' })));
    await sendJson(h.events, eventCallback(directMessage('sources', { channel: 'DHUMAN' })));
    const post = await h.fake.waitFor((r) => r.name === 'chat.postMessage' && r.body.channel === 'DHUMAN');
    expect(blockText(post.body)).toMatch(/I answer from 2 articles/);
    expect(post.body.thread_ts).toBeUndefined();
    // The bot messages went in before the human one, each acked and dropped in Bolt's middleware.
    expect(posts('DBOT')).toHaveLength(0);
  });

  it('answers a retried event (same event_id, X-Slack-Retry-Num) only once', async () => {
    const body = eventCallback(appMention('/timeline', { channel: 'CRETRY' }), 'EvRETRY1');
    expect((await sendJson(h.events, body)).status).toBe(200);
    await h.fake.waitFor((r) => r.name === 'chat.postMessage' && r.body.channel === 'CRETRY');
    const retry = await sendJson(h.events, body, { retryNum: 1 });
    expect(retry.status).toBe(200);
    await until(() => h.logs.some((l) => l.msg === 'Slack: dropped a repeated event' && l.eventId === 'EvRETRY1'));
    expect(posts('CRETRY')).toHaveLength(1);
  });

  it('rejects a bad signature and a stale timestamp with 401 and never answers', async () => {
    const bad = await sendJson(h.events, eventCallback(appMention('/sources', { channel: 'CBAD' })), { secret: 'wrong-secret' });
    expect(bad.status).toBe(401);
    const stale = await sendJson(h.events, eventCallback(appMention('/sources', { channel: 'CBAD' })), { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(stale.status).toBe(401);
    const challenge = await sendJson(h.events, { token: 'legacy', challenge: 'x', type: 'url_verification' }, { secret: 'wrong-secret' });
    expect(challenge.status).toBe(401);
    expect(posts('CBAD')).toHaveLength(0);
  });

  it('retries chat.postMessage after a 429 once Retry-After has passed', async () => {
    h.fake.override('chat.postMessage', { status: 429, headers: { 'Retry-After': '1' }, body: { ok: false, error: 'ratelimited' } });
    await sendJson(h.events, eventCallback(appMention('/sources', { channel: 'C429' })));
    await h.fake.waitFor((r) => r.name === 'chat.postMessage' && r.body.channel === 'C429' && posts('C429').length === 2);
    const [first, second] = posts('C429');
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(1000);
    expect(h.logs.some((l) => /rate limit/i.test(l.msg))).toBe(true);
  });
});
