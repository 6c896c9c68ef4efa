import { describe, expect, it } from 'vitest';
import { LIMITS, toDiscord } from '../../../src/adapters/discord/render.ts';
import { decodeControl, encodeControl } from '../../../src/core/controls.ts';
import { PAGE_SIZE, pageCount } from '../../../src/core/layout.ts';
import type { Answer, Citation } from '../../../src/core/types.ts';
import { answerOf, citation } from '../../../test-support/fakes/chat.ts';

// The pure renderer on plain objects: Discord's limits hold whatever the answer, and button state
// round-trips through custom_id (the footer, when the arguments are long: tests/core/request-line.test.ts).

const cite = (n: number, excerpt = `Excerpt number ${n}.`): Citation => citation(n, { title: `Article ${n}`, excerpt });
const answer = (over: Partial<Answer> = {}): Answer => answerOf({ citations: [cite(1)], suggestions: ['/quote Han Zheng'], ...over });

function embedSize(e: any): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n: number, f: any) => n + f.name.length + f.value.length, 0)
  );
}

function expectWithinLimits(m: ReturnType<typeof toDiscord>): void {
  expect((m.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  for (const e of m.embeds) {
    expect(e.title!.length).toBeLessThanOrEqual(LIMITS.title);
    expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.description);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      expect(f.value.length).toBeGreaterThan(0);
    }
    expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.footer);
  }
  expect(m.embeds.reduce((n, e) => n + embedSize(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
  for (const row of m.components) for (const b of row.components) if ('custom_id' in b) expect(b.custom_id.length).toBeLessThanOrEqual(100);
  expect(m.allowed_mentions).toEqual({ parse: [], replied_user: false });
}

describe('toDiscord', () => {
  it('GIVEN an article with a url cited twice THEN the title links to it, in full the first time and short after', () => {
    const title = 'China expects more economic, sci-tech cooperation with San Francisco';
    const url = 'https://news.example/china-sf';
    const m = toDiscord(answer({ citations: [{ ...cite(1), title, url }, { ...cite(4), title, url }, cite(2)] }));
    expect(m.embeds[0]!.fields!.map((f) => f.value)).toEqual([
      `“Excerpt number 1.”\n— [${title}](https://news.example/china-sf)`,
      '“Excerpt number 4.”\n— [China expects more economic…](https://news.example/china-sf)',
      '“Excerpt number 2.”\n— *Article 2*',
    ]);
    expect(m.embeds[0]!.fields![0]!.name).toBe('[1] Global Times · 2024-04-18 · ¶ 1');
  });

  it('GIVEN a short answer THEN the answer is the description and each citation a field', () => {
    const m = toDiscord(answer(), 0, { request: { command: 'who', args: 'Han Zheng' }, private: true });
    // The suggestion is a button that asks it (a row of its own), not a line.
    expect(m.embeds[0]!.description).toBe('Han Zheng: Chinese Vice President. [1]');
    expect(m.components.at(-1)!.components).toEqual([{ type: 2, style: 2, label: '/quote Han Zheng', custom_id: 'vb:a:quote:Han Zheng' }]);
    expect(m.embeds[0]!.fields).toEqual([{ name: '[1] Global Times · 2024-04-18 · ¶ 1', value: '“Excerpt number 1.”\n— *Article 1*' }]);
    expect(m.embeds[0]!.footer?.text).toBe('/who Han Zheng');
    expect(m.components[0]!.components.map((b) => ('label' in b ? b.label : ''))).toEqual(['Share in channel']);
    expectWithinLimits(m);
  });

  it('GIVEN a huge answer (long text, 40 items of 5,000 characters, 30 citations each) THEN every limit holds on every page', () => {
    const huge = answer({
      title: 'T'.repeat(1000),
      text: 'word '.repeat(3000),
      citations: Array.from({ length: 30 }, (_, i) => cite(i + 1, 'x'.repeat(5000))),
      items: Array.from({ length: 40 }, (_, i) => ({
        text: `item ${i} `.repeat(700),
        citations: Array.from({ length: 30 }, (_, j) => cite(100 * i + j, 'y'.repeat(3000))),
      })),
      suggestions: Array.from({ length: 50 }, (_, i) => `/who person ${i}`),
    });
    expect(pageCount(huge)).toBe(Math.ceil(40 / PAGE_SIZE));
    for (let page = 0; page < pageCount(huge); page++) {
      const m = toDiscord(huge, page, { request: { command: 'quote', args: 'z'.repeat(300) }, private: true });
      expectWithinLimits(m);
      expect(m.embeds[0]!.description).toMatch(/^word word/);
      expect(m.embeds[0]!.fields!.length).toBeGreaterThan(0);
    }
  });

  it('GIVEN many citations of normal size THEN at most 25 fields and the rest are counted in the footer', () => {
    const m = toDiscord(answer({ citations: Array.from({ length: 40 }, (_, i) => cite(i + 1, 'short')) }));
    expect(m.embeds[0]!.fields).toHaveLength(25);
    expect(m.embeds[0]!.footer?.text).toMatch(/15 more sources not shown/);
    expectWithinLimits(m);
  });

  it('GIVEN a list answer THEN pages of PAGE_SIZE items with Previous/Next, and out-of-range pages are clamped', () => {
    const list = answer({ citations: [], items: Array.from({ length: 12 }, (_, i) => ({ text: `event ${i + 1}`, citations: [cite(i + 1)] })) });
    const last = toDiscord(list, 99, { request: { command: 'timeline', args: '' } });
    expect(last.embeds[0]!.description).toMatch(/\*\*11\.\*\* event 11 \[1\]\n\*\*12\.\*\* event 12 \[2\]/);
    expect(last.embeds[0]!.footer?.text).toBe('/timeline · page 3/3');
    const [prev, next] = last.components[0]!.components as any[];
    expect([prev.label, prev.disabled, next.label, next.disabled]).toEqual(['Previous', false, 'Next', true]);
    expect(decodeControl(prev.custom_id)).toEqual({ action: 'page', page: 1, private: false, command: 'timeline', args: '' });
    expect(new Set([prev.custom_id, next.custom_id]).size).toBe(2);
    expect(toDiscord(list, -3).embeds[0]!.footer?.text).toBe('page 1/3');
  });

  it('GIVEN article or user text with markdown and pings THEN it is shown literally and cannot ping', () => {
    const m = toDiscord(answer({ text: '**bold** @everyone <@123> _x_', citations: [cite(1, '@here `code`')] }));
    const e = m.embeds[0]!;
    expect(e.description).toContain('\\*\\*bold\\*\\* @\u200beveryone ‹@123› \\_x\\_');
    expect(e.fields![0]!.value).toContain('@\u200bhere \\`code\\`');
  });

  it('GIVEN an error answer THEN red and no buttons without a request', () => {
    const m = toDiscord(answer({ kind: 'error', citations: [], suggestions: [] }));
    expect(m.embeds[0]!.color).toBe(0xed4245);
    expect(m.components).toEqual([]);
  });
});

describe('button state', () => {
  it('GIVEN arguments that fit THEN custom_id round-trips', () => {
    const state = { action: 'share' as const, page: 2, private: true, command: 'quote', args: 'London Breed: "yes" · ok' };
    expect(decodeControl(encodeControl(state, 100))).toEqual(state);
  });

  it('GIVEN ids from elsewhere THEN nothing is decoded', () => {
    for (const id of ['', 'vb:x:1:0:who:a', 'vb:p:-1:0:who:a', 'other:p:1:0:who', 'vb:p:1:2:who']) expect(decodeControl(id)).toBeUndefined();
  });
});
