import { describe, expect, it } from 'vitest';
import { createArticleFlow, fileMention, fileRequest, messageRequest, readDetails, showStep } from '../../src/intake/flow.ts';
import type { Intake, PendingDraft } from '../../src/intake/intake.ts';
import { seedBot } from '../helpers.ts';

// Adding an article as every platform runs it: "/sources add <link>" is routed by the one dispatcher
// (commands/sources.ts) to the capability the adapter gives; the flow says who may, previews (the
// answer carries the draft's id for the buttons) and acts on Save / Edit details / Cancel.

const draft: PendingDraft = {
  id: 'd1',
  owner: 'U1',
  title: 'Ports sign green pact',
  source: 'Harbor Daily',
  published: '2024-04-19',
  url: 'https://example.com/story',
  paragraphs: ['One.', 'Two.'],
} as PendingDraft;

function fakeIntake(fetched: string[]): Intake {
  return {
    mayAdd: (userId: string, admin: boolean) => admin || userId === 'LISTED',
    fromUrl: async (url: string) => (fetched.push(url), { ok: true, draft }),
    fromFile: async () => ({ ok: true, draft }),
    find: () => ({ ok: true, draft }),
    correct: () => ({ ok: false, message: 'the date must be written YYYY-MM-DD' }),
    save: () => ({ ok: true, file: 'harbor.md', draft }),
    cancel: () => undefined,
  } as unknown as Intake;
}

