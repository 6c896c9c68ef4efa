import { describe, expect, it } from 'vitest';
import { decodeControl } from '../../src/core/controls.ts';
import { layoutAnswer, pageCount, previewAction } from '../../src/core/layout.ts';
import { answerOf, citation } from '../../test-support/fakes/chat.ts';

// The answer layout every renderer maps: the page and its items, and the buttons with the ids they carry.

const items = Array.from({ length: 12 }, (_, i) => ({ text: `Event ${i + 1}`, citations: [citation(i + 1)] }));
const timeline = { command: 'timeline', args: '' };

describe('layoutAnswer', () => {
  it('GIVEN a list THEN pages of five, clamped, with Previous and Next disabled at the ends', () => {
    const a = answerOf({ items, citations: [] });
    expect(pageCount(a)).toBe(3);
    const first = layoutAnswer(a, -4, { request: timeline, idMax: 100 });
    expect([first.page, first.first, first.items.map((i) => i.text)]).toEqual([0, 0, ['Event 1', 'Event 2', 'Event 3', 'Event 4', 'Event 5']]);
    expect([first.previous?.enabled, first.next?.enabled]).toEqual([false, true]);
    expect(decodeControl(first.next!.id)).toMatchObject({ action: 'page', page: 1, command: 'timeline' });
    expect(first.previous!.id).not.toBe(first.next!.id);
    const last = layoutAnswer(a, 99, { request: timeline, idMax: 100 });
    expect([last.page, last.first, last.items.length, last.previous?.enabled, last.next?.enabled]).toEqual([2, 10, 2, true, false]);
    // Without a request (a daily post) nothing can be re-run: no buttons at all.
    const post = layoutAnswer(a, 1, { idMax: 100 });
    expect([post.page, post.previous, post.next, post.share, post.feedback, post.suggestions]).toEqual([1, undefined, undefined, undefined, [], []]);
  });

  it('GIVEN a private real answer THEN share and feedback; not on a settings change or an answer that is not real', () => {
    const who = { command: 'who', args: 'Han Zheng' };
    const real = layoutAnswer(answerOf(), 0, { request: who, private: true, idMax: 100 });
    expect(decodeControl(real.share!.id)).toEqual({ action: 'share', page: 0, private: true, ...who });
    expect(real.feedback.map((b) => decodeControl(b.id))).toEqual((['why', 'up', 'down'] as const).map((action) => ({ action, ...who })));
    expect(layoutAnswer(answerOf(), 0, { request: who, private: false, idMax: 100 }).share).toBeUndefined();
    const refused = layoutAnswer(answerOf({ answered: false, kind: 'refusal' }), 0, { request: who, private: true, idMax: 100 });
    expect([refused.share, refused.feedback]).toEqual([undefined, []]);
    expect(layoutAnswer(answerOf(), 0, { request: { command: 'daily', args: 'status' }, idMax: 100 }).feedback).toEqual([]);
    // A private settings reply offers no "Share in channel": sharing re-runs the request, which a settings change never is.
    expect(layoutAnswer(answerOf(), 0, { request: { command: 'daily', args: 'status' }, private: true, idMax: 100 }).share).toBeUndefined();
  });

  it('GIVEN arguments too long THEN ids keep the command only where the platform gives them back, else no button', () => {
    const long = { command: 'ask', args: 'x'.repeat(150) };
    const discord = layoutAnswer(answerOf(), 0, { request: long, idMax: 100, argsElsewhere: true });
    expect(discord.feedback.map((b) => b.id)).toEqual(['vb:w:ask', 'vb:u:ask', 'vb:d:ask']);
    expect(layoutAnswer(answerOf(), 0, { request: long, idMax: 100 }).feedback).toEqual([]);
  });

  it('GIVEN suggestions THEN those that fit are buttons, and the text line only when some are not', () => {
    const a = answerOf({ suggestions: ['/who Han Zheng', '/daily status', `/quote ${'y'.repeat(120)}`] });
    const laid = layoutAnswer(a, 0, { request: { command: 'who', args: 'x' }, idMax: 100 });
    expect(laid.suggestions.map((s) => [s.label, decodeControl(s.id)])).toEqual([['/who Han Zheng', { action: 'ask', command: 'who', args: 'Han Zheng' }]]);
    expect(laid.tryText).toEqual(a.suggestions);
    const fits = answerOf({ suggestions: ['/who Han Zheng'] });
    expect(layoutAnswer(fits, 0, { request: { command: 'who', args: 'x' }, idMax: 100 }).tryText).toEqual([]);
    expect(layoutAnswer(fits, 0, { idMax: 100 }).tryText).toEqual(['/who Han Zheng']);
  });

  it('GIVEN a private paged real answer with suggestions THEN its buttons in rows, each named and labelled once for every platform', () => {
    const a = answerOf({ items, citations: [], suggestions: ['/who Han Zheng'] });
    const laid = layoutAnswer(a, 0, { request: timeline, private: true, idMax: 100 });
    expect(laid.rows.map((row) => row.map((b) => [b.name, b.label, b.enabled]))).toEqual([
      [
        ['previous', 'Previous', false],
        ['next', 'Next', true],
        ['share', 'Share in channel', undefined],
      ],
      [
        ['why', 'Why this answer?', undefined],
        ['up', 'Helpful', undefined],
        ['down', 'Not helpful', undefined],
      ],
      [['ask', '/who Han Zheng', undefined]],
    ]);
    expect(laid.rows[0]![0]).toBe(laid.previous);
    // One page, public, not a real answer: the empty rows are left out.
    expect(layoutAnswer(answerOf({ answered: false, kind: 'refusal', suggestions: ['/help'] }), 0, { request: timeline, idMax: 100 }).rows).toEqual([
      [{ action: 'ask', name: 'ask', id: 'vb:a:help:', label: '/help' }],
    ]);
    expect(layoutAnswer(a, 0, { idMax: 100 }).rows).toEqual([]);
  });

  it("GIVEN an article's preview THEN Save, Edit details and Cancel carry its draft, in a row of their own; their words read back, nothing else", () => {
    const laid = layoutAnswer(answerOf({ draft: 'd42', suggestions: [] }), 0, { idMax: 100 });
    expect(laid.preview.map((b) => [b.name, b.label, b.id])).toEqual([
      ['save', 'Save', 'd42'],
      ['edit', 'Edit details', 'd42'],
      ['cancel', 'Cancel', 'd42'],
    ]);
    expect(laid.rows).toEqual([laid.preview]);
    expect(layoutAnswer(answerOf(), 0, { idMax: 100 }).preview).toEqual([]);
    expect(laid.preview.map((b) => previewAction(b.name))).toEqual(['save', 'edit', 'cancel']);
    for (const word of ['', 'modal', 'details', 'Save', 'save ', 'share']) expect(previewAction(word)).toBeUndefined();
  });
});
