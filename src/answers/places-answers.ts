import { ORG_WORD } from '../knowledge/lexicon.ts';
import { echo, fold, isStopWord, stem, words } from '../text.ts';
import type { Answer } from './types.ts';
import type { Sentence } from '../corpus/types.ts';
import type { Person } from '../knowledge/people.ts';
import { placesIn, type Visit } from '../knowledge/places.ts';
import { hasSense, isKindOf } from '../knowledge/wordnet.ts';
import { listing, stated, unsupported } from './compose.ts';
import { findVerb } from './extract.ts';
import { entityTerms, holdsEntities, referentOf, retrievalText, storiesPointedTo, supporting, supportingRanked, type Scope } from './scope.ts';
import { escapeRegExp } from '../knowledge/people.ts';
import { bestSentence } from './sentence.ts';
import { MONTHS } from './events.ts';
import { tag } from './tagger.ts';
import { MOVED_TO } from './day-plan.ts';

// Where-questions: the place a sentence puts something in, and the itinerary of a trip (where
// someone went, before or after a place), from dated visits and from "before"/"after" in the text.

export function placeAnswer(s: Scope): Answer {
  const k = s.ctx.knowledge;
  // "where is Joyu based?": "a Shanghai-based smart tourism service provider", "based in Shanghai".
  if (s.q.verb === 'based' && s.q.subject) {
    const thing = s.q.subject.replace(/^(?:the|a|an)\s+/i, '');
    for (const sentence of supporting(s, thing, 0.9)) {
      const m = /(\p{Lu}[\p{L}'\u2019.-]*(?:\s\p{Lu}[\p{L}'\u2019.-]*)*)-based\b|\bbased\s+in\s+(\p{Lu}[\p{L}'\u2019.-]*(?:\s\p{Lu}[\p{L}'\u2019.-]*)*)/u.exec(
        sentence.text,
      );
      if (m) return stated(m[1] ?? m[2]!, `${thing} is based in ${m[1] ?? m[2]}`, [sentence]);
      // "Solberg Pumps, a Gothenburg manufacturer of ship pumps": a place named before what the thing is.
      const at = fold(sentence.text).indexOf(fold(thing));
      const home = at >= 0 ? HOME_BEFORE_NOUN.exec(sentence.text.slice(at + thing.length))?.[1] : undefined;
      const named = at >= 0 ? sentence.text.slice(at, at + thing.length) : thing;
      if (home && (k.places.has(fold(home)) || !hasSense(home.toLowerCase(), 'adj'))) return stated(home, `${named} is based in ${home}`, [sentence]);
    }
  }
  const asked = new Set(placesIn(s.q.text, k.places).map((p) => p.place));
  // ("where did the firm make its Arden announcement": "Arden County" is asked about, not an answer.)
  for (const w of words(s.q.text))
    for (const kind of ['County', 'City', 'Province', 'State', 'District', 'Region']) {
      const place = k.places.get(fold(`${w} ${kind}`));
      if (place) asked.add(place);
    }
  // "where did the trade mission end?": the place right after the question's verb ("ended in Kestrel City").
  const verb = verbAsked(s.q.about ?? '');
  // (Or a sentence where the one person asked about does it: "… to Akureyri, where Lund and Berg … signed".)
  // (They are its doer: named before the verb, which is no noun's plural: "two days of meetings in Tromso" tells of no meeting.)
  // (Or "she", in a story about them: "On Monday in Eastbridge, she toured …".)
  const doneBy = (x: Sentence, p: Person) => {
    const at = findVerb(x.text, verb!);
    if (!at || /ings$/.test(at.text)) return false;
    const named = (k.mentions.get(x) ?? []).some((m) => m.person === p && m.end <= at.start);
    return named || (k.subjectOf(x.paragraph.article) === p && /\b(?:she|he|they)\s+$/i.test(x.text.slice(0, at.start)));
  };
  const who = s.named.length === 1 ? s.named[0]! : undefined;
  const theirStories = who ? [...new Set(who.mentions.map((x) => x.paragraph.article))].filter((a) => k.subjectOf(a) === who) : [];
  // (The first eight, in that order: a person named across thousands of articles is not read through.)
  const theirs: Sentence[] = [];
  if (verb && who)
    for (const x of new Set([...who.mentions, ...theirStories.flatMap((a) => a.paragraphs.flatMap((p) => p.sentences))])) {
      if (theirs.length === 8) break;
      if (x.paragraph.kind === 'story' && doneBy(x, who)) theirs.push(x);
    }
  // (Or one after a sentence on the thing that does the verb to "it": "… the contract is worth $19 million.
  // A and B signed it at the firm's office in town.")
  const onIt = verb
    ? supporting(s, undefined, 0.3)
        .slice(0, 8)
        .flatMap((x) => x.paragraph.sentences.slice(x.paragraph.sentences.indexOf(x) + 1))
        .filter((y) => {
          const at = findVerb(y.text, verb);
          return !!at && /^\s+(?:it|them)\b/i.test(y.text.slice(at.end));
        })
    : [];
  for (const sentence of verb ? [...new Set([...supporting(s, undefined, 0.5).slice(0, 8), ...theirs, ...onIt])] : []) {
    const at = findVerb(sentence.text, verb!);
    // "rode to the port city of Valparaíso, where the port and the line signed": the place the
    // where-clause of the verb hangs on.
    const where = at ? WHERE_CLAUSE.exec(sentence.text.slice(0, at.start)) : null;
    const hung = where
      ? placesIn(where[1]!, k.places)
          .filter((p) => !asked.has(p.place))
          .pop()
      : undefined;
    // (Not the place of an aside: "visited Skagby, a fishing town north of Nordhaven, where she opened …".)
    const aside = /^(?:a|an|the)\s/i.test((where?.[1] ?? '').split(/,\s+/).pop() ?? '');
    if (hung && !aside && where![1]!.trimEnd().endsWith(hung.place)) return stated(hung.place, `In ${hung.place}`, [sentence]);
    // "On Monday in Eastbridge, she toured …", "On the final morning, in Poznań, the university signed …":
    // the place the sentence opens with, set off before its verb.
    const opening = at ? OPENING_PLACE.exec(sentence.text.slice(0, at.start)) : null;
    const opened = opening ? placesIn(opening[1]!, k.places).find((p) => p.place === opening[1] && !asked.has(p.place)) : undefined;
    if (opened) return stated(opened.place, `In ${opened.place}`, [sentence]);
    // "The next morning, on a quay overlooking Tolvik Harbour, the port … signed": a venue set off
    // before the verb, told by a place the articles know.
    const venue = at ? OPENING_VENUE.exec(sentence.text.slice(0, at.start)) : null;
    if (venue && (placesIn(venue[2]!, k.places).some((p) => !asked.has(p.place)) || SITE_NAME.test(venue[2]!)))
      return stated(`${venue[1]} ${venue[2]}`, `${venue[1]!.charAt(0).toUpperCase()}${venue[1]!.slice(1)} ${venue[2]}`, [sentence]);
    const after = at ? placesIn(sentence.text.slice(at.end, at.end + 40), k.places).filter((p) => !asked.has(p.place)) : [];
    // ("visited the firm's cable works in Ulsan": the place of what the verb took, a few words on.)
    if (
      after[0] &&
      /^\s+(?:(?:(?:the|a|an|its|their|his|her|our)\s+)?(?:[\p{L}'\u2019-]+\s+){1,3}?)?(?:in|at|to|into|near|outside)\s+(?:the\s+)?(?:[\p{L}-]+['\u2019]s\s+)?$/iu.test(
        sentence.text.slice(at!.end, at!.end + after[0].at),
      )
    ) {
      // "signed three agreements at Gunsan City Hall": the venue the place's name begins, when there is one.
      const venue = [...sentence.text.slice(at!.end).matchAll(VENUE)].find(
        (m) => m[2]!.replace(/^the\s+/i, '').startsWith(after[0]!.place) && m[2]!.length > after[0]!.place.length + 3,
      );
      if (venue) return stated(venue[2]!, `${venue[1]!.charAt(0).toUpperCase()}${venue[1]!.slice(1)} ${venue[2]}`, [sentence]);
      return stated(after[0].place, `In ${after[0].place}`, [sentence]);
    }
    // "On Monday the group took the train north to Tarvo. The next day, Lind signed …": a sentence
    // that names no place of its own happened where the one before it had just gone.
    const before = sentence.paragraph.sentences[sentence.paragraph.sentences.indexOf(sentence) - 1];
    if (at && before && !placesIn(sentence.text, k.places).some((p) => !asked.has(p.place))) {
      const went = placesIn(before.text, k.places).filter(
        (p) =>
          !asked.has(p.place) &&
          MOVED_TO.test(before.text.slice(Math.max(0, p.at - 50), p.at)) &&
          !describedAsNoPlace(before.text.slice(p.at + p.place.length)),
      );
      if (went.length) return stated(went.at(-1)!.place, `In ${went.at(-1)!.place}`, [sentence, before]);
    }
  }
  // "where was the delegation on Tuesday, Oct. 1", "where was the college agreement signed": a day's
  // line of an itinerary ("Tuesday: Pemberra; tour of …") puts its day and what was done in its place.
  // "where is the Arden Mills plant": a place the articles write beside that noun ("its Kessa plant", "a plant in Kessa").
  const site = siteOf(s, asked);
  if (site) return site;
  const programme = programmePlace(s, asked);
  if (programme) return programme;
  // (What "took place" is the verb's event: a sentence where something else took place is no answer.)
  const happened = happenedAs(s.q.about ?? '');
  const near = supporting(s, undefined, 0.5)
    .slice(0, 8)
    .filter((x) => !happened || findVerb(x.text, happened));
  // (And, in their stories, a sentence that tells a choice of places still open about a name the question
  // gives: "Bintang Bay is weighing a site in Butte against one in Bozeman.")
  const names = entityTerms(k.retriever, s.q.text).filter((forms) => !forms.some((f) => k.places.has(f)));
  const weighed = [...new Set(near.map((x) => x.paragraph.article))]
    .flatMap((a) => a.paragraphs.flatMap((p) => p.sentences))
    .filter((x) => UNDECIDED.test(x.text) && names.some((forms) => forms.some((f) => k.retriever.termsOfSentence(x).has(f))));
  const placed = placeOf(s, [...new Set([...near, ...weighed])], asked);
  if (placed) return placed;
  // "Where is the Manila buyers forum held?": the story's place is context; the sentence that tells
  // the venue ("A buyers' forum is planned … at the Solana Bay Hotel in Pasay") may not repeat it.
  if (asked.size) {
    let rest = retrievalText(s);
    for (const place of asked) rest = rest.replace(new RegExp(`\\b${escapeRegExp(place)}\\b`, 'gi'), ' ');
    const names = entityTerms(k.retriever, [...asked].join(' '));
    const inStory = supportingRanked(s, rest, 0.4)
      .map((x) => x.item)
      .filter((x) => holdsEntities(k.retriever, x.paragraph.article, names))
      .slice(0, 4);
    const found = placeOf(s, inStory, asked);
    if (found) return found;
  }
  return unsupported(s.ctx, `the answer to “${echo(s.q.text)}”`, supporting(s, undefined, 0.5)[0]);
}

