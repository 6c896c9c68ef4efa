import { dayItems, eventsOn } from '../answers/events.ts';
import { monthDayLabel } from '../knowledge/events.ts';
import type { Answer } from '../core/types.ts';
import type { Knowledge } from '../knowledge-build/index.ts';

// The daily post: the events dated this month and day (in any year), each cited, built like every
// other list answer so that each adapter renders it natively. A day with no events of its own gets
// no post: a multi-day range that merely covers the day ("visiting from April 14 to Sunday") is
// context for a post, not a reason for one.

/** The post for a month and day ("04-18"), or undefined when nothing in the articles happened on it. */
export function buildPost(knowledge: Pick<Knowledge, 'eventList'>, md: string): Answer | undefined {
  const day = eventsOn(knowledge.eventList, md);
  const { own } = day;
  if (!own.length) return undefined;
  const years = [...new Set(own.map((e) => e.date.start.slice(0, 4)))];
  const inYears = years.length === 1 ? years[0]! : `${years.slice(0, -1).join(', ')} and ${years[years.length - 1]}`;
  const periods = day.during.length
    ? `, and ${day.during.length} longer period${day.during.length === 1 ? '' : 's'} that include${day.during.length === 1 ? 's' : ''} the day`
    : '';
  // The count says what the list holds: the day's own events and the periods that cover it.
  const lead = own.length === 1 && !periods ? own[0]!.sentence.text : `${own.length} event${own.length === 1 ? '' : 's'} from the articles${periods}.`;
  return {
    answered: true,
    kind: 'answer',
    title: `On this day: ${monthDayLabel(md)}`,
    text: `On this day in ${inYears}: ${lead}`,
    citations: [],
    items: dayItems(day),
    suggestions: ['/timeline'],
  };
}

/** Does the month and day have a post? (For /onthisday status.) */
export function hasPost(knowledge: Pick<Knowledge, 'eventList'>, md: string): boolean {
  return eventsOn(knowledge.eventList, md).own.length > 0;
}
