import { describe, expect, it } from 'vitest';
import { knowledgeOf } from '../helpers.ts';

// How an interview or a first-person account introduces people (an invented article): a role set off
// before the name and owned by "their", "its" or "my", a name that is then "she", and speech joined to
// the sentence's subject, told by "his words were", or quoted across two sentences.

const k = knowledgeOf([
  'We spent the first morning at Orvane Textiles. Their managing director, Pell Ostrander, walked me down the dye line and then said, "We hire where the schools are good."',
  'That evening the group met staff of the Lindmoor Institute of Design. Its vice-chancellor, Hesta Quarry, wants 30 students a year to move each way.',
  'My chief of staff, Rune Abelard, came with me and built the schedule.',
  'Their CEO, Ilse Varro, is weighing a warehouse with 40 jobs.',
  'Tamsin Greve has been chasing a freight route for two years, and she got a memorandum signed on the last day.',
  'Two days later we sat down with Oswin Dace, a deputy secretary in the transport ministry. He was blunt about aircraft. His words were, "Ask me again next year."',
  'Mayor Corra Lune said the trip was worth it. Ilse Varro put it better than I could: "Rivers and rails. That is what our towns share."',
]);
const person = (name: string) => k.peopleByKey.get(name.toLowerCase());
const said = (name: string) => (k.quotesBySpeaker.get(person(name)!) ?? []).filter((q) => q.kind === 'direct').map((q) => q.text);

describe('GIVEN people introduced the way an interview does', () => {
  it('reads a role set off before the name, owned by the body the sentence before named', () => {
    expect(person('Pell Ostrander')?.roles.map((r) => r.role)).toEqual(['managing director of Orvane Textiles']);
    expect(person('Hesta Quarry')?.roles.map((r) => r.role)).toEqual(['vice-chancellor of Lindmoor Institute of Design']);
    expect(person('Rune Abelard')?.roles.map((r) => r.role)).toEqual(['chief of staff']);
    expect(person('Ilse Varro')?.roles[0]?.role).toMatch(/^CEO/);
  });

  it('takes a name that opens a sentence and is then "she" for a person', () => {
    expect(person('Tamsin Greve')).toBeDefined();
  });

  it('gives speech joined to the subject, "his words were" and a quote closed a sentence later to their speaker', () => {
    expect(said('Pell Ostrander')).toEqual(['We hire where the schools are good.']);
    expect(said('Oswin Dace')).toEqual(['Ask me again next year.']);
    expect(said('Ilse Varro')).toEqual(['Rivers and rails. That is what our towns share.']);
  });

  it('does not make a quote of the mayor from the speech of the person named after her', () => {
    expect(said('Corra Lune')).toEqual([]);
  });
});