// An itinerary's line: its day, then the place it was spent in, then what was done there.
const PROGRAMME_LINE = /^([^:]{2,40}):\s+(\p{Lu}[\p{L}\p{M}'\u2019.-]*(?:\s+\p{Lu}[\p{L}\p{M}'\u2019.-]*)*)\s*(?:[;,.]\s*(.*))?$/u;
const MONTH_DAY =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const WEEKDAY = /\b(sun|mon|tue|wed|thu|fri|sat)(?:day|s|sday|nesday|rsday|urday|\.)?\b/i;
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
// Words of a where-question that tell no day's line from another.
const WHERE_WORDS = /^(?:where|was|were|is|are|did|do|does|the|a|an|on|in|at|of|they|deleg|group|team|parti|visit|go|be|been|exactli)$/;

/**
 * Is the name a line opens with a place? One the articles place elsewhere or WordNet knows as one, or a
 * name that is no common word nor anyone's ("Lusketta"; not "Tour", not a person).
 */
function lineOpensWithPlace(s: Scope, name: string): boolean {
  const k = s.ctx.knowledge;
  const lower = name.toLowerCase();
  if (k.places.has(fold(name)) || isKindOf(lower.replace(/\s+/g, ' '), 'location', 'noun', 8, 2)) return true;
  if (k.peopleByKey.has(fold(name))) return false;
  return words(lower).every((w) => !hasSense(w, 'noun') && !hasSense(w, 'verb') && !hasSense(w, 'adj'));
}

