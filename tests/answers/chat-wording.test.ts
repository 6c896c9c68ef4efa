import { describe, expect, it } from 'vitest';
import { botOf, firstLineOf } from '../helpers.ts';
import { dropOpeners, dropTrailers, plainWords } from '../../src/answers/normalize.ts';
import { intervalParts } from '../../src/answers/interval.ts';
import { classifyBlock } from '../../src/corpus/clean.ts';

// Questions worded as people write in chat, over invented articles the code has never seen: openers,
// typos, idioms, time between events, why-questions about someone other than the main person, and
// page furniture. Nothing here is known to the code.

const bot = botOf([
  'Skip to main content',
  'By Jo Penhale, Staff Writer',
  'Published April 17, 2024 at 6:12 a.m. PT',
  'HARTWELL – Mayor Odile R. Fenwick returned to Hartwell on Wednesday after leading a nine-day trade mission to Norland and Sauvet.',
  'The mission opened in Norland on April 8, when Idris Kolb, president of Quillon Freight, confirmed that the company will build a depot in Hartwell.',
  '"Hartwell gave us a deep-water berth and a workforce that already handles chilled cargo," Kolb said. "That combination decided it for us."',
  'In Norland, Fenwick met Governor Alva Strand and Mayor Pim Oster.',
  'Two days later, in Sauvet, the delegation toured the plant of Brannock Cells.',
  'The following day, Mayor Fenwick and Vice Mayor Ilse Marr signed a memorandum of understanding at Sauvet City Hall.',
  'Travel costs were paid by the Hartwell Trade Alliance, a nonprofit.',
  'Councilmember Tobias Wren, who voted against the travel budget, said the timing was wrong with the city facing a shortfall.',
  'MORE: Hartwell council approves new ferry schedule',
  'Share on Facebook / Share on X',
]);
// Published 2024-04-17 (a Wednesday) by the test helper.
const first = firstLineOf(bot);
const answered = (q: string) => bot.handleLine(q, 'cli').answered;

describe('GIVEN chat wording THEN the question is read as plainly asked', () => {
  it('drops openers and trailing chat, spells out chat abbreviations and reads idioms as news verbs', () => {
    expect(dropOpeners('ok so quick q - who met Kolb?')).toBe('who met Kolb?');
    expect(dropOpeners('sorry to bug you, but when did it end?')).toBe('when did it end?');
    // A sentence that does not open with chat is left alone.
    expect(dropOpeners('Kolb said what?')).toBe('Kolb said what?');
    expect(dropTrailers('who went along? names pls')).toBe('who went along?');
    expect(plainWords('how many ppl from the govt dept')).toBe('how many people from the government department');
    expect(plainWords('who put pen to paper on the MOU')).toBe('who sign the memorandum of understanding');
    expect(plainWords('who footed the bill for the trip')).toBe('who paid for the trip');
    expect(plainWords('when did she get back')).toBe('when did she return');
  });

  it('answers through an opener, a misspelt name and an idiom', () => {
    expect(first('ok so who is Idris Kolbb?')).toMatch(/president of Quillon Freight/);
    expect(first('sorry one more: who footed the bill for the trip?')).toMatch(/Hartwell Trade Alliance/);
    expect(first('when did the mayor get back to Hartwell?')).toMatch(/^April 17, 2024/);
  });

  it('refuses a name two edits from an article word instead of reading it as that word', () => {
    expect(answered('how long was Fenwock gone?')).toBe(true); // one edit: corrected
    expect(answered('how long was Finwock gone?')).toBe(false); // two edits: someone else
  });
});

describe('GIVEN dated events THEN days between them and chained dates are counted from the story', () => {
  it('dates "two days later" and "the following day" from the day before them, not from publication', () => {
    expect(first('when was the delegation in Sauvet?')).toMatch(/^April 10, 2024/);
    expect(first('/when the memorandum was signed')).toMatch(/^April 11, 2024/);
  });

  it('reads the two events of a "how many days" question and subtracts their days', () => {
    expect(intervalParts('how many days after the depot announcement was the memorandum signed')).toEqual({
      unit: 'day',
      from: 'the depot announcement',
      to: 'the memorandum signed',
    });
    expect(intervalParts('how many days passed between A and B')).toEqual({ unit: 'day', from: 'A', to: 'B' });
    expect(intervalParts('how many workers were hired')).toBeUndefined();
    expect(first('how many days after Quillon confirmed the depot was the memorandum signed?')).toMatch(/^3 days/);
    expect(first('how many days after the memorandum was the mayor back in Hartwell?')).toMatch(/^6 days/);
  });

  it("takes a trip's length from the prose about it, never from an unrelated span", () => {
    expect(first('how long was Fenwick away?')).toMatch(/^Nine days/i);
  });
});

