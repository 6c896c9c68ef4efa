import { describe, expect, it } from 'vitest';
import { botOf, firstLineOf } from '../helpers.ts';

// People described in one sentence and named in the one next to it (an invented weekly's story):
// the description is their role, and the sentence that gives it speaks of them.

const bot = botOf([
  'Eight Harlow High students made the trip. The school’s principal went with them as chaperone. Nora Quell, who has led Harlow High since 2018, spent a day with the students at a school in Ostara.',
  'Ivo Brandek did not mind the rain. The 16-year-old junior, who kept the delegation’s photo diary, said the hosts were kind.',
  'The water plan was drawn up by a Harlow engineer who has spent two summers in Ostara. Tomas Reyl, who chairs civil engineering at Harlow State, said students will test the pumps.',
  'Velmar’s deputy trade minister did attend the signing. Speaking afterward, Lia Sorensen said her ministry will fund two more pumps.',
  'Kofi Mensah Adjei, who holds that post, signed the water memorandum with the mayor. “Friendship is a road,” Adjei said.',
  'A spokesperson for the port declined to comment. Rena Voll, a council member, said the trip cost too much.',
  'Mayor Dana Whitcombe led the delegation. The mayor said the trip was worth it.',
]);
const first = firstLineOf(bot);

describe('GIVEN a person described before they are named', () => {
  it('finds them by what the description says they did', () => {
    expect(first('who went along as chaperone?')).toMatch(/^Nora Quell/);
  });

  it('gives the description as their role', () => {
    expect(first('who is the principal?')).toMatch(/^Nora Quell/);
    expect(first('what is Lia Sorensen’s job?')).toMatch(/deputy trade minister/);
  });

  it('reads an agent described with "who" as the person named next', () => {
    expect(first('who is the Harlow engineer?')).toMatch(/^Tomas Reyl/);
  });
});

describe('GIVEN a person named and then described', () => {
  it('finds them by what the description says they did', () => {
    expect(first('who kept the delegation’s photo diary?')).toMatch(/^Ivo Brandek/);
  });
});

describe('GIVEN a name set off by "who"', () => {
  it('is a person, quoted by their surname', () => {
    expect(first('/quote Adjei')).toMatch(/Kofi Mensah Adjei said: “Friendship is a road/);
  });
});

describe('GIVEN descriptions that name no one next to them', () => {
  it('does not give a spokesperson who declined to comment the next person’s name', () => {
    expect(first('who is the port spokesperson?')).not.toMatch(/Rena Voll/);
  });

  it('does not read "the mayor" back to the sentence before', () => {
    expect(first('who led the delegation?')).toMatch(/Dana Whitcombe/);
    expect(first('who is the mayor?')).toMatch(/^Dana Whitcombe/);
  });
});

describe('GIVEN roles set off before a name with a possessive, and a question with a clause', () => {
  const more = botOf(['The guild’s president, Rosa Vell, said its board wanted more time.', 'Mayor Ilse Marr of Ostara met the delegation on Monday.']);
  it('reads "The guild’s president, Rosa Vell," as her role', () => {
    expect(more.handleLine('who is the guild’s president?', 'cli').text).toMatch(/^Rosa Vell/);
  });

  it('finds the mayor of a place without the clause that describes them', () => {
    expect(more.handleLine('who is the mayor of Ostara that the delegation met?', 'cli').text).toMatch(/^Ilse Marr/);
  });
});
