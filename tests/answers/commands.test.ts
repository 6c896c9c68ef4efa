import { describe, expect, it } from 'vitest';
import { allCitations, fullText } from '../../src/answers/answer.ts';
import { botOf, seedBot } from '../helpers.ts';

const bot = seedBot();
const ask = (line: string) => bot.handleLine(line, 'cli');

describe('/who', () => {
  it('reads "/who met with …" and "/who runs …" as the question "who met with …"', () => {
    expect(ask('/who met with london breed on thursday').text.split('\n')[0]).toMatch(/Han Zheng/);
    expect(ask('/who runs joyu').text.split('\n')[0]).toMatch(/^Zou Qingling/);
  });

  it('answers a full name with the role and a citation', () => {
    const a = ask('/who Han Zheng');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Chinese Vice President');
    expect(a.citations[0]).toMatchObject({ source: 'Global Times', published: '2024-04-18', paragraph: 1 });
    expect(a.citations[0]!.excerpt).toMatch(/^Chinese Vice President Han Zheng on Thursday met/);
  });

  it('is case-insensitive and tolerates a typo', () => {
    expect(ask('/who gong zheng').title).toBe('Gong Zheng');
    expect(ask('/who Gong Zhen').title).toBe('Gong Zheng');
    expect(ask('/who Breeed').title).toBe('London Breed');
  });

  it('resolves a surname and a title plus name', () => {
    expect(ask('/who Breed').title).toBe('London Breed');
    expect(ask('/who Mayor Qin Weizhong').title).toBe('Qin Weizhong');
  });

  it('lists the candidates when a partial name fits several people', () => {
    const a = ask('/who Zheng');
    expect(a.text).toContain('Han Zheng');
    expect(a.text).toContain('Gong Zheng');
    expect(a.suggestions).toEqual(expect.arrayContaining(['/who Han Zheng', '/who Gong Zheng']));
  });

  it('works in reverse from a role', () => {
    expect(ask('/who the mayor of Shanghai').title).toBe('Gong Zheng');
    expect(ask('/who chief operating officer').title).toBe('John Grubb');
  });

  it('says plainly when nobody matches', () => {
    const a = ask('/who Elon Musk');
    expect(a).toMatchObject({ answered: false, kind: 'not-found', citations: [] });
    expect(a.suggestions.length).toBeGreaterThan(0);
  });
});

describe('/quote', () => {
  it('gives a person\u2019s own words first, then paraphrases, each cited', () => {
    const a = ask('/quote Gong Zheng');
    expect(a.text).toMatch(/^Gong Zheng said: \u201cSan Francisco is home/);
    expect(a.citations[0]!.excerpt).toContain('San Francisco is home');
    expect(a.items.at(-1)!.text).toMatch(/\(paraphrase\)/);
    for (const item of a.items) expect(item.citations[0]!.source).toBe('China Daily');
  });

  it('finds quotes by topic', () => {
    const a = ask('/quote energy storage');
    expect(a.answered).toBe(true);
    expect(fullText(a)).toContain('Xu Yuanyuan');
  });

  it('refuses a person who is not in the articles and an empty argument', () => {
    expect(ask('/quote Ada Lovelace').answered).toBe(false);
    expect(ask('/quote')).toMatchObject({ answered: false, kind: 'usage' });
  });
});

