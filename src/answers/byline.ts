import type { Answer } from './types.ts';
import { stated } from './compose.ts';
import { resolvePerson } from './resolve-person.ts';
import type { Scope } from './scope.ts';

// "who wrote that opinion piece", "who's the author of the column": the page's byline.
const WROTE_PIECE =
  /^who\s+(?:wrote|writes|penned|authored|is\s+the\s+(?:author|writer)\s+of|was\s+the\s+(?:author|writer)\s+of)\s+(?:the|that|this|a|an)\s+(.*?)\b(?:column|op-?ed|opinion\s+piece|opinion\s+column|guest\s+column|piece|essay|commentary|editorial|fact[- ]?check|story|article|blog\s+post)\b(.*)$/i;

/** The writer a page's byline names, of the page the rest of the question points to. */
export function bylineAnswer(s: Scope): Answer | undefined {
  const m = WROTE_PIECE.exec(s.q.text);
  if (!m) return undefined;
  const k = s.ctx.knowledge;
  const r = k.retriever;
  const rest = `${m[1]} ${m[2]}`.trim();
  const articles = rest ? r.candidateArticles(r.analyze(rest)) : k.articles;
  const page = articles.find((a) => a.byline);
  if (!page) return undefined;
  const writer = page.byline!;
  // (Cited where the page names its writer, else where it begins.)
  const named = resolvePerson(k, writer);
  const at =
    (named.kind === 'one' ? named.person.mentions.find((x) => x.paragraph.article === page) : undefined) ??
    page.paragraphs.find((p) => p.kind === 'story')?.sentences[0];
  if (!at) return undefined;
  return stated(writer, `${writer} wrote it (the byline of “${page.title}”, ${page.source})`, [at]);
}
