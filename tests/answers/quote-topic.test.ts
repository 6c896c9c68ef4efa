import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// An invented story: a mayor paraphrased and quoted on the same city, and a /quote typed as a name
// followed by a topic with no word between them.

const story = [
  'Mayor Ines Harlow of Port Kestle met business leaders in Valdora on Saturday.',
  'Harlow said Port Kestle and Valdora are both port cities with growing tech sectors, and that the two would learn from each other.',
  '"Valdora, with its deep harbor and its young engineers, mirrors what makes Port Kestle a good place to build," Harlow said.',
  'Harlow said the council would vote on a sister-city pact in June.',
];
const bot = botOfStories([{ published: '2025-04-14', source: 'Port Kestle Post' }, story]);
const first = firstLineOf(bot);

describe('GIVEN a speaker paraphrased and quoted on the same topic', () => {
  it('gives their own words first', () => {
    expect(first('what did harlow say about valdora')).toMatch(/^Ines Harlow said: “Valdora, with its deep harbor/);
  });

  it('reads "/quote <name> <topic>" with no word between as the speaker and the topic', () => {
    expect(first('/quote Harlow Valdora')).toMatch(/^Ines Harlow said: “Valdora/);
    expect(first('/quote ines harlow sister-city pact')).toMatch(/council would vote on a sister-city pact/);
  });
});
