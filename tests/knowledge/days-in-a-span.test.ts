import { describe, expect, it } from 'vitest';
import { daysIn } from '../helpers.ts';

// A newsletter's recap published on Wednesday 2026-05-20 of a trip it says ran "from May 9 to May 16"
// (an invented story): the bare weekdays of its story are days of that span, not the days before
// publication, and a weekday the story has already reached is that day again.

const paragraphs = [
  'From May 9 to May 16, Mayor Orla Brenn led nine of us from Dunmore to our sister town of Varo.',
  'We boarded the plane in Dunmore at 8 p.m. that Saturday and landed in Kessel at noon on Monday.',
  'Monday, after a bus ride, Varo Deputy Mayor Tomas Ekko welcomed us at the town hall.',
  'The following morning we toured the Varo ferry yard with its manager.',
  'On Wednesday the two towns signed a renewed charter.',
  'Mayor Brenn spoke at a reception in Varo on Thursday.',
  'At the reception attended by 60 local firms, the two chambers of commerce signed a compact.',
];
const daysOf = daysIn({ published: '2026-05-20', source: 'Dunmore Notes' }, paragraphs);
const dayOf = (words: string) => daysOf(words)[0];

describe('GIVEN a recap that says which days its trip spanned', () => {
  it('reads "that Saturday" as the Saturday the span began on, not the last one before publication', () => {
    expect(dayOf('boarded the plane')).toBe('2026-05-09');
  });

  it('reads a weekday beyond the first week as a day of the span', () => {
    expect(daysOf('landed in Kessel')).toEqual(['2026-05-09', '2026-05-11']);
  });

  it('reads a weekday the story has reached as that same day, and counts on from it', () => {
    expect(dayOf('after a bus ride')).toBe('2026-05-11');
    expect(dayOf('toured the Varo ferry yard')).toBe('2026-05-12');
  });

  it('never reads a weekday of the story as the publication day of the same weekday', () => {
    expect(dayOf('signed a renewed charter')).toBe('2026-05-13');
  });

  it('dates "At the reception …" with no day of its own by the reception the story dated', () => {
    expect(dayOf('two chambers of commerce signed a compact')).toBe('2026-05-14');
  });
});
