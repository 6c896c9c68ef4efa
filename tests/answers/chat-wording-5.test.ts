import { describe, expect, it } from 'vitest';
import { normalizeQuestion } from '../../src/answers/normalize.ts';
import { botOfStories, firstLineOf, knowledgeOf } from '../helpers.ts';

// An invented story (published Thursday 2025-09-18) about a county executive's mission to Askeby,
// asked the way chat asks: a topic set before the question, a firm asked for by what it makes, a typo
// that shares its stem with another word of the story, an expert asked for by a body worded otherwise.

const meta = { published: '2025-09-18', source: 'Brenmoor Courier', title: 'Brenmoor delegation back from Askeby' };
const story = [
  'Brenmoor County Executive Iva Pellinor returned on Tuesday from a week in Askeby, where the county government courted investors.',
  'On Friday in Askeby, Pellinor met Governor Anselm Dravet of the Coastal Province.',
  'On Saturday, Pellinor spoke to about 70 regional business leaders at a breakfast.',
  'On Monday she toured the plant of Kolbeck Motors, a company that makes electric outboard engines. Kolbeck Motors chief executive Saskia Marwen said the company may open a workshop in Brenmoor.',
  'Kolbeck Motors, a maker of boat engines, said it would lease a depot in Brenmoor and hire about 30 people there.',
  'The county and the Askeby Ferry Board agreed to start a passenger ferry between the two ports by 2027.',
  'Ties between the regions grow through trade, said Otto Vessant, a researcher at the Askeby Institute of Maritime Economics.',
  'Pellinor and Dravet held their talks at the Coastal Province government house in Oru.',
];
const first = firstLineOf(botOfStories([meta, story]));

describe('GIVEN chat questions the story does not word as it does', () => {
  it('puts a topic set before the question back in its place', () => {
    expect(first('the ferry between the two ports, what year is it supposed to start by')).toMatch(/^2027/);
  });

  it('reads "who runs the company she toured" as its chief executive', () => {
    expect(first('who runs the outboard engine company pellinor toured')).toMatch(/^Saskia Marwen/);
  });

  it('reads "who\'s in charge over at" as who heads it', () => {
    expect(first("quick q who's in charge over at kolbeck motors")).toMatch(/^Saskia Marwen/);
  });

  it("gives a firm's own pledge for what the firm promised, before its chief's words", () => {
    expect(first('what did kolbeck motors promise brenmoor')).toMatch(/lease a depot/);
  });

  it('corrects a typo whose stem another word of the story shares ("governer", "government")', () => {
    const k = knowledgeOf(story);
    expect(normalizeQuestion('when did pellinor meet with the coastal province governer', k.retriever, k.initials, k)).toMatch(/Governor$/);
    expect(first('quick q when did pellinor meet with the coastal province governer')).toMatch(/^September 12, 2025/);
  });

  it('reads "the exact date X met Y" as a date asked', () => {
    expect(first('what was the exact date pellinor met dravet')).toMatch(/^September 12, 2025/);
  });

  it('counts executives by a broader word the story uses ("business leaders")', () => {
    expect(first('how many local execs did pellinor speak to')).toMatch(/70 regional business leaders/);
  });

  it('finds the one expert whose role holds the body asked for in other words', () => {
    expect(first("which researcher from askeby's maritime economics institute weighed in")).toMatch(/^Otto Vessant/);
  });

  it('reads where someone held talks as where the talks were, with a trailer about the articles dropped', () => {
    expect(first('where did pellinor and dravet hold their talks the articles keep mentioning')).toMatch(/Oru|government house/);
  });
});

// The same county's council minutes and a chamber note (invented): a motion's seconder, a firm no one
// is said to head, and words asked for by how the trip went.
const minutes = [
  'It was moved by Council Member Halden Oake, seconded by Council Member Priya Tamsett, to receive the Askeby trip report.',
  'The Askeby Ferry Board will run the new service; the board has not named a director.',
  'Dagny Lusk, president of the Brenmoor Chamber of Commerce, said the chamber paid for its own seats. "Our members came home with orders," Lusk said.',
  'In Askeby the delegation stayed at the Harbour Inn.',
];
const firstOfMinutes = firstLineOf(botOfStories([{ published: '2025-10-02', source: 'Brenmoor Clerk' }, minutes], [meta, story]));

describe('GIVEN minutes and a note asked about in chat', () => {
  // (A guard: the seconder is the one after "seconded by".)
  it('names the seconder without telling the motion as "seconded by" them', () => {
    expect(firstOfMinutes('who seconded the motion to receive the askeby trip report')).toBe(
      'Council Member Priya Tamsett seconded the motion to receive the Askeby trip report.',
    );
  });

  // (A guard: "who runs" now asks for a chief executive, and none is named.)
  it('refuses to give a head for a body named in full, typed in lower case, that no one is said to head', () => {
    expect(firstOfMinutes('who runs the askeby ferry board')).toMatch(/^The articles do not say/);
  });

  it('gives what someone said, asked "about how the trip went"', () => {
    expect(firstOfMinutes('what did the chamber president say about how the trip went')).toMatch(/^Dagny Lusk said: “Our members came home/);
  });
});
