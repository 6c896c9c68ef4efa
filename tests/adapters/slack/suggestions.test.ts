import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonPress, buttonsOf, sendForm, slashCommand } from '../../../test-support/fakes/slack-requests.ts';
import { blockText, startHarness, type Harness } from './harness.ts';

// GIVEN the real Bolt against the fake Slack and the real seeds, WHEN an answer offers "Try:"
// suggestions, THEN they are buttons (labelled the /visit way), and a click asks the suggestion.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('"Try:" suggestions on Slack', () => {
  it('THEN a refusal offers them as buttons, and a click answers the suggestion privately', async () => {
    await sendForm(h.events, slashCommand(h.fake.responseUrl('refused'), { text: 'who Ada Lovelace' }));
    const refused = (await h.fake.waitFor((r) => r.kind === 'response' && r.name === 'refused')).body;
    expect(blockText(refused)).not.toContain('Try: ');
    const tries = buttonsOf(refused, /^visit_try_/);
    expect(tries.length).toBeGreaterThan(1);
    const who = tries.find((b) => b.text.text.startsWith('/visit who '))!;
    await sendForm(h.events, { payload: JSON.stringify(buttonPress(h.fake.responseUrl('tried'), { action_id: who.action_id, value: who.value })) });
    const asked = (await h.fake.waitFor((r) => r.kind === 'response' && r.name === 'tried')).body;
    expect(asked.response_type).toBe('ephemeral');
    expect(asked.replace_original).toBe(false);
    const name = who.text.text.replace('/visit who ', '');
    expect(String(asked.text)).toContain(name);
    expect(blockText(asked)).toMatch(/paragraph \d/);
  });
});
