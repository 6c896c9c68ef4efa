import { isStopWord, ownStem, stem, words } from '../text.ts';
import { escapeRegExp } from '../knowledge/people.ts';
import { ADDRESS_FORMS, ROLE_NOUN } from '../knowledge/lexicon.ts';
import { hasSense, isKindOf, synonyms } from '../knowledge/wordnet.ts';
import { tag } from './tagger.ts';

// Span extraction: the part of a supporting sentence that answers the question (a name list before
// or after a verb, the object of a verb, a number with its noun, the items of a list, a purpose).
// These read the shapes of English sentences, never the content of a particular article.

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*/gu;

export interface Word {
  text: string;
  start: number;
  end: number;
}

export function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => {
    const t = m[0].replace(/[.]+$/, '');
    return { text: t, start: m.index, end: m.index + t.length };
  });
}

const verbForms = new Map<string, Set<string>>();

/** The stems that count as a verb of the question: itself and its WordNet synonyms in common senses. */
function verbStems(verb: string): Set<string> {
  let set = verbForms.get(verb);
  if (!set) {
    set = new Set([
      stem(verb),
      ...synonyms(verb, 'verb', 2)
        .filter((s) => !s.includes(' '))
        .map(stem),
    ]);
    verbForms.set(verb, set);
  }
  return set;
}

/** Where the verb (or a synonym) stands in the text. */
export function findVerb(text: string, verb: string): Word | undefined {
  // (A capital after a colon opens an item's text: "Wednesday, May 20: Meeting with …".)
  const ws = wordsOf(text).filter((w) => /^\p{Ll}/u.test(w.text) || /:\s+$/.test(text.slice(Math.max(0, w.start - 3), w.start)));
  // The verb itself before any synonym: "visited Portmund, where it toured a wind farm" for "tour".
  const own = ownStem(verb);
  const forms = verbStems(verb);
  // "provider" shares the stem of "provide" but names whoever provides: not the verb.
  // "at the head of a delegation": after a determiner the word is a noun, whatever it shares with the verb.
  const verbal = ws.filter(
    (w) =>
      (!/(?:er|or)s?$/.test(w.text) || /(?:er|or)s?$/.test(verb)) &&
      !/\b(?:the|a|an|its|their|his|her|our)\s+$/i.test(text.slice(Math.max(0, w.start - 7), w.start)),
  );
  // (A synonym's stem in a word WordNet knows only as a noun is no verb: "representatives" for "presented".)
  // (Nor one the sentence uses as a noun: "wheat and beef" holds no "gripe".)
  return verbal.find((w) => ownStem(w.text) === own) ?? verbal.find((w) => forms.has(stem(w.text)) && !nounOnly(w.text) && usedAsVerb(text, w));
}

/** Does the sentence use the word as a verb, as the tagger reads it there? */
function usedAsVerb(text: string, w: Word): boolean {
  const before = wordsOf(text.slice(0, w.start)).filter((x) => x.text === w.text).length;
  const tagged = tag(text).filter((t) => t.text === w.text)[before];
  return !tagged || tagged.pos === 'VERB' || tagged.pos === 'AUX';
}

/**
 * A verb that is a kind of making ("assembles", "fabricates" for "what does the plant make"): the
 * question's broad verb is rarely the article's. Only for the verbs of making, whose kinds name a product.
 */
