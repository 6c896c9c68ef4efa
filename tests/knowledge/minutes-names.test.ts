import { describe, expect, it } from 'vitest';
import { knowledgeOf } from '../helpers.ts';

// A clerk's minutes (invented): the meeting's own headings name no person and no place.

const k = knowledgeOf([
  'Minutes of the Regular Meeting of the Oakhurst City Council',
  '1. Call to Order',
  'Mayor Ysolde Pemberwick called the meeting to order at 6:02 p.m.',
  '2. Special Session of the Harbor Commission',
  'Commissioner Odell Brisbeck reported on the trade mission to Lima.',
  'Lieutenant Governor Wendell Fenmarsh chaired the session while the governor was in Peru.',
]);

describe("GIVEN the headings of a meeting's minutes", () => {
  it('takes no meeting or session for a person', () => {
    const names = k.people.map((p) => p.name);
    expect(names).toContain('Ysolde Pemberwick');
    expect(names.filter((n) => /Meeting|Session/.test(n))).toEqual([]);
  });

  it('takes "Call to Order" for no place', () => {
    expect([...k.places.keys()]).not.toContain('order');
    expect([...k.places.keys()]).toContain('lima');
  });

  it('takes the "Lieutenant" of a lieutenant governor for no place, as it takes "Deputy" and "Vice"', () => {
    expect([...k.places.keys()]).not.toContain('lieutenant');
  });
});