describe('/when', () => {
  it('answers with the resolved date and says how it was read', () => {
    const a = ask('/when did Han Zheng meet Breed');
    expect(a.text).toMatch(/^April 18, 2024 \(\u201con Thursday\u201d/);
    expect(a.citations[0]!.excerpt).toContain('Han Zheng');
  });

  it('keeps month precision', () => {
    expect(ask('/when was the China-US summit in San Francisco').text).toMatch(/^November 2023:/);
  });

  it('answers the start or the end of a range when asked, and knows "arrive" for "visit"', () => {
    expect(ask('/when did Breed arrive in China').text).toMatch(/^April 14, 2024 \(the start of April 14, 2024 to April 21, 2024\)/);
    expect(ask("/when did Breed's visit end").text).toMatch(/^April 21, 2024 \(the end of/);
    expect(ask('/when did Breed visit China').text).toMatch(/^April 14, 2024 to April 21, 2024:/);
  });

  it('abstains when the articles give no date', () => {
    expect(ask('/when did Breed visit Paris').answered).toBe(false);
  });

  it('does not answer about people from a sentence that is not about them', () => {
    // Xi Jinping met Joe Biden in November 2023; nothing says he met Breed.
    expect(ask('/when did Breed meet Xi Jinping').answered).toBe(false);
    expect(ask('/when did Biden meet Breed').answered).toBe(false);
    expect(ask('/when did Gong meet Breed').text).toMatch(/^April 20, 2024/);
  });
});

describe('/onthisday and /timeline', () => {
  it('gives the events of a month and day, with ranges that cover it after them', () => {
    const a = ask('/onthisday April 18');
    expect(a.items[0]!.text).toContain('Han Zheng');
    expect(a.items.at(-1)!.text).toMatch(/^During April 14, 2024 to April 21, 2024/);
  });

  it('uses today in the bot\u2019s time zone when no date is given', () => {
    expect(seedBot(new Date('2024-04-16T12:00:00Z')).handleLine('/onthisday').title).toBe('On this day: April 16');
    expect(seedBot(new Date('2025-07-04T12:00:00Z')).handleLine('/onthisday').answered).toBe(false);
  });

  it('reads the usual ways of writing a date', () => {
    for (const d of ['April 18th', '18 April', '04-18', '4/18', '2024-04-18', 'Apr. 18']) expect(ask(`/onthisday ${d}`).title, d).toBe('On this day: April 18');
  });

  it('refuses a day without events and a text that is no date', () => {
    expect(ask('/onthisday July 4')).toMatchObject({ answered: false, kind: 'not-found' });
    expect(ask('/onthisday banana')).toMatchObject({ answered: false, kind: 'usage' });
  });

  it('lists the timeline in date order', () => {
    const a = ask('/timeline');
    const dates = a.items.map((i) => i.text.split(':')[0]);
    expect(dates[0]).toBe('1979');
    expect(a.items.length).toBeGreaterThan(8);
    expect(allCitations(a).length).toBe(a.items.length);
  });

  it('lists the first hundred sources of a large corpus and counts them all by outlet', () => {
    const a = botOf(...Array.from({ length: 120 }, (_, i) => [`Story ${i + 1} says the council met.`])).handleLine('/sources', 'cli');
    expect(a.items).toHaveLength(100);
    expect(a.text).toBe('I answer from 120 articles. By outlet: Test Wire 120; published 2024-04-17 to 2024-04-17. The first 100 are listed.');
  });

  it('lists the first hundred events of a long timeline, counts all, and says how to narrow it', () => {
    const days = Array.from({ length: 150 }, (_, i) => new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10));
    const a = botOf(days.map((d, i) => `The council met on ${d} to discuss item ${i + 1}.`)).handleLine('/timeline', 'cli');
    expect(a.items).toHaveLength(100);
    expect(a.items[0]!.text).toMatch(/^January 1, 2023: /);
    expect(a.text).toMatch(/^150 dated events, from January 1, 2023 to May 30, 2023\. The first 100 are listed; .*\/onthisday/);
  });
});

describe('/ask and mentions', () => {
  it('answers how-many questions with the number and its sentence', () => {
    const a = ask('How many business leaders did the US delegation meet in Shanghai?');
    expect(a.text).toMatch(/^80 domestic business leaders\./);
    expect(a.citations[0]!.excerpt).toContain('80 domestic business leaders');
  });

  it('answers who-questions from a mention with the name in the sentence', () => {
    expect(ask('@VisitBot who reported the meeting with Han Zheng?').text).toMatch(/^Xinhua News Agency reported/);
    expect(ask('<@123456> who met Breed on Thursday?').text).toMatch(/^Chinese Vice President Han Zheng met Breed/);
  });

  it('names the agent of the verb asked about, even when the question names part of it', () => {
    expect(ask('Which news agency reported the meeting?').text).toMatch(/^Xinhua News Agency\b/);
    expect(ask('Who organized the event in Shanghai?').text).toMatch(
      /^Shanghai Federation of Industry and Commerce and San Francisco Bay Area Council organized/,
    );
  });

  it('routes person, quote and date questions to their commands', () => {
    expect(ask('/ask who is the mayor of Shanghai?').title).toBe('Gong Zheng');
    expect(ask('/ask what did Gong say about universities?').text).toMatch(/^Gong Zheng said: .*universities/);
    expect(ask('/ask when did Breed meet Sun Zhiyang?').text).toMatch(/^April 16, 2024/);
  });

  it('abstains on questions the articles do not answer', () => {
    for (const q of ['What is the capital of France?', 'What is the population of Shanghai?', 'Who won the Super Bowl?']) {
      expect(ask(q), q).toMatchObject({ answered: false, kind: 'not-found', citations: [] });
    }
  });
});

describe('/sources and /help', () => {
  it('lists every article with its outlet and date', () => {
    const a = ask('/sources');
    expect(a.items.map((i) => i.text.split(':')[0])).toEqual(['Global Times', 'China Daily']);
  });

  it('lists every command in help, which is not an answer', () => {
    const a = ask('/help');
    expect(a.answered).toBe(false);
    for (const c of ['/who', '/quote', '/when', '/ask', '/onthisday', '/timeline', '/sources']) expect(a.text).toContain(c);
  });
});
