// Pure schedule math for the daily posts. Everything takes the instant and the IANA zone as
// arguments (no clock is read here), so that daylight-saving changes are tested without waiting.
//
// A post time is a wall-clock time ("09:00") in a zone. On a day where that time does not exist
// (spring forward, 02:30 in a 02:00→03:00 gap) the post goes out at the instant the wall clock
// would have read it without the gap (03:30); where it exists twice (fall back) the first one counts.

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timezone: string): Intl.DateTimeFormat {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timezone, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(ms: number, timezone: string): WallClock {
  const out: Record<string, number> = {};
  for (const p of formatter(timezone).formatToParts(new Date(ms))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return { year: out.year!, month: out.month!, day: out.day!, hour: out.hour! % 24, minute: out.minute!, second: out.second! };
}

/** The zone's offset from UTC at an instant, in milliseconds (UTC-7 → -25,200,000). */
export function zoneOffset(ms: number, timezone: string): number {
  const w = wallClock(ms, timezone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(instant: Date, timezone: string): string {
  const w = wallClock(instant.getTime(), timezone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** The calendar date a number of days after (or before) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** The instant at which the wall clock of a zone reads `time` (HH:MM) on `date` (YYYY-MM-DD). */
export function zonedInstant(date: string, time: string, timezone: string): Date {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const asUtc = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  // At most one offset change lies within a day of any instant, so the offsets a day before and a
  // day after are the only candidates.
  const before = zoneOffset(asUtc - DAY_MS, timezone);
  const after = zoneOffset(asUtc + DAY_MS, timezone);
  const valid = [asUtc - before, asUtc - after].filter((t, i) => zoneOffset(t, timezone) === (i === 0 ? before : after));
  if (valid.length) return new Date(Math.min(...valid));
  return new Date(asUtc - before); // in a gap: the time the clock would show had it not jumped
}

/** When a post at `time` is scheduled on the local day of `now`. */
export function postInstantOn(now: Date, time: string, timezone: string): { date: string; at: Date } {
  const date = localDate(now, timezone);
  return { date, at: zonedInstant(date, time, timezone) };
}

/** The next post at `time` strictly after `now`. */
export function nextPostTime(now: Date, time: string, timezone: string): { date: string; at: Date } {
  const today = postInstantOn(now, time, timezone);
  if (today.at.getTime() > now.getTime()) return today;
  const date = addDays(today.date, 1);
  return { date, at: zonedInstant(date, time, timezone) };
}

/**
 * Is today's post due at `now`? It is once its time has come on the local day of `now`, and only
 * for subscriptions made before that time (subscribing at 10:00 for 09:00 starts tomorrow).
 * Days already past are never due: only the local day of `now` is ever considered.
 */
export function isDue(now: Date, time: string, timezone: string, activeFrom: number): boolean {
  const { at } = postInstantOn(now, time, timezone);
  return at.getTime() <= now.getTime() && at.getTime() >= activeFrom;
}

/** "HH:MM" from a user's "9:00" or "09:00"; undefined when it is not a 24-hour time. */
export function parseClockTime(text: string): string | undefined {
  const m = /^([01]?\d|2[0-3])[:.h]([0-5]\d)$/i.exec(text.trim());
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
