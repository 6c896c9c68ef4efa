import { describe, expect, it } from 'vitest';
import { botOf, seedBot, firstLineOf } from '../helpers.ts';
import { plainWords } from '../../src/answers/normalize.ts';

// Chat wording over an invented article: a short name misspelt beside a longer one ("jon grub"),
// "this X guy the paper quoted", and "how much is X paying" that only a sum paid answers.

const bot = botOf([
  'John Grubb, chief operating officer of the Corlan Bay Council, said the port is a frontier.',
  'Trade between Corlan and Varn reached $11.4 billion in 2024, the council said.',
  'On Wednesday, Fenwick will meet Tran Bao, vice chairman of the Varn council.',
  'Li Yong, a senior research fellow at the Varn Trade Association, told the Corlan Herald that the visit was a good sign.',
]);
const first = firstLineOf(bot);
const answered = (q: string) => bot.handleLine(q, 'cli').answered;

describe('GIVEN chat wording', () => {
  it('finds a person with both words of the name misspelt', () => {
    expect(first("whats jon grub's job")).toMatch(/^John Grubb: chief operating officer/);
  });

  it('reads "this X guy the Herald quoted" as X', () => {
    expect(first("hey, who's this Li Yong guy the Corlan Herald quoted?")).toMatch(/^Li Yong: senior research fellow/);
  });

  it('reads "who is X scheduled to meet" as who X will meet', () => {
    expect(first('who is Fenwick scheduled to meet in Varn?')).toMatch(/^Tran Bao/);
  });

  it('reads "how come" as why and "what did X have to pay" as how much', () => {
    expect(plainWords('how come the mayor went')).toBe('why the mayor went');
    expect(plainWords('what did each rep have to pay to join')).toBe('how much did each representative pay to join');
  });

  it('does not give a trade figure for what someone is paying', () => {
    expect(answered('how much is Corlan paying for the trip to Varn?')).toBe(false);
  });
});

describe('GIVEN two names joined by a hyphen in chat', () => {
  it('reads "sf-shanghai" as San Francisco and Shanghai', () => {
    expect(seedBot().handleLine('which anniversary of the sf-shanghai sister city tie was breed celebrating', 'cli').text).toMatch(/45th anniversary/);
  });
});
