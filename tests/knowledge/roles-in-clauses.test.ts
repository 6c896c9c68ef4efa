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
