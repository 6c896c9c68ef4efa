import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/load.ts';
import { articleFileText, fileNameFor, saveDraft } from '../../src/intake/article-file.ts';
import { createIntake, EXPIRED } from '../../src/intake/intake.ts';
import { buildKnowledgeFromDir } from '../../src/knowledge-build/index.ts';
import { newsPage, startPageServer, type PageServer } from './page-server.ts';

// GIVEN a page on a local server and an empty seeds folder, WHEN an admin drafts, corrects and saves
// it, THEN a Markdown file with front matter is written that the loader reads, and nothing is ever
// overwritten; drafts belong to their admin and expire.

let s: PageServer;
const dirs: string[] = [];
beforeAll(async () => {
  s = await startPageServer();
  s.page('/story', newsPage());
  s.page('/undated', newsPage({ published: '', site: '' }));
  s.page(
    '/file.md',
    '---\ntitle: From a file\nsource: Bay Ledger\npublished: 2024-04-15\n---\n\nZhou Min, director of the Shanghai port office, left for San Francisco on Monday.\n',
    'application/octet-stream',
  );
});
afterAll(async () => {
  await s?.close();
});
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setup(now = () => Date.now()) {
  const dir = mkdtempSync(join(tmpdir(), 'visitbot-intake-'));
  dirs.push(dir);
  const saved: string[] = [];
  const intake = createIntake({
    seedsDir: dir,
    adminUsers: ['U0ADMIN'],
    logger: pino({ level: 'silent' }),
    articles: () => buildKnowledgeFromDir(dir).articles,
    onSaved: (f) => saved.push(f),
    fetch: { allowAddress: (a) => a === '127.0.0.1', maxBytes: 1_000_000 },
    now,
  });
  return { dir, intake, saved };
}

