import { describe, expect, it } from 'vitest';
import { botOfStories, daysIn, firstLineOf } from '../helpers.ts';

// An invented weekly column (published Sunday 2025-06-15) of short items under their own subheads: a
// mayor's finished mission to Oostvarde with its signers and payers, a council member's motion about it,
// a fundraiser, a budget hearing to come, a bridge closing and a scholar's view; names, days and sums of
// different items side by side.

const meta = { published: '2025-06-15', source: 'The Brackwell Courier', title: 'Council notebook: the Oostvarde bill, a bridge and a packed room' };
const story = [
  'By Tamsin Orloff, council columnist',
  'Mayor Ilse Varnholt has been back for nine days, and the trip is still the talk of the second floor.',
  'A group of 31 Brackwell students from Fernside Academy set off from Brackwell to begin their own trip to Oostvarde, on May 30, 2025. Photo: Ravi Dunmore',
  '## Budget hearing',
  'The budget\u2019s first public hearing is set for Wednesday at 7 p.m. at City Hall.',
  '## Who went and who paid',
  'Varnholt set out for Oostvarde on Monday, June 2, and was back home on Friday, June 6. Her delegation of 12 people: herself, an aide, harbor chief Corin Bellamy, Wendell Prask of the Brackwell Water Board, and eight members of the Brackwell Harbor Alliance, a trade group.',
  'The alliance paid for the mayor\u2019s own flights and hotel room, $9,120 in all. The eight business members met their own costs. Public money paid for everything else: $6,300 for the aide, from the mayor\u2019s office budget, and $12,900 for Bellamy and Prask, shared by the harbor and the water board. That brings the public share to $19,200.',
  'On the Wednesday of the trip, the group walked a tidal barrier outside the port, then rode on to Kessen, Brackwell\u2019s sister city.',
  '## The Kessen agreement',
  'The day before the mayor came home, four officials put their names to a three-year memorandum of understanding on tidal gates, silt dredging and river data. Bellamy and Prask signed for Brackwell. Anouk Terlinde, Kessen\u2019s alderman for the waterfront, signed for her city together with its port warden, Joris Vandermolen.',
  'A second deal, for a hybrid pilot boat, collapsed over cost: the yard wanted $4.1 million.',
  '## The fight over the receipts',
  'Councilman Otto Rask calls the bill a surprise. He wants any official trip over $4,000 put to a council vote first, and has drafted a motion to that end.',
  'Council members will take up his motion this Tuesday.',
  '## A packed room for \u2018Dot\u2019',
  'Councilwoman Dorothea Quayle, nicknamed "Dot" since her school days, filled the Lantern Tavern last Thursday.',
  '## Marsh Road Bridge closes',
  'The Marsh Road Bridge shuts on Monday, June 23, for about ten weeks of joint and railing repairs.',
  '## A scholar weighs in',
  'Small towns gain the most from ties with their sister cities when national politics turns cold, Helga Strand, a historian at the Brackwell Institute, told the Courier.',
  'Nils Ekdahl, an economist at Brackwell College, said the dredging work could cut shipping costs for small exporters.',
];
const bot = botOfStories([meta, story]);
const first = firstLineOf(bot);
const days = daysIn(meta, story);

describe('GIVEN a column whose items tell days by the trip and by other events', () => {
  it('reads "the Wednesday of the trip" as the Wednesday within it', () => {
    expect(days('tidal barrier')).toEqual(['2025-06-04']);
  });

  it('dates "the day before the mayor came home" from the day the story gave the return', () => {
    expect(first('when did they sign the agreement in kessen')).toMatch(/^June 5, 2025/);
  });

  it('reads "is set for Wednesday" as the Wednesday to come', () => {
    expect(first('when is the first public hearing on the budget')).toMatch(/^June 18, 2025/);
  });

  it('dates "his motion" by the councilman the paragraph before named', () => {
    expect(first('what date does the council take up rask\u2019s travel motion')).toMatch(/^June 17, 2025/);
  });

  it('does not say how a vote went that the column only says is to come', () => {
    expect(bot.handleLine('how did the council vote on rask\u2019s motion', 'cli').answered).toBe(false);
  });
});

describe('GIVEN signers on both sides and a delegation told as a list', () => {
  it('lists everyone who signed, from the sentences that say so and "together with"', () => {
    const signers = first('list everyone who signed the kessen memorandum');
    for (const name of ['Bellamy', 'Prask', 'Terlinde', 'Vandermolen']) expect(signers).toContain(name);
  });

  it('knows the port warden of the city "its" stands for, asked in the possessive', () => {
    expect(first('/who kessen\u2019s port warden')).toMatch(/^Joris Vandermolen/);
  });

  it('lists who went from "a delegation of 12 people: …"', () => {
    expect(first('who went to oostvarde with mayor varnholt?')).toMatch(/Corin Bellamy.*Wendell Prask.*Brackwell Harbor Alliance/);
  });

  it('knows a nickname the column says someone goes by', () => {
    expect(first('who is dot?')).toMatch(/^Dorothea Quayle/);
  });
});

describe('GIVEN several payers and the sums the next sentence adds up', () => {
  it('names the payer of the part asked about, by the name the story gave it before', () => {
    const paid = first('who footed the bill for varnholt\u2019s own flights and hotel?');
    expect(paid).toMatch(/Brackwell Harbor Alliance/);
    expect(paid).not.toMatch(/[Pp]ublic money/);
  });

  it('gives the public share, not the first of its parts', () => {
    expect(first('how much did taxpayers pay for the oostvarde trip?')).toMatch(/^\$19,200/);
    expect(first('how much of the oostvarde junket ended up on the public\u2019s dime?')).toMatch(/^\$19,200/);
  });
});

describe('GIVEN reasons, views and what a memorandum is on', () => {
  it('gives what a closing is for and what a deal sank over, not the trip\u2019s purpose', () => {
    expect(first('why is the marsh road bridge closing?')).toMatch(/repairs/);
    expect(first('why did the pilot boat deal fall through?')).toMatch(/cost/);
  });

  it('gives what the economist said of the thing asked about as his reason', () => {
    expect(first('why does the economist think the dredging is a good idea?')).toMatch(/shipping costs/);
  });

  it('says what the memorandum is on', () => {
    expect(first('what does the kessen mou cover?')).toMatch(/tidal gates.*silt dredging.*river data/i);
  });

  it('names a speaker asked for by a kind of person', () => {
    expect(first('which historian said small towns gain most from sister cities when politics turns cold?')).toMatch(/Helga Strand/);
  });

  it('names the one council member near the words asked about, however they are worded', () => {
    expect(first('which council member wants a vote before officials take pricey trips?')).toMatch(/^Otto Rask/);
  });

  it('counts the people a photo\u2019s caption counts, asked about the photo', () => {
    expect(first('how many brackwell students were in that photo of kids heading to oostvarde?')).toMatch(/^31/);
  });
});
