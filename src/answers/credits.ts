import { stated } from './compose.ts';
import type { Answer } from './types.ts';
import { storiesPointedTo, type Scope } from './scope.ts';

// "Who took the photo of the students?", "who filmed the video of the news conference?": the credit a
// caption ends in ("(Sorrel Ambry / KTRV 4)", "Photo: IC", "| Source: the port").

const CREDIT_ASKED =
  /^who\s+(?:took|shot|filmed|recorded|made|captured|snapped|produced|is\s+credited\s+(?:with|for))\s+(?:the\s+|that\s+|this\s+)?(?:[\p{L}'\u2019-]+\s+){0,2}?(photo|photograph|picture|image|video|footage|clip)s?\b/iu;

const CREDITS: RegExp[] = [
  // "(Sorrel Ambry / KTRV 4)", "(Photo by Ada Venn)": a name in brackets at the end, before any outlet.
  /\((?:(?:photo|video|image)\s+(?:by|courtesy\s+of)\s+)?(\p{Lu}[^()/]{1,60}?)\s*(?:\/\s*[^()]{1,40})?\)\s*$/iu,
  // "Photo: IC", "PHOTO: VCG/CHINA DAILY", "Photo by Ada Venn."
  /\b(?:photo|photograph|video|image|picture)s?\s*(?::|by)\s*([^.|\]]{2,60}?)\s*\.?\s*$/iu,
  // "| Source: the port authority".
  /\|\s*(?:source|photo|credit|photo\s+credit|image|courtesy)\s*:?\s*([^|]{2,80}?)\s*$/iu,
];

/** The credit of the caption the question asks about, by its kind and its words. */
export function creditAnswer(s: Scope): Answer | undefined {
  const asked = CREDIT_ASKED.exec(s.q.text);
  if (!asked) return undefined;
  const media = asked[1]!.toLowerCase().startsWith('vid') || /^(?:footage|clip)$/i.test(asked[1]!) ? /\bvideo|footage|clip/i : /\bphoto|picture|image/i;
  const stories = storiesPointedTo(s, 0.2, 3);
  const captions = stories.flatMap((a) => a.paragraphs.filter((p) => p.kind === 'caption' || media.test(p.text.slice(0, 12))));
  const r = s.ctx.knowledge.retriever;
  const ranked = r.rank(r.analyze(s.q.text), captions, (p) => new Set(p.sentences.flatMap((x) => [...r.termsOfSentence(x)])));
  for (const { item: p } of ranked) {
    if (!media.test(p.text)) continue;
    for (const pattern of CREDITS) {
      const credit = pattern.exec(p.text)?.[1]?.trim();
      if (credit) return stated(credit, `${credit}, as the ${asked[1]!.toLowerCase()} is credited`, [p.sentences.at(-1)!]);
    }
  }
  return undefined;
}
