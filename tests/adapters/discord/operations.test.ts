import { describe, expect, it } from 'vitest';
import { countingSignals, slowHandle } from '../../../test-support/fakes/chat.ts';
import { callbackPath, slash } from '../../../test-support/fakes/discord-payloads.ts';
import { embedOf, startHarness } from './harness.ts';
import { seedsBot } from '../../helpers.ts';

// What the Discord adapter tells the operations side: connected or not, errors and 429s for the
// metrics, and answers in flight that still go out when the bot stops.

describe('GIVEN the Discord adapter with signals', () => {
  it('THEN it is connected once ready, counts a 429 and a failed interaction, and is not connected after stop()', async () => {
    const { counted, signals } = countingSignals();
    const h = await startHarness({ signals });
    expect(h.adapter.connected()).toBe(true);
    try {
      const limited = slash('who', { name: 'Han Zheng' });
      const callback = callbackPath(limited);
      h.fake.rateLimit(callback, 0.05);
      await h.interact(limited);
      await h.fake.waitFor((c) => c.path === callback && c.status === 204);
      expect(counted.rateLimited).toBe(1);

      // Discord refuses every answer to this interaction: the apology fails too, and the bot lives on.
      const refused = slash('who', { name: 'Han Zheng' });
      h.fake.override((c) => c.path.includes(`/${String(refused.token)}`), 400, {}, { message: 'Invalid Form Body', code: 50035 }, 5);
      await h.interact(refused);
      await h.fake.waitFor((c) => c.path.includes(`/${String(refused.token)}`) && c.status === 400, { from: h.fake.calls.length });
      const after = await h.interact(slash('who', { name: 'Han Zheng' }));
      expect(embedOf(after).description).toContain('Vice President');
      expect(counted.error).toBe(1);
    } finally {
      await h.stop();
    }
    expect(h.adapter.connected()).toBe(false);
  });

  it('THEN stop() lets an answer in flight reach Discord before the connection closes', async () => {
    const { handle, started: handleStarted } = slowHandle(async (r) => seedsBot().handle(r), 200);
    const h = await startHarness({ handle, deferAfterMs: 2000 });
    try {
      const payload = slash('who', { name: 'Han Zheng' });
      h.fake.dispatch('INTERACTION_CREATE', payload);
      await handleStarted;
      await h.adapter.stop();
      const reply = h.fake.calls.find((c) => c.path.startsWith(`/interactions/${String(payload.id)}/`));
      expect(reply && embedOf(reply).description).toContain('Vice President');
    } finally {
      await h.stop();
    }
  });
});