describe('intake', () => {
  it('lets platform admins and ADMIN_USERS add, nobody else', () => {
    const { intake } = setup();
    expect(intake.mayAdd('U1', true)).toBe(true);
    expect(intake.mayAdd('U0ADMIN', false)).toBe(true);
    expect(intake.mayAdd('U1', false)).toBe(false);
    expect(intake.mayAdd(undefined, false)).toBe(false);
  });

  it('drafts a page, saves it as a Markdown file the loader reads, and refuses the same page twice', async () => {
    const { dir, intake, saved } = setup();
    const drafted = await intake.fromUrl(`${s.base}/story`, 'U1');
    if (!drafted.ok) throw new Error(drafted.message);
    expect(drafted.draft).toMatchObject({ title: 'Ports sign green pact', source: 'Harbor Daily', published: '2024-04-19', owner: 'U1' });
    expect(intake.save(drafted.draft.id, 'U2')).toEqual({ ok: false, message: expect.stringMatching(/Only the person who started/) });
    const result = intake.save(drafted.draft.id, 'U1');
    if (!result.ok) throw new Error(result.message);
    expect(result.file).toBe('harbor-daily-2024-04-19-ports-sign-green-pact.md');
    expect(saved).toEqual([result.file]);
    expect(readdirSync(dir)).toEqual([result.file]); // the temporary file is gone
    const text = readFileSync(join(dir, result.file), 'utf8');
    expect(text).toMatch(
      /^---\ntitle: Ports sign green pact\nsource: Harbor Daily\npublished: 2024-04-19\nurl: http:\/\/127\.0\.0\.1:\d+\/story\n---\n\nSHANGHAI – Zhou Min/,
    );
    const article = parseArticle(result.file, text);
    expect(article.paragraphs.filter((p) => p.kind === 'story')).toHaveLength(3);
    expect(intake.save(drafted.draft.id, 'U1')).toEqual({ ok: false, message: EXPIRED });

    const again = await intake.fromUrl(`${s.base}/story#top`, 'U1');
    expect(again).toEqual({ ok: false, message: expect.stringMatching(/already loaded: Harbor Daily, “Ports sign green pact”/) });
    // The same story from a file (no URL): same outlet, date and title.
    s.page('/copy.md', '---\ntitle: Ports Sign Green Pact\nsource: harbor daily\npublished: 2024-04-19\n---\n\nZhou Min signed.\n');
    expect(await intake.fromFile({ name: 'copy.md', url: `${s.base}/copy.md` }, 'U1')).toEqual({ ok: false, message: expect.stringMatching(/already loaded/) });
  });

  it('will not save without outlet and date, and takes corrections (checked) first', async () => {
    const { dir, intake } = setup();
    const drafted = await intake.fromUrl(`${s.base}/undated`, 'U1');
    if (!drafted.ok) throw new Error(drafted.message);
    expect(drafted.draft).toMatchObject({ source: '127.0.0.1', published: '' });
    expect(intake.save(drafted.draft.id, 'U1')).toEqual({ ok: false, message: expect.stringMatching(/publication date is missing.*Edit details/) });
    expect(intake.correct(drafted.draft.id, 'U1', { title: 'Ports sign pact', source: 'Harbor Daily', published: '2024-02-30' })).toEqual({
      ok: false,
      message: expect.stringMatching(/not a real date/),
    });
    expect(intake.correct(drafted.draft.id, 'U1', { title: ' ', source: 'Harbor Daily', published: '19/04/2024' })).toEqual({
      ok: false,
      message: expect.stringMatching(/title is missing; the date must be written YYYY-MM-DD/),
    });
    const fixed = intake.correct(drafted.draft.id, 'U1', { title: 'Ports sign pact', source: 'Harbor\nDaily', published: '2024-04-19' });
    expect(fixed).toMatchObject({ ok: true, draft: { title: 'Ports sign pact', source: 'Harbor Daily', published: '2024-04-19' } });
    expect(intake.save(drafted.draft.id, 'U1')).toMatchObject({ ok: true, file: 'harbor-daily-2024-04-19-ports-sign-pact.md' });
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('reads an uploaded .md file by its name whatever its content type, and refuses other files', async () => {
    const { intake } = setup();
    const drafted = await intake.fromFile({ name: 'story.md', url: `${s.base}/file.md`, size: 200 }, 'U1');
    expect(drafted).toMatchObject({ ok: true, draft: { title: 'From a file', source: 'Bay Ledger', published: '2024-04-15' } });
    expect(await intake.fromFile({ name: 'report.pdf', url: `${s.base}/file.md` }, 'U1')).toEqual({ ok: false, message: 'I can add a .md or .html file.' });
    expect(await intake.fromFile({ name: 'big.md', url: `${s.base}/file.md`, size: 2_000_000 }, 'U1')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/larger than/),
    });
  });

  it('forgets drafts after 30 minutes, and on cancel', async () => {
    let t = 0;
    const { intake } = setup(() => t);
    const a = await intake.fromUrl(`${s.base}/story`, 'U1');
    const b = await intake.fromUrl(`${s.base}/story`, 'U1');
    if (!a.ok || !b.ok) throw new Error('not drafted');
    intake.cancel(a.draft.id, 'U1');
    expect(intake.find(a.draft.id, 'U1')).toEqual({ ok: false, message: EXPIRED });
    t = 31 * 60_000;
    expect(intake.find(b.draft.id, 'U1')).toEqual({ ok: false, message: EXPIRED });
  });

  it('refuses a private page with the reason', async () => {
    const { intake } = setup();
    expect(await intake.fromUrl('http://10.0.0.1/', 'U1')).toEqual({
      ok: false,
      message: 'I could not add that page: 10.0.0.1 is a private or local address; only public web pages can be added.',
    });
  });
});

describe('saveDraft', () => {
  const draft = {
    title: 'Pact: “signed”, #1',
    source: 'Coastal Wire',
    published: '2024-04-18',
    paragraphs: ['Zhou Min signed the pact on Thursday in Shanghai.'],
  };

  it('never overwrites: a second article of the same name gets -2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'visitbot-save-'));
    dirs.push(dir);
    writeFileSync(join(dir, fileNameFor(draft)), 'hand-written, keep me');
    const name = saveDraft(dir, draft);
    expect(name).toBe('coastal-wire-2024-04-18-pact-signed-1-2.md');
    expect(readFileSync(join(dir, 'coastal-wire-2024-04-18-pact-signed-1.md'), 'utf8')).toBe('hand-written, keep me');
    expect(parseArticle(name, readFileSync(join(dir, name), 'utf8')).title).toBe('Pact: “signed”, #1');
  });

  it('refuses a draft the loader would not read, before writing anything', () => {
    const dir = mkdtempSync(join(tmpdir(), 'visitbot-save-'));
    dirs.push(dir);
    expect(() => saveDraft(dir, { ...draft, published: '2024-13-01' })).toThrow(/not a real date/);
    expect(() => saveDraft(dir, { ...draft, paragraphs: ['scroll to top'] })).toThrow(/no story text/);
    expect(() => saveDraft(dir, { ...draft, paragraphs: Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} ${'word '.repeat(150)}`) })).toThrow(
      /longer than the 2 MB/,
    );
    expect(readdirSync(dir)).toEqual([]);
    expect(articleFileText(draft)).toContain('title: "Pact: “signed”, #1"');
  });
});
