import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text.ts';
import { knowledgeOf } from '../helpers.ts';

// People as a wire report introduces them (an invented one): a role owned by a state, an
// undersecretary, a lawmaker "who chairs" a committee, a double surname used alone later, and
// businesses described in an appositive that are no people.

const k = knowledgeOf([
  'Among the lawmakers was state Sen. Ada Lindmark, a Republican who chairs the Senate agriculture committee.',
  'In Kessa on Tuesday, Marlow Agriculture Secretary Paul Brandt and Mariela Soto Achával, Ostrel\u2019s undersecretary for livestock, signed a memorandum.',
  'The Pampas Dairy Genetics Consortium, a group of Ostrel breeders, signed the document as a third party.',
  'During the visit, Agrimaq Sul, a maker of grain planters, announced it would build a plant in Marlow.',
  'The governor met Helena Prado Vasconcelos, Kessa state\u2019s secretary for international business.',
  'Prado Vasconcelos said food processors were looking at the Midwest as a base.',
]);
const person = (name: string) => k.peopleByKey.get(fold(name));

describe('GIVEN people introduced the way a wire report does', () => {
  it('reads a lawmaker who chairs a committee, an undersecretary, and a role a state owns', () => {
    expect(person('Ada Lindmark')?.roles.map((r) => r.role)).toContain('chair of the Senate agriculture committee');
    expect(person('Mariela Soto Achával')?.roles.map((r) => r.role)).toEqual(['Ostrel\u2019s undersecretary for livestock']);
    expect(person('Helena Prado Vasconcelos')?.roles.map((r) => r.role)).toEqual(['Kessa state\u2019s secretary for international business']);
  });

  it('takes a double surname used alone for the one person, not for another', () => {
    expect(person('Prado Vasconcelos')).toBeUndefined();
    expect(person('Helena Prado Vasconcelos')?.aliases).toContain('Prado Vasconcelos');
  });

  it('takes no business described in an appositive for a person', () => {
    expect(person('Agrimaq Sul')).toBeUndefined();
    expect(person('Genetics Consortium')).toBeUndefined();
  });
});

describe('GIVEN a surname written only after a title', () => {
  const titled = knowledgeOf([
    'Mayor Alma Penrose led the delegation.',
    '- Port memorandum: signed on Tuesday, March 4, in Kessa by Mayor Penrose and Secretary of Economy Oren Vale.',
  ]);
  it('takes "Mayor Penrose" for the mayor, so a sentence that says so mentions her', () => {
    const penrose = titled.peopleByKey.get('alma penrose')!;
    expect(penrose.aliases).toContain('Penrose');
    expect(penrose.mentions.some((s) => s.text.includes('Port memorandum'))).toBe(true);
  });
});
