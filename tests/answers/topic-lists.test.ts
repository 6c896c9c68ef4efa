import { describe, expect, it } from 'vitest';
import { botOf, firstLineOf } from '../helpers.ts';

// "What areas did she want to work with X on?": the topics listed after "in", not the proper names
// that end in the word; a question that names the areas ("which two bay areas") still gets names.

const bot = botOf([
  'Mayors from Varn highlighted cooperation between the Lesk Delta Bay Area and the Corlan Bay Area.',
  'Fenwick said that she hoped to step up cooperation with Varn in robotics, ferry design, sports and tourism while deepening youth exchanges.',
]);
const first = firstLineOf(bot);

describe('GIVEN topics of cooperation and two areas with names', () => {
  it('lists the topics, asked with "work with … on"', () => {
    const topics = first('what areas did Fenwick want to work with Varn on?');
    for (const t of ['robotics', 'ferry design', 'sports', 'tourism']) expect(topics.toLowerCase()).toContain(t);
    expect(topics).not.toContain('Bay Area');
  });

  it('gives the names when the question names the kind of area', () => {
    expect(first('which two bay areas could cooperate?')).toContain('Corlan Bay Area');
  });
});
