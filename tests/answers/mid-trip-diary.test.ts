import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createBot } from '../../src/core/bot.ts';
import { buildKnowledgeFromDir } from '../../src/knowledge-build/index.ts';
import { botOfStories, daysIn, seedsWith, firstLineOf } from '../helpers.ts';

// A trade group's blog post from the middle of a mission, published on Wednesday 2026-06-10 (an
// invented story): what is still to come is told in the first person present ("On Friday we fly"),
// owners of roles are named by a common noun ("the line's general manager"), and each signer signs
// "for" a body the story introduced by what it is ("the ferry line Mareva Lines").

const story = [
  "We are four days into the Dunmore Valley chamber's trade mission to Ostra.",
  'The 19 delegates, from 9 member firms, landed on Sunday morning after a night flight.',
  "Yesterday the group rode the bus to the harbour town of Brel, where the Port of Dunmore and the ferry line Mareva Lines signed a memorandum of understanding to start a weekly freight service. The port's harbour master, Colm Reddy, signed for Dunmore, and the line's managing director, Ilse Varga, signed for Mareva Lines.",
  'Under the memorandum, each ship will carry about 300 trailers.',
  'The group stayed the night in Brel.',
  'Dunmore Mayor Orla Brenn called the memorandum a start. "A memorandum is a promise, not a ship," Brenn said.',
  'The business delegation includes:',
  '- Port of Dunmore\n- Quill Cold Storage\n- Dunmore Valley College\n- and six other member firms',
  'Dunmore Valley College came for a different reason. Its dean, Ada Holm, said the region needs more marine engineers.',
  'Tomorrow the delegation splits, and the rest stay in Ostra for a second round of meetings.',
  'On Friday we fly north to Kessel. We fly home on Saturday, and the mission ends there.',
  "Nora Quill, the chamber's president and CEO, said members chose Ostra for its growing market.",
  "Mayor Orla Brenn and Ostra Mayor Pavel Sik toured the harbour. Tom Ash, the mayor's press secretary, came too.",
];
const meta = { published: '2026-06-10', source: 'Dunmore Chamber of Commerce' };
const daysOf = daysIn(meta, story);
const bot = botOfStories([meta, story]);
const first = firstLineOf(bot);

describe('GIVEN a post written halfway through a trip', () => {
  it('reads "On Friday we fly" and "We fly home on Saturday" as days still to come', () => {
    expect(daysOf('fly north to Kessel')).toEqual(['2026-06-12']);
    expect(daysOf('fly home on Saturday')).toEqual(['2026-06-13']);
    expect(first('what is the date the dunmore group flies home')).toMatch(/^June 13, 2026/);
  });

  it("counts the delegates of the story's trip when the question names only the trip and names", () => {
    expect(first('how many delegates are on the dunmore valley trip to ostra')).toMatch(/^19 delegates/);
  });

  it('never reads "for a second round" as a time of day', () => {
    expect(daysOf('second round')).toEqual(['2026-06-11']);
  });
});

describe('GIVEN the signing told in a where-clause, and reasons and words told around it', () => {
  it('places the signing in the town the where-clause hangs on', () => {
    expect(first('where was the port of dunmore memorandum signed')).toMatch(/^In Brel/);
  });

  it('tells what the memorandum is about from the sentence that names it with the place asked', () => {
    expect(first('what is the brel memorandum actually about')).toMatch(/^To start a weekly freight service/);
    expect(first('what is the brel memorandum actually about')).not.toMatch(/300 trailers/);
  });

  it('answers why with the sentence after one that only announces "a different reason"', () => {
    expect(first('why is dunmore valley college on the ostra trip')).toMatch(/marine engineers/);
  });

  it('reads "the mayor\'s exact words about X" as what the mayor said about X', () => {
    expect(first("give me the dunmore mayor's exact words about the memorandum")).toMatch(/promise, not a ship/);
  });
});

describe('GIVEN roles owned by a noun that stands for a body named before', () => {
  it('gives the role with the body the noun stands for', () => {
    expect(first('who is the managing director of mareva lines')).toMatch(/^Ilse Varga/);
    expect(first('who is the harbour master of the port of dunmore')).toMatch(/^Colm Reddy/);
  });

  it('reads "the chamber\'s president" in the chamber\'s own post as its president, and answers who runs it', () => {
    expect(first('/who Nora Quill')).toMatch(/president and CEO of Dunmore Chamber of Commerce/);
    expect(first('who runs the dunmore chamber of commerce')).toMatch(/^Nora Quill/);
    expect(first('/who runs the dunmore chamber of commerce')).toMatch(/^Nora Quill/);
  });

  it('keeps a role owned by a person as it is ("the mayor\'s press secretary")', () => {
    expect(first('/who Tom Ash')).toMatch(/mayor's press secretary/);
    expect(first('/who Tom Ash')).not.toMatch(/Pavel Sik/);
  });

  it('answers who signed for a body with the one whose own clause says so', () => {
    expect(first('who signed the memorandum on behalf of the port of dunmore?')).toMatch(/^Colm Reddy/);
    expect(first('who signed for the ferry line')).toMatch(/^Ilse Varga/);
  });
});

describe('GIVEN a word typed without a vowel', () => {
  const works = botOfStories([
    { published: '2026-06-10', source: 'Dunmore Chamber of Commerce' },
    [
      'The public works department runs the works yard, and the works budget grew. Public works crews built the quay.',
      'Kestra Foods will hire 120 workers at its new Dunmore plant.',
    ],
  ]);
  it('reads it as the word with the vowel put back, not a commoner word one letter away', () => {
    expect(works.handleLine('how many workrs will kestra foods hire', 'cli').text).toMatch(/^120 workers/);
  });
});

describe('GIVEN a place asked with a date, and a sentence that names it away from its own date', () => {
  // The team's fixture: "… wrapped up a six-day trade mission on Wednesday, a trip that took her to
  // Marlow and Eastbridge …" and "In Marlow on Saturday, Vargas met …".
  const dir = seedsWith({ 'lakeshore.md': readFileSync('tests/fixtures/articles/lakeshore-tribune-2024-05-09-vargas-trade-mission.md', 'utf8') });
  const bot = createBot({ knowledge: buildKnowledgeFromDir(dir), now: () => new Date('2024-05-09T12:00:00Z') });
  it('dates the stay by the date that stands beside the place', () => {
    expect(bot.handleLine('what date was mayor vargas in marlow', 'cli').text).toMatch(/^May 4, 2024/);
  });
});
