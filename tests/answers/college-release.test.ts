import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/load.ts';
import { articleText, botOfStories, firstLineOf } from '../helpers.ts';

// An invented college's own news release, as such pages print it: who went and who pays, sums in a
// foreign currency, a deadline still to come, a student's words, and a contact card at the end.

const meta = { published: '2025-02-11', source: 'Varnholt Technical College', title: 'Varnholt returns from Orsk mission with two agreements' };
const release = [
  'VARNHOLT – Varnholt Technical College President Dr. Edda Quillon returned on Monday from a week-long mission to Orsk.',
  'The 18-member delegation included ten business owners, five city officials and three people from the college: Quillon; Piet Ramsauer, dean of Welding; and Lio Tessaly-Marr, a second-year welding student.',
  'At its yard in Orsk, Kestrin Shipworks signed an internship agreement with the college. The company will offer 20 paid summer internships to our welding students at C$26 an hour.',
  'Who pays',
  'Students keep paying their usual tuition at home. The Varnholt Community Trust has awarded a two-year grant of $88,000 to cover airfare and housing for our exchange students. Staff travel is covered by a $20,000 grant from the Orsk Skills Fund.',
  'Applications for the first exchange cohort are due March 14.',
  'Tessaly-Marr said the exchange will matter most to students who could never pay their own way. "I work nights. Without the trust paying the airfare, I would not have gone," she said.',
  '**Media contact**',
  'Annika Brevoort, Director of Communications',
  'Varnholt Technical College',
  'abrevoort@vtc.example · (555) 010-4471',
  'Get campus news in your inbox every Monday: sign up for The Varnholt Weekly, our free newsletter.',
];
const first = firstLineOf(botOfStories([meta, release]));

describe('GIVEN a contact card at the end of a release', () => {
  it('answers who the media contact is, and whom reporters should call', () => {
    expect(first('who is the media contact')).toMatch(/^Annika Brevoort/);
    expect(first('who do reporters contact about the orsk story?')).toMatch(/^Annika Brevoort/);
  });

  it('keeps a newsletter sign-up line out of the story, and the card as one paragraph', () => {
    const texts = parseArticle('release.md', articleText(meta, release)).paragraphs.map((p) => p.text);
    expect(texts.some((t) => /newsletter/.test(t))).toBe(false);
    expect(texts).toContain('Media contact: Annika Brevoort, Director of Communications, Varnholt Technical College, abrevoort@vtc.example, (555) 010-4471.');
  });
});

describe('GIVEN a rate in another currency and interns paid in "internships"', () => {
  it('answers what the company pays the interns, with the rate', () => {
    expect(first('/ask what does kestrin pay the interns')).toMatch(/^C\$26 an hour/);
  });
});

describe('GIVEN a deadline still to come', () => {
  it('reads "what is the application deadline for …" as a date question', () => {
    expect(first("what's the application deadline for the first exchange cohort?")).toMatch(/^March 14, 2025/);
  });
});

describe('GIVEN a delegation listed after a colon, person by person', () => {
  it('names each of the college’s travellers, not only the first', () => {
    const line = first('who went on the orsk mission from the college?');
    for (const name of ['Quillon', 'Piet Ramsauer', 'Lio Tessaly-Marr']) expect(line).toContain(name);
  });
});

describe('GIVEN grants that pay for an exchange', () => {
  it('names the trust that awarded a grant to cover costs, and the fund whose grant pays the rest', () => {
    const line = first('/ask which grants are paying for the exchange');
    expect(line).toContain('Varnholt Community Trust');
    expect(line).toContain('Orsk Skills Fund');
    // (Not the student who says, inside a quote, that the trust paid.)
    expect(line).not.toMatch(/without/i);
  });
});

describe('GIVEN a person asked after by first name alone', () => {
  it('answers why she says the exchange matters from her own words', () => {
    expect(first('why does lio say the exchange matters so much')).toMatch(/pay their own way|airfare/);
  });
});
