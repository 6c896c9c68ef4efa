import { answer, listAnswer, notFound, usage } from './answer.ts';
import { echo, isStopWord, stem, terms, words } from '../text.ts';
import type { Answer, AnswerItem } from './types.ts';
import type { Knowledge } from '../knowledge-build/index.ts';
import type { Person } from '../knowledge/people.ts';
import { maskQuotes, quoteSpans, type Quote } from '../knowledge/quotes.ts';
import type { Paragraph, Sentence } from '../corpus/types.ts';
import { cite, citeSentence } from './cite.ts';
import { stated, unsupported } from './compose.ts';
import { holdersOfWord, parseRoleQuery, peopleInRole, rolesWithWord } from '../knowledge/roles.ts';
import { inStory, type Scope } from './scope.ts';
import { interviewSpeaker } from './interview.ts';
import { peopleNamedIn } from './named.ts';
import { findVerb } from './extract.ts';
import { suggestionsFor, type AnswerContext } from './context.ts';
import { describe, resolvePerson } from './resolve-person.ts';
import { initials } from '../knowledge/abbreviations.ts';

const MIN_TOPIC_COVERAGE = 0.6;

// "/quote what did the port director say about ships": the question's speaker and topic.
const ASKED_AS_QUESTION = /^(?:what|wat)\s+(?:did|does|do|has|have)\s+(.+?)\s+(?:say|said|tell\s+\S+|think)(?:\s+(?:about|on|regarding)\s+(.+?))?\s*\??$/i;

export function quote(ctx: AnswerContext, asked: string): Answer {
  const k = ctx.knowledge;
  const question = ASKED_AS_QUESTION.exec(asked.trim());
  const args = question ? (question[2] ? `${question[1]} on ${question[2]}` : question[1]!) : asked;
  if (!args.trim()) return usage('Tell me whose words or which topic: /quote <person or topic>, a name or a few words on the topic.', suggestionsFor(k));
  const match = resolvePerson(k, args);
  if (match.kind === 'one') return quotesOf(ctx, match.person);
  // "/quote Breed on investment": a person, then a topic.
  const split = /^(.+?)\s+(?:on|about|regarding)\s+(.+)$/i.exec(args);
  const speaker = split && match.kind === 'none' ? resolvePerson(k, split[1]!) : undefined;
  if (speaker?.kind === 'one') return quotesOf(ctx, speaker.person, split![2]);
  // ("/quote the harbour board coo on …": a body the person is known by, then their title.)
  const titled = split && match.kind === 'none' && speaker?.kind !== 'many' ? byBodyAndTitle(k, split[1]!) : undefined;
  if (titled) return quotesOf(ctx, titled, split![2]);
  const wholeTitled = match.kind === 'none' ? byBodyAndTitle(k, args) : undefined;
  if (wholeTitled) return quotesOf(ctx, wholeTitled);
  // "/quote Breed Shanghai": a name the speaker goes by, then the topic, without a word between.
  // (The longest run of first words that names one speaker: "london breed tourism".)
  const ws = args.trim().split(/\s+/);
  for (let n = Math.min(3, ws.length - 1); match.kind === 'none' && n > 0; n--) {
    const lead = resolvePerson(k, ws.slice(0, n).join(' '));
    if (lead.kind === 'one' && k.quotesBySpeaker.has(lead.person)) return quotesOf(ctx, lead.person, ws.slice(n).join(' '));
  }
  if (match.kind === 'many') {
    const quoted = match.people.filter((p) => k.quotesBySpeaker.has(p));
    if (quoted.length === 1) return quotesOf(ctx, quoted[0]!);
    return usage(
      `Several people fit “${echo(args)}”: ${match.people.map(describe).join('; ')}. Whose words do you want?`,
      match.people.map((p) => `/quote ${p.name}`),
    );
  }
  return quotesAbout(ctx, args);
}

/**
 * "the harbour board coo": the one person the first words find ("harbour board") whose role holds
 * the rest, word for word or as its initials ("chief operating officer").
 */
