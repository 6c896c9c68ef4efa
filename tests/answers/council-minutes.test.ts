import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// An invented town clerk's page of council minutes (posted 2025-06-20) reviewing a mayor's trip to an
// invented country: a roll call, votes as rosters, a staff report with an itinerary whose lines open
// with the place, a question asked and answered in the meeting, costs by payer, and an adjournment.

const meta = {
  published: '2025-06-20',
  source: 'Town of Quellbrook, Office of the Town Clerk',
  title: "Minutes of the Quellbrook Town Council, June 3, 2025: Report on the Mayor's Trip to Veloria",
};
const story = [
  'Approved as presented on June 17, 2025.',
  '# REGULAR MEETING OF THE QUELLBROOK TOWN COUNCIL',
  'Tuesday, June 3, 2025 · Council Room, Town Hall',
  '## 1. CALL TO ORDER',
  'Deputy Mayor Tobin Ashgrove opened the session at 7:04 p.m.',
  '## 2. ROLL CALL',
  'Present: Mayor Ilse Varga, Deputy Mayor Tobin Ashgrove, Councillors Signe Selden, Otto Klemm and Mara Quenby.',
  'Absent: Councillor Bram Ettlin (excused).',
  '## 3. PUBLIC COMMENT',
  'Two residents spoke about the report.',
  '## 3. REPORT: MAYOR’S TRIP TO VELORIA',
  'Trade Officer Wendeline Koss gave the staff report. A delegation of 17 travelled: the Mayor, Councillor Klemm, two aides and 13 representatives of growers and shippers.',
  'Itinerary:',
  'Mon., May 12: Castralo; meetings with the chamber of trade.',
  'Tuesday: Pemberra; tour of the olive presses.',
  'Wed., May 14: Lusketta; signing of the orchard exchange agreement.',
  'Agreements. Mayor Varga and Governor Aurel Manca signed the orchard exchange agreement, under which 12 apprentices a year will work in each other’s orchards.',
  'Costs. Town funds paid $9,400 for her and her two aides. The Growers Guild paid $6,100 for the interpreters. The 14 growers and shippers paid their own way.',
  'Councillor Klemm asked why Lusketta was chosen. Koss said that its olive growers wanted a sister town with a cold-storage port.',
  '## 4. MOTION',
  'MOTION by Councillor Selden, SECONDED by Councillor Quenby, to receive the report so that staff publish every receipt online.',
  'Ayes: Ashgrove, Klemm, Selden; Nays: Quenby; Abstain: Varga. Motion carried 3-1-1.',
  '## 5. ADJOURNMENT',
  'The session was adjourned by Deputy Mayor Ashgrove at 8:52 p.m.',
];
const first = firstLineOf(botOfStories([meta, story]));

describe('GIVEN rosters of a roll call and a vote', () => {
  it('answers who was absent and who missed the meeting from the "Absent:" line', () => {
    expect(first('who was absent from the quellbrook meeting')).toMatch(/Bram Ettlin/);
    expect(first('which councillor missed the meeting')).toMatch(/Bram Ettlin/);
  });

  it('lists who was present, counts who abstained and names who voted no', () => {
    expect(first('which councillors were present')).toMatch(/Ilse Varga.*Signe Selden.*Mara Quenby/);
    expect(first('how many members abstained on the motion')).toMatch(/^1: Varga/);
    expect(first('who voted no on the motion')).toMatch(/^Quenby/);
  });

  it('does not read "who presented the report" as who was present, nor "representatives" as the verb', () => {
    expect(first('who presented the staff report')).not.toMatch(/Varga, Deputy Mayor|representatives/);
  });
});

describe('GIVEN an itinerary whose lines open with the place', () => {
  it('answers where the delegation was on a day and where an agreement was signed', () => {
    expect(first('where was the delegation on tuesday may 13')).toBe('In Pemberra.');
    expect(first('where was the orchard exchange agreement signed')).toBe('In Lusketta.');
  });
});

describe('GIVEN the minutes’ own day, times and size of the group', () => {
  it('dates the meeting by the day its title and heading give', () => {
    expect(first('when did the quellbrook council go over the veloria trip')).toMatch(/^June 3, 2025/);
  });

  it('answers what time the meeting was adjourned', () => {
    expect(first('what time did the council adjourn')).toMatch(/^At 8:52 p\.m\./);
  });

  it('counts the delegation from "a delegation of 17 travelled", not the speakers', () => {
    expect(first('how many people went on the veloria trip')).toMatch(/^17 people/);
  });
});

describe('GIVEN a why asked and answered in the meeting, and what a document provides', () => {
  it('answers why with the reply to the same why', () => {
    expect(first('why did they pick lusketta')).toMatch(/olive growers wanted a sister town/);
  });

  it('answers what is in an agreement and what a motion required', () => {
    expect(first("what's in the orchard exchange agreement")).toMatch(/^12 apprentices a year/);
    expect(first("what did selden's motion require")).toMatch(/publish every receipt/);
  });
});

describe('GIVEN costs by payer', () => {
  it('reads taxpayers as the town’s own funds', () => {
    expect(first('how much did taxpayers pay for the veloria trip')).toMatch(/^\$9,400/);
  });
});
