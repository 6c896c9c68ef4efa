import { describe, expect, it } from 'vitest';
import { botOf } from '../helpers.ts';

// Free questions answered from a small invented article: the answer itself comes first, in the
// first line, and nothing about these names is known to the code.

const bot = botOf([
  'RIVERTON – Riverton Mayor Ana Silva ended a four-day trade visit on Friday, a trip that took her to Lakeport and Millbrook before it ended in Riverton.',
  'Silva said she made the trip to attract new investment and to renew a river-shipping pact.',
  'In Lakeport on Tuesday, Silva met Governor Paul Brandt of the Western Province.',
  'On Wednesday in Millbrook, she toured the factory of Voltara Systems, a company that makes hydrogen fuel cells for trucks.',
  'Voltara chief executive Mei Tanaka said the company plans to hire 150 engineers at a new site in Riverton.',
  'The Riverton Port Authority (RPA) and the Millbrook Barge Company signed a memorandum of understanding on Thursday to open a cargo route by 2027.',
  '"Rivers built these towns, and rivers will carry them forward," Silva said at the signing.',
  'The visit was organized by the Riverton Chamber of Commerce and the Millbrook Trade Council, and included 25 business leaders.',
]);
// Published 2024-04-17 (a Wednesday) by the test helper.
const ask = (q: string) => bot.handleLine(q, 'cli');
const first = (q: string) => ask(q).text.split('\n')[0]!;

describe('GIVEN an article the code has never seen THEN answers state what was asked, first', () => {
  it('names people by role, by description and by what they did', () => {
    expect(first('who is the CEO of Voltara Systems?')).toMatch(/^Mei Tanaka/);
    expect(first('who runs Voltara?')).toMatch(/^Mei Tanaka/);
    expect(first('who did Silva meet in Lakeport?')).toMatch(/Paul Brandt/);
    expect(first('who organized the visit?')).toMatch(/Riverton Chamber of Commerce and Millbrook Trade Council/);
    expect(first('who signed the memorandum of understanding?')).toMatch(/Riverton Port Authority and Millbrook Barge Company/);
    expect(first('who said rivers will carry them forward?')).toMatch(/Ana Silva/);
  });

  it('gives numbers, purposes, objects, abbreviations and places', () => {
    expect(first('how many engineers will Voltara hire?')).toBe('150 engineers.');
    expect(first('how many business leaders joined the visit?')).toMatch(/^25 business leaders/);
    expect(first('why did Silva make the trip?')).toMatch(/attract new investment/);
    expect(first('what does Voltara make?')).toMatch(/hydrogen fuel cells/i);
    expect(first('what does RPA stand for?')).toMatch(/Riverton Port Authority/);
    expect(first('where did Silva go before Riverton?')).toMatch(/Lakeport and Millbrook/);
    // Riverton is her own city, where the trip ended: not a city she visited.
    expect(first('which cities did Silva visit?')).toBe('Ana Silva went to Lakeport and Millbrook.');
  });

  it('dates past-tense weekdays on or before publication, future ones after', () => {
    expect(first('when did Silva meet the governor?')).toMatch(/^April 16, 2024/);
    expect(first('when was the memorandum signed?')).toMatch(/^April 11, 2024/);
    expect(first('when will the cargo route open?')).toMatch(/^2027/);
  });

  it('abstains when a constraint is not in the article, offering the nearest fact', () => {
    for (const q of [
      'who is the mayor of Lakeport?',
      'how many trucks did Voltara sell?',
      'what did Mei Tanaka say about tariffs?',
      'did Silva meet the president?',
      'when did Silva visit Tokyo?',
      'who is the governor of the Eastern Province?',
    ]) {
      expect(ask(q).answered, q).toBe(false);
    }
    expect(ask('who is the mayor of Lakeport?').text).toMatch(/^The articles do not say who the mayor of Lakeport is\.\nThe articles do say: /);
  });

  it('answers yes only where a sentence supports it', () => {
    expect(first('did Silva meet Paul Brandt?')).toMatch(/^Yes/);
  });

  it('explains the answer: the type understood, the facts used, the candidates set aside', () => {
    const a = ask('how many engineers will Voltara hire?');
    expect(a.why?.understood).toMatch(/^Asks for a number.*engineers.*future/);
    expect(a.why?.used[0]?.excerpt).toContain('150 engineers');
  });
});

describe('GIVEN a conversation THEN a pronoun means the person named earlier', () => {
  it('answers "he" from the previous question, and nothing from a question never asked', () => {
    const a = bot.handleLine('when did she meet Paul Brandt?', 'cli', ['who is Ana Silva?']);
    expect(a.text).toMatch(/^April 16, 2024/);
    const b = bot.handleLine('what did she say at the signing?', 'cli', ['who is Mei Tanaka?', 'who is Ana Silva?']);
    expect(b.text).toMatch(/^Ana Silva said: .Rivers built these towns/);
  });

  it('asks back when "he" could be either of two people named before, and reads "and when?" against the last question', () => {
    const two = botOf(['Governor Paul Brandt met Mayor Ana Silva on Monday.', 'Brandt said the river pact would be renewed.']);
    const a = two.handleLine('what did he say?', 'cli', ['who are Paul Brandt and Ana Silva?']);
    expect(a).toMatchObject({ answered: false, kind: 'usage' });
    expect(a.text).toMatch(/^Do you mean Paul Brandt or Ana Silva\?/);
    expect(bot.handleLine('and when?', 'cli', ['who did Silva meet in Lakeport?']).text).toMatch(/^April 16, 2024/);
  });
});
