import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// Two invented stories: a paper's report where a company's choice is told first and its reason in
// the next sentence (or in the executive's own words), and a mayor's interview whose "Why Peru?"
// answers only why Peru, not every why-question about the trip.

const report = [
  'Mayor Hal Brenner of Brackwater returned from Chile on Friday with one new plant for the city.',
  'Cordillera Valve said it weighed sites in Ohio and Kentucky before settling on Brackwater. The deciding factor, its chief said, was a training program that Brackwater Technical College agreed to build around the plant.',
  'Cobre Wire compared sites in three states before settling on Brackwater too. "Our two biggest customers build trucks an hour from here," said Ana Ruiz, its chief executive.',
  'Deputy Mayor Rita Morrow stayed home because the council was voting on the water budget.',
];
const interview = [
  'Mayor Greta Estes of Tarrow spoke to us about her trip to Peru.',
  'Q: Why Peru, and why now?',
  'Because the exporters asked first. Three Peruvian firms wrote to us last spring.',
  'Q: What about a direct flight?',
  'Not before 2028: no airline flies a wide-body jet on that route yet.',
];
const bot = botOfStories([{ published: '2025-06-07', source: 'Brackwater Daily' }, report], [{ published: '2025-06-20', source: 'Tarrow Times' }, interview]);
const first = firstLineOf(bot);

describe('GIVEN a choice told before its reason', () => {
  it('answers why with the sentence that gives the reason', () => {
    expect(first('why did cordillera valve pick brackwater')).toMatch(/^The deciding factor/);
  });

  it('answers why with the executive’s own words after the choice', () => {
    expect(first('why did cobre wire choose brackwater')).toMatch(/biggest customers build trucks/);
  });
});

describe('GIVEN an interviewer’s why-question', () => {
  it('answers the why it asks', () => {
    expect(first('why did the mayor decide to go to peru now')).toMatch(/^Because the exporters asked first/);
  });

  it('does not answer another why-question with it', () => {
    expect(first('why won’t there be a nonstop passenger flight to peru soon')).not.toMatch(/exporters asked first/);
  });
});
