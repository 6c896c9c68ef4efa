import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { toCommandDefinitions } from '../../../src/adapters/discord/register.ts';
import { IDS } from '../../../test-support/fakes/discord-server.ts';
import { autocomplete, slash, subcommand } from '../../../test-support/fakes/discord-payloads.ts';
import { embedOf, embedText, startHarness, type Harness } from './harness.ts';

// Login, registration, every command, autocomplete: the real discord.js against the fake Discord.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('GIVEN the bot logs in to the fake Discord', () => {
  it('THEN it identifies once and registers every command of commands/ with one guild-scoped PUT', async () => {
    expect(h.fake.identifies).toBe(1);
    const puts = h.fake.calls.filter((c) => c.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]!.path).toBe(`/applications/${IDS.app}/guilds/${IDS.guild}/commands`);
    expect(puts[0]!.headers.authorization).toBe('Bot fake-token');
    const body = puts[0]!.body as any[];
    expect(body).toEqual(toCommandDefinitions(commands));
    expect(body.map((c) => c.name)).toEqual(commands.map((c) => c.name));
    for (const spec of commands.filter((c) => !c.subcommands)) {
      const def = body.find((c) => c.name === spec.name);
      expect(def.description).toBe(spec.description);
      expect(def.options.map((o: any) => [o.name, o.type, o.required, o.description])).toEqual(
        spec.options.map((o) => [o.name, o.type === 'attachment' ? 11 : 3, o.required, o.description]),
      );
    }
    const daily = body.find((c) => c.name === 'daily');
    expect(daily.default_member_permissions).toBe('16');
    // Subcommands, as Discord users expect: /daily subscribe [time], /daily unsubscribe, /daily status.
    expect(daily.options.map((o: any) => [o.type, o.name, o.options.map((x: any) => x.name)])).toEqual([
      [1, 'subscribe', ['time']],
      [1, 'unsubscribe', []],
      [1, 'status', []],
    ]);
    expect(body.find((c) => c.name === 'who').options[0].autocomplete).toBe(true);
    expect(body.find((c) => c.name === 'quote').options[0].autocomplete).toBe(true);
    expect(body.find((c) => c.name === 'when').options[0].autocomplete).toBe(true);
    expect(body.find((c) => c.name === 'who').default_member_permissions).toBeUndefined();
  });
});

describe('GIVEN a slash command', () => {
  it('/who Han Zheng THEN a private embed names the Vice President and cites the Global Times', async () => {
    const call = await h.interact(slash('who', { name: 'Han Zheng' }));
    expect(call.method).toBe('POST');
    expect(call.headers.authorization).toBeUndefined();
    expect(call.body.type).toBe(4);
    expect(call.body.data.flags).toBe(64);
    const embed = embedOf(call);
    expect(embed.title).toBe('Han Zheng');
    expect(embed.description).toContain('Vice President');
    expect(embed.fields[0].name).toMatch(/^\[1\] Global Times · 2024-04-18 · ¶ 1$/);
    expect(embed.fields[0].value).toContain('Chinese Vice President Han Zheng on Thursday met');
    expect(embed.footer.text).toBe('/who Han Zheng');
    const labels = call.body.data.components[0].components.map((b: any) => b.label);
    expect(labels).toEqual(['Share in channel']);
    expect(call.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('/who of someone the articles never mention THEN a private reply with no "Share in channel" button', async () => {
    const call = await h.interact(slash('who', { name: 'Ada Lovelace' }));
    expect(call.body.data.flags).toBe(64);
    const labels = (call.body.data.components ?? []).flatMap((row: any) => row.components.map((b: any) => b.label));
    expect(labels).not.toContain('Share in channel');
  });

  it.each([
    ['quote', { subject: 'London Breed' }, /London Breed/, /China Daily/],
    ['when', { event: 'Han Zheng met Breed' }, /April 18|2024-04-18/, /Global Times/],
    ['ask', { question: 'Who met Breed in Beijing?' }, /\S/, /¶|photo caption/],
    ['onthisday', { date: '2024-04-18' }, /April 18/, /2024-04-18/],
    ['timeline', {}, /dated events/, /·/],
    ['sources', {}, /2 articles/, /Global Times|China Daily/],
    ['help', {}, /\/who/, /\/quote/],
  ] as const)('/%s THEN an embed holds the answer and its evidence', async (name, options, answer, evidence) => {
    const call = await h.interact(slash(name, { ...options }));
    expect(call.body.type).toBe(4);
    const text = embedText(call);
    expect(text).toMatch(answer);
    expect(text).toMatch(evidence);
  });

  it('/daily subscribe time:09:00 THEN the core gets "subscribe 09:00" and the refusal stays private', async () => {
    const seen: string[] = [];
    const h2 = await startHarness({
      handle: async (r) => (seen.push(`${r.command}|${r.args}|${r.canManageChannel}`), (await import('../../helpers.ts')).seedsBot().handle(r)),
    });
    try {
      const call = await h2.interact(subcommand('daily', 'subscribe', { time: '09:00' }));
      expect(seen).toEqual(['daily|subscribe 09:00|true']);
      expect(call.body.data.flags).toBe(64);
      // No share, "why" or votes on a settings reply; only its suggestion, as a button that asks it.
      expect(call.body.data.components.flatMap((r: any) => r.components.map((b: any) => b.custom_id))).toEqual(['vb:a:onthisday:']);
      await h2.interact(subcommand('daily', 'status', {}, { permissions: '3072' }));
      expect(seen[1]).toBe('daily|status|false');
    } finally {
      await h2.stop();
    }
  });

  it('an unknown command THEN a private usage answer', async () => {
    const call = await h.interact(slash('frobnicate', { x: 'y' }));
    expect(call.body.data.flags).toBe(64);
    expect(embedOf(call).description).toMatch(/don't know the command/);
  });
});

describe('GIVEN a user types an autocompleted option', () => {
  it('/who name "han" THEN Han Zheng comes first, at most 25 choices', async () => {
    const t0 = performance.now();
    const call = await h.interact(autocomplete('who', 'name', 'han'));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(call.body.type).toBe(8);
    expect(call.body.data.choices[0]).toEqual({ name: 'Han Zheng (Chinese Vice President)', value: 'Han Zheng' });
  });

  it('/who with nothing typed yet THEN the most mentioned people, at most 25', async () => {
    const call = await h.interact(autocomplete('who', 'name', ''));
    const choices = call.body.data.choices as Array<{ name: string; value: string }>;
    expect(choices.length).toBeGreaterThan(5);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]!.value).toBe('London Breed');
  });

  it('/quote subject "bre" THEN London Breed', async () => {
    const call = await h.interact(autocomplete('quote', 'subject', 'bre'));
    expect(call.body.data.choices.map((c: any) => c.value)).toContain('London Breed');
  });

  it('/when event THEN dated events, each within 100 characters', async () => {
    const call = await h.interact(autocomplete('when', 'event', ''));
    const choices = call.body.data.choices as Array<{ name: string; value: string }>;
    expect(choices.length).toBeGreaterThan(0);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });
});
