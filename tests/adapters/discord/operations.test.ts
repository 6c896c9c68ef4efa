import { describe, expect, it } from 'vitest';
import type { Handle } from '../../../src/core/types.ts';
import { slash } from '../../../test-support/fakes/discord-payloads.ts';
import { embedOf, seedsBot, startHarness } from './harness.ts';

// What the Discord adapter tells the operations side: connected or not, errors and 429s for the
// metrics, and answers in flight that still go out when the bot stops.

function counters() {
  const counted = { error: 0, rateLimited: 0 };
  return { counted, signals: { error: () => void counted.error++, rateLimited: () => void counted.rateLimited++ } };
}

describe('GIVEN the Discord adapter with signals', () => {
  it('THEN it is connected once ready, counts a 429 and a failed interaction, and is not connected after stop()', async () => {
    const { counted, signals } = counters();
    const h = await startHarness({ signals });
    expect(h.adapter.connected()).toBe(true);
    try {
      const limited = slash('who', { name: 'Han Zheng' });
      const callback = `/interactions/${String(limited.id)}/${String(limited.token)}/callback`;
      h.fake.override(
        (c) => c.path === callback,
        429,
        { 'retry-after': '0.05', 'x-ratelimit-scope': 'user' },
        { message: 'You are being rate limited.', retry_after: 0.05, global: false },
      );
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
    let started!: () => void;
    const handleStarted = new Promise<void>((resolve) => (started = resolve));
    const handle: Handle = async (r) => {
      started();
      await new Promise((resolve) => setTimeout(resolve, 200));
      return seedsBot().handle(r);
    };
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
