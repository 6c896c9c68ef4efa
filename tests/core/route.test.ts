import { describe, expect, it } from 'vitest';
import { routeCommandLine, routeMessageText } from '../../src/core/route.ts';

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

describe('routeMessageText', () => {
  it.each([
    ['  timeline ', { command: 'timeline', args: '' }],
    ['/who   Gong ', { command: 'who', args: 'Gong' }],
    ['who met Breed , and where ?', { command: 'ask', args: 'who met Breed, and where ?' }],
    ['Shanghai', { command: 'ask', args: 'Shanghai' }],
  ])('%j', (text, expected) => expect(routeMessageText(text)).toEqual(expected));
});
