import { describe, expect, it } from 'vitest';
import { addDays, isDue, localDate, nextPostTime, parseClockTime, zonedInstant, zoneOffset } from '../../src/daily/schedule.ts';

const LA = 'America/Los_Angeles';
const iso = (d: Date) => d.toISOString();

describe('schedule', () => {
  it('GIVEN an instant THEN its local date depends on the zone', () => {
    const t = new Date('2024-04-18T03:00:00Z');
    expect(localDate(t, 'UTC')).toBe('2024-04-18');
    expect(localDate(t, LA)).toBe('2024-04-17');
    expect(localDate(t, 'Asia/Shanghai')).toBe('2024-04-18');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(zoneOffset(t.getTime(), LA)).toBe(-7 * 3_600_000);
  });

  it('GIVEN 09:00 in Los Angeles THEN it is 17:00 UTC before the spring change and 16:00 UTC from its day on', () => {
    // 2025: clocks went forward on Sunday March 9 at 02:00.
    expect(iso(zonedInstant('2025-03-08', '09:00', LA))).toBe('2025-03-08T17:00:00.000Z');
    expect(iso(zonedInstant('2025-03-09', '09:00', LA))).toBe('2025-03-09T16:00:00.000Z');
    expect(iso(zonedInstant('2025-03-10', '09:00', LA))).toBe('2025-03-10T16:00:00.000Z');
  });

  it('GIVEN 09:00 in Los Angeles THEN it is 16:00 UTC before the autumn change and 17:00 UTC from its day on', () => {
    // 2025: clocks went back on Sunday November 2 at 02:00.
    expect(iso(zonedInstant('2025-11-01', '09:00', LA))).toBe('2025-11-01T16:00:00.000Z');
    expect(iso(zonedInstant('2025-11-02', '09:00', LA))).toBe('2025-11-02T17:00:00.000Z');
    expect(iso(zonedInstant('2025-11-03', '09:00', LA))).toBe('2025-11-03T17:00:00.000Z');
  });

  it('GIVEN a time skipped by the spring change THEN it is posted as if the clock had not jumped', () => {
    expect(iso(zonedInstant('2025-03-09', '02:30', LA))).toBe('2025-03-09T10:30:00.000Z'); // 03:30 PDT
  });

  it('GIVEN a time that happens twice in the autumn THEN the first counts', () => {
    expect(iso(zonedInstant('2025-11-02', '01:30', LA))).toBe('2025-11-02T08:30:00.000Z'); // 01:30 PDT
  });

  it('GIVEN a zone east of UTC THEN the local day starts before UTC midnight', () => {
    expect(iso(zonedInstant('2024-04-18', '00:30', 'Asia/Shanghai'))).toBe('2024-04-17T16:30:00.000Z');
  });

  it('GIVEN the post time has passed THEN the next one is tomorrow, across the DST change', () => {
    expect(iso(nextPostTime(new Date('2025-03-08T16:59:00Z'), '09:00', LA).at)).toBe('2025-03-08T17:00:00.000Z');
    expect(nextPostTime(new Date('2025-03-08T17:00:00Z'), '09:00', LA)).toEqual({ date: '2025-03-09', at: new Date('2025-03-09T16:00:00Z') });
  });

  it('GIVEN a subscription THEN the post is due from its time to the end of the local day, only if subscribed before the time', () => {
    const subscribed = Date.parse('2024-04-17T12:00:00Z');
    expect(isDue(new Date('2024-04-18T08:59:59Z'), '09:00', 'UTC', subscribed)).toBe(false);
    expect(isDue(new Date('2024-04-18T09:00:00Z'), '09:00', 'UTC', subscribed)).toBe(true);
    expect(isDue(new Date('2024-04-18T23:59:59Z'), '09:00', 'UTC', subscribed)).toBe(true);
    expect(isDue(new Date('2024-04-18T10:00:00Z'), '09:00', 'UTC', Date.parse('2024-04-18T09:30:00Z'))).toBe(false);
  });

  it('GIVEN what users type as a time THEN 24-hour times are read and others refused', () => {
    expect(parseClockTime('9:05')).toBe('09:05');
    expect(parseClockTime('21:30')).toBe('21:30');
    expect(parseClockTime('25:00')).toBeUndefined();
    expect(parseClockTime('9am')).toBeUndefined();
  });
});
