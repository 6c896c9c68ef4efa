import { describe, expect, it } from 'vitest';
import { BOUNDARY, escapeRegExp, usedAlone } from '../../src/knowledge/people.ts';

// usedAlone replaced a per-name regular expression (compiling one per name and article dominated
// the build of a large corpus); it must decide exactly as that expression did.
const byRegExp = (text: string, part: string) =>
  new RegExp(`(?<!\\p{Lu}[\\p{L}'\u2019-]* )${BOUNDARY}${escapeRegExp(part)}${BOUNDARY}(?! \\p{Lu})`, 'u').test(text);

describe('usedAlone', () => {
  it('finds a name part used on its own, not inside a longer capitalised name', () => {
    expect(usedAlone('Breed said the trip went well.', 'Breed')).toBe(true);
    expect(usedAlone('Mayor London Breed said', 'Breed')).toBe(false);
    expect(usedAlone('the Olsen Group said', 'Olsen')).toBe(false);
    expect(usedAlone('Breedlove said', 'Breed')).toBe(false);
    expect(usedAlone("the mayor's aide, Breed, said", 'Breed')).toBe(true);
  });

  it('agrees with the regular expression on random texts', () => {
    const alphabet = ['Breed', 'Li', 'Ó', 'é', 'x', 'A', ' ', ' ', "'", '\u2019', '-', ',', '.', '_', '1', 'b', 'Z'];
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 1 + rand(12) }, () => alphabet[rand(alphabet.length)]).join('');
      for (const part of ['Breed', 'Li', 'Ó', 'A', 'Li-x']) expect([text, part, usedAlone(text, part)]).toEqual([text, part, byRegExp(text, part)]);
    }
  });
});
