import { describe, expect, it } from 'vitest';
import { botOfStories } from '../helpers.ts';

// An invented government readout (published Friday 2026-10-09) whose page carries its own date under
// the office's name, tells the visit as a span of days, heads a section with "The following morning",
// and gives the reasons of a company and a port in words of purpose and of what matters.

const bot = botOfStories([
  { title: 'Readout: the city receives Governor Ada Fenn', published: '2026-10-09', source: 'City of Varnell' },
  [
    'Office of Trade Relations | Friday, October 9, 2026',
    'VARNELL — The city hosted Governor Ada Fenn and a delegation of 30 from Tuesday, October 6, to Thursday, October 8, 2026.',
    'Mayor Ilse Brand received the governor at city hall.',
    'On the visit\u2019s second day the governor\u2019s group walked through the Korvel Gear plant east of the city.',
    'Korvel chief executive Pia Varga announced a new assembly line. Varga said the firm is expanding to serve three tractor makers nearby.',
    '"We would rather be close to our customers," Varga said.',
    '## The following morning — Meeting at the port',
    'The following morning, Governor Fenn met the port director, Aldo Meier.',
    'Meier said the new ferry link matters most for the port\u2019s chilled-cargo business, which has been shrinking.',
    'Ravi Tamm, a Varnell caterer who skipped the visit because of its price, hopes to cook for the plant\u2019s opening. "If they need lunches, that is my year," he said.',
    'The officials also welcomed an airline\u2019s plan for weekly flights starting June 4, 2027.',
    'The delegation flew home that afternoon.',
  ],
]);
const first = (q: string) => bot.handleLine(q, 'cli').text.split('\n')[0]!;

describe('GIVEN a readout dated under its office\u2019s name and told as a span of days', () => {
  it('counts "the visit\u2019s second day" from the span\u2019s first day, not from the page\u2019s date', () => {
    expect(first('when did the governor\u2019s group walk through the Korvel Gear plant?')).toMatch(/^October 7, 2026/);
  });

  it('reads a heading\u2019s "The following morning" once, and no flight still to come as the day the story reached', () => {
    expect(first('when did Governor Fenn meet Aldo Meier?')).toMatch(/^October 8, 2026/);
    expect(first('when did the delegation fly home?')).toMatch(/^October 8, 2026/);
  });
});

describe('GIVEN reasons told as a purpose or as what matters', () => {
  it('answers "why is it growing" with what it is expanding to do', () => {
    expect(first('why is Korvel growing its plant?')).toMatch(/to serve three tractor makers/);
  });

  it('answers why the port cares with what matters most for it, not with a cause told of someone else', () => {
    const why = first("why does Varnell's port care about being linked by ferry?");
    expect(why).toMatch(/chilled-cargo/);
    expect(why).not.toMatch(/caterer/);
  });
});
