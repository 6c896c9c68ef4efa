import { distance } from 'fastest-levenshtein';
import { baseForm, demonymBases, echo, fold, isStopWord, stem, words } from '../text.ts';
import type { Answer } from './types.ts';
import { escapeRegExp, type Person, type RoleFact } from '../knowledge/people.ts';
import type { Knowledge } from '../knowledge-build/index.ts';
import { peopleNamedIn } from './named.ts';
import { placesIn } from '../knowledge/places.ts';
import { maskQuotes, quoteSpans } from '../knowledge/quotes.ts';
import { leads, parseRoleQuery, peopleInRole, peopleInRoleWhere, roleArticle, type RoleMatch, type RoleQuery } from '../knowledge/roles.ts';
import { hasSense, isKindOf, namesIndividual, pertainsTo, synonyms } from '../knowledge/wordnet.ts';
import { neighbours, similarity } from '../knowledge/vectors.ts';
import { listing, stated, unsupported } from './compose.ts';
import { agentsOf, findVerb, phraseAfter } from './extract.ts';
import { describe, resolvePerson } from './resolve-person.ts';
import { titlesInFull } from '../knowledge/role-words.ts';
import { entityTerms, holdsEntities, supporting, supportingInContext, retrievalText, supportingRanked, type Scope } from './scope.ts';
import type { Sentence } from '../corpus/types.ts';
import { homeLine } from '../corpus/load.ts';
import { bestSentence } from './sentence.ts';
import { several } from './who.ts';
import { capitalisedRuns } from './reason.ts';
import { VOTED_AGAINST, voteSide } from './votes.ts';

// Questions whose answer is a person (or the body that did something): who holds a role, whom
// someone met, who signed or organised something, and what someone's job is.

export function personAnswer(s: Scope): Answer {
  const sender = senderOf(s);
  if (sender) return sender;
  const answer = personAsked(s);
  // "which lawmaker is griping about …": when no sentence tells the verb itself, the one the story
  // about it tells finding fault.
  // (A sentence offered without a name is no answer to who.)
  if ((!answer.answered || answer.title === 'From the articles') && s.q.verb && (complains(s.q.verb) || FINDS_FAULT.test(s.q.verb)))
    return critics(s) ?? answer;
  // ("who's the professor complaining about the trip": the verb inside the description asked after.)
  const inside = !answer.answered && !s.q.verb ? /\b(\p{Ll}+ing)\s+(?:about|over|of)\s+(.+)$/u.exec(s.q.about ?? '') : null;
  if (inside && complains(inside[1]!)) return critics({ ...s, q: { ...s.q, about: inside[2]! } }) ?? answer;
  return answer;
}

function personAsked(s: Scope): Answer {
  const { q } = s;
  if (q.focus === 'head' && q.about) return headOf(s, q.about);
  if (q.about && !q.subject && !q.verb) return whoIs(s, q.about);
  if (q.subject && q.verb) return metOrNamed(s);
  if (q.verb) return doers(s);
  return bestSentence(s);
}

