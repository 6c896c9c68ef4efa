import { describe, expect, it } from 'vitest';
import { decodeControl, encodeControl } from '../../src/core/controls.ts';
import { requestFromLine, requestLine } from '../../src/core/request-line.ts';

// The request shown under an answer, read back where a button id is too short for its arguments
// (Discord's footer; the button under a real answer: tests/adapters/discord/follow-ups.test.ts).

describe('the request line', () => {
  it('GIVEN arguments too long for 100 characters THEN custom_id omits them and the footer gives them back', () => {
    const args = 'what did the mayor of San Francisco say about <@1> and @everyone at the Shanghai business dinner?';
    const id = encodeControl({ action: 'page', page: 1, private: false, command: 'ask', args }, 100);
    expect(id).toBe('vb:p:1:0:ask');
    expect(decodeControl(id)?.args).toBeUndefined();
    const footer = requestLine({ command: 'ask', args }, 0, 2);
    expect(footer).not.toMatch(/@everyone|<@1>/);
    expect(requestFromLine(footer)).toEqual({ command: 'ask', args });
    expect(requestFromLine(`${footer} · 3 more sources not shown`)).toEqual({ command: 'ask', args });
  });

  it('GIVEN a line that names no command THEN nothing is read; GIVEN one page THEN no page is written', () => {
    expect(requestFromLine('page 1/2')).toBeUndefined();
    expect(requestFromLine(undefined)).toBeUndefined();
    expect(requestLine({ command: 'who', args: 'Han Zheng' }, 0, 1)).toBe('/who Han Zheng');
    expect(requestLine({ command: 'timeline', args: '' }, 1, 3)).toBe('/timeline · page 2/3');
    // " · " separates the line's parts, so arguments holding it are written with " - ".
    expect(requestLine({ command: 'quote', args: 'a · b' }, 1, 3)).toBe('/quote a - b · page 2/3');
    expect(requestFromLine('/quote a - b · page 2/3')).toEqual({ command: 'quote', args: 'a - b' });
  });
});
