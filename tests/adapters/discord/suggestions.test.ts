import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { button, slash } from '../../../test-support/fakes/discord-payloads.ts';
import { embedOf, startHarness, type Harness } from './harness.ts';

// GIVEN the real discord.js against the fake Discord and the real seeds, WHEN an answer offers "Try:"
// suggestions, THEN they are buttons, and a click asks the suggestion as if it had been typed.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('"Try:" suggestions on Discord', () => {
  it('THEN a refusal offers them as buttons (not a line), and a click answers the suggestion privately', async () => {
    const refused = await h.interact(slash('who', { name: 'Ada Lovelace' }));
    expect(embedOf(refused).description).not.toContain('**Try:**');
    const row = refused.body.data.components.at(-1).components as Array<{ label: string; custom_id: string }>;
    expect(row.length).toBeGreaterThan(1);
    expect(row.length).toBeLessThanOrEqual(5);
    for (const b of row) expect(b.custom_id).toMatch(/^vb:a:[a-z]+:/);
    const who = row.find((b) => b.label.startsWith('/who '))!;
    const asked = await h.interact(button(who.custom_id, refused.body.data));
    expect(asked.body.type).toBe(4);
    expect(asked.body.data.flags).toBe(64);
    // The footer names the request answered: the suggestion, as typed.
    expect(embedOf(asked).footer.text.split(' · ')[0]).toBe(who.label);
    expect(embedOf(asked).description).toMatch(/London Breed|Breed/);
  });

  it('THEN a daily post (no request) keeps them as a line', async () => {
    const { toDiscord } = await import('../../../src/adapters/discord/render.ts');
    const m = toDiscord({ answered: true, kind: 'answer', title: 't', text: 'x', citations: [], items: [], suggestions: ['/timeline'] });
    expect(m.embeds[0]!.description).toContain('**Try:** `/timeline`');
    expect(m.components).toEqual([]);
  });
});