describe('GIVEN a count of people THEN they are counted and named', () => {
  it('does not answer which companies with people who work for none', () => {
    expect(answered('which companies did Fenwick meet?')).toBe(false);
    expect(first('did Fenwick see the pandas?')).toBe('The articles do not say the answer to “did Fenwick see the pandas?”.');
  });

  it('counts the officials someone met, by their offices', () => {
    expect(first('how many officials did Fenwick meet?')).toMatch(/^2 officials: (?:Alva Strand and Pim Oster|Pim Oster and Alva Strand)/);
    expect(first('how many mayors did Fenwick meet?')).toMatch(/^1 mayor: Pim Oster/);
  });
});

describe('GIVEN a why-question about someone other than the main person THEN their reason is given', () => {
  it("answers from the quote of the company's president, not with the mayor's purpose", () => {
    expect(first('why did Quillon Freight pick Hartwell?')).toMatch(/deep-water berth/);
  });

  it('answers why the councilmember objects from his own sentence', () => {
    expect(first('why is Wren against the trip?')).toMatch(/shortfall/);
  });
});

describe('GIVEN titles, initials and modifiers THEN one person per name and no office for another', () => {
  it('keeps a middle initial out of the name and finds the person either way', () => {
    expect(first('/who Odile Fenwick')).toMatch(/^Odile Fenwick/);
    expect(first('/who Odile R. Fenwick')).toMatch(/^Odile Fenwick/);
  });

  it('does not give a vice mayor for the mayor of a city', () => {
    expect(first('/who Ilse Marr')).toMatch(/Vice Mayor/);
    expect(answered("what's the name of Sauvet's mayor?")).toBe(false);
  });
});

describe('GIVEN page furniture THEN it is no story text', () => {
  it('classifies skip links, bylines, page times, related headlines and share lines as furniture', () => {
    for (const line of [
      'Skip to main content',
      'By Jo Penhale, Staff Writer',
      'Published April 17, 2024 at 6:12 a.m. PT',
      'MORE: Hartwell council approves new ferry schedule',
      'Share on Facebook / Share on X',
      'News | City Hall',
      'FOR IMMEDIATE RELEASE',
    ]) {
      expect(classifyBlock(line), line).toBe('furniture');
    }
    expect(classifyBlock('The mayor toured the plant on Sept. 16. | Source: Office of the Mayor')).toBe('caption');
    expect(classifyBlock('By then, the delegation had left.')).toBe('story');
  });

  it('never cites furniture', () => {
    const r = bot.handleLine('/sources', 'cli');
    expect(JSON.stringify(r)).not.toMatch(/Skip to main content|Share on Facebook|Staff Writer/);
    expect(first('what did the council approve?')).not.toMatch(/ferry schedule/);
  });
});

describe('GIVEN a follow-up with a pronoun THEN it means the one person the previous answer named', () => {
  it('reads "he" as the president just named, not as the article\'s main person', () => {
    const thread = ['who is the president of Quillon Freight?'];
    expect(bot.handleLine(thread[0]!, 'cli').text.split('\n')[0]).toMatch(/^Idris Kolb/);
    expect(bot.handleLine('what did he say?', 'cli', thread).text.split('\n')[0]).toMatch(/Kolb said/);
  });
});

describe('GIVEN an office no one in the articles holds THEN questions about its holder are refused', () => {
  it('refuses what "the governor of Sauvet" said, and keeps answering about an office that is held', () => {
    expect(answered('what did Fenwick discuss with the governor of Sauvet?')).toBe(false);
    expect(first('what did the president of Quillon Freight say?')).toMatch(/Kolb/);
  });
});

describe('GIVEN plans and contractions THEN they are read', () => {
  it('answers what a company is planning to do, and "who\'d"', () => {
    expect(first('what is Quillon Freight planning to do in Hartwell?')).toMatch(/^To build a depot/);
    expect(first("who'd Fenwick meet in Norland?")).toMatch(/Alva Strand/);
  });
});
