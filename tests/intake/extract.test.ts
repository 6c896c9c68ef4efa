import { describe, expect, it } from 'vitest';
import { draftFromHtml, draftFromMarkdown, isoDay } from '../../src/intake/extract.ts';
import { newsPage } from './page-server.ts';

// GIVEN pages as outlets publish them, THEN Readability finds the story and the metadata tags give
// title, outlet and date; whatever a page does not say stays empty for the admin.

const page = (
  head: string,
  body = '<article><p>Zhou Min, director of the Shanghai port office, signed a green shipping agreement with San Francisco on Friday, officials said.</p><p>The agreement covers container shipping, cleaner fuels and exchanges of port staff between the two cities, officials told reporters.</p></article>',
) => `<!doctype html><html><head>${head}</head><body><nav>Home · World</nav>${body}<footer>Copyright</footer></body></html>`;

describe('draftFromHtml', () => {
  it('takes Open Graph title and site name, article:published_time, and the story paragraphs without the furniture', () => {
    const d = draftFromHtml(newsPage(), 'https://www.harbordaily.example/story');
    expect(d).toMatchObject({ title: 'Ports sign green pact', source: 'Harbor Daily', published: '2024-04-19', url: 'https://www.harbordaily.example/story' });
    expect(d.paragraphs).toHaveLength(3);
    expect(d.paragraphs[0]).toMatch(/^SHANGHAI – Zhou Min, director/);
    expect(d.paragraphs.join(' ')).not.toMatch(/Copyright|Share this article|Home/);
  });

  it('reads JSON-LD (in a @graph) for headline, publisher and datePublished', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'x' },
        {
          '@type': 'NewsArticle',
          headline: 'Port pact signed',
          datePublished: '2024-04-18T23:30:00-07:00',
          publisher: { '@type': 'Organization', name: 'Coastal Wire' },
        },
      ],
    };
    const d = draftFromHtml(page(`<title>Site</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`));
    expect(d).toMatchObject({ title: 'Port pact signed', source: 'Coastal Wire', published: '2024-04-18' });
  });

  it('falls back to <time datetime>, then <meta name="date">, then the host name for the outlet', () => {
    const timed = draftFromHtml(
      page(
        '<title>Pact</title>',
        '<article><time datetime="2024-04-17T10:00:00Z">Wednesday</time><p>Zhou Min, director of the Shanghai port office, signed a green shipping agreement with San Francisco on Friday, officials said at length.</p></article>',
      ),
      'https://www.coastal.example/a',
    );
    expect(timed).toMatchObject({ title: 'Pact', source: 'coastal.example', published: '2024-04-17' });
    expect(draftFromHtml(page('<title>Pact</title><meta name="date" content="April 16, 2024">')).published).toBe('2024-04-16');
  });

  it('leaves what the page does not say empty', () => {
    const d = draftFromHtml(page('<title>Pact</title>'));
    expect(d).toMatchObject({ title: 'Pact', source: '', published: '' });
    expect(d.paragraphs.length).toBeGreaterThan(0);
  });

  it('survives broken JSON-LD and a page with no story', () => {
    const d = draftFromHtml('<html><head><script type="application/ld+json">{broken</script></head><body></body></html>');
    expect(d.paragraphs).toEqual([]);
  });
});

describe('draftFromMarkdown', () => {
  it('reads front matter when there is one', () => {
    const d = draftFromMarkdown(
      '---\ntitle: "Pact signed"\nsource: Coastal Wire\npublished: 2024-04-18\nurl: https://c.example/a\n---\n\nFirst **paragraph** with a [link](https://x.example).\n\nSecond\nline.\n',
    );
    expect(d).toEqual({
      title: 'Pact signed',
      source: 'Coastal Wire',
      published: '2024-04-18',
      url: 'https://c.example/a',
      paragraphs: ['First paragraph with a link.', 'Second line.'],
    });
  });

  it('takes the first heading as the title otherwise', () => {
    const d = draftFromMarkdown('# Pact signed\n\n> A quote.\n\n![img](a.png) Text.\n');
    expect(d).toMatchObject({ title: 'Pact signed', source: '', published: '', paragraphs: ['A quote.', 'Text.'] });
  });
});

describe('isoDay', () => {
  it.each([
    ['2024-04-19T08:00:00+08:00', '2024-04-19'],
    ['20240419', '2024-04-19'],
    ['Fri, 19 Apr 2024 23:30:00 GMT', '2024-04-19'],
    ['April 19, 2024', '2024-04-19'],
    ['2024-02-30', ''],
    ['last Friday', ''],
    ['', ''],
  ])('%j → %j', (raw, day) => {
    expect(isoDay(raw)).toBe(day);
  });
});
