import { describe, expect, it } from 'vitest';
import { knowledgeOf } from '../helpers.ts';

// Roles told in the shapes real reports use, over invented names: a relative clause ("who owns …")
// and a role owned by a place ("Velm's secretary of trade").

describe('GIVEN a person introduced with a relative clause or a place-owned role', () => {
  const k = knowledgeOf([
    'Dana Pirlo, who owns Pirlo Bakery, a bread maker in Harl with 12 employees, paid her own way.',
    "Council member Tobias Wren, who chairs the council's budget committee, questioned the cost.",
    "The next day he and Ivana Sorel Kett, Velm City's secretary of trade, signed a memorandum.",
    'There Amos Rudd, chief executive of Rudd Freight, announced a depot.',
  ]);
  const roles = (name: string) => k.people.find((p) => p.name === name)?.roles.map((r) => r.role);

  it('reads "who owns X" as the owner of X, "who chairs X" as its chair', () => {
    expect(roles('Dana Pirlo')).toEqual(['owner of Pirlo Bakery']);
    expect(roles('Tobias Wren')).toContain("chair of the council's budget committee");
  });

  it('reads a role owned by a place', () => {
    expect(roles('Ivana Sorel Kett')).toEqual(["Velm City's secretary of trade"]);
  });

  it('does not take a sentence-opening adverb into a name', () => {
    expect(roles('Amos Rudd')).toEqual(['chief executive of Rudd Freight']);
    expect(k.people.some((p) => p.name.startsWith('There '))).toBe(false);
  });
});

describe('GIVEN a press release that puts the title of a body before the name', () => {
  const k = knowledgeOf([
    'Brask, 13 May 2025 – The Governor of the State of Lanford, Ruth K. Amsel, and the Mayor of the City of Brask, Dr. Otto Velde, signed a memorandum on Monday.',
  ]);
  const roles = (name: string) => k.people.find((p) => p.name === name)?.roles.map((r) => r.role);

  it('reads the title of the body as the role, and not what follows the name', () => {
    expect(roles('Ruth Amsel')).toEqual(['Governor of the State of Lanford']);
    expect(roles('Otto Velde')).toEqual(['Mayor of the City of Brask']);
  });
});
