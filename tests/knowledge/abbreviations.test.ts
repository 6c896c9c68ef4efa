import { describe, expect, it } from 'vitest';
import { initials, phrasesByInitials } from '../../src/knowledge/abbreviations.ts';
import { parseRoleQuery, peopleInRole } from '../../src/knowledge/roles.ts';
import { knowledgeOf, seedKnowledge } from '../helpers.ts';

// Short forms the articles define or imply, and people found by the description of their role.

describe('abbreviations and initials', () => {
  it('reads an abbreviation defined in parentheses', () => {
    const k = knowledgeOf(['The Lakeport Water Board (LWB) approved the plan.', 'The LWB meets monthly.']);
    expect(k.abbreviations.get('lwb')).toMatchObject({ short: 'LWB', long: 'Lakeport Water Board' });
  });

  it('finds the seeds\u2019 abbreviations and the initials of their names', () => {
    const k = seedKnowledge();
    expect(k.abbreviations.get('gba')?.long).toBe('Guangdong-Hong Kong-Macao Greater Bay Area');
    expect(k.initials.get('sf')).toBe('San Francisco');
    expect(k.initials.get('coo')).toBe('chief operating officer');
  });

  it('keeps an initialism only where one phrase clearly owns it', () => {
    expect(initials('chief operating officer')).toBe('COO');
    expect(phrasesByInitials(['Green Park', 'Grand Plaza']).has('gp')).toBe(false);
    expect(phrasesByInitials(['Green Park', 'Green Park', 'Green Park', 'Grand Plaza']).get('gp')).toBe('Green Park');
  });
});

describe('people by the description of their role', () => {
  const k = seedKnowledge();
  const who = (d: string) => peopleInRole(k, parseRoleQuery(d)!).map((m) => m.person.name);

  it('reads "the X of Y", "Y\u2019s X" and "the Y X"', () => {
    expect(parseRoleQuery('the mayor of Marlow')).toEqual({ title: 'mayor', body: 'Marlow' });
    expect(parseRoleQuery("Joyu's CEO")).toEqual({ title: 'ceo', body: 'Joyu' });
    expect(parseRoleQuery('the Kestrel City mayor')).toEqual({ title: 'mayor', body: 'Kestrel City' });
    expect(parseRoleQuery('Gong Zheng')).toBeUndefined();
  });

  it('matches the title in other words (CEO, COO) and the body by its initials (SF)', () => {
    expect(who("SF's mayor")).toEqual(['London Breed']);
    expect(who('COO')).toEqual(['John Grubb']);
    expect(who("Joyu's CEO")).toEqual(['Zou Qingling']);
  });

  it('finds nobody when the body is not the one named in any role', () => {
    expect(who('the mayor of Los Angeles')).toEqual([]);
    expect(who('the expert at the China Association of International Trade')).toEqual([]);
  });
});