describe('adding an article through the one dispatcher', () => {
  const bot = seedBot();

  it('GIVEN an admin THEN "/sources add <link>" reaches the capability and answers with a preview carrying the draft', async () => {
    const fetched: string[] = [];
    const flow = createArticleFlow(fakeIntake(fetched), 'slack');
    const addArticle = flow.adder({ userId: 'U1', isAdmin: () => true });
    const answer = await bot.respond({ command: 'sources', args: 'add https://example.com/story', platform: 'slack', addArticle });
    expect(fetched).toEqual(['https://example.com/story']);
    expect(answer.title).toBe('Add this article?');
    expect(answer.draft).toBe('d1');
  });

  it('GIVEN no admin THEN it is refused and nothing is fetched; GIVEN no capability THEN /sources lists the articles', async () => {
    const fetched: string[] = [];
    const addArticle = createArticleFlow(fakeIntake(fetched), 'discord').adder({ userId: 'U2', isAdmin: () => false });
    const refused = await bot.respond({ command: 'sources', args: 'add https://example.com/story', platform: 'discord', addArticle });
    expect(refused.kind).toBe('refusal');
    expect(fetched).toEqual([]);
    const listed = await bot.respond({ command: 'sources', args: 'add https://example.com/story', platform: 'discord' });
    expect(listed.draft).toBeUndefined();
    expect(listed.text).toMatch(/I answer from \d+ article/);
  });

  it('acts on the preview buttons and says which detail a correction is wrong about', () => {
    const flow = createArticleFlow(fakeIntake([]), 'slack');
    expect(flow.act('save', 'd1', 'U1')).toMatchObject({ kind: 'done' });
    expect(flow.act('edit', 'd1', 'U1')).toMatchObject({ kind: 'edit', draft: { id: 'd1' } });
    expect(flow.act('cancel', 'd1', 'U1').kind).toBe('done');
    expect(flow.correct('d1', 'U1', { title: 't', source: 's', published: '19 April' })).toMatchObject({ kind: 'problem', field: 'published' });
  });

  it('shows each step the same way on every platform: the details form filled in, a problem privately, the rest in place of the preview', () => {
    const flow = createArticleFlow(fakeIntake([]), 'discord');
    const form = showStep(flow.act('edit', 'd1', 'U1'));
    expect(form).toEqual({
      kind: 'form',
      form: {
        draftId: 'd1',
        title: 'Article details',
        submit: 'Update preview',
        close: 'Back',
        fields: [
          { id: 'title', label: 'Title', max: 300, value: 'Ports sign green pact' },
          { id: 'source', label: 'Outlet', max: 100, value: 'Harbor Daily' },
          { id: 'published', label: 'Publication date (YYYY-MM-DD)', max: 10, placeholder: '2024-04-19', value: '2024-04-19' },
        ],
      },
    });
    const wrong = showStep(
      flow.correct(
        'd1',
        'U1',
        readDetails((id) => (id === 'published' ? 'April' : 'x')),
      ),
    );
    expect(wrong).toMatchObject({ kind: 'private', field: 'published', answer: { text: expect.stringContaining('YYYY-MM-DD') } });
    expect(showStep(flow.act('save', 'd1', 'U1'))).toMatchObject({ kind: 'replace', answer: { text: expect.stringContaining('harbor.md') } });
    expect(readDetails((id) => id.toUpperCase())).toEqual({ title: 'TITLE', source: 'SOURCE', published: 'PUBLISHED' });
  });

  it('GIVEN a preview button or the details form submitted THEN press and submit answer it as showStep shows its step', () => {
    const flow = createArticleFlow(fakeIntake([]), 'slack');
    expect(flow.press('edit', 'd1', 'U1')).toEqual(showStep(flow.act('edit', 'd1', 'U1')));
    expect(flow.press('cancel', 'd1', 'U1')).toMatchObject({ kind: 'replace' });
    // The word a button's id names: any other is no preview's button.
    for (const word of ['', 'modal', 'Save', 'share']) expect(flow.press(word, 'd1', 'U1')).toBeUndefined();
    const submitted = flow.submit('d1', 'U1', (id) => (id === 'published' ? 'April' : 'x'));
    expect(submitted).toMatchObject({ kind: 'private', field: 'published', answer: { text: expect.stringContaining('YYYY-MM-DD') } });
  });

  it('reads "add" with a shared file as /sources add, and nothing else', () => {
    expect(fileRequest('add', true)).toEqual({ command: 'sources', args: 'add' });
    expect(fileRequest('/sources add', true)).toEqual({ command: 'sources', args: 'add' });
    expect(fileRequest('add', false)).toBeUndefined();
    expect(fileRequest('who met Breed?', true)).toBeUndefined();
  });

  it('GIVEN a message with a file THEN "add" makes a quiet request whose capability reads that file, for the user who shared it', async () => {
    const read: unknown[] = [];
    const intake = {
      ...fakeIntake([]),
      fromFile: async (file: unknown, userId: string) => (read.push([file, userId]), { ok: true, draft }),
    } as unknown as Intake;
    const flow = createArticleFlow(intake, 'discord');
    const file = { name: 'harbor.md', url: 'https://cdn.example/harbor.md', size: 12 };
    const by = { userId: 'LISTED', isAdmin: () => false };
    const mention = fileMention(flow, 'add', file, by)!;
    expect(mention).toMatchObject({ command: 'sources', args: 'add', quiet: true });
    expect((await mention.addArticle('')).draft).toBe('d1');
    expect(read).toEqual([[file, 'LISTED']]);
    // Anything else is the message as typed: other words, no file, or adding articles off.
    expect(fileMention(flow, 'who met Breed?', file, by)).toBeUndefined();
    expect(fileMention(flow, 'add', undefined, by)).toBeUndefined();
    expect(fileMention(undefined, 'add', file, by)).toBeUndefined();
    // A message's request: the file's when it says "add", else the text as routeMessageText reads it.
    expect(messageRequest(flow, 'add', file, by)).toMatchObject({ command: 'sources', args: 'add', quiet: true });
    expect(messageRequest(flow, 'timeline', file, by)).toEqual({ command: 'timeline', args: '' });
    expect(messageRequest(undefined, 'add', file, by)).toEqual({ command: 'ask', args: 'add' });
  });
});
