import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/knowledge/introductions.ts';
import { ROLE_NOUN, ROLE_NOUN_AT_END } from '../../src/knowledge/lexicon.ts';

// Tokens, and the quick test that spares most names the slow expression of byRoleBefore: it must
// pass wherever that expression finds a role.

let seed = 5;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);

describe('tokenize', () => {
  it('reads words, numbers, abbreviations and possessives', () => {
    expect(tokenize('Dr. Li’s co-founder met U.S. Mayor O’Neil at 5.30.').map((t) => t.text)).toEqual([
      'Dr.',
      'Li’s',
      'co-founder',
      'met',
      'U.S',
      'Mayor',
      'O’Neil',
      'at',
      '5.30',
    ]);
  });
});

describe('a role noun right before a name', () => {
  // byRoleBefore finds a role only where the last word of this expression's match is a role noun.
  const ROLE_BEFORE = /(?<![\p{L}'\u2019])((?:(?:the\s+)?[\p{L}.-]+['\u2019]s\s+)?(?:[\p{L}-]+\s+){1,3})$/u;
  const WHOLE_ROLE_NOUN = new RegExp(`^(?:${ROLE_NOUN.source})$`, 'i');

  it('is found by the quick test wherever the expression finds one', () => {
    const words = [
      'mayor',
      'Mayor',
      'vice-president',
      'vice',
      'president',
      'co-founder',
      'secretary-general',
      'spokeswoman',
      'the',
      "city's",
      '5',
      '_',
      'x',
      '-',
      '.',
      "'",
      'é',
      'chief',
      'MAYOR',
    ];
    const gaps = [' ', ' ', '  ', '', '-', '\t'];
    let roles = 0;
    for (let i = 0; i < 20000; i++) {
      const before = Array.from({ length: 1 + rand(6) }, () => words[rand(words.length)]! + gaps[rand(gaps.length)]!).join('');
      const m = ROLE_BEFORE.exec(before);
      const last = m ? (m[1]!.trim().split(/\s+/).pop() ?? '') : '';
      if (!m || !WHOLE_ROLE_NOUN.test(last)) continue;
      roles++;
      expect([before, ROLE_NOUN_AT_END.test(before.trimEnd().slice(-24))]).toEqual([before, true]);
    }
    expect(roles).toBeGreaterThan(1000);
  });
});
