import type { Answer } from './types.ts';
import type { Article } from '../corpus/types.ts';
import { formatDate, WEEKDAYS, type DatedEvent } from '../knowledge/events.ts';
import { placesIn } from '../knowledge/places.ts';
import { stated } from './compose.ts';
import { aboutAll } from './named.ts';
import { entityTerms, holdsEntities, type Scope } from './scope.ts';
import { fold, isStopWord, stem, words } from '../text.ts';

// "What is the delegation doing on Wednesday?", "where is the mayor headed on Thursday?", "what did
// the governor do on the 17th?": what the story of the one asked about dates to that day of its own week.

const DAY_ASKED = new RegExp(
  String.raw`^(what|where)\s+(?:is|are|was|were|did|does|do|will)\s+(.+?)\s+(?:(?:be\s+)?(?:doing|do|up\s+to|going|go|headed|heading|head|be|visiting|visit)\s+)?(?:on\s+)?(?:the\s+)?(${WEEKDAYS.join('|')}|\d{1,2}(?:st|nd|rd|th))\s*\??$`,
  'i',
);

// "will travel to Vessa", "tours a yard in Halven", "heads for Tarsk": where the one asked goes or is.
export const MOVED_TO =
  /\b(?:travel|go|goes|went|head|fl(?:y|ies|ew)|visit|arriv|tour|stop|spend|spent|move|land|drive|drove|ride|rode|take|took|be|is|are|was|were)\w*\b[^.;]{0,40}\b(?:to|in|at|for)\s+(?:the\s+)?(?:[\p{L}-]+['\u2019]s\s+)?$/iu;

export function dayPlan(s: Scope): Answer | undefined {
  const m = DAY_ASKED.exec(s.q.text.trim());
  if (!m) return undefined;
  const [, kind, subject, day] = m as unknown as [string, string, string, string];
  const k = s.ctx.knowledge;
  const r = k.retriever;
  const weekday = WEEKDAYS.indexOf(day.toLowerCase());
  const dayOfMonth = weekday < 0 ? Number.parseInt(day, 10) : undefined;
  const onDay = (e: DatedEvent) => {
    if (e.date.precision !== 'day' || e.date.end) return false;
    const d = new Date(`${e.date.start}T00:00:00Z`);
    return weekday >= 0 ? d.getUTCDay() === weekday : d.getUTCDate() === dayOfMonth;
  };
  // (The one asked about, by their name, or the words of the group: "the Carrow delegation".)
  const names = entityTerms(r, subject);
  const subjectTerms = words(subject)
    .filter((w) => !isStopWord(w))
    .map((w) => stem(fold(w)));
  const about = (a: Article) =>
    holdsEntities(r, a, names) && (s.named.length ? a.paragraphs.some((p) => aboutAll(k, p, s.named)) : subjectTerms.some((t) => r.articleHas(a, t)));
  const future = /^(?:is|are|will|does|do)$/i.test(/^\S+\s+(\S+)/.exec(s.q.text.trim())?.[1] ?? '');
  for (const article of r.candidateArticles(r.analyze(subject)).filter(about).slice(0, 3)) {
    const events = (k.eventsByArticle.get(article) ?? []).filter(
      (e) => onDay(e) && e.sentence.paragraph.kind === 'story' && !/["\u201c\u201d]/.test(e.sentence.text),
    );
    // ("what is the delegation doing on Wednesday", asked of a page written on a Tuesday: the one to come.)
    const inTense = events.filter((e) => e.date.start > article.published === future || e.date.start === article.published);
    const pool = inTense.length ? inTense : events;
    const days = new Set(pool.map((e) => e.date.start));
    if (days.size !== 1) continue;
    // The day's own sentences (its phrase in their words) before those a day carried on to.
    const own = pool.filter((e) => e.sentence.text.includes(e.phrase));
    const told = [...new Set((own.length ? own : pool).map((e) => e.sentence))].slice(0, 2);
    const date = formatDate(pool[0]!.date);
    const text = told.map((x) => x.text).join(' ');
    if (kind.toLowerCase() === 'where') {
      // (Not the place the one asked about comes from: "the Carrow group" is headed elsewhere.)
      // (A place they go to or are in, not where something else is: "will open a depot in Carrow".)
      const goneTo = (text: string, at: number) =>
        MOVED_TO.test(text.slice(Math.max(0, at - 50), at)) || /^(?:On\s+[^,]+,\s+)?(?:In|At)\s+$/.test(text.slice(0, at));
      const places = [
        ...new Set(
          told.flatMap((x) =>
            placesIn(x.text, k.places)
              .filter((p) => goneTo(x.text, p.at))
              .map((p) => p.place),
          ),
        ),
      ].filter((p) => !fold(subject).includes(fold(p)));
      // (No place they go to: the question is left to the place answers, which read it otherwise.)
      if (!places.length) return undefined;
      return stated(places[0]!, `${places[0]} (${date}): ${text}`, told);
    }
    return stated(text, `${date}: ${text}`, told);
  }
  return undefined;
}
