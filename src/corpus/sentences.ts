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
  for (const ch of s) {
    if (ch === '\u201c') open++;
    else if (ch === '\u201d') open = Math.max(0, open - 1);
  }
  return open;
}

export function splitSentences(text: string): SentenceSpan[] {
  const raw = [...segmenter.segment(text)].map((s) => ({ start: s.index, text: s.segment }));
  const merged: SentenceSpan[] = [];
  for (const seg of raw) {
    const prev = merged[merged.length - 1];
    if (prev && (ABBREVIATIONS.test(prev.text) || quoteBalance(prev.text) > 0 || /^[\s\p{Ll}]/u.test(seg.text))) {
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
