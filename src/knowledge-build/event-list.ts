import type { DatedEvent } from '../knowledge/events.ts';

// The corpus's dated events in date order, as the answers read them: by position (a timeline's first
// events, its count, its last) and by month and day (/onthisday, the daily post). A knowledge built
// in full holds them in an array (eventListOf); one started from a snapshot reads them from the index
// file as asked (lazy.ts), so that a start does not make a quarter of a million events at 50,000
// articles.

export interface EventList {
  readonly length: number;
  /** The events from `from` to `to` (not included), in date order. */
  slice(from: number, to: number): DatedEvent[];
  /** The events dated to a day of this month and day ("04-18") in any year, in date order. */
  onDay(md: string): DatedEvent[];
  /** The events dated to a day with an end (periods), in date order. */
  periods(): DatedEvent[];
}

/** The events one page at a time, in date order: a reader that stops early reads no more. */
export function* eachEvent(list: EventList, page = 100): Generator<DatedEvent> {
  for (let i = 0; i < list.length; i += page) yield* list.slice(i, i + page);
}

/** The list of events held in memory (in date order). */
export function eventListOf(events: DatedEvent[]): EventList {
  let index: { byDay: Map<string, DatedEvent[]>; periods: DatedEvent[] } | undefined;
  // Day-precision events by month and day, made on first use.
  const days = () => {
    if (index) return index;
    index = { byDay: new Map(), periods: [] };
    for (const e of events) {
      if (e.date.precision !== 'day') continue;
      const md = e.date.start.slice(5);
      const day = index.byDay.get(md);
      if (day) day.push(e);
      else index.byDay.set(md, [e]);
      if (e.date.end) index.periods.push(e);
    }
    return index;
  };
  return {
    get length() {
      return events.length;
    },
    slice: (from, to) => events.slice(from, to),
    onDay: (md) => days().byDay.get(md) ?? [],
    periods: () => days().periods,
  };
}