export function findMakingVerb(text: string, verb: string): Word | undefined {
  if (!MAKING.test(verb)) return undefined;
  // ("a mill that will turn out cables": a phrasal verb of making.)
  const phrasal = MAKE_PHRASAL.exec(text);
  if (phrasal) return { text: phrasal[0], start: phrasal.index, end: phrasal.index + phrasal[0].length };
  return wordsOf(text).find(
    (w) =>
      /^\p{Ll}+$/u.test(w.text) &&
      !isStopWord(w.text) &&
      !/\b(?:the|a|an|its|their|his|her|our)\s+$/i.test(text.slice(Math.max(0, w.start - 7), w.start)) &&
      // (Nor a noun after a possessive: "Arden's engineers are coming".)
      !/['\u2019]s\s+$/.test(text.slice(Math.max(0, w.start - 4), w.start)) &&
      hasSense(w.text, 'verb') &&
      !nounOnly(w.text) &&
      // (In a verb's form, "assembles", "will make": "a machine shop owner" holds no verb.)
      // ("development, manufacturing and sales": a form in -ing only after a form of "be".)
      (/(?:s|ed)$/.test(w.text) ||
        /\b(?:will|would|to|can|could|may|might|does|do|did)\s+$/i.test(text.slice(Math.max(0, w.start - 7), w.start)) ||
        (/ing$/.test(w.text) && /\b(?:is|are|was|were|be|been)\s+$/i.test(text.slice(Math.max(0, w.start - 6), w.start)))) &&
      isKindOf(w.text.toLowerCase(), 'make', 'verb', 3, 1),
  );
}

/** Is the verb one of making ("make", "produce", "build", "manufacture")? */
export const isMakingVerb = (verb: string) => MAKING.test(verb);

const MAKE_PHRASAL = /\b(?:turn|churn|crank|pump|roll)(?:s|ed|ing)?\s+out\b/i;
const MAKING = /^(?:make|makes|made|produce|produces|produced|manufacture|manufactures|manufactured|build|builds|built)$/i;

const nounOnly = (word: string) => {
  const w = word.toLowerCase();
  return hasSense(w, 'noun') && !hasSense(w, 'verb');
};

/** "a provider of battery energy storage solutions" for "provide": what the agent noun's "of" names. */
export function agentObject(text: string, verb: string): string | undefined {
  const own = ownStem(verb);
  for (const w of wordsOf(text)) {
    // A common noun ("a provider of"), not a name ("Chamber of Commerce").
    // ("maker" of "make": the verb's own stem, with or without its final e.)
    const base = w.text.replace(/(?:er|or)s?$/, '');
    if (!/^\p{Ll}.*(?:er|or)s?$/u.test(w.text) || ![w.text, base, `${base}e`].some((x) => ownStem(x) === own)) continue;
    const of = /^\s+of\s+/.exec(text.slice(w.end));
    if (of) return phraseAfter(text, w.end + of[0].length);
  }
  return undefined;
}

const SHARE = /(?:\b(?:up to|about|around|nearly|almost|more than|over|less than|at least)\s+)?\d[\d.,]*\s*(?:%|percent|per cent|percentage points)/i;

/** A share or a change in percent: "by up to 15 percent". */
export function shareIn(text: string): string | undefined {
  return SHARE.exec(text)?.[0];
}

const CAP = /^\p{Lu}/u;
// Forms of address before a name ("Prof. Dr.", "H.E. Mr."): no part of the name.
const ADDRESSED = new RegExp(`^(?:(?:H\\.E|${ADDRESS_FORMS})\\.?\\s+)+(?=\\p{Lu})`, 'u');
const NOT_ENTITY =
  /^(?:The|A|An|On|In|At|By|For|From|To|With|This|That|These|Those|It|He|She|They|We|When|While|After|Before|During|As|If|Since|Meanwhile|However|No|None|Nobody|Neither|Each|Every|All|Some|Many|Most|Several|Few|Any|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Splits "A and B", "A, B and C" into names, keeping "of"/"and" inside a name ("Chamber of Commerce"). */
function names(span: string): string[] {
  // "and" joins two names, except inside a name's "of" tail ("Federation of Industry and Commerce").
  const parts = span
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\.$/, '')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=the\s+\p{Lu})|(?<!\bof\s+\p{Lu}[\p{L}-]*)\s+and\s+(?=\p{Lu})/u)
    .map((p) => p.replace(/^(?:and|the)\s+/i, '').trim())
    .filter((p) => p && CAP.test(p));
  return parts;
}

