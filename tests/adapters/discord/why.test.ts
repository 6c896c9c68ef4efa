import { describe, expect, it } from 'vitest';
import { decodeControl, encodeControl } from '../../../src/core/controls.ts';
import { LIMITS, toDiscord, toDiscordWhy } from '../../../src/adapters/discord/render.ts';
import { whyView } from '../../../src/conversation/explain.ts';
import type { Answer, Citation } from '../../../src/core/types.ts';
import { answerOf, citation } from '../../../test-support/fakes/chat.ts';

// The pure "why" renderer and the answer buttons on plain objects, within Discord's limits.

const cite = (n: number, excerpt = `Excerpt number ${n}.`): Citation => citation(n, { title: `Article ${n}`, excerpt });
const answer = (over: Partial<Answer> = {}): Answer => answerOf({ citations: [cite(1)], ...over });
const size = (e: any) =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.footer?.text.length ?? 0) +
  (e.fields ?? []).reduce((n: number, f: any) => n + f.name.length + f.value.length, 0);

describe('toDiscordWhy', () => {
  it('GIVEN an answer without an explanation THEN the command and arguments are what was understood and the citations the facts used', () => {
    const m = toDiscordWhy(whyView(answer(), { command: 'who', args: 'Han Zheng' }));
    const e = m.embeds[0]!;
    expect(e.title).toBe('Why this answer?');
    expect(e.description).toBe('**Understood:** the command /who with “Han Zheng”\n**Asked:** /who Han Zheng\n**Answer:** Han Zheng: Chinese Vice President.');
    expect(e.fields).toEqual([
      { name: 'Used [1] Global Times · 2024-04-18 · ¶ 1', value: '“Excerpt number 1.”' },
      { name: 'Set aside', value: 'No other candidate was considered for this answer.' },
    ]);
    expect(m.components).toEqual([]);
    expect(m.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("GIVEN the engine's explanation and a thread context THEN they are shown, the rejected candidates with their reasons", () => {
    const why = {
      understood: 'who: a person, met Breed, in Beijing',
      used: [cite(2)],
      rejected: [{ excerpt: 'Gong Zheng met Breed in Shanghai.', why: 'place is Shanghai, not Beijing' }],
    };
    const e = toDiscordWhy(whyView(answer({ why }), { command: 'ask', args: 'and in Beijing?' }, ['who did Breed meet?'])).embeds[0]!;
    expect(e.description).toContain('**Understood:** who: a person, met Breed, in Beijing');
    expect(e.description).toContain('**Read with the earlier questions of this thread:** “who did Breed meet?”');
    expect(e.fields!.map((f) => f.name)).toEqual(['Used [1] Global Times · 2024-04-18 · ¶ 2', 'Set aside [1]: place is Shanghai, not Beijing']);
  });

  it('GIVEN enormous and hostile content THEN every limit holds and nothing can ping', () => {
    const long = '@everyone <@123> '.repeat(2000);
    const why = {
      understood: long,
      used: Array.from({ length: 40 }, (_, i) => cite(i, long)),
      rejected: Array.from({ length: 40 }, () => ({ excerpt: long, why: long })),
    };
    const m = toDiscordWhy(whyView(answer({ why, text: long }), { command: 'ask', args: long }, [long, long]));
    const e = m.embeds[0]!;
    expect(size(e)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(e.description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(e.fields!.length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e.fields!) {
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    expect(JSON.stringify(m)).not.toMatch(/@everyone|<@123>/);
  });
});

describe('answer buttons', () => {
  it('GIVEN a real answer THEN a second row offers "Why this answer?", 👍 and 👎 carrying the request', () => {
    const m = toDiscord(answer(), 0, { request: { command: 'who', args: 'Han Zheng' }, private: true });
    expect(m.components).toHaveLength(2);
    expect(m.components[1]!.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([
      'vb:w:who:Han Zheng',
      'vb:u:who:Han Zheng',
      'vb:d:who:Han Zheng',
    ]);
  });

  it('GIVEN a refusal, a "not found", a daily-post setting or no request THEN there is no such row', () => {
    expect(toDiscord(answer({ answered: false, kind: 'not-found' }), 0, { request: { command: 'who', args: 'Ada' } }).components).toEqual([]);
    expect(toDiscord(answer(), 0, { request: { command: 'onthisday', args: 'subscribe 09:00' } }).components).toEqual([]);
    expect(toDiscord(answer(), 0, { request: { command: 'daily', args: 'status' } }).components).toEqual([]);
    expect(toDiscord(answer()).components).toEqual([]);
  });

  it('GIVEN arguments too long for a custom_id THEN the id stays within 100 characters and says to read the footer', () => {
    const args = 'what did the mayor say about the universities she visited during the trip to China in April?';
    const id = encodeControl({ action: 'down', command: 'ask', args }, 100);
    expect(id).toBe('vb:d:ask');
    expect(decodeControl(id)).toEqual({ action: 'down', command: 'ask', args: undefined });
    expect(decodeControl(encodeControl({ action: 'why', command: 'ask', args: 'who: met' }, 100))).toEqual({
      action: 'why',
      command: 'ask',
      args: 'who: met',
    });
    expect(decodeControl('vb:p:1:1:who:Han')).toEqual({ action: 'page', page: 1, private: true, command: 'who', args: 'Han' });
  });
});
