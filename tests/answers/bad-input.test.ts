import { describe, expect, it } from 'vitest';
import { fullText } from '../../src/answers/answer.ts';
import { parseLine } from '../../src/core/bot.ts';
import { seedBot } from '../helpers.ts';

const bot = seedBot();
const ask = (line: string) => bot.handleLine(line, 'cli');

describe('bad input gets a polite answer, never a crash', () => {
  it('refuses over-long arguments without doing the work', () => {
    const a = ask(`/ask ${'why '.repeat(200)}`);
    expect(a).toMatchObject({ answered: false, kind: 'refusal' });
    expect(a.text).toMatch(/too long/);
  });

  it('gives usage help for missing arguments and unknown commands', () => {
    for (const c of ['/who', '/quote   ', '/when', '/ask']) expect(ask(c), c).toMatchObject({ answered: false, kind: 'usage' });
    const a = ask('/weather Shanghai');
    expect(a).toMatchObject({ answered: false, kind: 'usage' });
    expect(a.text).toContain('/who');
    expect(ask('/')).toMatchObject({ answered: false });
    expect(ask('')).toMatchObject({ answered: false, kind: 'usage' });
  });

  it.each([
    ['control characters', '/who \u0000\u0007\u001b[31mHan\u0000 Zheng'],
    ['emoji', '/who \u{1F600}\u{1F680}'],
    ['CJK text', '/who \u97e9\u6b63'],
    ['regex metacharacters', '/who (.*+?[a-z]{2,}\\'],
    ['SQL-looking text', "/quote '; DROP TABLE quotes; --"],
    ['odd Unicode', '/ask \u202e\u200b\uFEFFwho\u0301\u0301\u0301?'],
    ['only punctuation', '/when ?!?!'],
  ])('%s', (_label, line) => {
    const a = ask(line);
    expect(typeof a.text).toBe('string');
    expect(a.kind).not.toBe('error');
  });

  it('cleans control characters before answering', () => {
    expect(ask('/who \u0000Han\u0007 Zheng').title).toBe('Han Zheng');
  });

  it('never echoes text that could ping people', () => {
    const answeredWithTheQuestionsWords = [
      'who organized the @everyone <!channel> Saturday event?',
      'where did Breed go after <@U123> Beijing?',
      'who is the mayor of @here?',
    ];
    for (const line of [
      '/who @everyone',
      '/quote @here',
      '/weather <!channel>',
      '/ask <@U123> what about @everyone and <!here>?',
      '/when <@&987654321>',
      ...answeredWithTheQuestionsWords,
    ]) {
      const text = fullText(ask(line));
      expect(text, line).not.toMatch(/@everyone|@here|<!channel>|<!here>|<@/);
    }
  });
});

describe('parsing a chat line', () => {
  it('drops a leading mention and tells commands from questions', () => {
    expect(parseLine('@VisitBot who met Breed?')).toEqual({ command: 'ask', args: 'who met Breed?' });
    expect(parseLine('<@!123> /who Gong')).toEqual({ command: 'who', args: 'Gong' });
    expect(parseLine('<@U0ABC|visitbot>: hello')).toEqual({ command: 'ask', args: 'hello' });
    expect(parseLine('/WHO   Gong Zheng')).toEqual({ command: 'WHO', args: 'Gong Zheng' });
  });
});
