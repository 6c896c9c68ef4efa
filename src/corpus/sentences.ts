// Sentence splitting: Intl.Segmenter (ICU's sentence rules, built into Node) does the work; two
// repairs follow because ICU breaks after abbreviations ("Mr.") and inside quotations ("Hello. It").

const ABBREVIATIONS = /\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Gen|Gov|Sen|Rep|Lt|Col|Capt|Inc|Ltd|Corp|Co|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|U\.S|U\.K|U\.N|[A-Z])\.\s*$/;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export interface SentenceSpan {
  start: number;
  text: string;
}

function quoteBalance(s: string): number {
  let open = 0;
  for (const m of s.matchAll(CURLY_QUOTES)) {
    if (m[0] === '\u201c') open++;
    else open = Math.max(0, open - 1);
  }
  return open;
}
const CURLY_QUOTES = /[\u201c\u201d]/g;

/**
 * Does the text end with an abbreviation's full stop ("Mr.", "U.S.")? ABBREVIATIONS read on the
 * last characters only: the longest abbreviation and one character before it (for its \b) are
 * enough, where the expression on a whole long text tries every position.
 */
const endsWithAbbreviation = (s: string) => ABBREVIATIONS.test(s.trimEnd().slice(-6));

export function splitSentences(text: string): SentenceSpan[] {
  const raw = [...segmenter.segment(text)].map((s) => ({ start: s.index, text: s.segment }));
  const merged: SentenceSpan[] = [];
  for (const seg of raw) {
    const prev = merged[merged.length - 1];
    if (prev && (endsWithAbbreviation(prev.text) || quoteBalance(prev.text) > 0 || /^[\s\p{Ll}]/u.test(seg.text))) {
      prev.text += seg.text;
    } else {
      merged.push({ ...seg });
    }
  }
  // Trim, keeping the offsets true to the paragraph.
  return merged
    .map((s) => {
      const lead = s.text.length - s.text.trimStart().length;
      return { start: s.start + lead, text: s.text.trim() };
    })
    .filter((s) => s.text.length > 0);
}