/** The place an itinerary's line for the question's day, or for what it asks was done, was spent in. */
function programmePlace(s: Scope, asked: Set<string>): Answer | undefined {
  const k = s.ctx.knowledge;
  const r = k.retriever;
  const md = MONTH_DAY.exec(s.q.text);
  const month = md ? MONTHS.indexOf((md[1] ?? md[4]!).toLowerCase().slice(0, 3)) + 1 : 0;
  const day = md ? Number(md[2] ?? md[3]) : 0;
  const weekday = WEEKDAY.exec(s.q.text);
  const dow = weekday ? DAYS.indexOf(weekday[1]!.toLowerCase()) : -1;
  const datedAsk = Boolean(md) || dow >= 0;
  // What the question says was done, without its day, its places and its plain words.
  const rest = r
    .analyze(s.q.text.replace(MONTH_DAY, ' ').replace(WEEKDAY, ' '))
    .filter((t) => !WHERE_WORDS.test(t.term) && ![...asked].some((p) => words(p).some((w) => stem(w) === t.term)));
  const stories = storiesPointedTo(s, 0.25, 2);
  for (const article of stories) {
    for (const e of k.eventsByArticle.get(article) ?? []) {
      const line = PROGRAMME_LINE.exec(e.sentence.text);
      if (!line || e.date.precision !== 'day' || e.date.end || !line[1]!.includes(e.phrase.split(/\s+/)[0]!)) continue;
      const place = line[2]!;
      if (!lineOpensWithPlace(s, place) || asked.has(place)) continue;
      const date = new Date(`${e.date.start}T00:00:00Z`);
      const onDay = datedAsk && (!md || (date.getUTCMonth() + 1 === month && date.getUTCDate() === day)) && (dow < 0 || date.getUTCDay() === dow);
      // (Undated, what was done must be the line's: "signing of the orchard exchange agreement".)
      const its = r.termsOfSentence(e.sentence);
      const done = !datedAsk && rest.length > 0 && rest.every((t) => [t.term, ...t.forms, ...(t.others ?? [])].some((f) => its.has(f)));
      if (onDay || done) return stated(place, `In ${place}`, [e.sentence]);
    }
  }
  return undefined;
}

