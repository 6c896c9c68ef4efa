import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/load.ts';
import { buildKnowledge } from '../../src/knowledge-build/index.ts';
import { articleText } from '../helpers.ts';

// An invented host city's readout (published Friday 2026-05-15) that titles its mayor "Municipal
// President", calls him so with his surname alone, and calls the visitor's home "the U.S. state of Norland".

const meta = { published: '2026-05-15', source: 'City of Tlaxmora', title: 'Readout: the city receives Governor Tom Esker' };
const story = [
  'TLAXMORA — The city hosted Governor Tom Esker of the U.S. state of Norland on Thursday, May 14.',
  'Municipal President Ana Ruelas Vidal received the governor at city hall.',
  'Municipal President Ruelas and Governor Esker then signed a water agreement.',
];
const k = buildKnowledge([parseArticle('readout.md', articleText(meta, story))]);

describe('GIVEN a readout with a host country\u2019s titles', () => {
  it('reads "Municipal President" as a title, never as a person, and no "U" of "U.S." as a place', () => {
    const names = k.people.map((p) => p.name);
    expect(names).toContain('Ana Ruelas Vidal');
    expect(names).not.toContain('Municipal President');
    expect([...k.places.keys()]).not.toContain('u');
  });
});
