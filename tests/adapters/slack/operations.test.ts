import { describe, expect, it } from 'vitest';
import type { Handle } from '../../../src/core/types.ts';
import { countingSignals, slowHandle } from '../../../test-support/fakes/chat.ts';
import { appMention, eventCallback, sendForm, sendJson, slashCommand } from '../../../test-support/fakes/slack-requests.ts';
import { blockText, startHarness } from './harness.ts';
import { seedsBot } from '../../helpers.ts';

// What the Slack adapter tells the operations side: connected or not, errors and 429s for the
// metrics, and answers in flight that still go out when the bot stops.

describe('GIVEN the Slack adapter with signals', () => {
  it('THEN it is connected while listening, counts a failed listener and a 429, and not after stop()', async () => {
    const { counted, signals } = countingSignals();
    const handle: Handle = async (r) => {
      if (r.args.includes('boom')) throw new Error('kaboom');
      return seedsBot().handle(r);
    };
    const h = await startHarness({ handle, signals });
    try {
      expect(h.adapter.connected()).toBe(true);
      await sendForm(h.events, slashCommand(h.fake.responseUrl('boom'), { text: 'who boom' }));
      await h.fake.waitFor((r) => r.kind === 'response' && r.name === 'boom');
      expect(counted.error).toBe(1);

      h.fake.override('chat.postMessage', { status: 429, headers: { 'Retry-After': '0' }, body: { ok: false, error: 'ratelimited' } });
      await sendJson(h.events, eventCallback(appMention('/sources', { channel: 'C429' })));
      await h.fake.waitFor(
        (r) =>
          r.name === 'chat.postMessage' &&
          r.body.channel === 'C429' &&
          h.fake.log.filter((x) => x.name === 'chat.postMessage' && x.body.channel === 'C429').length === 2,
      );
      expect(counted.rateLimited).toBe(1);
    } finally {
      await h.close();
    }
    expect(h.adapter.connected()).toBe(false);
  });

  it('THEN in Socket Mode it is connected once the socket is open', async () => {
    const h = await startHarness({ socketMode: true });
    try {
      expect(h.adapter.connected()).toBe(true);
    } finally {
      await h.close();
    }
    expect(h.adapter.connected()).toBe(false);
  });

  it('THEN stop() lets an answer in flight reach Slack before the receiver closes', async () => {
    const { handle, started: handleStarted } = slowHandle(async (r) => seedsBot().handle(r), 200);
    const h = await startHarness({ handle });
    try {
      await sendForm(h.events, slashCommand(h.fake.responseUrl('late'), { text: 'who Han Zheng' }));
      await handleStarted;
      await h.adapter.stop();
      const reply = h.fake.log.find((r) => r.kind === 'response' && r.name === 'late');
      expect(reply && blockText(reply.body)).toMatch(/Vice President/);
    } finally {
      await h.close();
    }
  });
});