// ", a Gothenburg manufacturer", ", an Ohio-born maker of …": the capitalised words before a common noun.
const HOME_BEFORE_NOUN =
  /^(?:[^,]{0,12}|(?:\s+\p{Lu}[\p{L}\p{M}'\u2019.-]*)+),\s+(?:a|an)\s+(\p{Lu}[\p{L}\p{M}'\u2019.-]*(?:\s\p{Lu}[\p{L}\p{M}'\u2019.-]*)*)\s+\p{Ll}/u;

// A sentence up to ", where …" with no other clause between it and the verb.
// A sentence's opening that places it: "On Monday in Eastbridge, …", "On the last day, in Poznań, …", "In Gdańsk, …".
const OPENING_VENUE =
  /(?:^|,\s+)(on|at|in|aboard|inside|outside)\s+((?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+\s+(?:overlooking|near|beside|outside|in|at|on|off)\s+(?:the\s+)?(?:(?:grounds|campus|site|edge|banks?)\s+of\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}'\u2019.-]*(?:\s+\p{Lu}[\p{L}\p{M}'\u2019.-]*)*),\s+[^,]*$/u;
const OPENING_PLACE =
  /^(?:(?:On|By|Later|Earlier|That)\b[^,]{0,40}?(?:,\s+|\s+))?in\s+(\p{Lu}[\p{L}\p{M}'\u2019.-]*(?:\s+\p{Lu}[\p{L}\p{M}'\u2019.-]*)*),\s+[^,]*$/iu;

// (With an aside set off between the doers and the verb: "where Lund and Berg, Brask's chief, signed".)
const WHERE_CLAUSE = /^(.*?),\s+where\s+[^,;]*(?:,[^,;]*,[^,;]*)?$/su;

/** The place or venue the first of these sentences puts the thing asked about in. */
function placeOf(s: Scope, sentences: Sentence[], asked: Set<string>): Answer | undefined {
  const k = s.ctx.knowledge;
  // ("where in Vermont …": a place inside it, never the country around it.)
  const within = /\bwhere\s+in\s+(\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*)/u.exec(s.q.text)?.[1];
  const around = (place: string) => !!within && !isCountry(within) && isCountry(place);
  // ("where is the plant going": a choice still open, before a sentence that places something else of it.)
  const toCome = !/\b(?:did|was|were|had)\b/i.test(s.q.text);
  const open = (x: Sentence) => toCome && UNDECIDED.test(x.text) && new Set(placesIn(x.text, k.places).map((p) => p.place)).size > 1;
  sentences = [...sentences.filter(open), ...sentences.filter((x) => !open(x))];
  // ("where's the factory the governor toured": a plant a company plans to build elsewhere is no place of what was done.)
  if (PAST_ASKED.test(s.q.text)) sentences = [...sentences.filter((x) => !PLANNED.test(x.text)), ...sentences.filter((x) => PLANNED.test(x.text))];
  for (const sentence of sentences) {
    const found = placesIn(sentence.text, k.places).filter(
      (p) =>
        !asked.has(p.place) &&
        !around(p.place) &&
        /\b(?:in|at|to|into|near|visited|visiting|toured|reached)\s+(?:the\s+)?$/i.test(sentence.text.slice(Math.max(0, p.at - 12), p.at)) &&
        !namesWhatFollows(sentence.text.slice(p.at + p.place.length)) &&
        !describedAsNoPlace(sentence.text.slice(p.at + p.place.length)),
    );
    // A venue the question's words stand beside ("a center on the former Millbrook rail yard") is
    // nearer the thing asked about than a city elsewhere in the sentence.
    // ("Vessel Works is choosing between a lot in Arden and one in Marlby": none chosen yet.)
    const places = [...new Set(found.map((f) => f.place))];
    if (places.length > 1 && UNDECIDED.test(sentence.text))
      return stated(places.join(' or '), `Not decided yet: ${places.join(' or ')}. ${sentence.text}`, [sentence]);
    const venue = venueNear(s, sentence, asked);
    if (venue && !around(venue.text.replace(/^\S+\s+/, '')) && (!found.length || venue.distance < distanceTo(s, sentence, found[0]!.at)))
      return stated(venue.text, venue.text, [sentence]);
    if (found.length) return stated(found[0]!.place, `In ${listing(places)}`, [sentence]);
    // "… we rode out to Lakemoor to see the mill. That afternoon they signed …": where the sentence before went.
    const sentences = sentence.paragraph.sentences;
    const before = sentences[sentences.indexOf(sentence) - 1];
    if (before && THERE_AND_THEN.test(sentence.text)) {
      const went = placesIn(before.text, k.places).filter(
        (p) => !asked.has(p.place) && /\b(?:in|at|to|into|reached|visited)\s+(?:the\s+)?$/i.test(before.text.slice(Math.max(0, p.at - 12), p.at)),
      );
      if (went.length) return stated(went.at(-1)!.place, `In ${went.at(-1)!.place}`, [sentence, before]);
    }
  }
  return undefined;
}

/**
 * The verb of a where-question's rest: "did Lund sign the factory agreement" → "sign", not the last word
 * of its object. The word after a name ("did Lund sign …") whatever a tagger makes of it; in the passive
 * the participle ("was the contract signed"); else the first word that can be a verb and is no light one
 * ("sign its partnership during the trip", "go see"); the tagger, loaded only when none of these is
 * found, and the last word after that.
 */
function verbAsked(about: string): string | undefined {
  const lower = about.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w));
  const happening = happenedAs(about);
  if (happening) return happening;
  // "… going to be built", "… the mayors will visit": the verb after a modal or "be", before any noun that may be a verb ("group").
  // ("will the plant be built": the first such word that is a verb.)
  for (const m of about.matchAll(/\b(?:be|been|being|will|would|can|could|to)\s+(?!be\b)(\p{Ll}+)\b/gu)) {
    const lemma = tag(m[1]!)[0]?.lemma ?? m[1]!;
    if (!isStopWord(m[1]!) && hasSense(lemma, 'verb') && !/^(?:go|get|do|have|come)$/.test(lemma)) return lemma;
  }
  const afterName = /^(?:did|does|do|will|would|can|could|has|have|had)\s+(?:\p{Lu}[\p{L}'\u2019.-]*\s+)+(\p{Ll}+)\b/u.exec(about)?.[1];
  if (afterName && hasSense(afterName, 'verb')) return afterName;
  const participle = /^(?:was|were|is|are|been|be)\b/i.test(about) ? lower.findLast((w) => /(?:ed|en)$/.test(w) && hasSense(w, 'verb')) : undefined;
  // (Not a noun after a name or a determiner: "is the Norrvik plant going" asks where it goes.)
  const all = about.split(/\s+/);
  const inNounPhrase = (w: string) => {
    const before = all[all.indexOf(w) - 1] ?? '';
    return /^(?:the|a|an|its|their|his|her|our)$/i.test(before) || /^\p{Lu}/u.test(before) || /['\u2019]s$/.test(before);
  };
  const firstVerb =
    participle ?? lower.slice(1).find((w) => !isStopWord(w) && !/^(?:go|get|be|do|have|come)$/.test(w) && hasSense(w, 'verb') && !inNounPhrase(w));
  if (firstVerb) return firstVerb;
  const tagged = lower.length > 1 ? tag(about).filter((t) => t.pos === 'VERB' && /^\p{Ll}/u.test(t.text)) : [];
  return tagged.at(-1)?.text ?? lower.at(-1);
}

// What stands somewhere: a plant, an office. (Asked "where is …", the place beside the noun.)
const SITE_ASKED =
  /^(?:is|was|are|were)\s+(?:the|its|their|his|her)\s+(?:[\p{L}'\u2019&-]+\s+){0,4}?(plant|factory|facility|office|headquarters|warehouse|campus|mill|terminal|store|shop)s?\b/iu;

/** The place written beside the site asked about, in a sentence of a story that names what the question names. */
function siteOf(s: Scope, asked: Set<string>): Answer | undefined {
  const k = s.ctx.knowledge;
  const noun = SITE_ASKED.exec(s.q.about ?? '')?.[1]?.toLowerCase();
  // (A site still to come, "where is the plant going to be built", may not be chosen yet: not one that stands.)
  if (!noun || /\b(?:going|will|gonna|to\s+be|planned|plans?|built|build|new)\b/i.test(s.q.text)) return undefined;
  const names = entityTerms(k.retriever, s.q.text).filter((forms) => !forms.some((f) => k.places.has(f)));
  if (!names.length) return undefined;
  // (A plant is a factory, as the search counts them too.)
  const nouns = /^(?:plant|factory)$/.test(noun) ? '(?:plants?|factory|factories)' : `${noun}s?`;
  const past = PAST_ASKED.test(s.q.text);
  for (const sentence of supporting(s, undefined, 0.3).slice(0, 12)) {
    if (!holdsEntities(k.retriever, sentence.paragraph.article, names)) continue;
    // ("where's the factory the governor toured": not the plant a company plans elsewhere.)
    if (past && PLANNED.test(sentence.text)) continue;
    for (const p of placesIn(sentence.text, k.places)) {
      if (asked.has(p.place)) continue;
      const before = sentence.text.slice(0, p.at);
      const after = sentence.text.slice(p.at + p.place.length);
      const beside =
        (new RegExp(`^\\s+${nouns}\\b`, 'i').test(after) && /\b(?:its|their|his|her|our|the)\s+$/i.test(before)) ||
        new RegExp(`\\b${nouns}\\s+(?:(?:is|will\\s+be|would\\s+be)\\s+)?(?:in|at|near|outside)\\s+(?:the\\s+)?$`, 'i').test(before);
      if (beside) return stated(p.place, `In ${p.place}`, [sentence]);
    }
  }
  return undefined;
}

const PAST_ASKED = /\b(?:did|was|were|had)\b|\b\p{Ll}{3,}ed\b/u;
const PLANNED = /\b(?:plans?|planning|intends?|hopes?|aims?|expects?)\s+to\b/i;
// A site named by what stands there: "the grounds of Arden Polytechnic University", "Quayside Hall".
const SITE_NAME = /\b(?:University|College|School|Hall|Center|Centre|Hotel|Museum|Palace|Airport|Station|Building|Plant|Port|Stadium|Library)$/;
// A choice still open between the places a sentence names.
const UNDECIDED =
  /\b(?:weighing|considering|deciding\s+between|choosing\s+between|has\s+not\s+(?:yet\s+)?(?:decided|chosen)|not\s+yet\s+(?:decided|chosen)|short-?listed|open\s+question|undecided)\b/i;
/** "where did the agreement signing take place": what happened, the verb of the -ing noun that heads the subject. */
function happenedAs(about: string): string | undefined {
  const head = new RegExp(`(\\p{Ll}{3,}?)ing\\s+(?:${HAPPENED.source})`, 'u').exec(about)?.[1];
  if (!head) return undefined;
  return hasSense(head, 'verb') ? head : hasSense(`${head}e`, 'verb') ? `${head}e` : undefined;
}

const HAPPENED = /\b(?:take|took|taken|takes|taking)\s+place\b|\b(?:happen|happened|occur|occurred)\b/;

const isCountry = (place: string) => isKindOf(place.toLowerCase().replace(/^the\s+/, ''), 'country', 'noun', 3, 2);

/** ", a primary school of some 300 pupils": the name before is a school's, whatever preposition led to it. */
function describedAsNoPlace(rest: string): boolean {
  const kind = /^,\s+(?:a|an)\s+([^,.;]{1,60}?)(?:\s+(?:of|with|in|on|at|that|which|where|for)\b|[,.;]|$)/u.exec(rest)?.[1]?.split(/\s+/).pop();
  return !!kind && hasSense(kind, 'noun') && !isKindOf(kind, 'location', 'noun', 10, 2);
}

/** "toured the Brask factory": a name before a thing's noun names the thing, not where it is. */
function namesWhatFollows(rest: string): boolean {
  const next = /^\s+(\p{Ll}+)\b/u.exec(rest)?.[1];
  return !!next && !isStopWord(next) && hasSense(next, 'noun') && !hasSense(next, 'verb');
}

// A sentence that goes on where the one before it was: "That afternoon …", "Later that day …", "There …".
const THERE_AND_THEN = /^(?:A:\s+)?(?:that\s+(?:morning|afternoon|evening|night)|later\s+that\s+day|there|while\s+there)\b/i;

// A place written as a capitalised name after a preposition of place: "at Kobe City Hall", "from
// Lincoln Middle School", "out of Seattle-Tacoma International Airport", "on the former Millbrook rail yard".
// (A name's letters with their marks: "Ọ̀" is a letter and a mark NFC leaves apart.)
const VENUE =
  /\b(at|in|on|from|out\s+of|outside|near|inside)\s+((?:the\s+)?(?:former\s+|new\s+|old\s+)?\p{Lu}[\p{L}\p{M}'\u2019.-]*(?:\s+(?:of\s+|and\s+|(?:de|da|do|dos|das|del|della|di|du|des|la|le|van|von|y)\s+)?(?:the\s+)?\p{Lu}[\p{L}\p{M}'\u2019.-]*)*(?:\s+\d{1,3}[A-Z]?\b)?(?:\s+(?:industrial\s+|business\s+|science\s+|technology\s+|office\s+|container\s+)?(?:rail\s+yard|yard|site|park|district|campus|terminal|port|plant|hall|center|centre|square|building|airport|station|(?:government\s+|guest\s+)?house|headquarters|hotel|palace|museum|pier|quay))?)/gu;
const NOT_PLACE =
  /^(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

/** How far, in characters, a position is from the nearest of the question's words in the sentence. */
function distanceTo(s: Scope, sentence: Sentence, at: number): number {
  const r = s.ctx.knowledge.retriever;
  const terms = new Set(r.analyze(s.q.text).flatMap((q) => q.forms));
  const positions = [...sentence.text.matchAll(/[\p{L}\p{N}]+/gu)].filter((m) => terms.has(stem(m[0]))).map((m) => m.index);
  return Math.min(...positions.map((p) => Math.abs(p - at)), Infinity);
}

/** The named venue in the sentence nearest the question's words, when it tells more than the question. */
function venueNear(s: Scope, sentence: Sentence, asked: Set<string> = new Set()): { text: string; distance: number } | undefined {
  const own = new Set(words(s.q.text));
  // "where … from?", "flying out of": the preposition the question ends on is the one to read.
  const ends = /\b(from|out\s+of|at|in)\s*$/i.exec(s.q.text)?.[1]?.toLowerCase().replace(/\s+/, ' ');
  let best: { text: string; distance: number } | undefined;
  for (const m of sentence.text.matchAll(VENUE)) {
    const place = m[2]!.replace(/^the\s+/i, '');
    if (NOT_PLACE.test(place) || asked.has(place) || words(place).every((w) => own.has(w)) || describedAsNoPlace(sentence.text.slice(m.index + m[0].length)))
      continue;
    if (ends && m[1]!.toLowerCase().replace(/\s+/, ' ') !== ends) continue;
    // ("in Arden, just outside Vermont City": an aside that places the place before it, no venue of its own.)
    if (/^(?:outside|near)$/i.test(m[1]!) && /\p{Lu}[\p{L}\p{M}'\u2019-]*,\s+(?:(?:just|right|not\s+far)\s+)?$/u.test(sentence.text.slice(0, m.index)))
      continue;
    // ("came home from Iceland … with two signed agreements": where from is no where.)
    if (!ends && /^(?:from|out\s+of)$/i.test(m[1]!)) continue;
    const distance = distanceTo(s, sentence, m.index);
    if (!best || distance < best.distance) best = { text: `${m[1]!.charAt(0).toUpperCase()}${m[1]!.slice(1)} ${m[2]}`, distance };
  }
  return best;
}

/**
 * "Arden's sister city in Norway": in the sentence nearest that holds the owner and the relation's
 * words, the one other place named (not the owner, nor a place the question names).
 */
export function relatedPlace(s: Scope, thing: string): Answer | undefined {
  const k = s.ctx.knowledge;
  const m = /^(\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*)*)['\u2019]s\s+(.+)$/u.exec(thing.trim());
  if (!m || !k.places.has(fold(m[1]!))) return undefined;
  const relation = m[2]!.split(/\s+(?:in|of|at|from|on)\s+/)[0]!;
  const head = relation
    .split(/\s+/)
    .pop()!
    .replace(/(?:ies)$/, 'y')
    .replace(/s$/, '');
  if (!isKindOf(head, 'location', 'noun', 10, 2)) return undefined;
  const asked = new Set(placesIn(s.q.text, k.places).map((p) => p.place));
  // (Its nouns: "longtime" of "longtime sister city" need not be written.)
  const relationWords = words(relation).filter((w) => !isStopWord(w) && hasSense(w.replace(/s$/, ''), 'noun'));
  for (const sentence of supporting(s, `${m[1]} ${relation}`, 0.6).slice(0, 5)) {
    if (!relationWords.every((w) => words(sentence.text).some((x) => stem(x) === stem(w)))) continue;
    // (A city is no country: "sister cities in China and the US" names none.)
    const others = [...new Set(placesIn(sentence.text, k.places).map((p) => p.place))].filter(
      (p) => !asked.has(p) && fold(p) !== fold(m[1]!) && (head === 'country' || !isCountry(p)),
    );
    if (others.length === 1) return stated(others[0]!, `${others[0]}: ${sentence.text}`, [sentence]);
  }
  return undefined;
}

/** Places someone went, in time order, or those before or after a place ("where did she go after Beijing?"). */
export function visitedPlaces(s: Scope, kind?: string, within?: string): Answer {
  const k = s.ctx.knowledge;
  // Whose trip: the person named, or the one a pronoun stands for, or the main person of the
  // articles the question points to ("where did the delegation go after Valdoria City?").
  const who = s.named[0] ?? s.referent ?? referentOf(s.ctx, { ...s.q, pronoun: undefined });
  if (!who) return bestSentence(s);
  const { visits, order } = k.itinerary(who);
  const home = new Set(who.roles.flatMap((r) => placesIn(r.role, k.places).map((p) => p.place)));
  const byPlace = new Map<string, Visit[]>();
  for (const v of visits) if (!home.has(v.place)) byPlace.set(v.place, [...(byPlace.get(v.place) ?? []), v]);
  // A place's date comes from the sentence that names it most alone.
  const when = (place: string) => {
    const vs = [...(byPlace.get(place) ?? [])].sort((a, b) => a.crowd - b.crowd);
    return { date: vs.find((v) => v.date)?.date, latest: vs.map((v) => v.latest).sort()[0], evidence: vs[0]?.sentence };
  };
  // "cities in India": not India itself.
  // (A city is not "the Musee des Ports": a place the visits always name after "the" is a building or a body.)
  const cities = !!kind && isKindOf(kind.toLowerCase(), 'city', 'noun', 2, 1);
  const withThe = (p: string) => (byPlace.get(p) ?? []).every((v) => new RegExp(`\\bthe\\s+${escapeRegExp(p)}`, 'i').test(v.sentence.text));
  // "which port": a place the articles call a port ("the port of Salvik", "Ostvik, a harbour town").
  const named = (p: string) => !!kind && (byPlace.get(p) ?? []).some((v) => calledA(v.sentence.text, p, kind));
  const ofKind = !!kind && !cities && !REGION_KIND.test(kind) && [...byPlace.keys()].some(named);
  const countries = !!kind && isKindOf(kind.toLowerCase(), 'country', 'noun', 2, 1);
  let chosen = [...byPlace.keys()].filter(
    (p) =>
      (!kind || fitsKind(p, kind) || (countries && named(p))) && (!ofKind || named(p)) && !(cities && withThe(p)) && p.toLowerCase() !== within?.toLowerCase(),
  );
  const evidence: Sentence[] = [];
  const rel = s.q.order;
  if (rel) {
    const anchor = placesIn(rel.anchor, k.places)[0]?.place;
    if (!anchor) return unsupported(s.ctx, `where ${who.name} went ${rel.relation} ${echo(rel.anchor, 40)}`);
    const a = when(anchor);
    chosen = chosen.filter((p) => {
      if (p === anchor) return false;
      const said = order.find((o) => (rel.relation === 'before' ? o.first === p && o.then === anchor : o.first === anchor && o.then === p));
      if (said) {
        evidence.push(said.sentence);
        return true;
      }
      const d = when(p).date;
      if (!d) return false;
      const ok = rel.relation === 'after' ? d > (a.date ?? a.latest ?? '9999') : !!a.date && d < a.date;
      if (ok) evidence.push(when(p).evidence!);
      return ok;
    });
    const anchorEvidence = a.evidence;
    if (chosen.length && anchorEvidence) evidence.push(anchorEvidence);
  } else {
    evidence.push(...chosen.map((p) => when(p).evidence!).filter(Boolean));
  }
  if (!chosen.length) return unsupported(s.ctx, `where ${who.name} went${rel ? ` ${rel.relation} ${echo(rel.anchor, 40)}` : ''}`);
  // In time order where dated, else in the order the articles tell.
  const key = (p: string) => when(p).date ?? when(p).latest ?? '';
  chosen.sort((x, y) => key(x).localeCompare(key(y)));
  const text = rel
    ? `${rel.relation === 'after' ? 'After' : 'Before'} ${rel.anchor}, ${who.name} went to ${listing(chosen)}`
    : `${who.name} went to ${listing(chosen)}`;
  return stated(listing(chosen), text, evidence);
}

const REGION = /\b(?:Province|Area|Region|State|County|District|Prefecture|Country)$/;
// Kinds every stop is: "which places", "which locations" choose none.
const REGION_KIND = /^(?:places?|locations?|spots?|stops?|destinations?|sites?|countries|country|nations?)$/i;

/** Does the sentence call the place by the kind asked ("the port of X", "X port", "X, a port town")? */
function calledA(text: string, place: string, kind: string): boolean {
  const noun = escapeRegExp(kind.toLowerCase().replace(/s$/, ''));
  const name = escapeRegExp(place);
  return (
    new RegExp(`\\b${noun}s?\\s+of\\s+${name}|${name}\\s+${noun}\\b|${name},\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}${noun}\\b`, 'iu').test(text) ||
    new RegExp(`\\b${noun}\\b`, 'i').test(place)
  );
}

/** "which cities": a city is no province, bay area or country. */
export function fitsKind(place: string, kind: string): boolean {
  const name = place.toLowerCase();
  // A continent is no stop of either kind ("Europe" in "our first trade mission to Europe").
  if (isKindOf(name, 'continent', 'noun', 3, 1)) return false;
  // "which countries": a country WordNet knows (one it does not is kept where the articles call it one: calledA).
  if (isKindOf(kind.toLowerCase(), 'country', 'noun', 2, 1)) return isKindOf(name, 'country', 'noun', 3, 1);
  if (!isKindOf(kind.toLowerCase(), 'city', 'noun', 2, 1)) return true;
  // (Nor a company the group called on: "Korvel Electronics" is no city; nor a month's abbreviation.)
  if ((ORG_WORD.test(place) && !PLACE_WORD.test(place)) || MONTH_ABBREVIATION.test(place)) return false;
  return !REGION.test(place) && !isKindOf(place.toLowerCase(), 'country', 'noun', 3, 1);
}
const MONTH_ABBREVIATION = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;
const PLACE_WORD = /\b(?:City|County|Area|Province|District|Valley)\b/;