/** "who is X": a person by name, or whoever holds the role X describes. */
function whoIs(s: Scope, about: string): Answer {
  const k = s.ctx.knowledge;
  // "who are Han Zheng and Gong Zheng?": each of them.
  if (s.named.length > 1 && s.named.every((p) => p.roles.length)) {
    return stated(
      s.named.map((p) => p.name).join(', '),
      s.named.map((p) => `${p.name}: ${p.roles.map((r) => r.role).join('; ')}`).join('. '),
      s.named.map((p) => p.roles[0]!.sentence),
    );
  }
  // "the US Treasury Secretary who visited China": the role, without the clause that describes them.
  // ("the port's CEO, the one who went along to Hamburg": likewise.)
  // ("the mayor of Shanghai that Breed met", "the Guangzhou mayor Breed met": the role without the
  // clause, when no one holds it with the clause.)
  const clauseless = about
    .replace(/,?\s+(?:the\s+(?:one|person|man|woman|guy)\s+)?(?:who|that|which|while|whilst|when)(?:['\u2019]s)?\s.+$/i, '')
    .replace(
      /(?<=\p{Ll})\s+(?:she|he|they|(?:\p{Lu}[\p{L}'\u2019-]*\s+){1,3})(?:(?:is|are|was|were|will\s+be)\s+\p{Ll}{2,}ing|met|saw|visited|hosted|\p{Ll}+ed)\b.*$/u,
      '',
    )
    // ("the chancellor going on the trip": a participle after the title.)
    .replace(/^((?:the\s+)?(?:\S+\s+){0,3}?\p{Ll}+)\s+(?:going|coming|traveling|travelling|heading|joining|flying|accompanying)\b.*$/u, '$1');
  const whole = resolvePerson(k, about);
  const withoutClause = whole.kind === 'none' && clauseless !== about ? resolvePerson(k, clauseless) : whole;
  // "jon grubb from the bay area council": the name, without where they are from.
  const nameOnly = about.replace(/\s+(?:from|at|with|for)\s+\S.*$/i, '');
  const fromName = withoutClause.kind === 'none' && nameOnly !== about ? resolvePerson(k, nameOnly) : withoutClause;
  // ("Skip on the Korea trip": a name alone, one person's, before where they were.)
  const beforeWhere = about.replace(/\s+(?:on|in|during)\s+\S.*$/i, '');
  const named = fromName.kind === 'none' && beforeWhere !== about && /^\p{Lu}/u.test(beforeWhere) ? resolvePerson(k, beforeWhere) : undefined;
  const match = named?.kind === 'one' ? named : fromName;
  const byName = match.kind === 'one' && words(about).some((w) => words(match.person.name).includes(w) || match.person.aliases.some((a) => fold(a) === w));
  const described = byName ? undefined : parseRoleQuery(about);
  const role = byName
    ? undefined
    : described && (clauseless === about || peopleInRole(k, described).length)
      ? described
      : (parseRoleQuery(clauseless) ?? described);
  if (role) return whoIsDescribed(s, role, about);
  if (match.kind === 'one') return roleAnswer({ ...s, named: [match.person] });
  if (match.kind === 'many') {
    // ("the professor who doubted the plan": of several professors, the one whose sentences hold the clause's words.)
    const one = clauseless !== about ? toldBy(s, match.people, about.slice(clauseless.length)) : undefined;
    return one ? roleAnswer({ ...s, named: [one] }) : several(match.people, about);
  }
  // "who are the organizers of the trade mission": whoever organized it.
  const agent = /^(?:the\s+)?([\p{L}-]+)\s+of\s+(.+)$/iu.exec(about);
  const verb = agent && agentVerb(agent[1]!);
  if (verb) return doers({ ...s, q: { ...s.q, verb, about: agent[2]! } }, false);
  return knownAs(s, about) ?? unsupported(s.ctx, `who ${echo(about, 60)} is`);
}

/** Of these people, the one whose paragraphs hold clearly more of the clause's words (a word like them at half weight). */
function toldBy(s: Scope, people: Person[], clause: string): Person | undefined {
  const r = s.ctx.knowledge.retriever;
  const query = r.analyze(clause).filter((t) => !isStopWord(t.term));
  const total = query.reduce((sum, t) => sum + t.weight, 0);
  if (!total) return undefined;
  const score = (p: Person) => {
    const held = new Set(p.mentions.flatMap((x) => x.paragraph.sentences.flatMap((y) => [...r.termsOfSentence(y)])));
    return query.reduce((sum, t) => sum + (t.forms.some((f) => held.has(f)) ? t.weight : t.others?.some((f) => held.has(f)) ? t.weight / 2 : 0), 0) / total;
  };
  const ranked = people.map((p) => ({ p, score: score(p) })).sort((a, b) => b.score - a.score);
  return ranked[0]!.score >= 0.4 && ranked[0]!.score - (ranked[1]?.score ?? 0) >= 0.2 ? ranked[0]!.p : undefined;
}

/**
 * "who is sawdust_sam": a handle or nickname a sentence says is someone the articles name
 * ("Update: @sawdust_sam is Sam Ortiz, who runs …").
 */
function knownAs(s: Scope, about: string): Answer | undefined {
  const k = s.ctx.knowledge;
  const handle = /^@?([\p{L}\p{N}_.-]{3,})/u.exec(about.trim())?.[1];
  if (!handle) return undefined;
  const said = new RegExp(`(?:^|[\\s"\u201c(])(@?${escapeRegExp(handle)})["\u201d']?,?\\s+(?:is|was|turns\\s+out\\s+to\\s+be)\\s+`, 'iu');
  for (const { item: sentence } of k.retriever.sentences(handle).slice(0, 10)) {
    const m = said.exec(sentence.text);
    const after = m ? m.index + m[0].length : -1;
    const person = m ? (k.mentions.get(sentence) ?? []).find((x) => x.start >= after && x.start <= after + 4)?.person : undefined;
    if (person) return stated(person.name, `${describe(person)}, whom the articles also call ${m![1]}`, [sentence]);
  }
  return undefined;
}

/** The words of a body's description that say what kind of body it is ("axle" of "the axle maker whose plant …"). */
const kindWords = (body: string) => words(body.split(/\s+(?:whose|that|which|who|where)\s/i)[0]!).filter((w) => !isStopWord(w) && !GENERIC_BODY.test(w));
/** Does the sentence hold every one of them? (By the word's start: "battery" in "batteries", "bus" in "buses".) */
// (Or by a word of the same sense or near it, "donor-funded" for "donor-backed", where at least one of
// them is the article's own: near words alone find a "Metro Area Council" for a "county harbor agency".)
const holdsKind = (x: Sentence, kind: string[]) => {
  const own = words(x.text);
  const start = (w: string) => own.some((t) => t.startsWith(w.slice(0, Math.max(3, w.length - 2))));
  const exact = (w: string) => own.some((t) => stem(t) === stem(w) || t.startsWith(w));
  const near = (w: string) => {
    const same = synonyms(w, 'verb', 2);
    return own.some((t) => !isStopWord(t) && (same.includes(baseForm(t)) || similarity(w, t) >= 0.5));
  };
  return kind.every((w) => start(w) || near(w)) && (kind.length === 0 || kind.some(exact));
};
// The head of a body's description, which names no kind of body by itself: "maker", "company".
const GENERIC_BODY = /^(?:maker|makers|company|companies|firm|firms|producer|manufacturer|supplier|operator|group|business|outfit|startup)$/i;

/**
 * A body asked for by what the articles say of it ("the bus battery maker the mayor toured"): a name in the
 * sentence that holds most of the description, held by someone in the role asked for.
 */
function describedBody(s: Scope, role: RoleQuery): string | undefined {
  const k = s.ctx.knowledge;
  // (Every word that says what kind of body it is must be there: an "axle maker" is not the battery maker.)
  const kind = kindWords(role.body!);
  const holds = (x: Sentence) => holdsKind(x, kind);
  // (By the whole description, then by what kind of body it is: "the business-funded nonprofit that covered …".)
  // (The kind's words may be the articles' own or near them, "harbor agency" for "port board": found
  // by a part of them, and kept only where every one of them, or a word near it, stands.)
  const found = [
    ...k.retriever
      .sentences(role.body!)
      .filter((x) => x.coverage >= 0.5 && holds(x.item))
      .slice(0, 3),
    ...k.retriever
      .sentences([...kind, ...kind.flatMap((w) => neighbours(w, 0.55, 8).map((n) => n.word))].join(' '))
      .slice(0, 30)
      .filter((x) => holds(x.item))
      .slice(0, 3),
  ];
  for (const { item } of found) {
    for (const run of capitalisedRuns(`x ${item.text}`)) {
      // (A body's name, not a place, a person or a title with a name: "Chief Executive Officer Jon Berg".)
      // (Nor a run that ends in someone's name: "Kelso County Executive Edda Amble".)
      const named = (k.mentions.get(item) ?? []).some((m) => fold(run).endsWith(fold(item.text.slice(m.start, m.end))));
      // ("Kelso County Port Authority" ends in a word of office and is a body all the same.)
      // (Nor common words alone, "North American", "Port Authority": a body's name holds a word of its own.)
      if (words(run).every((w) => (hasSense(w, 'noun') || hasSense(w, 'adj')) && !namesIndividual(w))) continue;
      const title = parseRoleQuery(run)?.title;
      if (k.places.has(fold(run)) || k.peopleByKey.has(fold(run)) || (title && fold(run).startsWith(fold(title))) || named) continue;
      // (One holder of the office asked; asked for the body's head, any of its people, its head chosen after.)
      const holders = new Set(peopleInRole(k, { ...role, body: run }).map((m) => m.person)).size;
      if (holders === 1 || (!role.title && holders > 1)) return run;
    }
  }
  return undefined;
}

/** Whoever holds the role described; without a body, "the mayor" is the articles' own mayor. */
function whoIsDescribed(s: Scope, role: RoleQuery, description: string): Answer {
  const k = s.ctx.knowledge;
  let matches = peopleInRole(k, role);
  // "the CEO of Joyu, the Shanghai tourism company": the body by its name, without what it is.
  const named = !matches.length && role.body ? /^(.+?),?\s+(?:the|a|an)\s+\S.*$/i.exec(role.body)?.[1] : undefined;
  if (named) return whoIsDescribed(s, { ...role, body: named }, description);
  // "the mayor going on the Ostvale trip": of several holders, those whose stories hold the rest of the description.
  if (!role.body && matches.length > 1) {
    const r = k.retriever;
    const titleTerms = new Set(r.analyze(role.title ?? '').map((t) => t.term));
    const rest = r
      .analyze(description)
      .filter((t) => !titleTerms.has(t.term) && !isStopWord(t.term) && !/^(?:go|goe|come|travel|head|join|fly|accompani)/.test(t.term));
    const told = rest.length
      ? matches.filter((m) => [...m.person.mentions.map((x) => x.paragraph.article)].some((a) => rest.every((t) => t.forms.some((f) => r.articleHas(a, f)))))
      : [];
    // (A "mayor's press aide" holds another office than the mayor's.)
    const own = told.filter((m) => !new RegExp(`\\b${escapeRegExp(role.title ?? '')}['\u2019]s\\b`, 'i').test(m.role.role));
    if (own.length && own.length < matches.length) matches = own;
  }
  if (!role.body && matches.length > 1) {
    const main = s.referent ?? k.prominent[0];
    const own = matches.filter((m) => m.person === main);
    if (own.length) matches = own;
  }
  // "the finance director in Wexford": a role given with no body ("Finance Director Omar
  // Reyes"), in the one story about that place, is that place's.
  if (!matches.length && role.body && role.title) {
    // (The story's home: the outlet's name or the dateline holds the place; kept per article, so no article is read.)
    const home = (a: Sentence['paragraph']['article']) => fold(`${a.source} ${homeLine(a)}`);
    const local = peopleInRoleWhere(
      k,
      { ...role, body: undefined },
      (text, article) => !/\b(?:of|at|for)\s+\p{Lu}/u.test(text) && home(article).includes(fold(role.body!)),
    );
    if (new Set(local.map((m) => m.person)).size === 1) matches = local.slice(0, 1);
  }
  // "the mayor's press secretary" asked by the mayor's name ("Ashcombe's press secretary"): a title given with
  // no body of its own, in the one story about that person, is on their staff.
  const boss = !matches.length && role.body && role.title ? peopleNamedIn(k, role.body) : [];
  if (boss.length === 1) {
    const staff = peopleInRole(k, { ...role, body: undefined }).filter(
      (m) => m.person !== boss[0] && !/\b(?:of|at|for)\s+\p{Lu}/u.test(m.role.role) && k.subjectOf(roleArticle(k, m.role)) === boss[0],
    );
    if (new Set(staff.map((m) => m.person)).size === 1) matches = staff.slice(0, 1);
  }
  // ("the kestrel ferry company", typed in lower case, is the Kestrel Ferry Company the story names: a body
  // no one is said to head, not one told by what it is.)
  const byName = !matches.length && role.body ? namedAsTyped(k, role.body) : false;
  if (byName && role.title)
    return unsupported(s.ctx, `who ${echo(description, 60)} is`, k.retriever.sentences(role.body!).find((r) => r.coverage >= 0.99)?.item);
  // "the boss at the bus battery maker Vargas toured": the body the sentence that tells so names.
  const told = !matches.length && role.title && role.body && !/^(?:(?:the|a|an)\s+)?\p{Lu}/u.test(role.body) ? describedBody(s, role) : undefined;
  if (told) return whoIsDescribed(s, { ...role, body: told }, description);
  // "the organizers of the trade mission": no one holds that title, but someone may have organized it.
  const verb = !matches.length && role.title && role.body ? agentVerb(role.title) : undefined;
  if (verb) {
    const did = doers({ ...s, q: { ...s.q, verb, about: role.body } }, false);
    if (did.answered) return did;
  }
  // "the union president": the article's own phrase for someone it named with that title before.
  const phrased = !matches.length && !role.body && role.title ? calledSo(s, role.title) : undefined;
  if (phrased) return stated(phrased.person.name, `${phrased.person.name}, ${phrased.role.role}`, [phrased.role.sentence, phrased.sentence]);
  if (!matches.length && role.title) {
    matches = headHolderNear(s, role.title, role.body);
    // ("the CEO of the axle maker": of several near the words, the one whose story tells that kind of body.)
    const kind = role.body ? kindWords(role.body) : [];
    if (matches.length > 1 && kind.length) matches = matches.filter((m) => m.role.sentence.paragraph.sentences.some((x) => holdsKind(x, kind)));
  }
  if (!matches.length) {
    const nearest = role.body ? k.retriever.sentences(role.body).find((r) => r.coverage >= 0.99)?.item : undefined;
    return unsupported(s.ctx, `who ${echo(description, 60)} is`, nearest);
  }
  return stated(
    matches.map((m) => m.person.name).join(', '),
    listing(matches.map(withRole)),
    matches.map((m) => m.role.sentence),
  );
}

const withRole = (m: RoleMatch) => `${m.person.name}, ${m.role.role}`;

/** Do the articles write these words, typed in any case, as a name of three words or more ("Kestrel Ferry Company")? */
function namedAsTyped(k: Knowledge, body: string): boolean {
  const ws = body.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/);
  if (ws.length < 3 || ws.some((w) => !/^[\p{L}-]+$/u.test(w))) return false;
  const name = new RegExp(`\\b${ws.map((w) => `${w.charAt(0).toUpperCase()}${escapeRegExp(w.slice(1))}`).join('\\s+')}\\b`);
  return k.retriever
    .sentences(body)
    .slice(0, 10)
    .some((x) => x.coverage >= 0.99 && name.test(x.item.text));
}

// How news prose tells that someone finds fault: "questioned the state's share", "criticized the trip".
const FINDS_FAULT =
  /\b(?:objected|opposed|criticized|criticised|questioned|protested|complained|griped|grumbled|faulted|blasted|slammed|challenged|derided|doubted|voted\s+against|called\s+(?:it|the\s+\w+)\s+a\s+(?:junket|waste|boondoggle))\b/i;

const LEFT_UNMOVED = /\b(?:did\s+not|didn['\u2019]t|does\s+not|doesn['\u2019]t|failed\s+to)\s+(?:satisfy|convince|impress|persuade|reassure)\b/i;
const NOT_EVERYONE = /^(?:But\s+)?not\s+(?:everyone|everybody|all)\b[^.]*\b(?:convinced|sold|happy|pleased|impressed|persuaded|satisfied|agrees?)\b/i;

/** "griping", "complaining", "criticizing", "objecting": a verb of finding fault (WordNet's, in its first senses ("knocking the trip")). */
function complains(verb: string): boolean {
  const base = verb.toLowerCase().replace(/ing$/, '');
  return ['complain', 'criticize', 'criticise', 'object', 'protest', 'gripe', 'grumble'].some((v) =>
    [verb, base, `${base}e`].some((f) => f === v || isKindOf(f, v, 'verb', 2, 2) || synonyms(f, 'verb', 6).includes(v)),
  );
}

/**
 * "which lawmaker is griping about what the trip costs": the one person a story about it (every
 * word of the complaint's topic in it) tells finding fault, named before the verb.
 */
function critics(s: Scope): Answer | undefined {
  const k = s.ctx.knowledge;
  const r = k.retriever;
  const topic = r.analyze(s.q.about ?? '').filter((t) => !isStopWord(t.term));
  if (!topic.length) return undefined;
  // ("which state senator is griping": of several critics, the one whose role or sentence is that kind of person.)
  const kinds = words(s.q.text).filter((w) => !isStopWord(w) && w.length > 3 && isKindOf(w, 'person', 'noun', 10, 1) && !complains(w));
  for (const article of r.candidateArticles(topic).slice(0, 3)) {
    if (!topic.every((t) => t.forms.some((f) => r.articleHas(article, f)))) continue;
    const found = new Map<Person, Sentence>();
    for (const sentence of article.paragraphs.filter((p) => p.kind === 'story').flatMap((p) => p.sentences)) {
      // (Quoted words are the critic's own, no report of finding fault.)
      const masked = maskQuotes(sentence.text, quoteSpans(sentence.text));
      // ("The reply did not satisfy Sen. Ivo Marsh": the one not satisfied is named after the verb.)
      const unmoved = LEFT_UNMOVED.exec(masked);
      if (unmoved) {
        const m = (k.mentions.get(sentence) ?? []).find((x) => x.start >= unmoved.index + unmoved[0].length);
        if (m && !found.has(m.person)) found.set(m.person, sentence);
        continue;
      }
      // ("Not everyone in town is convinced … . Petra Lind, a geography lecturer, said …": the next sentence's speaker.)
      if (NOT_EVERYONE.test(masked)) {
        const next =
          sentence.paragraph.sentences[sentence.paragraph.sentences.indexOf(sentence) + 1] ?? article.paragraphs[sentence.paragraph.order + 1]?.sentences[0];
        const m = next ? (k.mentions.get(next) ?? [])[0] : undefined;
        if (m && !found.has(m.person)) found.set(m.person, next!);
        continue;
      }
      const verb = FINDS_FAULT.exec(masked);
      if (!verb) continue;
      for (const m of k.mentions.get(sentence) ?? []) if (m.end <= verb.index && !found.has(m.person)) found.set(m.person, sentence);
    }
    const fits = ([p, x]: [Person, Sentence]) =>
      words(`${p.roles.map((r) => titlesInFull(r.role)).join(' ')} ${x.text}`).some((w) =>
        kinds.some((k) => stem(w) === stem(k) || (w.length > 3 && isKindOf(w, k, 'noun', 4, 2))),
      );
    const chosen = found.size > 1 && kinds.length ? [...found].filter(fits) : [...found];
    if (chosen.length !== 1) continue;
    const [person, sentence] = chosen[0]!;
    const role = person.roles[0]?.role;
    return stated(person.name, `${person.name}${role ? `, ${role}` : ''}: ${sentence.text}`, [sentence]);
  }
  return undefined;
}

/**
 * "the velorian harbour minister Renn is seeing": no one holds the title in those words, but one
 * person holds its head noun ("Minister of Fisheries, Ports and Shipping") in the stories that use
 * the question's names, and the other words fit that role: a word of it or of its sentence, a kind
 * of one of its words ("harbour" of "ports"), or a people's adjective of a place it names.
 */
function headHolderNear(s: Scope, title: string, body: string | undefined): RoleMatch[] {
  const k = s.ctx.knowledge;
  const ws = title.split(/\s+/);
  const names = entityTerms(k.retriever, s.q.text);
  if (ws.length < 2 || !names.length) return [];
  const near = peopleInRole(k, { title: ws[ws.length - 1]!, body }).filter(
    (m) =>
      holdsEntities(k.retriever, m.role.sentence.paragraph.article, names) && ws.slice(0, -1).every((w) => modifierFits(w, m.role.role, m.role.sentence.text)),
  );
  return new Set(near.map((m) => m.person)).size === 1 ? near.slice(0, 1) : [];
}

function modifierFits(word: string, role: string, sentence: string): boolean {
  const w = word.toLowerCase();
  const roleWords = words(`${role} ${sentence}`).map((x) => x.toLowerCase().replace(/['\u2019]s$/, ''));
  if (roleWords.some((x) => stem(x) === stem(w))) return true;
  const kin = (x: string) => isKindOf(w, x) || isKindOf(x, w);
  // (A role's word may be plural: "Ports" of "Minister of Fisheries, Ports and Shipping".)
  if (words(role).some((x) => x.length > 3 && !isStopWord(x) && [x, x.replace(/s$/, '')].some((f) => kin(baseForm(f))))) return true;
  // "velorian" of "Veloria's": a people's adjective shares its place's first letters.
  return /(?:an|ese|ish|i)$/.test(w) && [...sentence.matchAll(/\b\p{Lu}\p{Ll}{3,}/gu)].some((m) => fold(m[0]).slice(0, 4) === fold(w).slice(0, 4));
}

/**
 * "The union president called the trip a junket": a story calls someone by a title with a word of
 * kind ("union") after naming them with the title and their body ("Curtis Hale, president of Bayford
 * Transit Workers Local 76"). The one person of that story with the title whose body the paragraphs
 * around the phrase name ("Local 76 held a rally …").
 */
function calledSo(s: Scope, title: string): { person: Person; role: RoleFact; sentence: Sentence } | undefined {
  const k = s.ctx.knowledge;
  const head = title.split(/\s+/).pop()!.toLowerCase();
  const phrase = new RegExp(`\\bthe\\s+${title.replace(/\s+/g, '\\s+')}\\b`, 'i');
  const capitals = (text: string) => new Set(text.match(/\b\p{Lu}[\p{L}\p{N}-]*|\b\d+\b/gu) ?? []);
  for (const { item: sentence } of k.retriever.sentences(title).filter((r) => phrase.test(r.item.text))) {
    const article = sentence.paragraph.article;
    const story = article.paragraphs;
    const around = story
      .slice(Math.max(0, sentence.paragraph.order - 1), sentence.paragraph.order + 1)
      .map((p) => p.text)
      .join(' ');
    const near = capitals(around.replace(phrase, ' '));
    // The people that story names, not every person of the corpus.
    const named = new Set(article.paragraphs.flatMap((p) => p.sentences.flatMap((x) => (k.mentions.get(x) ?? []).map((m) => m.person))));
    const scored = [...named]
      .flatMap((person) =>
        person.roles.filter((r) => r.sentence.paragraph.article === article && words(r.role.toLowerCase()).includes(head)).map((role) => ({ person, role })),
      )
      .map((c) => ({ ...c, shared: [...capitals(c.role.role)].filter((w) => near.has(w) && !/^(?:The|A|An)$/.test(w)).length }))
      .filter((c) => c.shared > 0)
      .sort((a, b) => b.shared - a.shared);
    if (scored.length && (scored.length === 1 || scored[0]!.shared > scored[1]!.shared)) return { ...scored[0]!, sentence };
  }
  return undefined;
}

/** "who runs X": whoever's role belongs to X, those in charge first. */
// Who heads a government: a city's is its mayor, a state's or a province's its governor, a country's its president.
const GOVERNMENT =
  /^(?:the\s+)?(?:(.+?)['\u2019]s\s+|(\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*)\s+)?(city|municipal|state|provincial|national|federal)\s+(?:government|administration|govt)(?:\s+of\s+(.+))?$/iu;
const HEAD_OF_GOVERNMENT: Record<string, string> = {
  city: 'mayor',
  municipal: 'mayor',
  state: 'governor',
  provincial: 'governor',
  national: 'president',
  federal: 'president',
};

function headOf(s: Scope, body: string): Answer {
  const government = GOVERNMENT.exec(body.trim());
  const place = government?.[1] ?? government?.[2] ?? government?.[4];
  if (government && place) return whoIsDescribed(s, { title: HEAD_OF_GOVERNMENT[government[3]!.toLowerCase()]!, body: place }, body);
  let matches = peopleInRole(s.ctx.knowledge, { body });
  // "Joyu, the tourism company": the body by its name, without what it is.
  const named = /^(.+?),\s+(?:the|a|an)\s+\S.*$/i.exec(body.trim())?.[1];
  if (!matches.length && named) matches = peopleInRole(s.ctx.knowledge, { body: named });
  // "Kessa Outdoor Gear" is "Kessa" in a role of a story that names it in full: its first words.
  const whole = fold(body.trim().replace(/^the\s+/i, ''));
  const ws = body
    .trim()
    .replace(/^the\s+/i, '')
    .split(/\s+/);
  for (let n = ws.length - 1; !matches.length && n >= 1; n--) {
    const short = ws.slice(0, n).join(' ');
    if (!/^\p{Lu}/u.test(short) || isStopWord(short.toLowerCase())) continue;
    // (Not a place's name: "the San Francisco Chamber of Commerce" is not run by San Francisco's mayor.)
    if (s.ctx.knowledge.places.has(fold(short))) continue;
    // (The role names that body by those words alone: "at the Kessa Institute" is another body.)
    const alone = new RegExp(`\\b${escapeRegExp(short)}\\b(?!\\s+\\p{Lu})`, 'u');
    matches = peopleInRole(s.ctx.knowledge, { body: short }).filter(
      (m) => alone.test(m.role.role) && m.role.sentence.paragraph.article.paragraphs.some((p) => fold(p.text).includes(whole)),
    );
  }
  const heads = matches.filter((m) => leads(m.role.role));
  const chosen = heads.length ? heads : matches;
  // "who heads the donor-funded nonprofit that …": the body the articles describe so, by its name.
  const described =
    !chosen.length && !/^(?:the\s+)?\p{Lu}/u.test(body.trim()) ? describedBody(s, { body: body.trim().replace(/^(?:the|a|an)\s+/i, '') }) : undefined;
  if (described) return headOf(s, described);
  // No role belongs to it: "a wind farm run by Helios Renewables" may still say; anyone else in a
  // sentence about it is no answer.
  if (!chosen.length) return doers(s, false);
  // (A chat answer names the first few; thousands of copies of one role, in a corpus that large, are counted.)
  const shown = chosen.slice(0, MOST_HOLDERS_SHOWN);
  const more = chosen.length - shown.length;
  return stated(
    shown.map((m) => m.person.name).join(', '),
    more ? `${shown.map(withRole).join(', ')} and ${more.toLocaleString('en-US')} others` : listing(shown.map(withRole)),
    shown.map((m) => m.role.sentence),
  );
}

const MOST_HOLDERS_SHOWN = 20;

/**
 * "who did Vargas meet in Marlow": the other people of the sentences where the subject does the verb
 * and every other constraint of the question holds; all of them, for "who did Breed meet?".
 */
function metOrNamed(s: Scope): Answer {
  const { q } = s;
  // "did the governor sit down with": the subject by role, when the question names no one.
  const described = !s.named.length && !s.referent && q.subject ? resolvePerson(s.ctx.knowledge, q.subject) : undefined;
  const subject = s.named.length ? s.named : s.referent ? [s.referent] : described?.kind === 'one' ? [described.person] : [];
  const found: Person[] = [];
  const evidence: Sentence[] = [];
  const bodies: string[] = [];
  // "who is Holm meeting in Tarsk": a meeting told where its sentence or paragraph names that place.
  const k = s.ctx.knowledge;
  const where = [...q.text.matchAll(/\b(?:in|at)\s+(\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*)/gu)]
    .map((m) => k.places.get(fold(m[1]!)))
    .filter((p): p is string => !!p);
  let elsewhere: Sentence | undefined;
  // (Only a place it is in or at: "the Mayor of San Francisco" places nothing; a paragraph that is in
  // or at no place may be anywhere the story goes.)
  const placed = (x: Sentence) => {
    const text = x.paragraph.text;
    const here = placesIn(text, k.places)
      .filter((f) => /\b(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, f.at - 8), f.at)))
      .map((f) => f.place);
    return !where.length || !here.length || where.some((p) => here.includes(p));
  };
  // "who did she meet on Thursday": a meeting its sentence puts on another day is no answer.
  const day = WEEKDAY_NAME.exec(q.text)?.[0].toLowerCase();
  const onDayAsked = (x: Sentence) => {
    const told = (x.text.match(WEEKDAY_NAMES) ?? []).map((d) => d.toLowerCase());
    return !day || !told.length || told.includes(day);
  };
  // (One the question describes is searched for by name: "the Ostvik mayor" → her sentences.)
  const byName =
    described?.kind === 'one' ? supportingRanked({ ...s, named: subject }, retrievalText(s).replace(q.subject!, subject[0]!.name), 0.5) : undefined;
  // The sentences nearest the question that tell of its verb and name someone: those as near as the
  // first that does ("The Dunmere talks came …" names no one; "We met Oskar Vahl" does).
  const telling = (byName?.length ? byName : supportingRanked(s, undefined, 0.5)).filter((r) => findVerb(r.item.text, q.verb!));
  let answeredAt: number | undefined;
  for (const { item: sentence, coverage } of telling.slice(0, 10)) {
    if (answeredAt !== undefined && coverage < answeredAt * 0.99) break;
    const verb = findVerb(sentence.text, q.verb!);
    if (!verb) continue;
    if (!placed(sentence) || !onDayAsked(sentence)) {
      elsewhere ??= sentence;
      continue;
    }
    let others = othersIn(s, sentence).filter((p) => !subject.includes(p));
    // The object right after the verb, when it is a name: "told the Global Times", "met Governor Tomas Reyes".
    // An object, not a place or a time after the verb ("meeting in San Francisco in November").
    const adjunct = /^\s+(?:in|at|on|during|last|this|next)\b/i.test(sentence.text.slice(verb.end));
    const object = adjunct ? undefined : phraseAfter(sentence.text, verb.end);
    // A name, not a kind described with a people's adjective ("Japanese automakers").
    const named =
      object && /^(?:the\s+)?\p{Lu}/u.test(object) && object.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !hasSense(w.toLowerCase(), 'adj'))
        ? object
        : undefined;
    const inObject = named ? others.filter((p) => named.includes(p.name) || p.aliases.some((a) => named.includes(a))) : [];
    const aboutSubject = named && subject.some((p) => named.includes(p.name) || p.aliases.some((a) => named.includes(a)));
    if (inObject.length) others = inObject;
    else if (named && !aboutSubject) others = [];
    const body = !others.length && named && !aboutSubject ? named : undefined;
    if (!others.length && !body) continue;
    evidence.push(sentence);
    answeredAt ??= coverage;
    for (const p of others) if (!found.includes(p)) found.push(p);
    if (body && !bodies.includes(body)) bodies.push(body);
  }
  if (!found.length && bodies.length) return stated(listing(bodies), listing(bodies), evidence);
  // (A meeting told only somewhere else is no answer for this place.)
  if (!found.length && elsewhere) return unsupported(s.ctx, `the answer to “${echo(q.text)}”`, elsewhere);
  if (!found.length) return bestSentence(s);
  return stated(found.map((p) => p.name).join(', '), listing(found.map(describe)), evidence);
}

const WEEKDAY_NAME = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
const WEEKDAY_NAMES = new RegExp(WEEKDAY_NAME.source, 'gi');

/** People a sentence mentions that the question does not name. */
function othersIn(s: Scope, sentence: Sentence): Person[] {
  return [...new Set((s.ctx.knowledge.mentions.get(sentence) ?? []).map((m) => m.person))].filter((p) => !s.named.includes(p));
}

/** "organizers" is whoever does "organize", "signers" whoever does "sign": the verb of such a noun. */
function agentVerb(noun: string): string | undefined {
  const base = /^(.+?)(?:er|or)s?$/.exec(noun.toLowerCase())?.[1];
  return base && base.length >= 3 ? [base, `${base}e`].find((v) => hasSense(v, 'verb')) : undefined;
}

/** "who signed the memorandum": the names before the verb, or after "by", or the people the sentence names. */
function doers(s: Scope, fallback = true): Answer {
  const { q } = s;
  const asked = new Set(words(q.text));
  const asking = `${q.verb} ${q.about ?? ''}`;
  const direct = supportingRanked(s, asking, 0.5, 0.9).slice(0, 10);
  // Then sentences that hold the verb and some of the question, in a story that holds the rest
  // (a verb of its own: "had been to China" says nothing a sentence's "has been" would match).
  const inContext = (AUXILIARY.test(q.verb ?? '') ? [] : supportingInContext(s, asking, 0.5, 0.25))
    .filter((c) => !direct.some((d) => d.item === c.item))
    .slice(0, 10);
  // (Who signed for a side is told beside the signing, found by fewer of the question's words.)
  // ("who signs the pact on Orvane's side" asks the same as "for Orvane".)
  const sideOwner = /\bon\s+(?:the\s+)?(.+?)['\u2019]s?\s+side\b/i.exec(q.text)?.[1];
  // ("on the Japanese side": the side named by its people's adjective, which the signing's paragraph may not write.)
  const sideAdjective = /\bon\s+(?:the\s+)?(\S+)\s+side\b/i.exec(q.text)?.[1];
  // ("for the Polish side on the Arden deal": the side, without the deal told after it.)
  const forWhom =
    /\b(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(.+?)(?:\s+(?:on|in|at|during)\s+(?:the|that|this|their|its)\s+.+)?$/i.exec(q.text)?.[1] ??
    sideOwner ??
    sideAdjective;
  // ("who signed for the Polish side …": the words after "for" name the side, not what was signed.)
  const sideFirst = /^(?:for|on\s+behalf\s+of)\b/i.test(q.about ?? '');
  // (Asked for one side, names that no sentence ties to that side are no answer.)
  const oneSide = /\bside\b/i.test(forWhom ?? '');
  const sideWords = sideOwner ? words(sideOwner).filter((w) => !isStopWord(w)) : [];
  // (A signing whose paragraph names nothing of the side owner asked for is another side's: no answer.)
  const namesSide = (sentence: Sentence) => {
    const r = s.ctx.knowledge.retriever;
    return !sideWords.length || sentence.paragraph.sentences.some((x) => sideWords.some((w) => r.termsOfSentence(x).has(stem(fold(w)))));
  };
  // (What was signed, where the question says: "the route study for the Portuguese side" must be the paragraph's.)
  const thing = words((q.about ?? '').split(/\s+(?:for|on\s+behalf\s+of)\b/i)[0]!).filter(
    (w) => !isStopWord(w) && !/^(?:it|them|this|that|deal|one)$/i.test(w),
  );
  const thingHeld = (sentence: Sentence) =>
    !thing.length || sentence.paragraph.sentences.some((x) => thing.some((w) => s.ctx.knowledge.retriever.termsOfSentence(x).has(stem(w.toLowerCase()))));
  // ("who runs Arden Marine": a sentence that tells who runs something by a name, "runs the Port of
  // Kessa", tells of another body unless it is that name; "ran the city" may be the one asked.)
  // (The names of the object only: "while the mayor was in Greece" says when, not what was run.)
  const object = (q.about ?? '').split(/\s+(?:while|when|during|after|before|since|as|in|at|on|for|from|to)\s+/i)[0]!;
  const askedNames = (object.match(/\p{Lu}[\p{L}'\u2019-]*/gu) ?? []).map((w) => stem(fold(w))).filter((w) => !isStopWord(w));
  const namesHeld = (sentence: Sentence, verbEnd: number) => {
    const named = /^\s+(?:the\s+)?(\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'\u2019-]*)*)/u.exec(sentence.text.slice(verbEnd))?.[1];
    return !askedNames.length || !named || words(named).some((w) => askedNames.includes(stem(w)));
  };
  const wider = forWhom ? [...supportingRanked(s, asking, 0.3).slice(0, 10), ...supportingRanked(s, `${q.verb} ${forWhom}`, 0.4).slice(0, 10)] : [];
  const behalf = onBehalfOf(s, [...new Set([...direct, ...inContext, ...wider].map((c) => c.item))]);
  if (behalf) return behalf;
  let bodiesOnly: Sentence | undefined;
  // "who voted against": those who took that side, not whoever voted.
  const side = voteSide(q.verb, q.about);
  const sideTakers: string[] = [];
  const sideEvidence: Sentence[] = [];
  const tookSide = (who: string[], sentence: Sentence) => {
    for (const n of who) if (!sideTakers.some((x) => x.includes(n) || n.includes(x))) sideTakers.push(n);
    sideEvidence.push(sentence);
  };
  // (A signing found only by fewer words, "for the Polish side on the Arden deal", answers only where it tells that side's signer.)
  const loose = new Set(wider.map((c) => c.item).filter((x) => !direct.some((d) => d.item === x) && !inContext.some((c) => c.item === x)));
  for (const { item: sentence } of [...direct, ...inContext, ...[...loose].map((item) => ({ item }))]) {
    const verb = findVerb(sentence.text, q.verb!);
    if (!verb) continue;
    const own = direct.some((d) => d.item === sentence);
    const sided = side?.test(sentence.text.slice(verb.end));
    if (side && !sided) continue;
    const held = (own && namesHeld(sentence, verb.end)) || sided || complementHeld(s, sentence, verb.end);
    if (!pinsHeld(s, sentence) || (!held && !sideFirst) || !namesSide(sentence)) continue;
    // "… Vell is to sign for Arden, and the institute's director, Ona Kessa, for the Norvanian side":
    // the one named last before the words of the side asked.
    const sideSaid = forWhom && thingHeld(sentence) ? new RegExp(`\\bfor\\s+(?:the\\s+)?${escapeRegExp(forWhom)}\\b`, 'i').exec(sentence.text) : null;
    const saidFor = sideSaid ? (s.ctx.knowledge.mentions.get(sentence) ?? []).filter((m) => m.end <= sideSaid.index).pop()?.person : undefined;
    if (saidFor) return stated(saidFor.name, `${describe(saidFor)}: ${sentence.text}`, [sentence]);
    // "with one member abstaining": a doer counted, not named, is no answer.
    if (/\b(?:one|two|three|four|five|several|some|many)\s+(?:\p{Ll}+\s+)?(?:members?|people|others)\s+$/iu.test(sentence.text.slice(0, verb.start))) continue;
    // ("PORT CHIEF: … I signed a memorandum with …": the "I" of a transcript's line is its speaker.)
    const speaker = lineSpeaker(s, sentence);
    const agents = withNamedBefore(s, sentence, verb.start, agentsOf(sentence.text, verb)).map((a) => (a === 'I' && speaker ? speaker.name : a));
    const names = agents.filter((n) => !words(n).every((w) => asked.has(w)));
    // "Who signed for the San Francisco Chamber?" asks who signed on its behalf: when the chamber is
    // itself a signer, the other signers are no answer.
    // (The body may be typed in lower case: "signed the seed deal for prairie loam".)
    const forBody = SIGNED_FOR_ANY.exec(q.text)?.[1];
    const bodyAmong =
      forBody !== undefined &&
      agents.some((a) =>
        fold(a)
          .replace(/^the\s+/, '')
          .startsWith(fold(forBody).trim()),
      );
    // (A sentence that says for whom each signed answers "for the Danish side" only through onBehalfOf.)
    if (forBody !== undefined && [...sentence.text.matchAll(SIGNED_FOR_BODY)].some((m) => findVerb(m[1]!, q.verb!))) continue;
    // (Nor, asked for one side, a sentence whose doers are the bodies: "the Port of X and Y Company signed".)
    const sideAsked = (sideOwner ?? sideAdjective) !== undefined && names.length > 0 && !names.some((n) => /\b(?:I|we|he|she)\b/.test(n));
    if (
      ((SIGNED_FOR.test(q.text) && agents.length > names.length) || bodyAmong || sideAsked) &&
      !names.some((n) => s.ctx.knowledge.peopleByKey.has(fold(n)) || (sideAsked && peopleNamedIn(s.ctx.knowledge, n).length > 0))
    ) {
      bodiesOnly ??= sentence;
      continue;
    }
    // "where she and Mayor Morimoto signed": "she" is the person the sentence named before.
    const pronoun = /\b(she|he)\s+and\s+[^,;]*$|\band\s+(she|he)\s*$/i.exec(sentence.text.slice(0, verb.start));
    // ("He and Okonjo signed …" after a sentence that named Penhaligon: the one that sentence named last.)
    const sentences = sentence.paragraph.sentences;
    const previous = sentences[sentences.indexOf(sentence) - 1];
    const earlier = pronoun
      ? ((s.ctx.knowledge.mentions.get(sentence) ?? []).filter((m) => m.end <= verb.start - pronoun[0].length).pop()?.person ??
        (previous ? (s.ctx.knowledge.mentions.get(previous) ?? []).at(-1)?.person : undefined))
      : undefined;
    if (earlier && names.length && !names.some((n) => n.includes(earlier.name) || earlier.aliases.some((a) => n.includes(a)))) names.unshift(earlier.name);
    // What they did, as the sentence has it ("organized" whatever form the question used); in words
    // of the sentence when the question's rest was found only around it.
    // (Not "seconded by Council Member Tamsett": a passive's doer is the answer, not what was done.)
    const clause = own ? '' : clauseFrom(sentence.text, verb.start);
    const did = own || /^\S+\s+by\s+(?:the\s+)?\p{Lu}/u.test(clause) ? `${verb.text} ${q.about || 'it'}` : clause;
    // Everyone who took the side, from every sentence that says so ("voted in favor", "who voted yes").
    if (side && names.length) {
      tookSide(names, sentence);
      continue;
    }
    const visitor = s.ctx.knowledge.subjectOf(sentence.paragraph.article);
    const story = { visitor, sentence, visited: visitor ? s.ctx.knowledge.itinerary(visitor).visits.map((v) => fold(v.place)) : [] };
    // "who signed the pact for the Icelandic side": of two signers, the one whose office stands nearest that side.
    const forSide = forWhom
      ? (signerFor(
          forWhom,
          // (The visitor may be named by a surname alone: "Vale and Karin Holm".)
          names.map((n) => s.ctx.knowledge.peopleByKey.get(fold(n)) ?? (visitor?.aliases.some((a) => fold(a) === fold(n)) ? visitor : undefined)),
          story,
        ) ??
        // (Or of everyone the sentence names, where the doers read off it are fewer: "… was signed by A, director of …, and B".)
        signerFor(forWhom, othersIn(s, sentence), story))
      : undefined;
    if (forSide) return stated(forSide.name, `${describe(forSide)} ${did}`, [sentence]);
    // (Several signers named for one side asked are each given; one alone is not claimed for it.)
    const sideOnly = loose.has(sentence) || !held;
    if ((sideOnly || (oneSide && names.length === 1)) && names.length) continue;
    if (names.length) {
      // The others who did it, told in the sentences around ("A and B signed for Vessby. C signed for
      // the host city along with its port warden, D."), when the question asks for no one side.
      const more = forBody === undefined && !SIGNED_FOR.test(q.text) ? fellowDoers(s, sentence, q.verb!, names) : [];
      const all = [...names, ...more.flatMap((m) => m.names)];
      return stated(listing(all), `${listing(all)} ${did}`, [sentence, ...more.map((m) => m.sentence)]);
    }
    // The ones named before the verb did it ("X stayed home and ran the city while Y was away").
    const others = othersIn(s, sentence);
    const before = new Set((s.ctx.knowledge.mentions.get(sentence) ?? []).filter((m) => m.end <= verb.start).map((m) => m.person));
    const doing = others.some((p) => before.has(p)) ? others.filter((p) => before.has(p)) : others;
    const people = [...new Set([...doing, ...(doing.length && forWhom === undefined ? signedWith(s, sentence, q.verb!, verb.end) : [])])];
    if (side && people.length) {
      tookSide(
        people.map((p) => p.name),
        sentence,
      );
      continue;
    }
    const sideOf = forWhom ? signerFor(forWhom, people, story) : undefined;
    if (sideOf) return stated(sideOf.name, `${describe(sideOf)} ${did}`, [sentence]);
    if (sideOnly || (oneSide && people.length === 1)) continue;
    if (people.length) return stated(people.map((p) => p.name).join(', '), `${listing(people.map(describe))} ${did}`, [sentence]);
  }
  if (sideTakers.length) return stated(listing(sideTakers), `${listing(sideTakers)} voted ${side === VOTED_AGAINST ? 'against' : 'in favor'}`, sideEvidence);
  if (bodiesOnly) return unsupported(s.ctx, `who ${q.verb} ${echo(q.about ?? 'it', 60)}: they name only the bodies that did`, bodiesOnly);
  // (Nor, then, is the sentence nearest the question.)
  if (fallback && oneSide) return unsupported(s.ctx, `who ${q.verb} ${echo(q.about ?? 'it', 60)}`, supporting(s, undefined, 0.3)[0]);
  return fallback ? bestSentence(s) : unsupported(s.ctx, `who ${q.verb} ${echo(q.about ?? 'it', 60)}`);
}

/** The speaker a transcript line's "I" stands for (the knowledge links it as a mention of them). */
function lineSpeaker(s: Scope, sentence: Sentence): Person | undefined {
  return (s.ctx.knowledge.mentions.get(sentence) ?? []).find((m) => sentence.text.slice(m.start, m.end) === 'I')?.person;
}

const SIGNING = /^(?:sign|signs|signed|signing|ink|inks|inked|inking|co-?signed)$/i;

/** "she signed a memorandum with Ona Vell, the director of …": the one signed with signed too. */
function signedWith(s: Scope, sentence: Sentence, verb: string, verbEnd: number): Person[] {
  const upTo = SIGNING.test(verb) ? /^[^,;.]{0,80}?\bwith\s+/.exec(sentence.text.slice(verbEnd)) : null;
  const other = upTo ? (s.ctx.knowledge.mentions.get(sentence) ?? []).find((m) => m.start === verbEnd + upTo[0].length) : undefined;
  return other ? [other.person] : [];
}

/**
 * Doers of the same verb in the other sentences of the paragraph, each with what it names beside its
 * verb ("signed for the host city along with its port warden, D."), and those said to have done it
 * "along with" or "together with" the ones found. A sentence that puts the verb to another object
 * ("signed a lease") tells another doing.
 */
function fellowDoers(s: Scope, found: Sentence, verb: string, names: string[]): { names: string[]; sentence: Sentence }[] {
  const k = s.ctx.knowledge;
  const seen = new Set(names.map(fold));
  const out: { names: string[]; sentence: Sentence }[] = [];
  for (const sentence of found.paragraph.sentences) {
    const at = findVerb(sentence.text, verb);
    if (!at) continue;
    const after = sentence.text.slice(at.end);
    if (sentence !== found && !/^\s*(?:for|on\s+behalf\s+of|(?:along|together)\s+with|as\s+well|too|[,.;]|$)/.test(after)) continue;
    const own = sentence === found ? [] : withNamedBefore(s, sentence, at.start, agentsOf(sentence.text, at));
    // ("… along with its port warden, D.": whoever the clause names.)
    const along = /\b(?:along|together)\s+with\b/.exec(after);
    const alongside = along ? (k.mentions.get(sentence) ?? []).filter((m) => m.start >= at.end + along.index).map((m) => m.person.name) : [];
    alongside.push(...signedWith(s, sentence, verb, at.end).map((p) => p.name));
    const fresh = [...own, ...alongside].filter(
      (n) => /^\p{Lu}/u.test(n) && !seen.has(fold(n)) && ![...seen].some((x) => x.includes(fold(n)) || fold(n).includes(x)),
    );
    for (const n of fresh) seen.add(fold(n));
    if (fresh.length) out.push({ names: fresh, sentence });
  }
  return out;
}

/**
 * "Council Chair Mirela Okonjo and council members Tom Baird and Ruth Kim voted": the people named
 * before the first doer found, joined to them by "and" and lower-case words of their office.
 */
function withNamedBefore(s: Scope, sentence: Sentence, verbStart: number, agents: string[]): string[] {
  const firstAt = agents.length ? sentence.text.indexOf(agents[0]!) : -1;
  if (firstAt < 0) return agents;
  const before = (s.ctx.knowledge.mentions.get(sentence) ?? []).filter(
    (m) =>
      m.end <= firstAt && !agents.some((a) => a.includes(m.person.name)) && /^\s*,?\s*and\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(sentence.text.slice(m.end, firstAt)),
  );
  return before.length && firstAt < verbStart ? [...before.map((m) => m.person.name), ...agents] : agents;
}

/**
 * "Who signed for the port?": the person whose own clause says so ("the port's director, Owen Trask,
 * signed for Carrow Bay, and …"), the body matched by its name or by the words that introduced it
 * ("the shipping line Naviera Costa Austral" answers "for the shipping line").
 */
function onBehalfOf(s: Scope, candidates: Sentence[]): Answer | undefined {
  // ("for Brask on the port deal": the body, not the deal told after it.)
  const asked = /\b(?:for|on\s+behalf\s+of)\s+(?:the\s+)?([^?]+?)(?:\s+(?:on|in|at|during)\s+(?:the|that|this|their|its)\s+[^?]+)?\s*\??$/i.exec(s.q.text);
  const want = asked ? words(asked[1]!).filter((w) => !isStopWord(w) && !SIDE_WORD.test(w)) : [];
  if (!want.length || !s.q.verb) return undefined;
  // ("who signed the ferry accord for the Danish harbor": the thing signed must be the paragraph's.)
  const object = new RegExp(`\\b${escapeRegExp(s.q.verb)}\\s+(.+?)\\s+(?:for|on\\s+behalf\\s+of)\\b`, 'i').exec(s.q.text)?.[1] ?? '';
  const things = words(object)
    .filter((w) => !isStopWord(w) && !/^(?:it|them|this|that|deal|one)$/i.test(w))
    .map((w) => stem(w.toLowerCase()));
  const holdsThing = (sentence: Sentence) => {
    if (!things.length) return true;
    const r = s.ctx.knowledge.retriever;
    return sentence.paragraph.sentences.some((x) => things.some((t) => r.termsOfSentence(x).has(t)));
  };
  // Each "X signed for <body>" of the paragraphs that hold the thing signed, with its doer.
  const clauses: { doer: Person; sentence: Sentence; said: string; body: string }[] = [];
  const read = new Set<Sentence>();
  for (const sentence of candidates.flatMap((x) => x.paragraph.sentences)) {
    if (read.has(sentence) || !holdsThing(sentence)) continue;
    read.add(sentence);
    let clauseStart = 0;
    for (const m of sentence.text.matchAll(SIGNED_FOR_BODY)) {
      // The doer is named in this clause: after the last one that signed for another body.
      const doer = (s.ctx.knowledge.mentions.get(sentence) ?? []).filter((x) => x.start >= clauseStart && x.end <= m.index).pop();
      if (doer && findVerb(m[1]!, s.q.verb)) clauses.push({ doer: doer.person, sentence, said: m[0], body: m[2]! });
      clauseStart = m.index + m[0].length;
    }
    // ("Reyes signed for the port, and for Brask it was their chair, Ola Moe": the
    // verb left out, the doer named after it.)
    const verb = findVerb(sentence.text, s.q.verb);
    for (const m of verb ? sentence.text.matchAll(ELIDED_FOR_BODY) : []) {
      const doer = (s.ctx.knowledge.mentions.get(sentence) ?? []).find((x) => x.start >= m.index + m[0].length);
      if (doer) clauses.push({ doer: doer.person, sentence, said: `${verb!.text} for ${m[1]!}`, body: m[1]! });
    }
  }
  // ("Oranje, Brask Mining's purchasing director, signed for his company": the body is the one the doer's role names.)
  // ("Sorvik, deputy mayor of Ostrel, signed for the host side": or the doer's role names the body asked.)
  const fits = (c: (typeof clauses)[number]) =>
    OWN_BODY.test(c.body) ? roleNames(c.doer, want) : bodyFits(c.sentence, want, c.body) || roleNames(c.doer, want);
  // (A doer whose role names the body is sure enough beside the sentence found: "The port signed a memo. Ansel signed it for us.")
  const exact = clauses.find((c) => (candidates.includes(c.sentence) || OWN_BODY.test(c.body)) && fits(c));
  // ("on behalf of the tromso food wholesaler" for "signed for the importer", introduced as "Tromso grocery
  // importer …"): otherwise the body whose words stand nearest the question's, clearly nearer than the others'.
  const scored = exact ? [] : clauses.map((c) => ({ c, score: softFit(want, introducedWords(c.sentence, c.body)) })).sort((a, b) => b.score - a.score);
  const near = scored[0] && scored[0].score >= 0.55 && (scored[1]?.score ?? 0) < scored[0].score - 0.1 ? scored[0].c : undefined;
  const chosen = exact ?? near;
  return chosen ? stated(chosen.doer.name, `${describe(chosen.doer)} ${chosen.said}`, [chosen.sentence]) : undefined;
}

// "for his company", "on behalf of her city", a speaker's "signed it for us": the doer's own body.
const OWN_BODY =
  /^(?:us|(?:his|her|their|its|our)\s+(?:company|firm|side|city|county|town|state|province|government|agency|group|port|team|organi[sz]ation|school|university))$/i;

/** Do the doer's roles name every word asked ("Brask Mining's purchasing director" for "brask mining")? */
function roleNames(doer: Person, want: string[]): boolean {
  const roleWords = new Set(words(doer.roles.map((r) => r.role).join(' ')).map((w) => fold(w).replace(/['\u2019]s$/, '')));
  return doer.roles.length > 0 && want.every((w) => roleWords.has(fold(w)));
}

/** Of the signers named, the one whose roles' words fit the side asked for, clearly better than the others'. */
function signerFor(
  side: string,
  signers: (Person | undefined)[],
  story?: { visitor: Person | undefined; sentence: Sentence; visited: string[] },
): Person | undefined {
  // (The visitor may sign by a surname the sentence's people leave out: "By noon Vale and Karin Holm … had signed".)
  const visitor = story?.visitor;
  const people = visitor && !signers.includes(visitor) && standsAlone(visitor, story.sentence) ? [...signers, visitor] : signers;
  const want = words(side).filter((w) => !isStopWord(w) && !SIDE_WORD.test(w));
  if (!want.length || people.length < 2 || people.some((p) => !p?.roles.length)) return undefined;
  const scored = people
    .map((p) => {
      const roleWords = words(p!.roles.map((r) => r.role).join(' ')).filter((w) => !isStopWord(w));
      // (One of the side's words must be the role's own: near words alone take a council for a state.)
      const own = roleWords.some((w) => want.some((x) => stem(x) === stem(w)));
      return { p: p!, own, score: softFit(want, roleWords) };
    })
    .sort((a, b) => b.score - a.score);
  if (scored[0]!.score >= 0.45 && scored[0]!.score - scored[1]!.score >= 0.1 && scored[0]!.own) return scored[0]!.p;
  // "for the Estonian side": the one signer whose role names a place the articles put in Estonia
  // ("… of Orvo Freight, a Kessa shipping agent" and "Kessa, a harbour town on Estonia's coast").
  // (A people's adjective names its country by WordNet's "pertains to": "Swedish" is Sweden's.)
  const countries = want.flatMap((w) => [w, ...demonymBases(w), ...pertainsTo(w.toLowerCase()).filter((c) => /^[\p{L} ]+$/u.test(c))]);
  const inSide = people.filter((p) => p!.roles.some((r) => placedIn(r, countries)));
  if (inSide.length === 1) return inSide[0];
  // Of the story's visitor and one other, for the side of a country the visitor went to (not their own):
  // the other, their host.
  const visitedSide = !!story && countries.some((c) => story.visited.includes(fold(c)));
  if (
    visitor &&
    visitedSide &&
    people.length === 2 &&
    people.includes(visitor) &&
    standsAlone(visitor, story.sentence) &&
    !visitor.roles.some((r) => placedIn(r, countries))
  )
    return people.find((p) => p !== visitor);
  return undefined;
}

/** Is the person named in the sentence as themself, not as a word of a longer name ("Universitas Negeri Vale")? */
function standsAlone(p: Person, sentence: Sentence): boolean {
  return [p.name, ...p.aliases].some((a) => new RegExp(`(?<!\\p{Lu}[\\p{L}'\u2019-]*\\s)\\b${escapeRegExp(a)}\\b(?!\\s+\\p{Lu})`, 'u').test(sentence.text));
}

/** Does the role name a place its article puts in one of these countries ("Kessa, a town on Estonia's coast", "Kessa, Estonia")? */
function placedIn(role: RoleFact, countries: string[]): boolean {
  const article = role.sentence.paragraph.article;
  const text = article.paragraphs.map((p) => p.text).join('\n');
  const country = `(?:${countries.map((c) => escapeRegExp(c)).join('|')})`;
  if (new RegExp(`\\b${country}\\b`, 'i').test(role.role)) return true;
  // (Or "Norvania's Kessa Province" for a role "of the Kessa Provincial Office": the run's first word.)
  return capitalisedRuns(role.role)
    .flatMap((run) => [run, run.split(/\s+/)[0]!])
    .some(
      (place) =>
        new RegExp(`\\b${escapeRegExp(place)},\\s+(?:(?:a|an|the)\\s+[^,.;]{0,60}?\\b(?:in|on|of)\\s+(?:the\\s+)?)?${country}\\b`, 'i').test(text) ||
        new RegExp(`\\b${country}['\u2019]s\\s+(?:[\\p{L}-]+\\s+){0,2}?${escapeRegExp(place)}\\b`, 'iu').test(text),
    );
}

// "for the Icelandic side": the side is no word of the body.
const SIDE_WORD = /^(?:side|sides|end|party|parties|team)$/i;

/** How near the words of a body stand to the words asked, each asked word by its nearest (1 for the same word). */
function softFit(want: string[], have: string[]): number {
  if (!want.length || !have.length) return 0;
  const stems = have.map((h) => stem(h));
  const each = want.map((w) => (stems.includes(stem(w)) ? 1 : Math.max(0, ...have.map((h) => similarity(w.toLowerCase(), h.toLowerCase())))));
  return each.reduce((a, b) => a + b, 0) / each.length;
}

/** The body's words with those the article introduced it by ("Tromso grocery importer" for "the importer"). */
function introducedWords(sentence: Sentence, body: string): string[] {
  const article = sentence.paragraph.article.paragraphs.map((p) => p.text).join('\n');
  const first = new RegExp(`\\b${escapeRegExp(body)}\\b`, 'i').exec(article)?.index ?? -1;
  const before =
    first >= 0
      ? article
          .slice(Math.max(0, first - 40), first)
          .split(/[,;.]\s|\s(?:and|or|with|by)\s/)
          .pop()!
      : '';
  return words(`${before} ${body}`).filter((w) => !isStopWord(w));
}

// (The thing signed may stand between as a pronoun: "signed it for us"; "for the Danish side" is one body.)
const SIGNED_FOR_BODY =
  /\b(\p{Ll}+)(?:\s+(?:it|them|this|that))?\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'\u2019-]*)*(?:\s+side\b)?|\p{Ll}[\p{L}-]*(?:\s+(?:and\s+)?\p{Ll}[\p{L}-]*){0,3}(?=\s*[.,;]))/gu;

function bodyFits(sentence: Sentence, want: string[], body: string): boolean {
  const named = words(body);
  if (named.every((w) => want.includes(w)) || want.every((w) => named.includes(w))) return true;
  const article = sentence.paragraph.article.paragraphs.map((p) => p.text).join('\n');
  const first = article.indexOf(body);
  // The words that introduced it, back to the clause's start: "the ferry line" of "and the ferry line Mareva Lines".
  const before = article
    .slice(Math.max(0, first - 40), first)
    .split(/[,;.]\s|\s(?:and|or|with|by)\s/)
    .pop()!;
  const introduced = words(before + body);
  // (A typo of one letter still names it: "shiping line".)
  return first >= 0 && want.every((w) => introduced.some((x) => x === w || (w.length >= 5 && distance(x, w) <= 1)));
}

const ELIDED_FOR_BODY = /\bfor\s+(?:the\s+)?(\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*)\s*,?\s+it\s+was\b/gu;
const SIGNED_FOR = /\b(?:for|on\s+behalf\s+of)\s+(?:the\s+)?\p{Lu}/u;
const SIGNED_FOR_ANY = /\bsign\w*\b.*?\b(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(\p{L}[\p{L}\p{M}'\u2019 .-]{2,60})$/iu;
const AUXILIARY = /^(?:is|are|was|were|be|been|being|am|has|have|had|having|do|does|did|get|gets|got)$/i;

/**
 * A sentence found with the story's help must still hold what follows the question's verb ("testified
 * *by video*"), unless its own verb ends the clause ("Strand objected."): then the story says to what.
 */
// "who sent the emailed statement", "who put out the letter": a message's sender is whoever the
// sentence that carries it quotes ("…," the spokesperson wrote in an emailed statement).
const MESSAGE = /^(?:statement|letter|e-?mail|message|memo|note|post|tweet|release|text)s?$/;
const SENDS = /^(?:send|sent|sends|sending|issu\w*|releas\w*|put|puts|wrote|write|writes|written|e-?mail\w*|post\w*|tweet\w*)$/;

function senderOf(s: Scope): Answer | undefined {
  const k = s.ctx.knowledge;
  const noun = words(s.q.about ?? '').find((w) => MESSAGE.test(w));
  if (!noun || !SENDS.test(s.q.verb ?? '')) return undefined;
  // (The one it was sent for, "for Lykke", need not be named beside it.)
  for (const x of supportingRanked({ ...s, named: [] }, s.q.about!, 0.4).slice(0, 8)) {
    if (!new RegExp(`\\b${escapeRegExp(noun)}\\b`, 'i').test(x.item.text)) continue;
    const named = new Set((k.mentions.get(x.item) ?? []).map((m) => m.person));
    const quote = (k.quotesByArticle.get(x.item.paragraph.article) ?? []).find((u) => u.paragraph === x.item.paragraph && named.has(u.speaker));
    if (quote) return stated(quote.speaker.name, `${describe(quote.speaker)}: ${x.item.text}`, [x.item]);
  }
  return undefined;
}

function complementHeld(s: Scope, sentence: Sentence, verbEnd: number): boolean {
  if (/^\s*(?:[,;.:!?]|$)/.test(sentence.text.slice(verbEnd))) return true;
  const first = words(s.q.about ?? '').find((w) => !isStopWord(w));
  // (Or the object's head noun: "the ferry route letter" is a letter, told as "a letter of intent to chart …".)
  const head = /^(?:(?:the|a|an|their|its|his|her)\s+)?((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:for|of|in|on|at|with|to|from|between)\b|$)/u
    .exec(s.q.about ?? '')?.[1]
    ?.split(/\s+/)
    .pop();
  const has = (w: string | undefined) => !!w && s.ctx.knowledge.retriever.termsOfSentence(sentence).has(stem(w));
  return !first || has(first) || (!!head && head !== first && !isStopWord(head) && has(head));
}

/**
 * What pins a question down is no context: a place it names ("in Beijing") or a number or year ("in
 * 2019") must be in a sentence found with the story's help, not only elsewhere in its story.
 */
function pinsHeld(s: Scope, sentence: Sentence): boolean {
  const k = s.ctx.knowledge;
  const text = fold(sentence.text);
  const asked = (s.q.text.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu) ?? []).map(fold);
  const holds = (w: string) => new RegExp(`\\b${escapeRegExp(w)}\\b`).test(text);
  // A place only where the sentence names another one ("Guangzhou's mayor" for "in Beijing").
  const otherPlace = (text.match(/[\p{L}][\p{L}'\u2019-]*/gu) ?? [])
    .map((w) => w.replace(/['\u2019]s$/, ''))
    .some((w) => k.places.has(w) && !asked.includes(w));
  return asked.every((w) => (/^\d+$/.test(w) ? holds(w) : !(otherPlace && k.places.has(w)) || holds(w)));
}

/** The sentence's clause from a word on: "testified by video from Gunsan". */
const clauseFrom = (text: string, at: number) =>
  text
    .slice(at)
    .split(/[,;:.!?](?:\s|$)/)[0]!
    .trim();

/** Someone's job, or where they work: their roles as the articles give them. */
export function roleAnswer(s: Scope): Answer {
  const k = s.ctx.knowledge;
  const { q } = s;
  let person: Person | undefined = s.named[0] ?? s.referent;
  if (!person && q.subject) {
    const m = resolvePerson(k, q.subject);
    if (m.kind === 'one') person = m.person;
  }
  if (!person) return unsupported(s.ctx, `who ${echo(q.subject ?? q.about ?? q.text, 60)} is`);
  const roles = rolesOf(person, q.about);
  if (!roles.length) {
    // "who is Gus?": the one the articles mean is the answer, and what they say of them, though they give no role.
    const first = person.mentions[0];
    if (first && /^who\s+(?:is|was|'s)\b/i.test(q.text))
      return stated(person.name, `${person.name}. No role is given; the articles say: ${first.text}`, [first]);
    return unsupported(s.ctx, `what ${person.name}'s job is; they mention ${person.name} without a role`, first);
  }
  return stated(
    person.name,
    `${person.name}: ${roles.map((r) => r.role).join('; ')}`,
    roles.map((r) => r.sentence),
  );
}

/** A person's roles, those naming the body asked about ("at Joyu") first. */
function rolesOf(person: Person, about?: string) {
  const body = about ? words(about.replace(/^\s*(?:at|in|with|for|of)\s+/i, '')) : [];
  const named = person.roles.filter((r) => body.length && body.every((w) => fold(r.role).includes(w)));
  return named.length ? named : person.roles;
}
