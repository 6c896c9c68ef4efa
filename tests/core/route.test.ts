import { describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.ts';
import { optionArgs, optionText, routeCommandLine, routeMessageText, routeSlashCommand, umbrellaCommands } from '../../src/core/route.ts';

// A line typed to one entry point, or a message to the bot, as the core's command and arguments.

describe('routeCommandLine', () => {
  it.each([
    ['who Han Zheng', { command: 'who', args: 'Han Zheng' }],
    ['/TIMELINE', { command: 'timeline', args: '' }],
    ['', { command: 'help', args: '' }],
    ['who did Breed meet in Beijing?', { command: 'ask', args: 'who did Breed meet in Beijing?' }],
    ['when was the signing?', { command: 'ask', args: 'when was the signing?' }],
    ['whoo', { command: 'whoo', args: '' }],
    ['what happened in Shanghai', { command: 'ask', args: 'what happened in Shanghai' }],
  ])('%j', (text, expected) => expect(routeCommandLine(text)).toEqual(expected));
});

describe('routeSlashCommand', () => {
  it.each([
    ['/visit', ' who Han Zheng ', { command: 'who', args: 'Han Zheng' }],
    ['/VISIT', '', { command: 'help', args: '' }],
    ['/visit', 'who did Breed meet?', { command: 'ask', args: 'who did Breed meet?' }],
    ['/Quote', ' London Breed ', { command: 'quote', args: 'London Breed' }],
    ['/frob', 'x', { command: 'frob', args: 'x' }],
  ])('GIVEN %s %j THEN the umbrella routes its text, a standalone command maps one to one', (slash, text, expected) =>
    expect(routeSlashCommand(slash, text, '/visit')).toEqual(expected),
  );
});

describe('umbrellaCommands', () => {
  it('GIVEN the core command references THEN they are written through the umbrella command, and nothing else is', () => {
    expect(umbrellaCommands('Try /who Han, (/quote x), “/timeline” or /visit. Not http://a/who nor /whoever', '/news')).toBe(
      'Try /news who Han, (/news quote x), “/news timeline” or /visit. Not http://a/who nor /whoever',
    );
  });

  it('GIVEN no umbrella THEN the text is unchanged', () => expect(umbrellaCommands('/who Han', undefined)).toBe('/who Han'));
});

describe('routeMessageText', () => {
  it.each([
    ['  timeline ', { command: 'timeline', args: '' }],
    ['/who   Gong ', { command: 'who', args: 'Gong' }],
    ['who met Breed , and where ?', { command: 'ask', args: 'who met Breed, and where ?' }],
    ['Shanghai', { command: 'ask', args: 'Shanghai' }],
  ])('%j', (text, expected) => expect(routeMessageText(text)).toEqual(expected));

  // The same on every platform: the bot's mentions (Discord's <@id> and <@!id>, Slack's <@U…|name>) dropped; a bare mention asks for help.
  it.each([
    ['<@123>', '123', { command: 'help', args: '' }],
    ['<@!123>   timeline', '123', { command: 'timeline', args: '' }],
    ['<@U0BOT|visitbot>, who met Breed?', 'U0BOT', { command: 'ask', args: 'who met Breed?' }],
    ['what did <@U0BOT> say to <@U9>?', 'U0BOT', { command: 'ask', args: 'what did say to <@U9>?' }],
    ['<@U0BOT> /who Gong', 'U0BOT', { command: 'who', args: 'Gong' }],
    ['hey <@UBOT>, who met Breed?', 'UBOT', { command: 'ask', args: 'hey, who met Breed?' }],
    ['<@UBOT> help', 'UBOT', { command: 'help', args: '' }],
  ])('%j to %s', (text, bot, expected) => expect(routeMessageText(text, bot)).toEqual(expected));
});

describe('optionArgs', () => {
  it('GIVEN structured options THEN the arguments are the values in the spec order, whatever order they came in', () => {
    const spec = { ...findCommand('who')!, options: ['first', 'second', 'third'].map((name) => ({ ...findCommand('who')!.options[0]!, name })) };
    const values = [
      { name: 'third', value: ' c ' },
      { name: 'unknown', value: 'x' },
      { name: 'first', value: 'a' },
    ];
    expect(optionArgs(spec, { values })).toBe('a c');
    expect(optionArgs(findCommand('who')!, { values: [{ name: 'name', value: 'Han Zheng' }] })).toBe('Han Zheng');
  });

  it('GIVEN a subcommand THEN its name comes first, then its values; an unknown subcommand gives nothing', () => {
    const daily = findCommand('daily')!;
    expect(optionArgs(daily, { subcommand: 'subscribe', values: [{ name: 'time', value: '09:00' }] })).toBe('subscribe 09:00');
    expect(optionArgs(daily, { subcommand: 'status', values: [] })).toBe('status');
    expect(optionArgs(daily, { subcommand: 'nope', values: [{ name: 'time', value: '09:00' }] })).toBe('');
  });

  it('GIVEN an option with a keyword THEN its word comes before its value; an attachment under it gives the word alone, once', () => {
    const sources = findCommand('sources')!;
    const link = { name: 'add', value: 'https://example.org/a' };
    const file = { name: 'file', value: '1234567890' };
    expect(optionArgs(sources, { values: [link] })).toBe('add https://example.org/a');
    expect(optionArgs(sources, { values: [file] })).toBe('add');
    expect(optionArgs(sources, { values: [file, link] })).toBe('add https://example.org/a');
    expect(optionArgs(sources, { values: [] })).toBe('');
  });

  it('GIVEN an unknown command THEN its values pass through as text; anything but a string, number or boolean is nothing', () => {
    expect(optionArgs(undefined, { values: [{ name: 'a', value: 'x' }, { name: 'b', value: 3 }, { name: 'c', value: { y: 1 } }, { name: 'd' }] })).toBe('x 3');
    expect([optionText(true), optionText(null), optionText(['a'])]).toEqual(['true', '', '']);
  });
});
