import { describe, expect, it } from 'vitest';
import { MAX_BLOCKS, MAX_HEADER, MAX_SECTION, toSlack, type Block } from '../../../src/adapters/slack/render.ts';
import { decodeControl } from '../../../src/core/controls.ts';
import type { Answer, Citation } from '../../../src/core/types.ts';
import { answerOf, citation } from '../../../test-support/fakes/chat.ts';

// The pure renderer on plain objects: Block Kit within Slack's limits, escaped, paged.

const cite = (n: number, over: Partial<Citation> = {}): Citation => citation(n, { excerpt: `Excerpt ${n} of the article.`, ...over });
const answer = (over: Partial<Answer> = {}): Answer => answerOf({ citations: [cite(1)], suggestions: ['/quote Han Zheng'], ...over });

type AnyBlock = { type: string; text?: { text: string }; elements?: Array<{ text?: string | { text: string }; value?: string; action_id?: string }> };
/** One string per block: its text, or its elements' texts joined. */
const texts = (blocks: Block[]) =>
  (blocks as unknown as AnyBlock[]).map(
    (b) => b.text?.text ?? (b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : (e.text?.text ?? ''))).join(' | '),
  );

describe('toSlack', () => {
  it('GIVEN a simple answer THEN a header, the answer, the quoted excerpt and its source line, and a fallback', () => {
    const { text, blocks } = toSlack(answer(), 0, { command: '/visit' });
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context', 'context']);
    const t = texts(blocks);
    expect(t[1]).toBe('Han Zheng: Chinese Vice President.');
    expect(t[2]).toBe('>Excerpt 1 of the article.');
    expect(t[3]).toBe('*Global Times* · “China expects more cooperation” · 2024-04-18 · paragraph 1');
    expect(t[4]).toBe('Try: /visit quote Han Zheng');
    expect(text).toBe('Han Zheng: Han Zheng: Chinese Vice President.\nSource: Global Times, “China expects more cooperation”, 2024-04-18, paragraph 1');
  });

  it('GIVEN user text with <!channel>, <@U1> and & THEN everything shown is escaped', () => {
    const evil = 'Ask <!channel> <!here> <!everyone> <@U123> & <https://x.y|click>';
    const { text, blocks } = toSlack(
      answer({
        title: evil,
        text: evil,
        citations: [cite(2, { excerpt: evil, title: evil, source: evil })],
        items: [{ text: evil, citations: [] }],
        suggestions: [evil],
      }),
    );
    const shown = [text, ...texts(blocks).filter((_, i) => i > 0)].join('\n');
    expect(shown).not.toMatch(/<[!@h]/);
    expect(shown).toContain('&lt;!channel&gt;');
    expect(shown).toContain('&amp; &lt;https');
    // The header is plain_text, which Slack never parses for mentions.
    expect((blocks[0] as { type: 'header' }).type).toBe('header');
  });

  it('GIVEN a photo caption and a url THEN the source line says so and links the outlet and the title', () => {
    const { blocks } = toSlack(answer({ citations: [cite(3, { caption: true, url: 'https://example.org/a|b' })] }));
    expect(texts(blocks)[3]).toBe(
      '*<https://example.org/a%7Cb|Global Times>* · <https://example.org/a%7Cb|China expects more cooperation> · 2024-04-18 · photo caption 3',
    );
  });

  it('GIVEN an article cited twice THEN its full headline the first time and a short form after, both linked', () => {
    const title = 'China expects more economic, sci-tech cooperation with San Francisco';
    const url = 'https://news.example/china-sf';
    const { blocks } = toSlack(answer({ citations: [cite(1, { title, url }), cite(4, { title, url }), cite(2, { title: 'Another story' })] }));
    const sources = texts(blocks).filter((t) => t.includes(' · 2024-04-18 · '));
    expect(sources).toEqual([
      `*<${url}|Global Times>* · <${url}|${title}> · 2024-04-18 · paragraph 1`,
      `*<${url}|Global Times>* · <${url}|China expects more economic…> · 2024-04-18 · paragraph 4`,
      '*Global Times* · “Another story” · 2024-04-18 · paragraph 2',
    ]);
  });

  it('GIVEN 13 items THEN pages of 5 with Previous/Next carrying the request and page', () => {
    const items = Array.from({ length: 13 }, (_, i) => ({ text: `Event ${i + 1}`, citations: [cite(i + 1)] }));
    const a = answer({ title: 'Timeline', text: '13 events.', citations: [], items });
    const p1 = toSlack(a, 1, { request: { command: 'timeline', args: '' }, private: true });
    expect(texts(p1.blocks)).toContain('• Event 6');
    expect(texts(p1.blocks)).not.toContain('• Event 11');
    expect(texts(p1.blocks)).toContain('Page 2 of 3 · items 6–10 of 13');
    const actions = (p1.blocks as unknown as AnyBlock[]).find((b) => b.type === 'actions')!.elements!;
    expect(actions.map((e) => e.action_id)).toEqual(['visit_page_previous', 'visit_page_next', 'visit_share']);
    expect(actions.map((e) => decodeControl(e.value)?.page)).toEqual([0, 2, 1]);
    expect(decodeControl(actions[0]!.value)).toEqual({ action: 'page', command: 'timeline', args: '', page: 0, private: true });
    expect(p1.text).toContain('• Event 6');
    // A page past the end shows the last page; without a request there are no buttons.
    const last = toSlack(a, 99, { request: { command: 'timeline', args: '' } });
    expect(texts(last.blocks)).toContain('Page 3 of 3 · items 11–13 of 13');
    const posted = toSlack(a, 0);
    expect(texts(posted.blocks)).toContain('…and 8 more.');
    expect(posted.blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it('GIVEN an item whose text is its excerpt THEN the excerpt is not repeated as a quote', () => {
    const { blocks } = toSlack(answer({ citations: [], items: [{ text: 'Excerpt 4 of the article.', citations: [cite(4)] }] }));
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context', 'context']);
  });

  it('GIVEN a huge answer THEN every Slack limit holds', () => {
    const long = 'word & <b> '.repeat(2000);
    const items = Array.from({ length: 500 }, (_, i) => ({
      text: `${long} ${i}`,
      citations: Array.from({ length: 5 }, (_, j) => cite(j, { excerpt: long, title: long })),
    }));
    const { text, blocks } = toSlack(
      answer({
        title: long,
        text: long,
        citations: Array.from({ length: 30 }, (_, j) => cite(j, { excerpt: long })),
        items,
        suggestions: Array.from({ length: 50 }, () => long),
      }),
      3,
      {
        pageSize: 20,
        request: { command: 'ask', args: 'x'.repeat(290) },
        private: true,
        footer: 'Shared by <@U1>',
      },
    );
    expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(text.length).toBeLessThanOrEqual(MAX_SECTION);
    for (const b of blocks as AnyBlock[]) {
      if (b.type === 'header') expect(b.text!.text.length).toBeLessThanOrEqual(MAX_HEADER);
      if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(MAX_SECTION);
      if (b.type === 'context') {
        expect(b.elements!.length).toBeLessThanOrEqual(10);
        for (const e of b.elements!) expect((e.text as string).length).toBeLessThanOrEqual(3000);
      }
      if (b.type === 'actions') for (const e of b.elements!) expect(e.value!.length).toBeLessThanOrEqual(2000);
      // No escape is ever cut in half.
      expect(JSON.stringify(b)).not.toMatch(/&(?:a|am|l|g|amp|lt|gt)?…/);
    }
    expect(texts(blocks)).toContain('(Shortened to fit in one Slack message.)');
    expect(blocks.at(-1)!.type).toBe('context');
    expect(blocks.some((b) => b.type === 'actions')).toBe(true);
  });

  it('GIVEN an empty text and title THEN no empty section or header is sent', () => {
    const { text, blocks } = toSlack(answer({ title: ' ', text: '', citations: [], suggestions: [] }));
    expect(blocks).toEqual([]);
    expect(text).toBe('');
  });
});