function byBodyAndTitle(k: Knowledge, text: string): Person | undefined {
  const ws = text
    .replace(/^the\s+/i, '')
    .trim()
    .split(/\s+/);
  for (let n = ws.length - 1; n >= 1; n--) {
    const found = resolvePerson(k, ws.slice(0, n).join(' '));
    if (found.kind !== 'one') continue;
    const roleWords = found.person.roles.flatMap((r) => words(r.role));
    const spelled = (w: string) => {
      for (let i = 0; i < roleWords.length; i++)
        for (let j = i + 2; j <= Math.min(roleWords.length, i + 5); j++) if (initials(roleWords.slice(i, j).join(' ')) === w.toUpperCase()) return true;
      return false;
    };
    return ws.slice(n).every((w) => isStopWord(w) || roleWords.some((x) => stem(x) === stem(w)) || spelled(w)) ? found.person : undefined;
  }
  return undefined;
}

export function quoteItem(q: Quote): AnswerItem {
  const text = q.kind === 'direct' ? `“${q.text}” (${q.speaker.name})` : `${q.speaker.name} (paraphrase): ${q.text}`;
  return { text, citations: [cite(q.paragraph, q.excerpt)] };
}

// "how the trip went", "how things turned out": how it went, no topic of its own.
const HOW_IT_WENT =
  /^how\s+(?:the\s+|her\s+|his\s+|their\s+|our\s+)?(?:trip|visit|mission|tour|journey|it|things|everything)\s+(?:went|goes|go|turned\s+out|(?:is|was)\s+going)\b/i;

// The terms of the trip itself ("trip", "visit", "travel", "mission"), which tell no topic apart.
const TRIP_TERM = /^(?:visit|mission|journei|it|that|this)$/;

