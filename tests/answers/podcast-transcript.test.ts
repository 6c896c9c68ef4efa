import { describe, expect, it } from 'vitest';
import { botOfStories, daysIn, firstLineOf } from '../helpers.ts';

// An invented podcast episode page (published Thursday 2025-09-18, recorded two days before) after a
// mayor's mission: a summary, a guest known by a nickname, a transcript whose lines open with their
// speakers' names and count days from the taping, and a producers' correction of a figure.

const meta = { published: '2025-09-18', source: 'Ostrava Bay Public Radio', title: 'The Dockside Hour, Ep. 41: What Ostrava Bay brought home from Velmoria' };
const story = [
  '**Dockside Hour · Episode 41 · Taped Tuesday, September 16, 2025**',
  'Our guests spent six days in Velmoria with Mayor Teodric Valdés-Moor on his trade mission, from Wednesday, September 3, to Monday, September 8. Host Priyanka Sall talks to two people who made the trip about the deals and the bills.',
  '## Chapters',
  '- 00:00 Intro',
  '- 03:10 Who went',
  '- 12:45 Berths on the line',
  '**Ragnhild Øverby** is deputy mayor of Ostrava Bay. Her staff call her Rags.',
  '**Mei Lin Tao** is director for the Pacific at the Velmoria Trade Office in Harlow.',
  'HOST: Rags, your mayor got back a week ago today. Who all went?',
  'DEPUTY MAYOR ØVERBY: Twenty-six people, from eleven companies and City Hall.',
  'HOST: And the port?',
  'IRIARTE-QUELL: I signed a berth-sharing memorandum with Captain Olek Varga of Kessary Terminals.',
  'HOST: And the price tag on the study?',
  'IRIARTE-QUELL: $320,000, of which the port covers $170,000.',
  'HOST: When do the boxes move?',
  'IRIARTE-QUELL: Our first container ship leaves on the first Monday in November. Eight refrigerated containers of apples go on it.',
  'HOST: And the twinning charter, that never got signed.',
  'DEPUTY MAYOR ØVERBY: Right. We had the ceremony booked for Saturday, September 6, and moved it.',
  'DEPUTY MAYOR ØVERBY: City Hall paid $41,000 for its five travellers and the port paid $19,000 for its three. The companies paid $85,000 of their own. Public money came to $60,000 in all.',
  'HOST: And the council?',
  'DEPUTY MAYOR ØVERBY: They vote next Tuesday.',
  'MEI LIN TAO: In the spring I am bringing a return delegation of roughly a dozen companies to Ostrava Bay.',
  'Tomás Iriarte-Quell directs the Port of Ostrava Bay. Mei Lin Tao heads the Velmoria Trade Office.',
  '**Correction, September 18:** The audio of this episode has Tomás Iriarte-Quell putting the study\u2019s cost at $230,000. The right amount is $320,000.',
];
const bot = botOfStories([meta, story]);
const first = firstLineOf(bot);
const days = daysIn(meta, story);

describe('GIVEN a transcript whose lines open with their speakers', () => {
  it('reads each line as its speaker\u2019s own words', () => {
    expect(first('/quote mei lin tao')).toMatch(/^Mei Lin Tao said: .*return delegation/);
  });

  it('takes the "I" of a line for its speaker', () => {
    expect(first('who signed the berth-sharing memorandum with kessary terminals')).toMatch(/^Tomás Iriarte-Quell/);
  });

  it('knows the nickname a guest\u2019s bio says she is called, asked with the episode', () => {
    expect(first('who is rags?')).toMatch(/^Ragnhild Øverby/);
    expect(first('who is rags on the dockside hour episode')).toMatch(/^Ragnhild Øverby/);
  });
});

describe('GIVEN days told from the recording day', () => {
  it('counts "a week ago today" and "next Tuesday" from the taping, not from publication', () => {
    expect(days('a week ago today')).toEqual(['2025-09-09']);
    expect(days('vote next Tuesday')).toEqual(['2025-09-23']);
  });

  it('reads "the first Monday in November"', () => {
    expect(first('when does the first container ship leave')).toMatch(/^November 3, 2025/);
  });

  it('answers when the mayor got home with the landing a guest tells, the name typed in lower case', () => {
    expect(first('when did mayor valdés-moor get home from velmoria?')).toMatch(/^September 9, 2025/);
  });
});

describe('GIVEN a chapter list, a guest\u2019s bio and a reply to the line before it', () => {
  it('reads no chapter title as a fact', () => {
    const signed = first('/ask what did iriarte-quell sign in velmoria?');
    expect(signed).toMatch(/berth-sharing memorandum/);
    expect(signed).not.toMatch(/line/);
  });

  it('reads a three-word name and the whole office after "is director for … at …"', () => {
    expect(first('/who mei lin tao')).toMatch(/^Mei Lin Tao: director for the Pacific at the Velmoria Trade Office/);
  });

  it('dates a reply by the words of the line it answers', () => {
    expect(first('what date was the velmoria twinning ceremony first set for')).toMatch(/^September 6, 2025/);
  });
});

describe('GIVEN counts beside other numbers and a corrected figure', () => {
  it('gives the public cost the guest states, not every payer added up', () => {
    expect(first('how much taxpayer money did the velmoria junket cost in total')).toMatch(/^\$60,000/);
  });

  it('counts no apples from "containers of apples"', () => {
    expect(bot.handleLine('how many apples fit in each of those containers', 'cli').answered).toBe(false);
  });

  it('counts those who went, not the two the host talks to', () => {
    expect(first('how many people went on the velmoria trip')).toMatch(/^Twenty-six people/);
  });

  it('counts the companies of this delegation, not of the hosts\u2019 return delegation', () => {
    expect(first('how many companies were in the ostrava bay delegation to velmoria?')).toMatch(/^[Ee]leven companies/);
  });

  it('never gives the figure the correction withdrew', () => {
    const cost = first('how much does the study cost');
    expect(cost).toMatch(/320,000/);
    expect(cost).not.toMatch(/230,000/);
  });
});
