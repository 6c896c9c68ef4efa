import { describe, expect, it } from 'vitest';
import { whyCut, whyLines, whyView } from '../../src/conversation/explain.ts';
import { answerOf, citation } from '../../test-support/fakes/chat.ts';

// "Why this answer?" as every platform shows it: what was understood and asked, the facts used and
// the candidates set aside, cut the same way within each platform's budget (the renderings:
// tests/adapters/discord/why.test.ts, tests/adapters/slack/why.test.ts).

describe('whyView and whyCut', () => {
  it('GIVEN a command without an explanation THEN it is understood as the command and its citations are the facts used', () => {
    const view = whyView(answerOf({ citations: [citation(1), citation(2)] }), { command: 'who', args: 'Han Zheng' });
    expect(view.understood).toBe('the command /who with “Han Zheng”');
    expect(view.used.map((c) => c.paragraph)).toEqual([1, 2]);
    expect(whyLines(view).map((l) => l.label)).toEqual(['Understood', 'Asked', 'Answer']);
  });

  it('GIVEN more facts and candidates than a message holds THEN at most the budget of each, and how many facts were left out', () => {
    const used = Array.from({ length: 9 }, (_, i) => citation(i + 1));
    const rejected = Array.from({ length: 7 }, (_, i) => ({ excerpt: `Other ${i}.`, why: 'not about them' }));
    const view = whyView(answerOf({ why: { understood: 'who met whom', used, rejected } }), { command: 'ask', args: 'who met?' }, ['earlier?']);
    const cut = whyCut(view, { used: 6, rejected: 4 });
    expect([cut.used.length, cut.moreUsed, cut.rejected.length]).toEqual([6, 3, 4]);
    expect(cut.lines.map((l) => l.label)).toContain('Read with the earlier questions of this thread');
    expect(whyCut(view, { used: 20, rejected: 20 })).toMatchObject({ moreUsed: 0, used: used, rejected });
  });
});