export function quotesOf(ctx: AnswerContext, p: Person, asked?: string, extraTerms = ''): Answer {
  // "word for word", "exactly": how the words are wanted, not what they are about.
  // ("the alderman who thinks pledges don't mean much": what they think is the topic.)
  const wanted =
    asked
      ?.replace(/[,\s]*\b(?:word\s+for\s+word|verbatim|exactly|precisely|in\s+(?:his|her|their)\s+own\s+words)\b[,\s]*/gi, ' ')
      // (A negation typed without its apostrophe says nothing of the topic.)
      .replace(/\b(?:do|does|did|is|was|are|were|ca|wo|has|have)n['\u2019]?t\b/gi, ' ')
      .replace(/^\s*(?:(?:who|that)\s+)?(?:thinks?|says?|said|believes?|feels?|argues?|argued|claims?|claimed|reckons?)\s+(?:that\s+)?/i, '')
      .trim() || undefined;
  // "what did the mayor say about the trip": the trip is what all their words in its story are about.
  const topic = wanted && ctx.knowledge.retriever.analyze(wanted).every((t) => TRIP_TERM.test(t.term)) ? undefined : wanted;
  let quotes = [...(ctx.knowledge.quotesBySpeaker.get(p) ?? [])];
  // Their words as they said them were asked for: reported speech only where there are none.
  const verbatim = asked && /\b(?:word\s+for\s+word|verbatim|exact(?:ly)?|precisely|own\s+words|actually)\b/i.test(asked);
  if (verbatim && quotes.some((x) => x.kind === 'direct')) quotes = quotes.filter((x) => x.kind === 'direct');
  const all = quotes;
  // "what does the council member want the city to do": what they ask for, in the words that ask it.
  if (WANTS.test(extraTerms.trim()) && (!topic || /^(?:the\s+\p{L}+|us|them|people|everyone|it)\s+to\s+do$/iu.test(topic))) {
    const asks = quotes.filter((x) => ASKS_FOR.test(x.text));
    if (asks.length) return theirWords(p, asks[0]!, asks.slice(1));
  }
  if (topic || extraTerms) {
    const r = ctx.knowledge.retriever;
    // The question's verb ("want", "hope") helps find the words only where the articles use it.
    const verbTerms = r.analyze(extraTerms).filter((t) => r.knows(t.term));
    const ranked = r.rank([...r.analyze(topic ?? ''), ...verbTerms], quotes, quoteTerms);
    // As much on the topic, their own words before reported speech.
    const direct = (x: Quote) => (x.kind === 'direct' ? 0 : 1);
    // (Reported speech that introduces their words in the same paragraph, "Vell said the towns would
    // swap nurses. 'Nurses make the best envoys,' Vell said.", gives way to those words where they are
    // on the topic too.)
    const onTopicDirect = new Set(ranked.filter((x) => x.coverage >= 0.3 && x.item.kind === 'direct').map((x) => x.item));
    const ownWords = (x: Quote) => (x.kind === 'paraphrase' ? ([...onTopicDirect].find((y) => y.paragraph === x.paragraph) ?? x) : x);
    quotes = [
      ...new Set(
        ranked
          .filter((x) => x.coverage >= 0.5)
          .sort((a, b) => b.coverage - a.coverage || direct(a.item) - direct(b.item))
          .map((x) => ownWords(x.item)),
      ),
    ];
    // The speaker is settled; the topic may be worded otherwise than their words: their quote that
    // holds most of it, when it holds a fair part of it.
    const onTopic = topic ? r.rank(r.analyze(topic), all, quoteTerms)[0] : undefined;
    if (!quotes.length && onTopic && onTopic.coverage >= 0.3) quotes = [onTopic.item];
    // Or it is what the paragraph around their words is about ("Arbogast questioned the trip …
    // 'I'm not against shaking hands in Japan,' Arbogast said").
    if (!quotes.length && topic) {
      const around = (x: Quote) => {
        const paragraphs = x.paragraph.article.paragraphs;
        const before = paragraphs[x.paragraph.order - 1];
        // (And the line that opens its section, 'Claim 1: "…"', which the words answer.)
        const lead = paragraphs.slice(Math.max(0, x.paragraph.order - 4), x.paragraph.order).findLast((p) => SECTION_LEAD.test(p.text));
        return new Set([...quoteTerms(x), ...[x.paragraph, before, lead].flatMap((p) => p?.sentences.flatMap((y) => [...r.termsOfSentence(y)]) ?? [])]);
      };
      // ("the line about taxpayers": what the words were about, not the word for them.)
      // ("at the signing ceremony": the signing the story tells; "ceremony" is the asker's word for it.)
      const inContext = r.rank(r.analyze(topic.replace(MENTIONED_AS, ' ').replace(OCCASION_NOUN, ' ')), all, around)[0];
      if (inContext && inContext.coverage >= 0.6) quotes = [inContext.item];
    }
  } else {
    // Their own words first, then reported speech, each in article order.
    quotes.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'direct' ? -1 : 1));
  }
  // ("about how the trip went": of their words, those that hold the trip, else any: all are on how it went.)
  if (!quotes.length && wanted && HOW_IT_WENT.test(wanted)) quotes = [...all].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'direct' ? -1 : 1));
  const [first, ...rest] = quotes;
  if (!first) {
    const about = topic ? ` about “${echo(topic)}”` : '';
    const nearest = all[0];
    const text = `The articles do not say what ${p.name} said${about}.${nearest ? `\nThe articles do say: ${nearest.excerpt}` : ''}`;
    return { ...notFound(text, [`/quote ${p.name}`, `/who ${p.name}`, '/help']), citations: nearest ? [cite(nearest.paragraph, nearest.excerpt)] : [] };
  }
  return theirWords(p, first, rest, all);
}

/** Someone's words, the first given and cited, the rest listed after it. */
function theirWords(p: Person, first: Quote, rest: Quote[], all: Quote[] = rest): Answer {
  // ('"We heard this before," said X. "The last trip brought …"': one utterance, told on after its
  // attribution, is given whole.)
  // (Those after it in its paragraph, whether or not they hold the topic asked.)
  const goesOn =
    first.kind === 'direct'
      ? all.filter((x) => x !== first && x.kind === 'direct' && x.paragraph === first.paragraph && all.indexOf(x) > all.indexOf(first))
      : [];
  const sentenceOf = (t: string) => t.replace(/,$/, '').replace(/([^.!?\u2026])$/u, '$1.');
  const whole = goesOn.length ? { ...first, text: [first.text, ...goesOn.map((x) => x.text)].map(sentenceOf).join(' ') } : first;
  const others = rest.filter((x) => !goesOn.includes(x));
  return {
    ...listAnswer(`${p.name}, in their words`, statementOf(whole), others.map(quoteItem), [`/who ${p.name}`]),
    citations: [cite(first.paragraph, first.excerpt), ...goesOn.filter((x) => x.excerpt !== first.excerpt).map((x) => cite(x.paragraph, x.excerpt))],
  };
}

