import { describe, expect, it } from 'vitest';
import { botOf, firstLineOf } from '../helpers.ts';

// "The mayor of Tacoma" describes an office; its place is no name to spell near another person's.

const bot = botOf(
  ['Tacoma Mayor Carla Benedetti will leave for Japan on Saturday, June 7.'],
  ['In Marlow on Saturday, Vargas met Governor Tomas Reyes of the Northern Province.'],
  ['Priya Vandermeer directs the Corlan Office of Global Trade, which organized the mission.'],
  ["Marisol Quintero-Hahn, the city's trade director, said the itinerary was built around one meeting."],
);
const first = firstLineOf(bot);

describe('GIVEN a mayor and a governor whose name is spelt near her city', () => {
  it('finds the holder of the office, not the near spelling', () => {
    expect(first('who is the mayor of Tacoma?')).toMatch(/^Carla Benedetti/);
    expect(first('when does the Tacoma mayor head out?')).toMatch(/^June 7, 2024/);
  });

  it('keeps a double-barrelled surname as a name', () => {
    expect(first('who is Marisol Quintero-Hahn?')).toMatch(/^Marisol Quintero-Hahn: city's trade director/);
  });

  it('reads a role from a sentence that opens with the name and its verb ("X directs Y")', () => {
    expect(first('who is Priya Vandermeer?')).toMatch(/^Priya Vandermeer: director of the Corlan Office of Global Trade/);
  });
});
