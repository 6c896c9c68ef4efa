import { describe, expect, it } from 'vitest';
import { botOfStories } from '../helpers.ts';

// A newspaper's explainer published before a trip (an invented story): question headings, a programme
// whose span is written "from Monday, June 8, through Friday, June 12", two signings planned for two sides.

const bot = botOfStories([
  { title: 'Your questions about the Oakhurst trade mission to Ghana, answered', source: 'Thistlebury Courier', published: '2026-06-03' },
  [
    'Oakhurst Mayor Rosalind Korrigan takes 12 people to Accra and Kumasi next week.',
    '## Which deals are planned?',
    'In Accra, Korrigan will sign a memorandum for Oakhurst with Kofi Irongate, chief executive of Esterhazy Cocoa Works.',
    'In Kumasi, port director Ilse Nakatomi and Ama Wendigo, director of the Kumasi inland port, sign a freight agreement.',
    'The mission lasts from Monday, June 8, through Friday, June 12.',
    'On the final day, the visitors see the Esterhazy Cocoa Works roastery near Kumasi before their flight back.',
    '## What has yet to be settled?',
    'How large a tax break Esterhazy Cocoa Works might get remains unclear.',
    'If Oakhurst is chosen, work on a cocoa plant could begin in 2028.',
  ],
]);
const first = (q: string) => bot.handleLine(q, 'cli').text.split('\n')[0]!;

describe('GIVEN an explainer whose programme gives the trip as a span', () => {
  it('reads the span with a comma after its first day as one span, and "On the final day" as its last day', () => {
    expect(first('when do they see the esterhazy cocoa roastery')).toMatch(/^June 12, 2026/);
  });
});

describe("GIVEN a question about when the trip starts or ends, in a chat user's words", () => {
  it('answers with the span the story gives the trip, not another sentence that holds a start verb', () => {
    expect(first('when is the oakhurst trip kicking off')).toMatch(/^June 8, 2026/);
    expect(first('when is the oakhurst mission wrapping up')).toMatch(/^June 12, 2026/);
  });
});

describe('GIVEN an explainer set out under question headings', () => {
  it('answers what is still undecided with the paragraph under the heading, not the heading itself', () => {
    const answer = first("what's still unsettled with esterhazy cocoa");
    expect(answer).toMatch(/tax break/);
    expect(answer).not.toMatch(/\?$/);
  });
});

describe('GIVEN two signings planned for two sides', () => {
  it('does not answer who signs on one side with the signers of the other agreement', () => {
    expect(first("who inks the agreement on esterhazy cocoa's side")).not.toMatch(/Nakatomi|Wendigo/);
  });

  it('answers who signs on a side with the signer whose office names it', () => {
    const answer = first("who signs the agreement on the kumasi port's side");
    expect(answer).toMatch(/^Ama Wendigo/);
    expect(answer).not.toMatch(/Nakatomi/);
  });
});