// A paragraph that opens a section with a label: 'Claim 2: "…"', "Q: …".
const SECTION_LEAD = /^(?:\*\*)?\p{Lu}[\p{L} ]{0,20}?(?:\s+\d{1,2})?\s*:\s/u;
// The words a question uses for what was said, not for what it was about.
const MENTIONED_AS = /\b(?:the\s+)?(?:line|remark|comment|claim|statement|words)\s+(?:about|that|on)\b/gi;

// The asker's word for an occasion the story tells by what was done there.
const OCCASION_NOUN = /(?<=\b\p{L}+(?:ing|ed)\s+)(?:ceremony|ceremonies|event|occasion)\b/giu;

// Asking what someone wants, and the words that ask for something.
const WANTS = /^(?:want|wants|wanted|ask|asks|asking|urge|urges|urging|propose|proposes|proposing)$/i;
const ASKS_FOR =
  /\b(?:urge|urges|urged|ask(?:s|ed|ing)?\s+(?:for|that|the)|call(?:s|ed)?\s+on|propos(?:e|es|ed)|introduced|will\s+vote|would\s+require|want(?:s)?\s+(?:the|a|an|to))\b/i;

/** A quote as the first line of an answer: the words with their speaker. */
function statementOf(q: Quote): string {
  return q.kind === 'direct' ? `${q.speaker.name} said: “${q.text}”` : `${q.speaker.name} (paraphrase): ${q.text}`;
}

/** "who said X": the speaker of the quote that holds X. */
export function speakerAnswer(ctx: AnswerContext, asked: string, verb = 'said', kind?: string): Answer {
  // 'who says "we'll hold you to that" at the end of the interview': the words in quotation marks are what was said.
  const said = /["\u201c]([^"\u201d]{6,})["\u201d]/.exec(asked)?.[1] ?? asked;
  const best = quotesOnTopic(ctx.knowledge, said)[0];
  // "which maritime institute economist said …": where the words are put otherwise than any quote, the one
  // quoted person whose role is of that kind.
  if (!best && kind) {
    const one = quotedOfKind(ctx.knowledge, kind);
    const r = ctx.knowledge.retriever;
    // (Their words must still hold some of what was asked: a kind alone names no words.)
    const first = one ? r.rank(r.analyze(said), ctx.knowledge.quotesBySpeaker.get(one) ?? [], quoteTerms).find((x) => x.coverage >= 0.25)?.item : undefined;
    if (one && first) return { ...answer(one.name, statementOf(first), [cite(first.paragraph, first.excerpt)]), title: one.name };
  }
  if (!best) return speakerOfSentence(ctx, said, verb);
  return { ...answer(best.speaker.name, statementOf(best), [cite(best.paragraph, best.excerpt)]), title: best.speaker.name };
}

/** The one quoted person whose role holds the kind's last word and most of its others ("institute economist": "an economist at the … Institute …"). */
function quotedOfKind(k: Knowledge, kind: string): Person | undefined {
  const kindWords = words(kind).filter((w) => w.length > 2 && !/^(?:the|and|from|who|that)$/.test(w));
  const head = kindWords.at(-1);
  if (!head || kindWords.length < 2) return undefined;
  const scored = new Map<Person, number>();
  for (const { person, role } of rolesWithWord(k, head)) {
    if (!k.quotesBySpeaker.get(person)?.length) continue;
    const own = new Set(words(role.role).map(stem));
    const held = kindWords.filter((w) => own.has(stem(w))).length / kindWords.length;
    scored.set(person, Math.max(held, scored.get(person) ?? 0));
  }
  const ranked = [...scored].filter(([, held]) => held >= 0.75).sort((a, b) => b[1] - a[1]);
  return ranked.length === 1 || (ranked[0] && ranked[1] && ranked[0][1] > ranked[1][1]) ? ranked[0]![0] : undefined;
}

