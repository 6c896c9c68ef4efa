import { describe, expect, it } from 'vitest';
import { changesSettings } from '../../../commands/index.ts';
import { routeSlash } from '../../../src/adapters/slack/route.ts';
import { truncate } from '../../../src/adapters/slack/mrkdwn.ts';
import { umbrellaCommands } from '../../../src/core/route.ts';

describe('routeSlash', () => {
  it.each([
    ['/visit', 'who Han Zheng', { command: 'who', args: 'Han Zheng' }],
    ['/visit', 'WHO  Han Zheng ', { command: 'who', args: 'Han Zheng' }],
    ['/visit', '/quote Breed', { command: 'quote', args: 'Breed' }],
    ['/visit', '', { command: 'help', args: '' }],
    ['/visit', 'frobnicate', { command: 'frobnicate', args: '' }],
    ['/visit', 'Which companies did Breed meet?', { command: 'ask', args: 'Which companies did Breed meet?' }],
    ['/visit', 'who did Breed meet in Beijing?', { command: 'ask', args: 'who did Breed meet in Beijing?' }],
    ['/visit', 'when was the summit?', { command: 'ask', args: 'when was the summit?' }],
    ['/visit', 'when the summit took place', { command: 'when', args: 'the summit took place' }],
    ['/visit', 'daily subscribe 09:00', { command: 'daily', args: 'subscribe 09:00' }],
    ['/quote', 'London Breed', { command: 'quote', args: 'London Breed' }],
    ['/VISIT', 'sources', { command: 'sources', args: '' }],
  ])('%s %s', (slash, text, expected) => {
    expect(routeSlash(slash, text, '/visit')).toEqual(expected);
  });
});

describe('settings', () => {
  it('knows which requests manage the channel', () => {
    expect(changesSettings({ command: 'daily', args: 'status' })).toBe(true);
    expect(changesSettings({ command: 'onthisday', args: 'Subscribe 09:00' })).toBe(true);
    expect(changesSettings({ command: 'onthisday', args: '2024-04-18' })).toBe(false);
    expect(changesSettings({ command: 'who', args: 'subscribe' })).toBe(false);
  });
});

describe('mrkdwn helpers', () => {
  it('rewrites the core command references to the umbrella form, and truncates without splitting escapes', () => {
    expect(umbrellaCommands('Try /who Han, “/quote x” or /visit. Not http://a/who', '/visit')).toBe(
      'Try /visit who Han, “/visit quote x” or /visit. Not http://a/who',
    );
    expect(truncate('abc &amp; def', 6)).toBe('abc …');
  });
});
