import { describe, expect, it } from 'vitest';
import { MAX_BLOCKS, MAX_SECTION, toSlack, toSlackWhy } from '../../../src/adapters/slack/render.ts';
import { whyView } from '../../../src/conversation/explain.ts';
import type { Answer, Citation } from '../../../src/core/types.ts';
import { answerOf, citation } from '../../../test-support/fakes/chat.ts';
import { decodeControl } from '../../../src/core/controls.ts';

// The pure "why" renderer and the answer buttons in Block Kit, within Slack's limits, escaped.

const cite = (n: number, excerpt = `Excerpt ${n}.`): Citation => citation(n, { excerpt });
const answer = answerOf;
const sections = (blocks: any[]) => blocks.map((b) => b.text?.text ?? b.elements?.map((e: any) => e.text).join(' ') ?? '');

describe('toSlackWhy', () => {
  it('GIVEN an answer without an explanation THEN the command understood, the citations as facts used, and no candidates set aside', () => {
    const m = toSlackWhy(whyView(answer(), { command: 'who', args: 'Han Zheng' }), '/visit');
    expect(m.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'section', 'context', 'section']);
    const t = sections(m.blocks);
    expect(t[1]).toBe('*Understood:* the command /visit who with “Han Zheng”\n*Asked:* /visit who Han Zheng\n*Answer:* Han Zheng: Chinese Vice President.');
    expect(t[3]).toBe('>Excerpt 1.');
    expect(t[4]).toBe('*Global Times* · “China expects more cooperation” · 2024-04-18 · paragraph 1');
    expect(t[5]).toBe('*Set aside:* No other candidate was considered for this answer.');
    expect(m.text).toMatch(/^Why this answer\? Understood: /);
  });

  it("GIVEN enormous and hostile content THEN Slack's limits hold and <!channel> is escaped", () => {
    const long = '<!channel> <@U1> '.repeat(1000);
    const why = {
      understood: long,
      used: Array.from({ length: 60 }, (_, i) => cite(i, long)),
      rejected: Array.from({ length: 60 }, () => ({ excerpt: long, why: long })),
    };
    const m = toSlackWhy(whyView(answer({ why, text: long }), { command: 'ask', args: long }, [long]));
    expect(m.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    for (const t of sections(m.blocks)) expect(t.length).toBeLessThanOrEqual(MAX_SECTION);
    expect(m.text.length).toBeLessThanOrEqual(MAX_SECTION);
    expect(JSON.stringify(m)).not.toMatch(/<!channel>|<@U1>/);
  });
});

describe('answer buttons', () => {
  it('GIVEN a real answer THEN "Why this answer?", 👍 and 👎 carry the request; not on "not found", daily settings or an answer without a request', () => {
    const blocks = toSlack(answer(), 0, { request: { command: 'who', args: 'Han Zheng' } }).blocks as Array<{
      type: string;
      elements?: Array<{ action_id: string; value: string }>;
    }>;
    const buttons = blocks.find((b) => b.type === 'actions' && b.elements?.[0]?.action_id === 'visit_why')!.elements!;
    expect(buttons.map((b) => b.action_id)).toEqual(['visit_why', 'visit_vote_up', 'visit_vote_down']);
    expect(buttons.map((b) => decodeControl(b.value))).toEqual(
      (['why', 'up', 'down'] as const).map((action) => ({ action, command: 'who', args: 'Han Zheng' })),
    );
    expect(decodeControl('not json')).toBeUndefined();
    const ids = (a: Answer, request?: { command: string; args: string }) => JSON.stringify(toSlack(a, 0, { request }).blocks).match(/visit_why/g)?.length ?? 0;
    expect(ids(answer(), { command: 'who', args: 'Han Zheng' })).toBe(1);
    expect(ids(answer({ answered: false, kind: 'not-found' }), { command: 'who', args: 'Ada' })).toBe(0);
    expect(ids(answer(), { command: 'daily', args: 'status' })).toBe(0);
    expect(ids(answer())).toBe(0);
  });
});