/** Words someone is said to have used outside a quotation: "… that Ted Egan called "the most …"". */
function speakerOfSentence(ctx: AnswerContext, said: string, verb: string): Answer {
  const k = ctx.knowledge;
  // The sentence holds most of the words; "the India trip" may be "this" there, the story saying which trip.
  for (const r of inStory(
    k.retriever,
    said,
    k.retriever.sentences(said).filter((x) => x.coverage >= 0.35),
  )
    .filter((x) => x.coverage >= 0.7)
    .slice(0, 5)) {
    const sentence = r.item;
    const at = findVerb(sentence.text, verb)?.start ?? -1;
    const before = (k.mentions.get(sentence) ?? []).filter((m) => at < 0 || m.end <= at).sort((a, b) => b.end - a.end);
    const who = before[0]?.person ?? interviewSpeaker(k, sentence, at < 0 ? sentence.text.length : at);
    if (who === 'interviewer') {
      const outlet = sentence.paragraph.article.source;
      return stated(`The interviewer (${outlet})`, `The interviewer (${outlet}) ${verb} it, in the interview: ${sentence.text}`, [sentence]);
    }
    if (who) return stated(who.name, `${who.name} ${verb} it: ${sentence.text}`, [sentence]);
  }
  return notFound(`The articles do not say who ${verb} “${echo(said)}”.`, suggestionsFor(k));
}

// Verbs that only say someone spoke; "hope", "want" or "expect" say what about, and are searched for.
const NOT_TOPIC_VERB =
  /^(?:say|says|said|tell|tells|told|note|notes|noted|add|added|mention|mentioned|announce|announced|state|stated|explain|explained|reveal|revealed|promise|promised|pledge|pledged)$/i;

/** "what did X say about Y": X's words on Y, X a person by name or by role, or a group ("observers"). */
export function quotedAnswer(s: Scope): Answer {
  const { ctx, q } = s;
  const k = ctx.knowledge;
  const extra = q.verb && !NOT_TOPIC_VERB.test(q.verb) ? q.verb : '';
  const inSubject = s.named.filter((p) => peopleNamedIn(k, q.subject ?? '').includes(p));
  let person = inSubject[0] ?? (q.pronoun && q.subject && /^(?:she|he|they)$/i.test(q.subject) ? s.referent : undefined);
  // "observers", "officials": a group, not someone the articles name.
  const group = q.subject && /^\p{Ll}[\p{L}-]*s$/u.test(q.subject.replace(/^(?:the|some|many|local)\s+/i, ''));
  if (!person && group) {
    const words = groupWords(s, q.subject!, `${q.topic ?? ''} ${extra}`);
    if (words.answered) return words;
  }
  if (!person && q.subject) {
    const m = resolvePerson(k, q.subject);
    if (m.kind === 'one') person = m.person;
    const role = m.kind === 'one' ? undefined : parseRoleQuery(q.subject);
    let holders = role ? peopleInRole(k, role).map((h) => h.person) : [];
    // "the mayor", with no city: the articles' own mayor.
    const main = s.referent ?? k.prominent[0];
    if (role && !role.body && holders.length > 1 && main && holders.includes(main)) holders = [main];
    if (holders.length === 1) person = holders[0]!;
    else if (role?.body) return unsupported(ctx, `who ${echo(q.subject, 60)} is`);
  }
  // "the auditor": the one person whose role has that word ("City Auditor Denise Hartwell").
  const noun = !person && q.subject ? /^(?:the|our|their)\s+(\p{Ll}[\p{L}-]+)$/u.exec(q.subject)?.[1] : undefined;
  if (noun) {
    const holders = holdersOfWord(k, noun);
    if (holders.length === 1) person = holders[0]!;
  }
  // "what did Kessler Antriebstechnik promise": where the firm itself speaks ("Kessler …, a maker of parts,
  // said it would lease …"), its own words, before its chief's.
  const firm = person && !inSubject.length && q.subject && !peopleNamedIn(k, q.subject).length ? ownWordsOf(k, q.subject) : undefined;
  if (firm) return stated(q.subject!, firm.text, [firm]);
  if (person) return quotesOf(ctx, person, q.topic, extra);
  return groupWords(s, q.subject ?? '', `${q.topic ?? ''} ${extra}`);
}

