import { describe, expect, it } from 'vitest';
import { knowledgeOf, seedKnowledge } from '../helpers.ts';

describe('people and roles in the seeds', () => {
  const k = seedKnowledge();
  const role = (name: string) => k.peopleByKey.get(name.toLowerCase())?.roles.map((r) => r.role);

  it('finds appositive roles', () => {
    expect(role('Gong Zheng')).toEqual(['mayor of Shanghai']);
    expect(role('John Grubb')).toEqual(['chief operating officer of the San Francisco Bay Area Council']);
    expect(role('Li Yong')![0]).toMatch(/senior research fellow at the China Association of International Trade/);
    expect(role('Zou Qingling')![0]).toMatch(/^CEO of Joyu/);
  });

  it('finds title prefixes, including a possessive and a country', () => {
    expect(role('Han Zheng')).toEqual(['Chinese Vice President']);
    expect(role('Qin Weizhong')).toEqual(['Shenzhen Mayor']);
    expect(role('Sun Zhiyang')).toEqual(['Guangzhou\u2019s Mayor']);
    expect(role('Janet Yellen')).toEqual(['US Treasury Secretary']);
  });

  it('finds a person named after "Mayor of <place>" and merges mentions across articles', () => {
    const breed = k.peopleByKey.get('london breed')!;
    expect(breed.roles.map((r) => r.role.toLowerCase())).toEqual(['mayor of san francisco']);
    expect(new Set(breed.mentions.map((s) => s.paragraph.article.source))).toEqual(new Set(['China Daily', 'Global Times']));
  });

  it('turns surnames used alone into aliases', () => {
    expect(k.peopleByKey.get('london breed')!.aliases).toEqual(['Breed']);
    expect(k.peopleByKey.get('gong zheng')!.aliases).toEqual(['Gong']);
    expect(k.peopleByKey.get('li yong')!.aliases).toEqual(['Li']);
    expect(k.peopleByKey.get('han zheng')!.aliases).toEqual(['Han']);
  });

  it('does not take places or organisations for people', () => {
    const names = k.people.map((p) => p.name);
    for (const n of ['San Francisco', 'Bay Area', 'Xinhua News Agency', 'Weiheng Intelligent', 'Global Times']) expect(names).not.toContain(n);
  });
});

describe('people in small articles written here', () => {
  it('handles titles, appositives and bare speakers it has never seen', () => {
    const k = knowledgeOf([
      'Foreign Minister Ana Ruiz met Dr. Tom Berg, a professor at the Lisbon Institute, on Monday.',
      'Kim Soo-jin, managing director of Harbor Capital, said the deal was done. Kim added that more would follow.',
      'Pedro Alves said the port would expand.',
    ]);
    const role = (n: string) => k.peopleByKey.get(n)?.roles.map((r) => r.role);
    expect(role('ana ruiz')).toEqual(['Foreign Minister']);
    expect(role('tom berg')).toEqual(['professor at the Lisbon Institute']);
    expect(role('kim soo-jin')).toEqual(['managing director of Harbor Capital']);
    expect(k.peopleByKey.get('kim soo-jin')!.aliases).toEqual(['Kim']);
    expect(k.peopleByKey.has('pedro alves')).toBe(true);
  });

  it('reads a lower-case role before a name, and a job at a named body', () => {
    const k = knowledgeOf([
      'Mayoral spokesperson Jeff Cretan said the trip was paid for by a nonprofit.',
      "The delegation, which the city's chief economist Ted Egan praised, left on Saturday.",
      'According to Dr. Helen Mar, a historian at Pacific Rim University, the ties are old.',
      'Breed met colleagues Anna Park and Tom Lee.',
    ]);
    const role = (n: string) => k.peopleByKey.get(n)?.roles.map((r) => r.role);
    expect(role('jeff cretan')).toEqual(['Mayoral spokesperson']);
    expect(role('ted egan')).toEqual(["city's chief economist"]);
    expect(role('helen mar')).toEqual(['historian at Pacific Rim University']);
    expect(k.peopleByKey.has('anna park')).toBe(false); // "colleagues" is no role
  });
});
