import { describe, expect, it } from 'vitest';
import { decodeControl, decodePrevious, encodeControl, encodeWhole, readClick, readReason } from '../../src/core/controls.ts';

// What a button carries, one text form for every platform: it round-trips, leaves out arguments that
// do not fit (and says so), and reads nothing from ids that are not ours.

describe('controls', () => {
  it('GIVEN a page or share control THEN it round-trips with its page and privacy', () => {
    const s = { action: 'page' as const, command: 'timeline', args: 'a "b" <c> · d', page: 2, private: true };
    expect(decodeControl(encodeControl(s, 2000))).toEqual(s);
    expect(decodeControl(encodeControl({ ...s, action: 'share', private: false }, 100))).toEqual({ ...s, action: 'share', private: false });
  });

  it('GIVEN the other actions THEN they round-trip without a page', () => {
    for (const action of ['why', 'up', 'down', 'reason', 'ask'] as const)
      expect(decodeControl(encodeControl({ action, command: 'who', args: 'Han: Zheng' }, 100))).toEqual({ action, command: 'who', args: 'Han: Zheng' });
  });

  it('GIVEN arguments too long THEN the id holds the command alone, or (whole) nothing', () => {
    const args = 'x'.repeat(3000);
    expect(encodeControl({ action: 'down', command: 'ask', args }, 100)).toBe('vb:d:ask');
    expect(decodeControl('vb:d:ask')).toEqual({ action: 'down', command: 'ask', args: undefined });
    expect(encodeWhole({ action: 'page', command: 'ask', args, page: 1 }, 2000)).toBeUndefined();
    expect(encodeWhole({ action: 'ask', command: 'who', args: '' }, 2000)).toBe('vb:a:who:');
  });

  it('GIVEN ids that are not ours THEN nothing is decoded', () => {
    for (const id of [undefined, '', 'not json', '{"c":"x","a":"","p":-1}', 'vb:x:1:0:who:a', 'vb:p:-1:0:who:a', 'other:p:1:0:who', 'vb:p:1:2:who'])
      expect(decodeControl(id)).toBeUndefined();
  });

  // The previous version's Slack values, as it wrote them: JSON, what the button did in its action id.
  it('GIVEN a previous Slack value and the action its action id names THEN the control is read whole', () => {
    expect(decodePrevious('{"c":"timeline","a":"","p":2,"e":1}', 'page')).toEqual({
      request: { command: 'timeline', args: '' },
      control: { action: 'page', command: 'timeline', args: '', page: 2, private: true },
    });
    expect(decodePrevious('{"c":"who","a":"Han \\"Zheng\\"","p":0,"e":0}', 'share')?.control).toEqual({
      action: 'share',
      command: 'who',
      args: 'Han "Zheng"',
      page: 0,
      private: false,
    });
    for (const action of ['why', 'up', 'down', 'ask'] as const)
      expect(decodePrevious('{"c":"ask","a":"who met Breed?"}', action)?.control).toEqual({ action, command: 'ask', args: 'who met Breed?' });
  });

  it('GIVEN a previous value that cannot be read whole THEN only a legible request is kept, for the user to type', () => {
    for (const [value, action] of [
      ['{"c":"timeline","a":""}', 'page'],
      ['{"c":"timeline","a":"","p":-1,"e":1}', 'page'],
      ['{"c":"timeline","a":"","p":1.5}', 'share'],
      ['{"c":"timeline","a":""}', undefined],
    ] as const)
      expect(decodePrevious(value, action)).toEqual({ request: { command: 'timeline', args: '' } });
    for (const value of [undefined, '', 'vb:w:who:x', '{"c":"who"', 'null', '[1]', '{"c":1,"a":""}', '{"c":"who","a":2}', '{"c":"<@U1> x","a":""}'])
      expect(decodePrevious(value, 'why')).toBeUndefined();
  });

  it('GIVEN a click THEN it is read as the core click input: action, request, page and privacy; arguments left out come from elsewhere for the same command only', () => {
    expect(readClick('vb:p:2:1:timeline:')).toEqual({ action: 'page', request: { command: 'timeline', args: '' }, page: 2, private: true });
    expect(readClick('vb:u:who:Han Zheng')).toEqual({ action: 'up', request: { command: 'who', args: 'Han Zheng' } });
    const footer = () => ({ command: 'quote', args: 'London Breed' });
    expect(readClick('vb:p:1:0:quote', { argsElsewhere: footer })).toEqual({ action: 'page', request: footer(), page: 1, private: false });
    expect(readClick('vb:w:who', { argsElsewhere: footer })).toEqual({ action: 'why' });
    expect(readClick('vb:w:who')).toEqual({ action: 'why' });
    // A previous version's value, with the action its platform id names; in part: what to type instead.
    expect(readClick('{"c":"who","a":"Han Zheng"}', { previous: 'why' })).toEqual({ action: 'why', request: { command: 'who', args: 'Han Zheng' } });
    expect(readClick('{"c":"timeline","a":""}', { previous: 'page' })).toEqual({ action: 'ask', retype: { command: 'timeline', args: '' } });
    // Not a button's: nothing to run (the core answers that it is from an older version).
    for (const id of [undefined, 'some-old-format:42', 'vb:r:who:Han Zheng']) expect(readClick(id)).toEqual({ action: 'ask' });
  });

  it('GIVEN a "what was wrong?" form THEN only its own id gives the request', () => {
    expect(readReason('vb:r:who:Han Zheng')).toEqual({ command: 'who', args: 'Han Zheng' });
    expect(readReason('vb:r:quote', { argsElsewhere: () => ({ command: 'quote', args: 'London Breed' }) })).toEqual({ command: 'quote', args: 'London Breed' });
    expect(readReason('vb:r:quote', { argsElsewhere: () => ({ command: 'who', args: 'x' }) })).toBeUndefined();
    expect(readReason('vb:d:who:Han Zheng')).toBeUndefined();
  });
});