/** A sentence where a body the question names is itself the one that says or pledges something. */
function ownWordsOf(k: Knowledge, body: string): Sentence | undefined {
  const name = body.replace(/^the\s+/i, '');
  // (A name, as typed in any case: "kolbeck motors".)
  if (name.split(/\s+/).length > 4 || words(name).every((w) => isStopWord(w))) return undefined;
  for (const x of k.retriever.sentences(name).slice(0, 10)) {
    const at = x.item.text.toLowerCase().indexOf(name.toLowerCase());
    if (at > 0 && !/^\p{Lu}/u.test(x.item.text.slice(at))) continue;
    if (at >= 0 && BODY_SAYS.test(x.item.text.slice(at + name.length))) return x.item;
  }
  return undefined;
}

const BODY_SAYS = /^(?:,[^,"\u201c]{0,80},)?\s+(?:said|says|announced|announces|pledged|pledges|promised|promises|committed|agreed)\b/;

/** What a group said ("observers said that ..."): sentences where it stands before a speech verb. */
function groupWords(s: Scope, group: string, topic: string): Answer {
  const k = s.ctx.knowledge;
  const r = k.retriever;
  const groupTerms = new Set(terms(group));
  const query = r.analyze(`${group} ${topic}`);
  const pool = r.candidateArticles(query).flatMap((a) => a.paragraphs.flatMap((p) => p.sentences));
  const said = pool.filter((x) => {
    const m = /\b(?:said|say|says|noted|told|believe|believed|stressed|argued)\b(?:\s+that)?/.exec(x.text);
    return m && terms(x.text.slice(0, m.index)).some((t) => groupTerms.has(t));
  });
  const best = r.rank(query, said, (x) => r.termsOfSentence(x)).filter((x) => x.coverage >= 0.6);
  best.sort((a, b) => b.coverage - a.coverage || a.item.paragraph.order - b.item.paragraph.order);
  const first = best[0]?.item;
  if (!first) return unsupported(s.ctx, `what ${echo(group, 40)} said${topic.trim() ? ` about ${echo(topic.trim(), 60)}` : ''}`);
  return stated(group, first.text, [first], { items: best.slice(1, 3).map((x) => ({ text: x.item.text, citations: [citeSentence(x.item)] })) });
}

const termsOfQuote = new WeakMap<Quote, Set<string>>();

/** A quote's search terms: its excerpt and its speaker's name, worked out once. */
function quoteTerms(q: Quote): Set<string> {
  let t = termsOfQuote.get(q);
  if (!t) termsOfQuote.set(q, (t = new Set(terms(`${q.excerpt} ${q.speaker.name}`))));
  return t;
}

const contextOfQuote = new WeakMap<Quote, Set<string>>();

/**
 * A quote's terms with its context: its speaker's roles, the words of its paragraph around the
 * quotation ("In a written statement, …") and the heading over it ("The mayor
 * responds"): "the mayor's office statement on the trip" is found by them.
 */
function quoteInContextTerms(q: Quote): Set<string> {
  let t = contextOfQuote.get(q);
  if (!t) {
    const around = maskQuotes(q.paragraph.text, quoteSpans(q.paragraph.text));
    const roles = q.speaker.roles.map((r) => r.role).join(' ');
    contextOfQuote.set(q, (t = new Set([...quoteTerms(q), ...terms(`${roles} ${around} ${headingAbove(q.paragraph)}`)])));
  }
  return t;
}

/** The section heading a paragraph stands under ("The mayor's office responds"), if any: a short line with no full stop. */
function headingAbove(paragraph: Paragraph): string {
  const story = paragraph.article.paragraphs.filter((p) => p.kind === 'story');
  for (let i = story.indexOf(paragraph) - 1; i >= 0; i--) {
    const text = story[i]!.text;
    if (text.length <= 60 && /^\p{Lu}/u.test(text) && !/[.!?:"\u201d]$/.test(text)) return text;
  }
  return '';
}

/** Quotes on a topic, best first. */
export function quotesOnTopic(k: Knowledge, topic: string): Quote[] {
  const r = k.retriever;
  // "the guy from Eastmoor": every quote has someone behind it; the rest of the words choose them.
  const chosen = topic.replace(/\b(?:person|people|man|men|woman|women|guy|gal|lady|fellow|someone|somebody|resident)\b/gi, ' ');
  const query = r.analyze(/[\p{L}\p{N}]/u.test(chosen) ? chosen : topic);
  const pool = r.candidateArticles(query).flatMap((a) => k.quotesByArticle.get(a) ?? []);
  // By the quotes' own words first; by their context only when none holds the topic.
  const own = r.rank(query, pool, quoteTerms).filter((x) => x.coverage >= MIN_TOPIC_COVERAGE);
  const found = (own.length ? own : r.rank(query, pool, quoteInContextTerms).filter((x) => x.coverage >= MIN_TOPIC_COVERAGE)).map((x) => x.item);
  // ("Her press aide, X, said the point was trade. "We kept every cost down …," X said.": the words themselves stand where
  // the sentence that introduces them was found.)
  return [
    ...new Set(
      found.map((x) => (x.kind === 'paraphrase' ? (pool.find((y) => y.kind === 'direct' && y.speaker === x.speaker && y.paragraph === x.paragraph) ?? x) : x)),
    ),
  ];
}

function quotesAbout(ctx: AnswerContext, topic: string): Answer {
  const ranked = quotesOnTopic(ctx.knowledge, topic).map((item) => ({ item }));
  if (!ranked.length) {
    return notFound(`I found nobody quoted about “${echo(topic)}” in the articles.`, suggestionsFor(ctx.knowledge));
  }
  const items = ranked.slice(0, 10).map((x) => quoteItem(x.item));
  const best = ranked[0]!.item;
  return answer(`Quotes about ${echo(topic, 60)}`, `${best.speaker.name} on ${echo(topic, 60)}: ${items[0]!.text}`, items[0]!.citations, {
    items: items.slice(1),
  });
}

// A question of where someone said something: "where was she speaking when she promised the new route".
const WHERE_SAID =
  /^.*\b(?:say|said|says|saying|speak|speaking|spoke|promise[ds]?|promising|claim(?:ed|s|ing)?|announce[ds]?|announcing|pledge[ds]?|pledging)\s+(?:that\s+)?(.+)$/i;
// Where words were said, as a story gives it: "Said at the growers' dinner, May 9.", "told reporters at a briefing".
const SAID_WHERE =
  /(?:^|\b(?:said|told\s+[^,.;"\u201c\u201d]{1,40}?|speaking|spoke))\s*((?:at|during|on)\s+(?:a|an|the|his|her|their|\p{Lu}[\p{L}-]*)\s+[^,.;"\u201c\u201d]+)/iu;

/** "Where did the mayor promise the new route?": the occasion told beside the words that promised it. */
export function whereSaid(s: Scope): Answer | undefined {
  const k = s.ctx.knowledge;
  const person = s.named[0] ?? s.referent;
  const topic = WHERE_SAID.exec(s.q.text)?.[1];
  if (s.q.type !== 'place' || !person || !topic) return undefined;
  const r = k.retriever;
  const names = new Set(words([person.name, ...person.aliases].join(' ')));
  const query = r.analyze(
    words(topic)
      .filter((w) => !names.has(w))
      .join(' '),
  );
  // (Their words, by most of the topic; or by some of it, when no other words of theirs hold any.)
  const ranked = r.rank(query, k.quotesBySpeaker.get(person) ?? [], quoteTerms);
  const best = ranked[0] && (ranked[0].coverage >= 0.5 || (ranked[0].coverage >= 0.3 && ranked.length === 1)) ? ranked[0].item : undefined;
  if (!best) return undefined;
  for (const sentence of best.paragraph.sentences) {
    const at = SAID_WHERE.exec(sentence.text);
    if (at && best.excerpt.includes(sentence.text)) {
      const place = at[1]!.trim();
      return stated(place, `${person.name} said it ${place}: “${best.text}”`, [sentence]);
    }
  }
  return undefined;
}
