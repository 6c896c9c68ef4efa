import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appMention, buttonPress, eventCallback, slashCommand } from '../../../test-support/fakes/slack-requests.ts';
import { blockText, startHarness, until, type Harness } from './harness.ts';

// GIVEN the real Bolt in Socket Mode: apps.connections.open on the fake Web API, then a local
// WebSocket server that says hello and sends envelopes.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ socketMode: true, config: { signingSecret: undefined } });
});
afterAll(async () => {
  await h?.close();
});

describe('Socket Mode', () => {
  it('connected with the app token and serves no HTTP port', async () => {
    const open = await h.fake.waitFor((r) => r.name === 'apps.connections.open');
    expect(open.headers.authorization).toBe('Bearer xapp-test');
    expect(h.adapter.address()).toBeUndefined();
  });

  it('acks a slash command envelope and answers through response_url', async () => {
    const id = h.fake.sendEnvelope('slash_commands', slashCommand(h.fake.responseUrl('sm-who'), { text: 'who Han Zheng' }));
    await h.fake.waitFor((r) => r.kind === 'ack' && r.name === id);
    const reply = (await h.fake.waitFor((r) => r.kind === 'response' && r.name === 'sm-who')).body;
    expect(reply.response_type).toBe('ephemeral');
    expect(blockText(reply)).toMatch(/Vice President/);
    expect(blockText(reply)).toMatch(/Global Times/);
  });

  it('answers a mention in its thread, once even when the envelope is retried', async () => {
    const body = eventCallback(appMention('/sources', { channel: 'CSOCK' }), 'EvSOCK1');
    const id = h.fake.sendEnvelope('events_api', body);
    await h.fake.waitFor((r) => r.kind === 'ack' && r.name === id);
    const post = await h.fake.waitFor((r) => r.name === 'chat.postMessage' && r.body.channel === 'CSOCK');
    expect(post.body.thread_ts).toBe((body.event as { ts: string }).ts);
    expect(blockText(post.body)).toMatch(/I answer from 2 articles/);
    h.fake.sendEnvelope('events_api', body);
    await until(() => h.logs.some((l) => l.msg === 'Slack: dropped a repeated event' && l.eventId === 'EvSOCK1'));
    expect(h.fake.log.filter((r) => r.name === 'chat.postMessage' && r.body.channel === 'CSOCK')).toHaveLength(1);
  });

  it('pages through an interactive envelope', async () => {
    h.fake.sendEnvelope('slash_commands', slashCommand(h.fake.responseUrl('sm-tl'), { text: 'timeline' }));
    const first = (await h.fake.waitFor((r) => r.kind === 'response' && r.name === 'sm-tl')).body;
    const next = JSON.parse(blockText(first))
      .flatMap((b: { elements?: Array<{ action_id: string; value: string }> }) => b.elements ?? [])
      .find((e: { action_id: string }) => e.action_id === 'visit_page_next');
    h.fake.sendEnvelope('interactive', buttonPress(h.fake.responseUrl('sm-next'), { action_id: next.action_id, value: next.value }));
    expect(blockText((await h.fake.waitFor((r) => r.kind === 'response' && r.name === 'sm-next')).body)).toMatch(/Page 2 of 3/);
  });

  it('post() sends the same blocks with chat.postMessage', async () => {
    const answer = (await import('../../helpers.ts')).seedsBot().handle({ command: 'onthisday', args: '2024-04-18', platform: 'slack' });
    await h.adapter.post('CDAILY', answer);
    const post = await h.fake.waitFor((r) => r.name === 'chat.postMessage' && r.body.channel === 'CDAILY');
    expect(blockText(post.body)).toMatch(/On this day: April 18/);
    expect(blockText(post.body)).not.toMatch(/visit_share|visit_page/);
  });
});

describe('Socket Mode teardown', () => {
  it('stop() disconnects cleanly in well under a second', async () => {
    const s = await startHarness({ socketMode: true });
    const started = performance.now();
    await s.adapter.stop();
    expect(performance.now() - started).toBeLessThan(1000);
    await s.fake.close();
  });
});