/** A run of capitalised words, allowing links ("Port Halden Chamber of Commerce") and "(PHHA)". */
function nameRunFrom(text: string, from: number): string {
  const m = /^(?:the\s+)?\p{Lu}[\p{L}\p{N}'\u2019.&-]*(?:\s+(?:\([^)]*\)|(?:of|and|for|&|the)(?=\s+\p{Lu})|\p{Lu}[\p{L}\p{N}'\u2019.&-]*))*/u.exec(
    text.slice(from),
  );
  return m ? m[0] : '';
}

const CAP_WORD = "\\p{Lu}[\\p{L}\\p{N}'\u2019.&-]*";
const NAME_UNIT = `(?:the\\s+)?${CAP_WORD}(?:\\s+(?:\\([^)]*\\)|(?:of|for|&)(?=\\s+\\p{Lu})|${CAP_WORD}))*`;

/**
 * The doers of a verb: "organized by A and B" or "A and B signed ..." Returns names as printed.
 */
export function agentsOf(text: string, verb: Word): string[] {
  const after = text.slice(verb.end);
  // ("signed Tuesday by Tervo and …": a day between the verb and its doers.)
  const by = /^\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+)?(?:for\s+)?by\s+/.exec(after);
  if (by) {
    let from = verb.end + by[0].length;
    const out: string[] = [];
    // "paid for by a nonprofit": a body the text does not name.
    const common = /^(?:a|an|the)\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?(?=[,.;]|\s+(?:and|but|not|which|who)\b|$)/u.exec(text.slice(from));
    if (common) return [common[0]];
    for (;;) {
      const run = nameRunFrom(text, from);
      if (!run) break;
      // "by the Rector of Ostvik University (OU), Prof. Dr. Edda Lunn": the office, then its holder's name.
      const office = ROLE_NOUN.test(run.split(/\s+(?:of|for)\s+/)[0]!) && /^,\s+\p{Lu}/u.test(text.slice(from + run.length));
      if (!office) out.push(...names(run));
      // ("and by Dr. Ivo Marsk": the next doer.)
      const rest = /^\s*(?:,\s*(?:and\s+)?(?:by\s+)?|\s+and\s+(?:by\s+)?)(?:the\s+)?/.exec(text.slice(from + run.length));
      if (!rest || !CAP.test(text.slice(from + run.length + rest[0].length))) break;
      from += run.length + rest[0].length;
    }
    return out.map((n) => n.replace(/^the\s+/i, '').replace(ADDRESSED, ''));
  }
  // Subject before the verb: walk back over names, links, "and", commas and parentheses, past a
  // date between them ("Han Zheng on Thursday met").
  // "Brightcell Energy, a company that makes ...": the relative clause's name is the doer.
  const before = text
    .slice(0, verb.start)
    .replace(/\s+$/, '')
    .replace(/\s+(?:on|in|at|during|last|this)\s+(?:\p{Lu}[\p{L}]*\s*\d*,?\s*\d*)$/u, '')
    .replace(/,\s+(?:a|an|the)\s+[\p{L}\s-]{1,60}?\s+(?:that|which|who)$/u, '');
  const run = new RegExp(`((?:${NAME_UNIT}(?:\\s*,\\s*and\\s+|\\s*,\\s*|\\s+and\\s+))*${NAME_UNIT})$`, 'u');
  // "Kang Min-seo, director of international cooperation, testified", "Strand, who represents
  // District 4, objected": the doer is named before the aside.
  // (One doer only: "A, director of X, and B, vice president of Y, signed" is a list of people, read from the sentence's mentions.)
  // (Two asides, a role and what its body is: "B, general director of Orvo Logistics, a terminal operator, signed".)
  const once = before.replace(/,\s+[^,]{2,120},$/, '');
  const aside = once === before ? once : once.replace(/(?<=\p{L}),\s+(?!(?:and|or|but|with|plus)\s)\p{Ll}[^,]{2,120}$/u, '');
  const single = aside !== before ? run.exec(aside) : null;
  const listed = single && (/(?:,|\band)\s*$/.test(aside.slice(0, single.index)) || /,|\band\s/.test(single[1]!));
  const m = run.exec(before) ?? (listed ? null : single);
  // ("on a quay overlooking Tolvik Harbour, the Port of Harrowgate and … signed": the first name ends the
  // phrase set off before the subject, no doer.)
  const setOff = m && /\b(?:in|at|on|near|overlooking|outside|inside|beside|behind|from|across|along|off)\s+(?:the\s+)?$/.test(before.slice(0, m.index));
  if (m) return names(m[1]!).filter((n, i, all) => !NOT_ENTITY.test(n.split(' ')[0]!) && !(setOff && i === 0 && all.length > 1));
  // "... and the Gunsan city government provided hotel rooms": a body or group named by a common noun.
  const common = /(?:^|[,;]\s*(?:and\s+|but\s+|while\s+)?)((?:the|a|an)\s+(?:[\p{L}'\u2019-]+\s+){0,4}?([\p{Ll}-]+))$/u.exec(aside);
  const head = common?.[2];
  return head && ['organization', 'social_group', 'person'].some((kind) => isKindOf(head, kind)) ? [common[1]!] : [];
}

// Where an object noun phrase stops: punctuation, a new clause, or a date or place adjunct.
// (Not the comma or the point inside a number: "$9,000", "2.5 million".)
const PHRASE_END =
  /(?<!\d)[,.]|[,.](?!\d)|[;:!?\u201d"]|\s(?:who|which|that|while|when|where|because|after|before|as|and said|said|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/;

/** The noun phrase right after a word: "toured |the plant of Brightcell Energy|, a company ...". */
export function phraseAfter(text: string, at: number, most = 16): string | undefined {
  const rest = text
    .slice(at)
    .replace(/^\s+(?:with\s+|to\s+|about\s+|on\s+|in\s+)?/, ' ')
    .trimStart();
  // A list is one object: "cover battery recycling, autonomous ferries and cold-chain logistics".
  const list = /^[^,;.]+(?:,\s*[^,;.]+)*,?\s+and\s+[^,;.]+/.exec(rest);
  // (Items are short: ", said it would open a plant … and hire 85 people" is the sentence going on.)
  // (Longer where the list ends the sentence after a serial comma: "covers a cargo route between the two
  // ports, exchanges so crews can train together, and sharing what each learns".)
  const closing = !!list && /,\s+and\s/.test(list[0]) && /^\s*[.!?]?\s*$/.test(rest.slice(list[0].length));
  const short = list?.[0].split(/,\s*|\s+and\s+/).every((item) => item.trim().split(/\s+/).length <= (closing ? 14 : 6));
  const listed = list?.[0].includes(',') && short && !/,\s*(?:a|an|the|which|who)\s/.test(list[0]) ? list[0] : undefined;
  const end = rest.search(PHRASE_END);
  const phrase = (listed ?? (end < 0 ? rest : rest.slice(0, end))).trim();
  return phrase && phrase.split(/\s+/).length <= (listed && closing ? 48 : most) ? phrase : undefined;
}

const UNITS = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const SPOKEN_HUNDREDS = new RegExp(
  `\\b(a|one|${UNITS.slice(1, 9).join('|')})\\s+hundred(?:\\s+and)?(?:\\s+(?:(${TENS.join('|')})(?:[- ](${UNITS.slice(0, 9).join('|')}))?|(${UNITS.join('|')})))?\\b(?!\\s+(?:thousand|million|billion))`,
  'gi',
);

/** "three hundred and twelve seats", as said aloud: "312 seats". */
function spokenHundreds(text: string): string {
  if (!/hundred/i.test(text)) return text;
  const unit = (w: string | undefined) => (w ? UNITS.indexOf(w.toLowerCase()) + 1 : 0);
  return text.replace(SPOKEN_HUNDREDS, (_, h: string, tens?: string, one?: string, small?: string) => {
    const hundreds = /^(?:a|one)$/i.test(h) ? 1 : unit(h);
    return String(hundreds * 100 + (tens ? (TENS.indexOf(tens.toLowerCase()) + 2) * 10 + unit(one) : unit(small)));
  });
}

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|hundreds?|thousands?|millions?|billions?';
const NUMBER = new RegExp(
  `(?:[$€£¥]\\s?)?\\b(?:\\d[\\d,.]*%?|(?:${NUMBER_WORDS})(?:[- ](?:${NUMBER_WORDS}))*)(?:\\s+(?:million|billion|thousand|hundred))?\\b`,
  'gi',
);

const JOINED_COUNT = new RegExp(`\\b(\\d+|${NUMBER_WORDS})-(\\p{L}+)`, 'giu');

/** A number that counts the focus noun: "hire |200 workers|", "|80 domestic business leaders|". */
const PEOPLE_STEMS = new Set(['peopl', 'person', 'member', 'deleg', 'particip']);

/** A count of the noun asked about in a sentence; `asksPeople` tells whether that noun names people (else a modifier is told from its noun). */
const JOB_STEMS = ['job', 'position', 'post'].map(stem);
// (Hiring to come: "plans to hire 75 welders", "expected to employ 420 people"; not the staff it "employs" now.)
const HIRING_BEFORE =
  /(?:\b(?:hire|hires|hiring|recruit|recruits|recruiting|take\s+on|taking\s+on)|\b(?:to|will|would|could)\s+(?:\p{L}+\s+)?employ)\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|as\s+many\s+as\s+|another\s+)?$/iu;
/** Did a count of jobs come from a hire of people ("hire 75 welders") rather than from the word itself? */
export const countedByHiring = (value: string) => !/\b(?:jobs?|positions?|posts?)\b/i.test(value);

export function countOf(line: string, focusStems: Set<string>, asksPeople?: boolean, kind?: string): string | undefined {
  // A fact box's line: "14: members of the delegation" counts what follows the colon.
  const text = spokenHundreds(line.replace(/^(\d[\d,]*):\s+/, '$1 '));
  // "a six-day trade mission": the number joined to its noun.
  for (const m of text.matchAll(JOINED_COUNT)) {
    if (focusStems.has(stem(m[2]!)) || focusStems.has(stem(`${m[2]}s`))) return `${m[1]} ${m[2]}${/s$/.test(m[2]!) ? '' : 's'}`;
    // "the 31-member delegation" counts people: its members.
    if (/^(?:member|person|strong)$/i.test(m[2]!) && [...PEOPLE_STEMS].some((p) => focusStems.has(p)))
      return `${m[1]} ${/^strong$/i.test(m[2]!) ? 'people' : `${m[2]!.toLowerCase()}s`}`;
  }
  // "The delegation of 21 left …": a party counted by its number alone is that many people (asked
  // as people or members, not as workers of a plant).
  if (asksPeople && [...PEOPLE_STEMS].some((p) => focusStems.has(p))) {
    const party = new RegExp(
      `\\b(?:[Dd]elegation|[Gg]roup|[Pp]arty|[Cc]ontingent|[Ee]ntourage|[Tt]eam)\\s+of\\s+(\\d+|${NUMBER_WORDS})\\b(?!\\s*(?:%|percent)|\\s+\\p{Ll}+s\\b|\\s+(?:million|thousand|billion)\\b)`,
      'u',
    ).exec(text);
    if (party) return `${party[1]} people`;
  }
  for (const m of text.matchAll(NUMBER)) {
    if (/^\d{4}$/.test(m[0]) && Number(m[0]) > 1800) continue; // a year
    // "$34,500 for the people" is an amount of money, not a number of people.
    // ("12,000 pounds of apples" is a weight.)
    if (/^[$€£¥]/.test(m[0]) || /^[\d,.]+\s*(?:dollars|euros|pounds|yuan|yen)\b(?!\s+of\b)/i.test(text.slice(m.index))) continue;
    // "the two cities", "the two peoples": things already named, not a count the sentence gives.
    if (/\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) && /^(?:two|three|four|both)$/i.test(m[0])) continue;
    // ("The host talks to two guests who went along": those asked, picked out of the ones who went,
    // no count of them.)
    if (
      /\b(?:asks?|asked|interviews?|interviewed|talks?\s+(?:to|with)|talked\s+(?:to|with)|spoke\s+(?:to|with)|hears?\s+from|heard\s+from)\s+$/i.test(
        text.slice(Math.max(0, m.index - 24), m.index),
      ) &&
      /^\s+[\p{L}-]+\s+(?:who|that)\b/u.test(text.slice(m.index + m[0].length))
    )
      continue;
    // "The mayor led eleven of us": the writer's party, counted.
    if (asksPeople && /^\s+of\s+us\b/i.test(text.slice(m.index + m[0].length)) && !/^(?:one|1)$/i.test(m[0])) return `${m[0]} people`;
    const following =
      text
        .slice(m.index + m[0].length)
        .match(/^(?:\s+[\p{L}\p{N}'\u2019-]+){1,5}/u)?.[0]
        .trim()
        .split(/\s+/) ?? [];
    // As far as the last counted noun: "60 city officials and business owners".
    let at = -1;
    following.forEach((w, i) => {
      // "the two peoples" are two nations, not a number of people.
      if (words(w).some((x) => focusStems.has(stem(x)) && x !== 'peoples') && (at >= 0 || i < 4)) at = i;
    });
    // ("twelve containers of pears" counts containers, not pears: a noun before "of" is what is counted,
    // unless it only says how many, "a dozen", "hundreds of".)
    const of = at > 0 ? following.slice(0, at).lastIndexOf('of') : -1;
    // (Unless the question counts that noun too: "how many tons of beans" of "18 tons of beans".)
    if (of > 0 && focusStems.has(stem(following[of - 1] ?? ''))) at = of - 1;
    else if (
      of > 0 &&
      !/^(?:dozens?|hundreds?|thousands?|millions?|scores?|pairs?|couples?|total|all|each|some|most|group|team|delegation)$/i.test(following[of - 1] ?? '')
    )
      at = -1;
    const person = (w: string | undefined) => !!w && /^\p{Ll}{3,}s$/u.test(w) && w !== 'peoples' && isKindOf(w.replace(/s$/, ''), 'person', 'noun', 10, 1);
    // "how many jobs will it add": "plans to hire 75 welders", "will employ 300 people": each hire is a job.
    if (at < 0 && JOB_STEMS.some((j) => focusStems.has(j)) && HIRING_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) {
      at = following.slice(0, 2).findIndex((w) => person(w) || w === 'people');
    }
    // "how many people will it hire": "200 workers" are people of a kind.
    if (at < 0 && (focusStems.has('peopl') || focusStems.has('person'))) {
      at = following.slice(0, 2).findIndex(person);
      // "20 officials and business leaders": the whole of those counted.
      if (at >= 0 && following[at + 1] === 'and') {
        const more = [following[at + 2], following[at + 3]].findIndex(person);
        if (more >= 0) at += 2 + more;
      }
    }
    // "how much fruit": "12,000 pounds of red apples", a kind of the noun asked (WordNet's).
    if (at < 0 && kind && !asksPeople) {
      at = following.findIndex((w, i) => i < 5 && /^\p{Ll}{3,}$/u.test(w) && isKindOf(w.replace(/(?<=[^s])s$/, ''), kind, 'noun', 8, 1));
    }
    const qualifier =
      /\b(?:more than|fewer than|less than|at least|about|around|nearly|almost|over|up to)\s+$/i.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[0] ??
      '';
    // "seven business representatives" counts representatives, not businesses: the noun asked about
    // only modifies the plural noun after it, a noun of another kind (people against things).
    const next = following[at + 1];
    const one = next
      ?.replace(/ies$/, 'y')
      .replace(/(?<=(?:ch|sh|ss|x))es$/, '')
      .replace(/s$/, '');
    if (
      asksPeople !== undefined &&
      at >= 0 &&
      next &&
      one &&
      /^\p{Ll}{3,}s$/u.test(next) &&
      !isStopWord(next) &&
      !focusStems.has(stem(next)) &&
      hasSense(one, 'noun')
    ) {
      if (asksPeople !== isKindOf(one, 'person', 'noun', 10, 1)) continue;
      // Of the same kind, it is the counted noun itself: "18 Indiana companies", "24 US students".
      at++;
    }
    if (at >= 0) return `${qualifier}${m[0]} ${following.slice(0, at + 1).join(' ')}`;
  }
  return undefined;
}

// A sum in any currency ("C$24", "R1.2 million", "40,000 rand", "12 million U.S. dollars"), with the rate it is paid at when one
// follows ("C$24 an hour").
const MONEY =
  /(?:(?:\b(?:US|C|CA|A|AU|NZ|HK|S|R|MX|NT)|\b)?[$€£¥₹₦]\s?\d(?:[\d,.]*\d)?(?:\s*(?:million|billion|thousand))?|\b\d(?:[\d,.]*\d)?\s*(?:million|billion|thousand)?\s*(?:(?:U\.S\.|US)\s+)?(?:dollars|yuan|euros|pounds|yen|usd|rmb|rand|baht|pesos|rupees|naira|francs|kronor|kroner|won|dirhams|shillings|cedis|reais)\b)(?:\s+(?:an?|per)\s+(?:hour|day|week|month|year|person|head|traveller|traveler|student))?/i;

export function moneyIn(text: string): string | undefined {
  return MONEY.exec(text)?.[0];
}

const UNIT =
  /\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a few|several|many)[- ](years?|months?|weeks?|days?|nights?|hours?|decades?|centuries)\b/i;

/** The span a thing is said to last, as its modifier: "a 40-year lease", "a five-year research agreement". */
export function spanOf(text: string, noun: string): string | undefined {
  const m = new RegExp(`${UNIT.source}(?:-long)?\\s+(?:[\\p{L}-]+\\s+){0,2}${escapeRegExp(noun)}\\b`, 'iu').exec(text);
  return m ? durationIn(m[0]) : undefined;
}

/** A span of time: "30 years", "six-day". */
export function durationIn(text: string, since = false): string | undefined {
  const m = UNIT.exec(text);
  // "45 years ago" dates an event: a duration only for "how long have they been …" (since then).
  if (m && !since && /^\s*(?:ago|earlier|before|later|after|old)\b/i.test(text.slice(m.index + m[0].length))) return undefined;
  return m ? `${m[1]} ${m[2]!.replace(/s?$/, Number(m[1]) === 1 || /^one$/i.test(m[1]!) ? '' : 's')}` : undefined;
}

/** The items after a noun: "fields including A, B and C", "sectors such as A and B". */
export function itemsAfter(text: string, focusStem: string): string[] | undefined {
  for (const w of wordsOf(text)) {
    if (stem(w.text) !== focusStem) continue;
    // "fields including A, B and C"; "of" only before a list ("the fields of A, B and C").
    // ("three cities: Kardel, for trade; Vess, for the anniversary; and Ombrin": items set
    // apart by semicolons, each the name that opens it.)
    // ("3: Varlandian cities visited (Tessin, Brenna and Kolby)": the names in brackets after it.)
    const bracketed = /^(?:\s+\p{Ll}+)?\s*\(([^)]+,[^)]+)\)/u.exec(text.slice(w.end))?.[1];
    if (bracketed)
      return bracketed
        .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
        .map((x) => x.trim())
        .filter(Boolean);
    const items = /^\s*:\s+([^.]+;[^.]+)/.exec(text.slice(w.end))?.[1];
    if (items)
      return items
        .split(/\s*;\s*/)
        .map((item) =>
          item
            .replace(/^and\s+/, '')
            .split(',')[0]!
            .trim(),
        )
        .filter(Boolean);
    const m =
      /^\s*(?:,\s*)?(?:including|such as|like|namely|:)\s+(.+?)(?:[.;]|$)/.exec(text.slice(w.end)) ??
      /^\s+of\s+([^.;]+,[^.;]+\s+and\s+[^.;,]+)/.exec(text.slice(w.end));
    if (m) return splitList(m[1]!);
  }
  return undefined;
}

export function splitList(s: string): string[] {
  return s
    .split(/\s*,\s*(?:and\s+)?|\s*;\s*|\s+and\s+(?=\p{Ll}+\s+\p{Ll}+(?:\s|$))/u)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** Capitalised names whose last word is the focus noun: "Guangdong Province", "San Francisco Bay Area". */
export function entitiesEndingIn(text: string, head: string[]): string[] {
  const out: string[] = [];
  const headStems = head.map(stem);
  const re = /\p{Lu}[\p{L}\p{N}'\u2019&-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}\p{N}'\u2019&-]*)*/gu;
  for (const m of text.matchAll(re)) {
    const ws = m[0].split(/\s+/);
    const tail = ws.slice(-head.length).map((w) => stem(w));
    if (tail.length === headStems.length && tail.every((t, i) => t === headStems[i]) && ws.length > head.length) {
      let name = m[0].replace(/^(?:The|In|At|To|From)\s+/, '');
      name = name.split(/['\u2019]s\s+/).pop()!;
      // "Lincoln Middle School and Steilacoom Historical School" names two.
      const parts = name.split(/\s+and\s+/);
      const each = parts.length > 1 && parts.every((p) => stem(p.split(/\s+/).pop()!) === headStems[headStems.length - 1]) ? parts : [name];
      for (const n of each) if (!out.includes(n)) out.push(n);
    }
  }
  return out;
}

// What a trip or a plan is for: "made the trip to win ...", "aims to implement ...", "in order to ...".
const PURPOSE =
  /\b(?:(?:made|makes|make|took|take|is making)\s+(?:the|this|her|his|their)\s+(?:trip|visit|journey)|aims?|aimed|aiming|in order|so as|seeks?|sought|seeking|intends?|intended|was meant|is meant|is designed|was designed|purpose (?:is|was))\s+to\s+(.+?)(?:[.;]|$)/i;

export function purposeIn(text: string): string | undefined {
  const m = PURPOSE.exec(text);
  return m ? `to ${m[1]!.replace(/,\s*(?:which|who)\b.*$/, '').trim()}` : undefined;
}

/** What something is about: "a memorandum ... that focuses on X", "... to start X". */
export function subjectMatterAfter(text: string, at: number): string | undefined {
  const rest = text.slice(at);
  const focus = /^[^.;]*?\b(?:that|which)\s+(?:focus(?:es|ed)?|centers?|centred|deals?|concerns?)\s+on\s+(.+?)(?:[.;]|$)/.exec(rest);
  if (focus) return focus[1];
  const to = /^[^.;]*?\bto\s+(\p{Ll}+\s+.+?)(?:[.;]|$)/u.exec(rest);
  if (to) return `to ${to[1]}`;
  // ("room for about 900 containers": "about" before a number is no subject.)
  const on =
    /^[^.;]*?\b(?:on(?!\s+(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))|about(?!\s+\d)|regarding)\s+(.+?)(?=\s+(?:was|were|is|are|has|have|had|will)\s|[.;]|$)/.exec(
      rest,
    );
  return on?.[1];
}
