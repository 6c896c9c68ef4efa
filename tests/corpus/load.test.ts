import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadArticles, parseArticle, simpleFrontMatter } from '../../src/corpus/load.ts';
import { splitSentences } from '../../src/corpus/sentences.ts';
import { articleText, seedsWith } from '../helpers.ts';

describe('loading the seeds', () => {
  const { articles, problems } = loadArticles('seeds');
  const daily = articles.find((a) => a.source === 'China Daily')!;
  const times = articles.find((a) => a.source === 'Global Times')!;

  it('loads both articles with their metadata and no problems', () => {
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.published).sort()).toEqual(['2024-04-18', '2024-04-22']);
    expect(daily.title).toBe('San Francisco, Shanghai look to deepen economic ties');
  });

  it('drops page furniture: image file names and "scroll to top"', () => {
    const texts = daily.paragraphs.map((p) => p.text);
    expect(texts.some((t) => /\.jpe?g$/.test(t))).toBe(false);
    expect(texts.some((t) => /scroll to top/i.test(t))).toBe(false);
  });

  it('recognises the dateline and keeps it out of the story', () => {
    expect(daily.dateline).toBe('April 22, 2024');
    expect(daily.paragraphs.some((p) => p.text === 'April 22, 2024')).toBe(false);
  });

  it('keeps photo captions as captions, once, numbered apart from story paragraphs', () => {
    const captions = times.paragraphs.filter((p) => p.kind === 'caption');
    expect(captions).toHaveLength(1);
    expect(captions[0]!.text).toMatch(/^A group of 24 US students.*Photo: IC$/);
    expect(daily.paragraphs.filter((p) => p.kind === 'caption')[0]!.text).toMatch(/PHOTO: VCG\/CHINA DAILY$/);
    const story = times.paragraphs.filter((p) => p.kind === 'story');
    expect(story.map((p) => p.n)).toEqual(story.map((_, i) => i + 1));
    expect(story[0]!.text).toMatch(/^Chinese Vice President Han Zheng on Thursday/);
  });

  it('keeps the first story paragraph as pasted, mid-sentence start included', () => {
    expect(daily.paragraphs.find((p) => p.kind === 'story' && p.text.startsWith('SHANGHAI'))).toBeDefined();
  });

  it('keeps sentence offsets true to the paragraph text', () => {
    for (const a of articles) for (const p of a.paragraphs) for (const s of p.sentences) expect(p.text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});

describe('a pasted page that repeats its headline', () => {
  it('keeps the headline as the title, not as the first paragraph', () => {
    const a = parseArticle(
      'h.md',
      articleText({ title: 'Day 3: Fenwick signs pact in Varn' }, ['Day 3: Fenwick signs pact in Varn', 'Fenwick signed the pact in Varn on Tuesday.']),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Fenwick signed the pact in Varn on Tuesday.']);
    expect(a.paragraphs[0]!.n).toBe(1);
  });
});

describe('malformed articles', () => {
  it('reports each bad file with its reason and still loads the good ones', () => {
    const dir = seedsWith({
      'no-front-matter.md': 'Just some text.\n',
      'bad-date.md': articleText({ published: '2024-02-30' }, ['Body text here.']),
      'not-a-date.md': articleText({ published: 'yesterday' }, ['Body text here.']),
      'empty-body.md': articleText({}, ['scroll to top']),
      'bad-yaml.md': '---\ntitle: [unclosed\n---\n\nBody.\n',
      'no-title.md': '---\nsource: "X"\npublished: 2024-04-01\n---\n\nBody.\n',
      'notes.txt': 'not an article',
    });
    const { articles, problems } = loadArticles(dir);
    expect(articles).toHaveLength(2);
    const reasons = Object.fromEntries(problems.map((p) => [p.file, p.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['bad-date.md', 'bad-yaml.md', 'empty-body.md', 'no-front-matter.md', 'no-title.md', 'not-a-date.md']);
    expect(reasons['no-front-matter.md']).toMatch(/front matter/);
    expect(reasons['bad-date.md']).toMatch(/not a real date/);
    expect(reasons['not-a-date.md']).toMatch(/YYYY-MM-DD/);
    expect(reasons['empty-body.md']).toMatch(/no story text/);
    expect(reasons['no-title.md']).toMatch(/title/);
  });

  it('reports a missing folder instead of throwing', () => {
    const { articles, problems } = loadArticles('/nonexistent/folder');
    expect(articles).toEqual([]);
    expect(problems[0]!.reason).toMatch(/cannot read/);
  });

  it('accepts a timestamp, a written date and common key names in the front matter', () => {
    const meta = (fm: string) => parseArticle('x.md', `---\ntitle: "T"\n${fm}\n---\n\nBody text.\n`);
    expect(meta('source: "S"\npublished: 2024-04-19T08:30:00Z').published).toBe('2024-04-19');
    expect(meta('source: "S"\npublished: "April 19, 2024"').published).toBe('2024-04-19');
    expect(meta('outlet: "Wire"\ndate: 2024-04-19').source).toBe('Wire');
  });

  it('accepts Windows line endings and a byte-order mark', () => {
    const a = parseArticle('crlf.md', `\uFEFF${articleText({}, ['First paragraph.', 'Second one.']).replace(/\n/g, '\r\n')}`);
    expect(a.paragraphs.map((p) => p.text)).toEqual(['First paragraph.', 'Second one.']);
  });
});

describe('sentences', () => {
  it('does not break after abbreviations or inside a quotation', () => {
    const s = splitSentences('Mr. Smith met Dr. Jones in the U.S. on Monday. He said \u201cWe agree. It is good,\u201d and left. Next.');
    expect(s.map((x) => x.text)).toEqual(['Mr. Smith met Dr. Jones in the U.S. on Monday.', 'He said \u201cWe agree. It is good,\u201d and left.', 'Next.']);
  });

  it('does not end a sentence at an honorific, a title used abroad or a degree after a name ("Ir.", "Drs.", "Hon.", "M.Si.")', () => {
    const s = splitSentences('The regent, Ir. Tomas Vell, greeted Drs. Edda Rusk, M.Si. Hj. Mira Onu and Messrs. Kale and Dunn agreed. They left.');
    expect(s.map((x) => x.text)).toEqual([
      'The regent, Ir. Tomas Vell, greeted Drs. Edda Rusk, M.Si. Hj. Mira Onu and Messrs. Kale and Dunn agreed.',
      'They left.',
    ]);
  });
});

describe('front matter', () => {
  it('reads simple "key: value" lines itself, as the YAML library reads them, and leaves the rest to it', () => {
    const values = [
      '"San Francisco, Shanghai look"',
      'Port talks',
      "Breed's visit",
      'A - b [c] {d}, e',
      'Yes',
      'No',
      'on',
      '~',
      'null',
      'True',
      'false',
      '2024-04-22',
      '"2024-04-15T07:00:00-07:00"',
      '2024-4-22',
      '20240422',
      '12',
      '.5',
      'São Paulo – “x”',
      '"a \\"b\\" c"',
      '"unclosed',
      "'single'",
      'a: b',
      'a #b',
      'a#b',
      '"x" y',
      '"tab\there"',
      'x\u0085y',
      'trailing   ',
      '"  spaced  "',
      '[a, b]',
      '- a',
      '*ref',
      '&a x',
      '!tag x',
      '|',
      '>',
      '@x',
      '`x`',
      '%x',
    ];
    const lines = (v: string) => [`title: ${v}`, `source: ${v}`, 'published: 2024-04-22'];
    let simple = 0;
    for (const v of values) {
      for (const text of [
        lines(v).join('\n'),
        [...lines(v), 'title: again'].join('\n'),
        ['# comment', ...lines(v)].join('\n'),
        `  ${lines(v).join('\n')}`,
        lines(v).join('\r\n'),
        `${lines(v).join('\n')}\n`,
      ]) {
        const fast = simpleFrontMatter(text);
        if (fast === undefined) continue;
        simple++;
        expect([text, fast]).toEqual([text, parseYaml(text)]);
      }
    }
    expect(simple).toBeGreaterThan(10);
    expect(simpleFrontMatter('title: "A"\nsource: "B"\npublished: 2024-04-22\nurl: "https://example.org/a"')).toEqual({
      title: 'A',
      source: 'B',
      published: '2024-04-22',
      url: 'https://example.org/a',
    });
    expect(simpleFrontMatter('title: A\ntitle: B')).toBeUndefined(); // the library reports the repeated key
  });
});

describe('long text (issue 20): time and memory linear in its length', () => {
  const repeat = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);

  it('splits 1 MB of sentences with abbreviations, and 1 MB inside one open quotation, in seconds', () => {
    for (const unit of ['Mr. Lee met Dr. Wu in Testville on Tuesday. ', '\u201cThe mayor met them. ']) {
      const started = performance.now();
      const sentences = splitSentences(repeat(unit, 1024 * 1024));
      expect(performance.now() - started).toBeLessThan(8000);
      expect(sentences.length).toBeGreaterThan(0);
    }
  }, 30_000);

  it('cuts a text longer than its window as ICU would, merging what a cut split', () => {
    const text = repeat('Mr. Lee met Dr. Wu in Testville on Tuesday. ', 30_000).trim();
    const sentences = splitSentences(text);
    expect(sentences.every((s) => s.text === 'Mr. Lee met Dr. Wu in Testville on Tuesday.' || text.endsWith(s.text))).toBe(true);
    for (const s of sentences) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('skips a file with a paragraph over 20,000 characters, with its reason, before splitting it; spaces by the megabyte cost nothing', () => {
    const started = performance.now();
    const dir = seedsWith(
      {
        'good.md': articleText({}, ['Zhang Wei, mayor of Testville, met the delegation.']),
        'huge.md': articleText({}, [repeat('Mr. Lee met Dr. Wu. ', 1024 * 1024)]),
        'spaces.md': articleText({ title: 'Spaces' }, [
          'Zhang Wei met Li Na.',
          ...Array.from({ length: 40 }, (_, i) => `Line ${i}${' '.repeat(19_000)}\nends.`),
        ]),
        'wide.md': articleText({ title: 'Wide' }, [`A${' '.repeat(300_000)}\nB.`]),
      },
      false,
    );
    const { articles, problems } = loadArticles(dir);
    expect(articles.map((a) => a.file)).toEqual(['good.md', 'spaces.md']);
    expect(articles[1]!.paragraphs[1]!.text).toBe('Line 0 ends.');
    expect(problems).toEqual([
      { file: 'huge.md', reason: expect.stringMatching(/^paragraph 1 has 104857\d characters, more than the 20000 a paragraph may have/) },
      { file: 'wide.md', reason: expect.stringMatching(/^paragraph 1 has 300004 characters/) },
    ]);
    expect(performance.now() - started).toBeLessThan(8000);
  }, 30_000);
});

describe('special files named *.md (issue 20)', () => {
  it('reads regular files only, each checked before it is opened for reading', () => {
    const dir = seedsWith({ 'good.md': articleText({}, ['Zhang Wei, mayor of Testville, met the delegation.']) }, false);
    execFileSync('mkfifo', [join(dir, 'fifo.md')]);
    symlinkSync('/dev/zero', join(dir, 'zero.md'));
    mkdirSync(join(dir, 'folder.md'));
    const { articles, problems } = loadArticles(dir);
    expect(articles.map((a) => a.file)).toEqual(['good.md']);
    expect(problems).toEqual([
      { file: 'fifo.md', reason: 'not a regular file (a FIFO)' },
      { file: 'folder.md', reason: 'not a regular file (a folder)' },
      { file: 'zero.md', reason: 'not a regular file (a device)' },
    ]);
  });
});
