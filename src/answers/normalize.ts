import { LRUCache } from 'lru-cache';
import type { Retriever } from '../search/retriever.ts';
import { baseForm, fold, isStopWord, stem } from '../text.ts';
import { hasSense, inWordNet, namesIndividual, synonyms } from '../knowledge/wordnet.ts';
import { tag } from './tagger.ts';
import type { Lookup } from '../knowledge-build/lazy.ts';
import type { PeopleFinder } from '../knowledge/people-finder.ts';
import type { Places } from '../knowledge/places.ts';
import { escapeRegExp } from '../knowledge/people.ts';

// Chat text made into a plain question in one step, before it is analysed: the chat around it
// ("ok so", "quick q -", "sorry to bug you,"), chat abbreviations ("govt", "ppl"), everyday idioms
// for the verbs news prose uses ("put pen to paper" for signed), and misspelt words corrected
// against the articles' own vocabulary. Only general English is written here, never article data.

// Words that open a chat message without asking anything.
const DISCOURSE = new Set(
  `ok okay k kk so um umm uh uhh er erm hmm hmmm hey hi hello yo well right alright also and but btw oh ah quick quickly real
  question questions q qq sorry one more thing another last again just curious wondering to bug you bother random thanks thx
  please pls plz lol anyway anyways actually follow up followup out of curiosity visitbot bot folks guys team there
  i got a have had wait now then okie cool great nice`.split(/\s+/),
);

// Words a question starts with.
const OPENS =
  /^(?:who|whom|whose|what|when|where|why|which|how|did|does|do|is|was|were|are|will|would|can|could|has|have|had|tell|list|name|give|show|in|on|at|from|for|with|by)$/i;

/** Chat openers ("ok so", "quick q -", "sorry one more:") dropped: the question starts at its first question word. */
/**
 * "the boat link between the two harbors, what year is it meant to be running by": a topic set before
 * the question, which speaks of it as "it", put back in its place.
 */
export function topicPutBack(text: string): string {
  const m = FRONTED_TOPIC.exec(text);
  if (!m || !/\b(?:it|they|them)\b/i.test(m[2]!)) return text;
  const topic = m[1]!.replace(/^(?:so|ok|okay|um|hey)\s+/i, '');
  // ("sf's twin town in china, which one is it": which is that.)
  const which = /^(which|what|who)\s+(?:one\s+)?(is|was|are|were)\s+(?:it|they)\s*\??$/i.exec(m[2]!);
  if (which) return `${which[1]} ${which[2]} ${topic}?`;
  return m[2]!.replace(/\b(?:it|they|them)\b/i, topic);
}

// (A noun phrase: a determiner or a name first, no verb of its own, no question word.)
const FRONTED_TOPIC =
  /^((?:the|a|an|that|this|those|these|their|his|her|its|\p{Lu}[\p{L}-]*|\p{L}+['\u2019]s)\s+(?![^,]*\b(?:is|are|was|were|will|did|do|does|gonna|going|has|have)\b)[^,?]{3,80}?),\s+((?:what|which|when|where|who|how|why)\b[^,]{3,120})$/iu;

export function dropOpeners(text: string): string {
  const tokens = [...text.matchAll(/[\p{L}\p{N}'\u2019]+/gu)];
  for (let i = 0; i < tokens.length && i < 10; i++) {
    const w = tokens[i]![0];
    // "who's", "what's": the question word with its verb (typed "whos", "whats" in chat too).
    if (OPENS.test(w.replace(/['\u2019]s$/, '')) || /^(?:who|what|where|when|how)s$/i.test(w)) return i === 0 ? text : text.slice(tokens[i]!.index);
    if (!DISCOURSE.has(w.toLowerCase())) return text;
  }
  return text;
}

// Words that trail a question in chat ("who went? names pls", "when? thanks!").
const TRAILERS =
  /\?\s*(?:(?:names?|list(?:\s+(?:the|their)\s+names)?|give\s+(?:me\s+)?(?:the\s+)?names|pls|plz|please|thanks|thank you|thx|ty|lol|asap|anyone|cheers|just curious|full names?|dates?|(?:name|list)\s+(?:them|(?:all\s+)?(?:the|their)\s+[\p{L}-]+)|exact\s+(?:date|day)|which\s+(?:date|day))[\s,.!?]*){1,4}$/iu;

// "… pls", "…, date pls" with no question mark before it.
const POLITE_END = /(?:,\s*(?:(?:the\s+|exact\s+)?(?:dates?|names?|days?)\s+)?|\s+)(?:pls|plz|please|thanks|thank\s+you|thx|ty)[\s,.!?]*$/i;

// "… they quoted", "… the article mentions": who reported it is no part of what is asked.
const REPORTED =
  /\s+(?:(?:that|who|whom)?\s*(?:they|the\s+articles?|the\s+story|the\s+piece|it)\s+(?:quoted?|quotes|cited?|cites|mentioned|mentions|named|names|talked\s+to|spoke\s+(?:to|with)|interviewed)|(?:per|according\s+to|in)\s+(?:the\s+)?(?:articles?|stories|story|sources?|reports?|coverage))(?=\s*[?.!]*$)/i;

/** "according to the Weiheng manager, why does California matter": the question first, its source after. */
export function sourceLast(text: string): string {
  // ("by the columnist's own math, what did …": the same, a source's reckoning.)
  const source = String.raw`(?:according\s+to|per|in\s+the\s+words\s+of)\s+.+?|(?:by|in)\s+(?:the\s+)?\S+?['\u2019]s?\s+(?:own\s+)?(?:math|count|reckoning|numbers|figures|estimate|account|view|opinion|telling)`;
  const m = new RegExp(`^(${source})[,:;]?\\s+((?:who|whom|whose|what|when|where|why|which|how)\\b.+)$`, 'i').exec(text);
  return m ? `${m[2]!.replace(/[?.!\s]+$/, '')} ${m[1]!.charAt(0).toLowerCase()}${m[1]!.slice(1)}?` : text;
}

/** A question with what trails it in chat dropped. */
export function dropTrailers(text: string): string {
  return (
    text
      .replace(TRAILERS, '?')
      .replace(POLITE_END, '?')
      .replace(REPORTED, '')
      .replace(OUTLET_REPORTED, '')
      .replace(MEDIUM_TRAILER, '')
      .replace(CASUAL_PERSON, '$1')
      // "what is X anyway?": a filler at the end asks nothing.
      .replace(/,?\s+(?:anyway|anyways|tho|though|btw|by\s+the\s+way)(?=\s*[?.!]*$)/i, '')
      .replace(/\b(?:guy|dude|bloke|fella|gal)\b/gi, 'person')
      .trim()
  );
}

// "… the Global Times quoted", "… the Tribune cited": an outlet's name before the verb of reporting
// (not an auxiliary: "… was the mayor interviewed" is the question).
const OUTLET_REPORTED =
  /(?<!\b(?:was|were|is|are|be|been|has|have|had|did|does|do|will|would|the|a|an))\s+(?:that|who|whom)?\s*(?:the\s+)?(?:(?!(?:was|were|is|are|be|been|has|have|had|did|does|do|will|would)\s)\p{L}+\s+){1,3}?(?:quoted|quotes|quoting|cited|cites|citing|mentioned|mentions|mentioning|interviewed|talked\s+to|refers?\s+to|referring\s+to)(?=\s*[?.!]*$)/iu;
// "who is greta on the harbor line episode": where the user met the name, which the question need not carry.
const MEDIUM_TRAILER =
  /\s+(?:on|in|from)\s+(?:the|that|this)\s+(?:[\p{L}\p{N}'\u2019-]+\s+){0,5}(?:episode|podcast|show|column|interview|segment|broadcast|newsletter)(?=\s*[?.!]*$)/iu;
// "who's this Li Yong guy": the name alone.
const CASUAL_PERSON = /\bthis\s+((?:\p{Lu}[\p{L}'\u2019-]*\s+){1,3})(?:guy|man|woman|lady|fellow|dude|person|bloke)\b\s*/gu;

// Chat abbreviations and spellings for the words they stand for.
const ABBREVIATIONS: Record<string, string> = {
  // (A misspelling common enough to be WordNet's own rare form: "payed" out a rope.)
  payed: 'paid',
  govt: 'government',
  "gov't": 'government',
  govts: 'governments',
  dept: 'department',
  depts: 'departments',
  mgr: 'manager',
  mgrs: 'managers',
  ppl: 'people',
  peeps: 'people',
  folks: 'people',
  intl: 'international',
  biz: 'business',
  exec: 'executive',
  execs: 'executives',
  mtg: 'meeting',
  mtgs: 'meetings',
  pres: 'president',
  assn: 'association',
  corp: 'corporation',
  approx: 'approximately',
  abt: 'about',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  thru: 'through',
  tho: 'though',
  yr: 'year',
  yrs: 'years',
  mo: 'month',
  mos: 'months',
  wk: 'week',
  wks: 'weeks',
  info: 'information',
  org: 'organization',
  orgs: 'organizations',
  admin: 'administration',
  rep: 'representative',
  reps: 'representatives',
  econ: 'economic',
  grad: 'graduate',
  grads: 'graduates',
  uni: 'university',
  prof: 'professor',
  profs: 'professors',
  mgmt: 'management',
  asst: 'assistant',
  natl: 'national',
  dev: 'development',
  u: 'you',
  ur: 'your',
  r: 'are',
  y: 'why',
  b4: 'before',
  wat: 'what',
  wut: 'what',
  wats: 'what is',
  wil: 'will',
  wud: 'would',
  cud: 'could',
  shud: 'should',
  // Two letters swapped in the commonest words, which a spelling check against the articles skips.
  teh: 'the',
  hte: 'the',
  adn: 'and',
  taht: 'that',
  waht: 'what',
  wich: 'which',
  whcih: 'which',
  thier: 'their',
  avg: 'average',
  ave: 'avenue',
  blvd: 'boulevard',
  hwy: 'highway',
  nite: 'night',
  tonite: 'tonight',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  w: 'with',
  wen: 'when',
  whn: 'when',
  hoo: 'who',
  wher: 'where',
  whr: 'where',
  wht: 'what',
  hw: 'how',
  whos: 'who is',
  whats: 'what is',
  wheres: 'where is',
  hows: 'how is',
  whens: 'when is',
  didnt: 'did not',
  wasnt: 'was not',
  isnt: 'is not',
  doesnt: 'does not',
  hasnt: 'has not',
  havent: 'have not',
  hadnt: 'had not',
  werent: 'were not',
  arent: 'are not',
  dont: 'do not',
  wont: 'will not',
  cant: 'cannot',
  couldnt: 'could not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  cos: 'because',
  hq: 'headquarters',
  hqs: 'headquarters',
  ceo: 'chief executive',
  coo: 'chief operating officer',
  cfo: 'chief financial officer',
  gm: 'general manager',
};

// Plain words for what news prose often says by an idiom ("break ground"): asked in plain words, the
// idiom is meant where the sentences nearest the question write it. (The question's words, the idiom the
// articles must write, and the words put in the question's place.)
const IDIOMS_WRITTEN: [RegExp, RegExp, string][] = [
  [/\b(?:start|begin)(?:s|ing)?\s+(?:construction|building|work)\b/i, /\b(?:break|breaks|breaking|broke|broken)\s+ground\b/i, 'break ground'],
  [/\b(?:started|began|begun)\s+(?:construction|building|work)\b/i, /\b(?:break|breaks|breaking|broke|broken)\s+ground\b/i, 'broke ground'],
  // "who co-hosted the event", where the story says it was "organized by".
  [/\bco-?hosted\b/i, /\borgani[sz]ed\b/i, 'organized'],
  [/\bco-?hosts?\b/i, /\borgani[sz]e[sd]?\b/i, 'organize'],
];

// Everyday idioms for the verbs news prose uses. Matched as whole words; the verb's tense is kept
// where the idiom shows it ("put pen to paper" → "sign", "footed the bill" → "paid").
const IDIOMS: [RegExp, string][] = [
  [/\b(?:put|putting|puts)\s+(?:pen\s+to\s+paper|(?:their|his|her|its|our)\s+(?:names?|signatures?)\s+to)\b(?:\s+on\b)?/gi, 'sign'],
  // "who put their name on the pact": signed it.
  [/\b(?:put|puts|putting)\s+(?:their|his|her|its|our)\s+(?:names?|signatures?)\s+(?:on|to)\b/gi, 'signed'],
  [/\binked\b/gi, 'signed'],
  // "twin town", "partner city": what the articles call a sister city.
  [/\b(?:twin|partner)\s+(?:town|city)\b/gi, 'sister city'],
  [/\b(?:twin|partner)\s+(?:towns|cities)\b/gi, 'sister cities'],
  // "announced it's putting money into the county": investing in it.
  [/\bputting\s+(?:money|cash|capital|funds)\s+into\b/gi, 'investing in'],
  [/\b(put|puts)\s+(?:money|cash|capital|funds)\s+into\b/gi, 'invest in'],
  // "did she ink the deal": sign it (a verb only before what is signed).
  [/\bink\b(?=\s+(?:a|an|the|their|his|her|its|this|that|any)\b)/gi, 'sign'],
  [/\binking\b/gi, 'signing'],
  // "who's footing the bill": the progressive stays one ("who is paying for"), or the question loses its verb.
  [/\b(?:footing|picking\s+up)\s+the\s+(?:bill|tab)\b/gi, 'paying'],
  [/\bcovering\s+the\s+(?:cost|costs|expenses|bill)\s+(?:of|for)\b/gi, 'paying for'],
  [/\bcovering\s+the\s+(?:cost|costs|expenses|bill)\b/gi, 'paying'],
  [/\bbankrolling\b/gi, 'paying for'],
  [/\b(?:foot(?:ed|s)?|pick(?:ed|s)?\s+up)\s+the\s+(?:bill|tab)\s+for\b/gi, 'paid for'],
  [/\b(?:foot(?:ed|s)?|pick(?:ed|s)?\s+up)\s+the\s+(?:bill|tab)\b/gi, 'paid'],
  [/\bcover(?:ed|s)?\s+the\s+(?:cost|costs|expenses|bill)\s+(?:of|for)\b/gi, 'paid for'],
  [/\bcover(?:ed|s)?\s+the\s+(?:cost|costs|expenses|bill)\b/gi, 'paid'],
  [/\bbankroll(?:ed|s)?\b/gi, 'paid for'],
  // "the top boss at the mill", "the head honcho": its chief executive.
  [/\b(?:top|big|head)\s+(?:boss|honcho|dog|exec)\b|\bhoncho\b/gi, 'chief executive'],
  // "what was the last day of her visit": when it ended (the first day: when it began).
  [/^(?:what|which)\s+(?:was|is|were)\s+the\s+(?:last|final)\s+day\s+(?:of|on)\s+(.+?)\s*\??$/i, 'when did $1 end'],
  [/^(?:what|which)\s+(?:was|is|were)\s+the\s+first\s+day\s+(?:of|on)\s+(.+?)\s*\??$/i, 'when did $1 begin'],
  // "when does the governor fly out", "jetted off for Peru": leave (the tense kept; "fly out of Carrow" names the place left).
  [/\b(?:fly|jet|head)\s+(?:out|off)\b(?!\s+of\b)/gi, 'leave'],
  [/\b(?:flies|jets|heads)\s+(?:out|off)\b(?!\s+of\b)/gi, 'leaves'],
  [/\b(?:flew|jetted|headed)\s+(?:out|off)\b(?!\s+of\b)/gi, 'left'],
  [/\b(?:flying|jetting|heading)\s+(?:out|off)\b(?!\s+of\b)/gi, 'leaving'],
  // "signed on Ostrel's behalf": for it.
  [/\bon\s+((?:the\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)['\u2019]s\s+behalf\b/giu, 'for $1'],
  [/\bon\s+behalf\s+of\b/gi, 'for'],
  // "max number of students swapped per year": how many (chat's shorthand for a count asked).
  [/^(?:the\s+)?(?:max(?:imum)?|total|exact)\s+(?:number|no\.?|#|count)\s+of\b/i, 'how many'],
  // "when are the folks from Akureyri coming over to Maine": visiting it.
  [/\bcoming\s+over(?:\s+to)?\b/gi, 'visiting'],
  [/\b(?:come|comes)\s+over(?:\s+to)?\b/gi, 'visit'],
  [/\bcame\s+over(?:\s+to)?\b/gi, 'visited'],
  // "the mayor's presser": her news conference.
  [/\bpressers?\b/gi, 'news conference'],
  // "what is the firm putting up in town", "put up a plant": building (not "put up the money").
  [
    /\bputting\s+up\b(?=\s+(?:in|at|near|outside)\b|\s*[?.!]*$|\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:plant|factory|facility|building|office|warehouse|headquarters|site)s?\b)/giu,
    'building',
  ],
  [
    /\bput(?:s)?\s+up\b(?=\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:plant|factory|facility|building|office|warehouse|headquarters|site)s?\b)/giu,
    'build',
  ],
  // "how much did the trip cost each member": what each paid for it.
  [/^how\s+much\s+(did|does|will|would)\s+(.+?)\s+cost\s+(?:each|every|per)\s+(\p{L}+?)(?=\s*[?.!]*$)/iu, 'how much $1 each $3 pay for $2'],
  // "where is the firm putting its new plant": building it.
  [/\bputting\s+(?=(?:the|its|their|a|an)\s+(?:new\s+)?(?:plant|factory|facility|headquarters|office|warehouse)\b)/gi, 'building '],
  [/\bputs?\s+(?=(?:the|its|their|a|an)\s+(?:new\s+)?(?:plant|factory|facility|headquarters|office|warehouse)\b)/gi, 'build '],
  // "when is the show she is going to", "going to the gala": attending it.
  [/\b(is|are|was|were)\s+going\s+to(?=\s*[?.!]*$)/gi, '$1 attending'],
  [
    /\bgoing\s+to\s+(?=(?:the|a|an|that|this)\s+(?:[\p{L}-]+\s+){0,2}(?:show|performance|concert|dinner|banquet|gala|ceremony|reception|game|match|festival|recital|play|opera)s?\b)/giu,
    'attending ',
  ],
  // "how many jobs is the plant meant to create": expected to.
  [/\bmeant\s+to\b/gi, 'expected to'],
  // "what day did the governor go see the factory": visit it.
  [/\b(?:go|goes)\s+(?:to\s+)?(?:see|check\s+out|look\s+at)\b/gi, 'visit'],
  [/\b(?:went|came)\s+(?:to\s+)?(?:see|check\s+out|look\s+at)\b/gi, 'visited'],
  [/\b(?:going|coming)\s+to\s+(?:see|check\s+out|look\s+at)\b/gi, 'visiting'],
  // "when do the students get here": arrive.
  [/\b(?:get|gets|got|getting)\s+(?:here|there)\b/gi, 'arrive'],
  // "when did the firm land the big order": get it.
  [
    /\b(?:land|lands|landed|landing)\s+(?=(?:the|a|an|its|their|that|this)\s+(?:[\p{L}-]+\s+){0,3}(?:order|deal|contract|account|sale|client|customer|investment|grant)s?\b)/giu,
    'get ',
  ],
  // "when did the group land in Tarvik": arrive there (not "land the big order").
  [/\b(?:land|lands|landed|landing|touch(?:es|ed)?\s+down)\s+(in|at)\s+(?=\p{Lu})/giu, 'arrive $1 '],
  // "how much taxpayer money did the junket cost": how much it cost the public.
  [
    /^how\s+much\s+(?:of\s+(?:the\s+)?)?(?:taxpayers?['\u2019]?|public|city|state|county)\s+(?:money|cash|funds?|dollars)\s+(?:did|does|will|would)\s+(.+?)\s+cost\b/i,
    'how much did $1 cost the public',
  ],
  // "how much of the junket ended up on the public's dime": how much the public paid of it.
  [
    /^how\s+much\s+of\s+(.+?)\s+(?:(?:ended|ends|end|wound|winds)\s+up|was|were|is|are|went|landed|fell)\s+on\s+(?:the\s+)?(public|taxpayers?|city|county|state)(?:['\u2019]s?|s['\u2019])?\s+(?:dime|tab|bill|ticket)\b/i,
    'how much did the $2 pay for $1',
  ],
  // "how much of the tab did taxpayers end up picking up": how much they paid.
  [/^how\s+much\s+of\s+the\s+(?:tab|bill|costs?|expenses|price\s+tag)\s+/i, 'how much '],
  [/\b(?:actually\s+)?(?:end|ends|ended|wind|winds|wound)\s+up\s+(?:picking\s+up|paying(?:\s+for)?|covering|footing)(?:\s+the\s+(?:tab|bill))?/gi, 'pay'],
  // "what were all the stops on Lund's trip": the places she visited.
  [
    /^what\s+(?:were|are|was|is)\s+(?:all\s+)?(?:the\s+)?(?:stops|destinations|legs|places)\s+(?:on|of|during|in)\s+(?:the\s+)?(\p{L}[\p{L}.-]*(?:\s+\p{L}[\p{L}.-]*)?)['\u2019]s?\s+((?:[\p{L}-]+\s+)?(?:trip|visit|mission|tour|journey))\b/iu,
    'which places did $1 visit on the $2',
  ],
  // "why did the fact check knock down her claim": refute it (a claim, not a building).
  [
    /(?<=\b(?:fact[- ]?check(?:ers?)?|paper|checkers?)\b.*)\b(?:knock(?:ed|s|ing)?|shot|shoot(?:s|ing)?)\s+down\b|\b(?:knock(?:ed|s|ing)?|shot|shoot(?:s|ing)?)\s+down\b(?=.*\b(?:claims?|statements?|saying|boasts?|assertions?)\b)/gi,
    'refuted',
  ],
  // "the high school kid on the zoo trip", "the kids setting off for Peru": students, as news prose calls them.
  [/\b(?:high[- ]school\s+)?(?:kid|teen|teenager|schoolkid)\b/gi, 'student'],
  [/\b(?:high[- ]school\s+)?(?:kids|teens|teenagers|schoolkids)\b/gi, 'students'],
  // "the party boss in the province": its party secretary.
  [/\bparty\s+(?:boss|chief|head|leader)\b/gi, 'party secretary'],
  // "the mayor's press person": the spokesperson.
  [/\b(?:press|media|comms)\s+(?:person|guy|gal|lady|flack)\b/gi, 'spokesperson'],
  // "who was running Tarvik's city government": its mayor.
  [
    /\b(?:running|runs|ran|run|heading|heads|headed|head|leading|leads|led|lead)\s+(?:the\s+)?(\p{L}[\p{L}-]*)(?:['\u2019]s)?\s+city\s+(?:govt|government|hall)\b/giu,
    'mayor of $1',
  ],
  // "pitched to 45 investors": spoke to them (a sales pitch).
  [/\b(?:pitch(?:ed|es|ing)?)\s+(?:(?:the\s+)?(?:city|idea|trip|project|plan)\s+)?to\b/gi, 'spoke to'],
  // "like 45 local execs": about 45 (chat's hedge before a number).
  [/\blike\s+(?=\d)/gi, 'about '],
  // "how much did the trip end up costing": what it cost.
  [/\b(?:end|ends|ended|wind|winds|wound)\s+up\s+costing\b/gi, 'cost'],
  // "who all chipped in to pay for the trip": paid for it.
  [/\bchip(?:ped|s)?\s+in\s+(?:to\s+(?:pay|cover)\s+)?(?:for|towards?)\b/gi, 'paid for'],
  // "how much did the hosts chip in": paid.
  [/\bchip(?:ped|s)?\s+in\b/gi, 'pay'],
  // "who all went", "what all did they sign": chat's plural question word.
  // (Not "who all was in the delegation", which the members of a group answer as it stands.)
  [/^(who|what|where|which)\s+all\b(?!\s+(?:was|were|is|are)\b)/i, '$1'],
  [/\bchipping\s+in\b/gi, 'paying'],
  [/\b(?:held|hold|holds|holding|had)\s+talks\s+with\b/gi, 'met'],
  // "what does she actually want": an adverb of emphasis says nothing of what is asked.
  [/(?<=\S\s+)(?:actually|really|honestly|exactly|basically)\s+(?=\p{L})/giu, ''],
  // "date vargas wrapped her trip?": chat's "what date".
  [/^(date|day)\s+(?!(?:of|and|or|is|was|are|were|did|does|will)\b)(?=\p{L})/iu, 'what $1 '],
  // "where she first threw out the 500 million figure": said it.
  [
    /\b(?:threw|throw|throws|throwing|tossed|toss|floated|float|floats)\s+out(?=\s+(?:the\s+|a\s+|that\s+|this\s+)?(?:\$?\d[\d,.]*|figures?|numbers?|estimates?|ideas?)\b)/gi,
    'said',
  ],
  // "got face time with the mayor": met her.
  [/\b(?:got|get|gets|getting|had|has|have|having)\s+(?:some\s+|real\s+)?face[- ]?time\s+with\b/gi, 'met'],
  // "the price tag of the trip": its cost.
  [/\bprice\s+tags?\b/gi, 'cost'],
  // "when do the students show up at the college": arrive there (a day asked of a coming, not of an event attended).
  [/^(when\b.*?)\b(?:show|shows|showed|turn|turns|turned)\s+up\b/i, '$1arrive'],
  // "which governor showed up at the dinner": attended it.
  [/\b(?:showed|turned)\s+up\s+(?:at|to|for)\b/gi, 'attended'],
  [/\b(?:show|shows|turn|turns)\s+up\s+(?:at|to|for)\b/gi, 'attend'],
  // "who is going to be acting mayor": who will be.
  [/(?:['\u2019]s|\s+(?:is|are))\s+going\s+to\s+(?=be\b)/gi, ' will '],
  // "who's in charge at Brightcell": who runs it.
  [/^who(?:\s+is|\s+was|['\u2019]s)\s+in\s+charge\s+(?:at|of)\b/i, 'who runs'],
  // "Breed's speech to business leaders": Breed spoke to them.
  [/\b([\p{L}-]+)['\u2019]s\s+(?:speech|talk|address|keynote|remarks)\b/gu, '$1 spoke'],
  // "touch down in Auckland": land.
  [/\b(?:touch(?:ed|es|ing)?)\s+down\b/gi, 'land'],
  // "give her talk", "delivered a speech": spoke.
  [
    /\b(?:give|gave|given|giving|gives|deliver|delivered|delivers|delivering|make|made|makes)\s+(?:(?:a|an|her|his|their|its)\s+(?:talk|speech|address|keynote|remarks)|remarks|a\s+few\s+remarks)\b/gi,
    'speak',
  ],
  // "who do reporters call about the release", "who should journalists contact": the media contact.
  [
    /^who(?:m)?\s+(?:do|does|should|can|could|would|are|is)\s+(?:the\s+)?(?:reporters|journalists|media|press|news\s+outlets|members\s+of\s+the\s+(?:media|press))\s+(?:supposed\s+to\s+|meant\s+to\s+)?(?:contact|call|email|e-mail|reach|ring|talk\s+to|ask)\b/i,
    'who is the media contact for',
  ],
  // "who put out the mayor's statement": who said it, in the statement.
  [/^who\s+(?:put\s+out|issued|released|gave|made|sent\s+out|delivered)\s+((?:the|a|an)\s+(?:[\p{L}'\u2019-]+\s+){0,3}?statement)\b/iu, 'who said in $1'],
  // "what did the port boss liken a memo to": what they said it is, in words about it.
  [
    /^(what|wat)\s+(did|does|do|has|have)\s+(.+?)\s+(?:liken|likens|likened|compare|compares|compared|equate|equates|equated)\s+(.+?)\s+(?:to|with)\s*\??$/i,
    '$1 $2 $3 say about $4',
  ],
  // "how much grain is the mill buying, in tonnes": how many tonnes of it.
  [
    /^how\s+much\s+(\S+(?:\s+\S+)?)\s+(.+?),?\s+in\s+(tonnes|tons|metric\s+tons|kilograms|kilos|pounds|barrels|gallons|liters|litres|bushels|acres|hectares|megawatts|containers)\s*\??$/i,
    'how many $3 of $1 $2',
  ],
  // "which top chinese leader (vp level) hosted the mayor": an aside in brackets says how, not what, is asked.
  [/\s+\((?:[^()]{1,30})\)(?=\s+\S)/g, ''],
  // "how come Tuesday was a travel day": why.
  [/^how\s+come\b/i, 'why'],
  // "what did the mayor say Arden Marine will invest": how much it will (a sum the article gives, whoever told it).
  [
    /^what\s+(?:did|does)\s+.+?\s+(?:say|said|tell\s+\S+|told\s+\S+)\s+(?:that\s+)?(.+?)\s+(will|would|is\s+going\s+to|plans?\s+to)\s+(invest|spend|pay|put\s+in)\b/i,
    'how much $2 $1 $3',
  ],
  // "what did each rep have to pay to join": how much (but "what did the chamber pay for" asks what it bought).
  [/^what\s+(did|does|do|will|would)\s+(.+?)\s+(?:have\s+to\s+|need\s+to\s+)?(pay|spend|invest)\b(?!\s+(?:for|on|in)\s*[?.!]*$)/i, 'how much $1 $2 $3'],
  // "who is Pellinor scheduled to meet": who will she meet.
  [
    /^(who|whom|where|when)\s+(?:is|are)\s+(.+?)\s+(?:scheduled|expected|set|due|slated|planning|going)\s+to\s+(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your)\b)(?=\p{Ll})/iu,
    '$1 will $2 ',
  ],
  // "work with Shenzhen on", "team up with": news prose says "cooperation with".
  [/\b(?:work|works|working|worked|team(?:ed|s|ing)?\s+up|partner(?:ed|s|ing)?(?:\s+up)?)\s+(?:together\s+)?with\b/gi, 'cooperate with'],
  [/\b(?:sat|sit|sits|sitting)\s+down\s+with\b/gi, 'meet'],
  [/\bmet\s+up\s+with\b/gi, 'met'],
  [/\b(?:go|goes|going|went|tag|tags|tagging|tagged|come|comes|coming|came)\s+along\s+with\b/gi, 'traveling with'],
  [/\baccompan(?:y|ies|ied|ying)\b/gi, 'traveling with'],
  [/\b(?:get|got|gets|getting|came|come|comes|coming)\s+back\b/gi, 'return'],
  // "report back to the council": report to it.
  [/\b(report|reports|reported|reporting)\s+back\b/gi, '$1'],
  // "the students from back home": from the visitors' own place, no return.
  [/\s+from\s+back\s+home\b/gi, ''],
  // "who did she bump into", "run into": meet.
  [/\b(?:bump|bumps|bumped|bumping|run|runs|ran|running)\s+into\b/gi, 'meet'],
  // "back in 2019", "back in the 70s": a time long past, no return.
  [/\bback\s+(?=in\s+(?:the\s+)?(?:(?:19|20)?\d0['\u2019]?s|\d{4}|(?:early|mid|late)[\s-]+)\b)/gi, ''],
  // (Not "write back to", "call back at": a verb's particle.)
  [
    /(?<!\b(?:report|reports|reported|reporting|write|writes|wrote|call|calls|called|pay|pays|paid|send|sends|sent|bring|brings|brought|push|pushed|hit|hits|talk|talked|land|lands|landed|landing)\s+)\bback\s+(?=(?:in|to|at|home)\b)/gi,
    'returned ',
  ],
  [/\b(?:head|heads|heading|set|sets|setting)\s+(?:off|out)\b/gi, 'leave'],
  [/\b(?:headed|set)\s+(?:off|out)\b/gi, 'left'],
  [/\b(?:put|puts|putting)\s+on\s+(?=the\b)/gi, 'organized '],
  [/\b(?:put|puts|putting)\s+together\s+(?=the\b)/gi, 'organized '],
  // ("who put the business mission together": the object between the verb and its particle.)
  [/\b(?:put|puts|putting)\s+(the\s+(?:[\p{L}'\u2019-]+\s+){0,5}?[\p{L}'\u2019-]+)\s+together\b/giu, 'organized $1'],
  [/\bset(?:ting|s)?\s+up\s+shop\b/gi, 'opening an office'],
  [/\bwrap(?:ped|s|ping)?\s+up\b/gi, 'end'],
  [/\bkick(?:ed|s|ing)?\s+off\b/gi, 'begin'],
  // "American" is what news prose writes "US": the same country.
  [/\bAmericans?\b(?!\s+(?:Airlines|Express|Chamber|Institute|Association|University))/gi, 'US'],
  [/\b(?:hit|hits|hitting|pressed|press|pushed|push)\s+(?:the\s+)?pause(?:\s+button)?(?:\s+on)?\b/gi, 'put on hold'],
  [/\b(?:look|looks|looking|looked)\s+(?:at|into|over)\b/gi, 'review'],
  [/\b(?:go|goes|going|went)\s+over\b/gi, 'review'],
  [/\b(?:take|takes|taking|took)\s+up\b/gi, 'consider'],
  [/(?:\s+(?:is|was|are|were)|['\u2019]s)\s+in\s+charge\s+of\b/gi, ' heads'],
  [/(?:\s+(?:is|was|are|were)|['\u2019]s)\s+the\s+(?:boss|head)\s+of\b/gi, ' heads'],
  // "who's in charge over at Brightcell": who heads it.
  [/^who(?:['\u2019]s|\s+is|\s+was)\s+in\s+charge\s+(?:over\s+)?(?:at|of)\b/gi, 'who heads'],
  [/\bin\s+charge\s+of\b/gi, 'heading'],
  // "who is running Brask Mining": who runs it.
  [/\bwho\s+(?:is|was)\s+running\b/gi, 'who runs'],
  [/\bwho\s+(?:is|was)\s+heading\b/gi, 'who heads'],
  [/\bwho\s+(?:is|was)\s+leading\b/gi, 'who leads'],
  [/\b(?:is|was)\s+the\s+(?:boss|head)\s+of\b/gi, 'heads'],
  // "who runs the battery company Vargas toured": who is at its head (a firm told by what it is).
  [
    /^who\s+(?:runs|heads|leads|manages|is\s+in\s+charge\s+(?:of|at|over\s+at))\s+(?=(?:the|that|this)\s+(?:[\p{L}-]+\s+){0,4}(?:company|firm|maker|manufacturer|business|startup|producer|supplier)\b)/iu,
    'who is the chief executive of ',
  ],
  [/\bthe\s+(?:boss|head|top\s+exec(?:utive)?)\s+(?:of|at)\b/gi, 'the chief executive of'],
  [/\btop\s+exec(?:utive)?\b/gi, 'chief executive'],
  // "what exactly did she say": what did she say.
  [/\b(what|who|when|where|why|how)\s+(?:exactly|precisely)\b/gi, '$1'],
  // "what does the memorandum actually do": fillers that ask nothing.
  [/\s+(?:actually|basically|really)\b(?=\s+\p{Ll})/giu, ''],
  // "day one", "day two": the first and second day.
  [/\bday\s+one\b/gi, 'the first day'],
  [/\bday\s+two\b/gi, 'the second day'],
  [/\bday\s+three\b/gi, 'the third day'],
  // "how big was the delegation": how many people were in it.
  // ("how big was the business group": its business people, counted.)
  [
    /\bhow\s+(?:big|large)\s+(is|was|were|are)\s+(?:the|their|his|her)\s+(?!(?:trip|visit|mission|delegation|group|team|party|whole|entire|full|official)\b)(\p{Ll}+)\s+(group|contingent|team|party)\b/giu,
    'how many $2 people $1 in the $2 $3',
  ],
  [/\bhow\s+(?:big|large)\s+(is|was|were|are)\s+(?=(?:the|their|his|her|its|[\p{L}'\u2019]+['\u2019]s)\b)/giu, 'how many members $1 in '],
  // "did the state OK the grant": approve it.
  [/\b(?:OK|ok|okay)(?:ed|['\u2019]d)\b/g, 'approved'],
  // Lower-case "ok" too, after a subject ("did the council ok the budget"); an opening "ok so" is gone by now.
  [/(?<=\S\s+)\b(?:OK|ok|okay)\b(?=\s+(?:the|a|an|its|their|his|her)\b)/g, 'approve'],
  // "sat out the vote": abstained.
  [/\b(?:sit|sat|sits|sitting)\s+out\b(?:\s+(?:on\s+)?the\s+vote\b)?/gi, 'abstain'],
  // "the press contact", "the PR person": whom reporters call.
  [/\b(?:press|pr|PR|communications)\s+(?:contact|person|officer)\b/g, 'media contact'],
];

// Verbs too common to stand for a phrasal verb, or to be replaced by one ("went along" is no "continue").
const LIGHT_VERB =
  /^(?:go|goes|going|went|gone|come|comes|coming|came|get|gets|getting|got|gotten|put|puts|putting|take|takes|taking|took|taken|make|makes|making|made|set|sets|setting|give|gives|giving|gave|given|keep|keeps|kept|do|does|did|done|have|has|had|be|is|are|was|were|perform|execute)$/i;

// Particles that make a phrasal verb with the verb before them ("churn out", "sign off").
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'over', 'into', 'along', 'away', 'through', 'forward', 'around']);

const PHRASAL = new RegExp(`\\b(\\p{Ll}+)\\s+(${[...PARTICLES].join('|')})\\b`, 'gu');

/**
 * A phrasal verb the articles do not use ("churn out", "sign off on") put as a one-word verb of its
 * WordNet synset that they do use ("produce", "approve"); the verb's tense is lost, which the
 * question analysis does not need.
 */
export function plainPhrasalVerbs(text: string, r: Retriever): string {
  return text.replace(PHRASAL, (all, verb: string, particle: string) => {
    const base = baseForm(verb);
    // A verb the articles use is left alone: they may well write the phrase itself ("step up").
    if (r.knows(stem(verb)) || r.knows(stem(base)) || LIGHT_VERB.test(verb)) return all;
    for (const lemma of [`${verb}_${particle}`, `${base}_${particle}`]) {
      if (!hasSense(lemma, 'verb')) continue;
      // Its one-word synonyms; what it is a kind of reads too loosely ("churn out" is a way to "execute").
      const plain = synonyms(lemma, 'verb', 2).filter((w) => !w.includes(' ') && !LIGHT_VERB.test(w));
      const used = plain.find((w) => r.knows(stem(w))) ?? plain[0];
      if (used) return used;
    }
    return all;
  });
}

// Acronyms of documents that news prose spells out ("a memorandum of understanding").
const ACRONYMS: Record<string, string> = {
  mou: 'memorandum of understanding',
  mous: 'memorandums of understanding',
  loi: 'letter of intent',
  vp: 'vice president',
};

/** "the Lotus Pacific CEO": a title's capitalised short form, spelled out where the articles never use it. */
/**
 * "where did Xi and Biden hold the summit": where the summit of theirs was, unless the articles tell it
 * held ("held their talks at …"), where the question's own words find it.
 */
function heldEvents(text: string, r: Retriever): string {
  const m = HELD_EVENT.exec(text);
  if (!m) return text;
  const noun = m[3]!.split(/\s+/).pop()!;
  const told = new RegExp(`\\b(?:hold|holds|held|holding)\\b[^.;]{0,40}\\b${noun}\\b`, 'i');
  if (
    r
      .sentences(text)
      .slice(0, 20)
      .some((x) => x.coverage >= 0.4 && told.test(x.item.text))
  )
    return text;
  return `${m[1]} was the ${m[3]} of ${m[2]}${text.slice(m[0].length)}`;
}

const HELD_EVENT =
  /^(where|when)\s+(?:did|do|does|will)\s+(.+?)\s+(?:hold|have|stage|host|convene)\s+(?:the|their|its|his|her|a|an)\s+((?:[\p{L}-]+\s+){0,2}?(?:summit|meeting|talks|forum|conference|ceremony|dinner|banquet|reception|roundtable|session|event|signing))\b/iu;

function spelledTitles(text: string, r: Retriever): string {
  return text
    .replace(/\b(?:CEO|COO|CFO|GM|HQ)s?\b/g, (w) => {
      const key = w.toLowerCase().replace(/s$/, '');
      return r.knows(stem(key)) ? w : (ABBREVIATIONS[key] ?? w);
    })
    .replace(/\bmemos?\b/gi, (w) => (r.knows(stem('memo')) ? w : w.length > 4 ? 'memorandums' : 'memorandum'));
}

/**
 * Abbreviations spelled out and idioms put as the plain verb, unless the articles write the idiom
 * themselves (`written`): "the council takes up the bill" is found by its own words.
 */
export function plainWords(text: string, written: (question: string, re: RegExp) => boolean = () => false): string {
  let t = text.replace(/[\p{L}\p{N}'\u2019]+/gu, (w) => {
    const key = w.toLowerCase().replace(/\u2019/g, "'");
    if (ACRONYMS[key]) return ACRONYMS[key]!;
    const full = ABBREVIATIONS[key];
    // "US", "IT" and the like are names when capitalised: only lower-case chat forms are spelled out.
    return full && (w === w.toLowerCase() || w.length > 3) ? full : w;
  });
  // The other way: a plain phrase asked where the articles near the question write the idiom for it.
  // (Unless the articles near it write the plain words too.)
  for (const [re, idiom, to] of IDIOMS_WRITTEN) if (re.test(t) && !written(t, re) && written(to, idiom)) t = t.replace(re, to);
  for (const [re, to] of IDIOMS) {
    t = t.replace(re, (phrase: string, ...groups: unknown[]) =>
      /\s/.test(phrase.trim()) && written(t, re) ? phrase : to.replace(/\$(\d)/g, (_, n: string) => String(groups[Number(n) - 1] ?? '')),
    );
  }
  return t;
}

/** Every word one edit from `w` (a letter dropped, swapped with the next, changed or added). */
function oneEdit(w: string): string[] {
  const out: string[] = [];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i <= w.length; i++) {
    const [head, tail] = [w.slice(0, i), w.slice(i)];
    if (tail) out.push(head + tail.slice(1));
    if (tail.length > 1) out.push(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of letters) {
      if (tail) out.push(head + c + tail.slice(1));
      out.push(head + c + tail);
    }
  }
  return out;
}

/**
 * Misspelt words corrected against the articles' own words: a word the articles never use, that is
 * no English word either, becomes the word one edit away that the articles use most ("Shenzen",
 * "Okafro", "presidnet"). One edit only: two reach too many other words.
 */
export function correctSpelling(text: string, r: Retriever, isName: (word: string) => boolean = () => false): string {
  let memo = corrected.get(r);
  if (!memo) corrected.set(r, (memo = new LRUCache<string, string>({ max: 5_000 })));
  return text.replace(/([\p{L}][\p{L}'\u2019]*?)((?:['\u2019]s)?)(?![\p{L}'\u2019])/gu, (_all, w: string, possessive: string) => {
    let out = memo.get(w);
    if (out === undefined) memo.set(w, (out = fix(w)));
    return out + possessive;
  });

  /**
   * "governer" shares its stem with "government", which the articles use, yet is no English word nor
   * anyone's name: the English word one edit away that the articles use ("governor") is meant.
   */
  function stemTwin(w: string, lower: string): string | undefined {
    if (isName(lower) || isName(w) || inWordNet(lower)) return undefined;
    if (tag(lower)[0]?.lemma !== lower) return undefined;
    // (A word the articles write as typed, "Instituto", is theirs.)
    const written = new RegExp(`\\b${lower}\\b`, 'i');
    if (
      r
        .sentences(lower)
        .slice(0, 5)
        .some((x) => written.test(x.item.text))
    )
      return undefined;
    // (Not a name of the articles, "Maria" for "marin" of "Halvgaard Marine".)
    const twins = oneEdit(lower).filter((c) => c.length >= 4 && stem(c) !== stem(lower) && hasSense(c, 'noun') && !isName(c) && r.frequency(stem(c)) > 0);
    const best = twins.sort((a, b) => r.frequency(stem(b)) - r.frequency(stem(a)))[0];
    return best && (/^\p{Lu}/u.test(w) ? best.charAt(0).toUpperCase() + best.slice(1) : best);
  }

  function fix(w: string): string {
    const lower = fold(w);
    if (lower.length < 4 || isStopWord(lower) || !/^[a-z]+$/.test(lower)) return w;
    if (r.knows(stem(lower))) return stemTwin(w, lower) ?? w;
    // An English word the articles do not use is a question about something else, not a typo.
    // (Not a surname WordNet knows as one person's, written in lower case: "mayer" is a typo of "mayor".)
    const word = (hasSense(lower, 'noun') && !namesIndividual(lower)) || hasSense(lower, 'verb') || hasSense(lower, 'adj') || hasSense(lower, 'adv');
    // (Unless two letters are swapped from a word the articles use more than once, "minuets" for
    // "minutes": a slip of the fingers, seldom another English word meant.)
    const slipped = word && !/^\p{Lu}/u.test(w) ? adjacentSwaps(lower).filter((c) => !isStopWord(c) && r.frequency(stem(c)) >= 2) : [];
    if (slipped.length === 1) return slipped[0]!;
    if (!/^\p{Lu}/u.test(w) && word) return w;
    // (So is an irregular form of one: "came", "flew", "brought"; WordNet's index holds base forms only.)
    const lemma = /^\p{Lu}/u.test(w) ? undefined : tag(lower)[0]?.lemma;
    if (lemma && lemma !== lower && (hasSense(lemma, 'verb') || hasSense(lemma, 'noun'))) return w;
    // A capitalised word WordNet knows is a name the articles lack ("Paris"), not a typo of a plain
    // word ("pairs"); it may still be a typo of a name ("Quin" for "Qin").
    const named = /^\p{Lu}/u.test(w) && hasSense(lower, 'noun');
    // Two letters of a function word swapped ("wehn", "waht") before a rare word of the articles ("Wen", a name).
    const swapped = (c: string) => c.length === lower.length && [...c].sort().join('') === [...lower].sort().join('');
    const functionWord = /^\p{Lu}/u.test(w) ? undefined : oneEdit(lower).find((c) => swapped(c) && isStopWord(c));
    if (functionWord) return functionWord;
    let best: { word: string; n: number } | undefined;
    for (const cand of oneEdit(lower)) {
      if (isStopWord(cand)) continue;
      // Chat drops vowels ("workrs", "signd"): a word with a vowel put back is the likelier one.
      const n = r.frequency(stem(cand)) * (droppedVowel(lower, cand) ? 4 : 1);
      if (n && named && !isName(cand)) continue;
      if (n && (!best || n > best.n)) best = { word: cand, n };
    }
    // A long function word misspelt ("agianst", "betwen"): the index holds no function words.
    if (!best && !/^\p{Lu}/u.test(w)) {
      const functionWord = oneEdit(lower).find((c) => c.length >= 5 && isStopWord(c));
      if (functionWord) best = { word: functionWord, n: 0 };
    }
    // No article word is one edit away: an English word is ("salry" → "salary"), when only one is,
    // or only one has a synonym the articles use; the retrieval then searches its synonyms.
    if (!best && !/^\p{Lu}/u.test(w)) {
      const english = [...new Set(oneEdit(lower))].filter((c) => c.length >= 4 && (hasSense(c, 'noun') || hasSense(c, 'verb') || hasSense(c, 'adj')));
      const useful = english.filter((c) => (['noun', 'verb', 'adj'] as const).some((pos) => synonyms(c, pos, 2).some((x) => r.knows(stem(x)))));
      // (Chat drops vowels: "totl" is "total" before "toll", "tool" or "tote".)
      const vowelBack = english.filter((c) => droppedVowel(lower, c));
      const only = english.length === 1 ? english[0] : vowelBack.length === 1 ? vowelBack[0] : useful.length === 1 ? useful[0] : undefined;
      if (only) best = { word: only, n: 0 };
    }
    if (!best) return w;
    // ("ashcom" is one edit from "ashcomb", the stem of the name "Ashcombe": the name as the articles write it.)
    // (Only for a spelling that is no English word, "commisioner" is "commissioner", not "Commissioners", and
    // only a name typed short: "marln" may be "Marlen" as well as "Marlane".)
    const asWritten = best.n && !inWordNet(best.word) ? writtenAs(best.word) : undefined;
    const written = asWritten?.startsWith(lower) ? asWritten : undefined;
    const chosen = written ?? best.word;
    // Keep the question's capitals: "Shenzen" → "Shenzhen", "presidnet" → "president".
    return /^\p{Lu}/u.test(w) ? chosen.charAt(0).toUpperCase() + chosen.slice(1) : chosen;
  }

  /** The capitalised word of the articles whose stem a spelling shares, where it is not written as spelt. */
  function writtenAs(spelling: string): string | undefined {
    const want = stem(spelling);
    for (const { item } of r.sentences(spelling).slice(0, 3)) {
      const words = item.text.match(/\p{L}[\p{L}'\u2019-]*/gu) ?? [];
      if (words.some((x) => fold(x) === spelling)) return undefined;
      const name = words.find((x) => /^\p{Lu}/u.test(x) && stem(fold(x)) === want);
      if (name) return fold(name);
    }
    return undefined;
  }
}

/** The word with each pair of neighbouring letters swapped. */
function adjacentSwaps(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) if (word[i] !== word[i + 1]) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}

/** Is `word` `typo` with one vowel put back? */
function droppedVowel(typo: string, word: string): boolean {
  if (word.length !== typo.length + 1) return false;
  let i = 0;
  while (i < typo.length && typo[i] === word[i]) i++;
  return /[aeiou]/.test(word[i]!) && word.slice(i + 1) === typo.slice(i);
}

/** Each word's spelling as corrected for the articles of a retriever, for the words asked most recently (a long unknown word has thousands of one-edit spellings to look up). */
const corrected = new WeakMap<Retriever, LRUCache<string, string>>();

/** Initials the articles use for a name ("SF" for San Francisco), spelled out as the name. */
export function spellInitials(text: string, initials: Map<string, string>, r: Retriever): string {
  // Initials the articles write themselves ("US") are left as they are.
  return text.replace(/\b\p{Lu}{2,5}\b/gu, (w) => (r.knows(stem(w)) ? w : (initials.get(w.toLowerCase()) ?? w)));
}

/** What the knowledge base knows of names, for writing them as the articles do. */
export interface KnownNames {
  /** Folded full names of people, and their names as written. */
  peopleByKey: Lookup<string, { name: string }>;
  /** Folded single names people go by. */
  peopleByAlias: Lookup<string, unknown[]>;
  /** The words of people's names. */
  peopleFinder: Pick<PeopleFinder, 'nameWord'>;
  /** Folded place names, and their names as written. */
  places: Places;
  /** Initials the articles use for a name ("sf"), to be written in capitals. */
  initials?: Map<string, string>;
}

/**
 * Names typed in lower case ("who is the mayor of shanghai", "why is kehi precision …") written as
 * the articles write them, so that everything after treats them as names: a person's or place's
 * name the articles use, or an article word that is no English word.
 */
export function restoreCase(text: string, r: Retriever, known: KnownNames): string {
  const tokens = [...text.matchAll(/[\p{L}][\p{L}'\u2019-]*/gu)];
  const out: { from: number; to: number; text: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Ll}/u.test(tokens[i]![0])) continue;
    for (let n = 3; n >= 1; n--) {
      const run = tokens.slice(i, i + n);
      // A name may be typed half in capitals ("le Minh Trang"): a run that starts in lower case.
      if (run.length < n) continue;
      const from = run[0]!.index;
      const raw = text.slice(from, run[n - 1]!.index + run[n - 1]![0].length).replace(/['\u2019]s$/, '');
      const key = fold(raw);
      if (n > 1) {
        const name = known.peopleByKey.get(key)?.name ?? known.places.get(key);
        if (!name) continue;
        out.push({ from, to: from + raw.length, text: name });
        i += n - 1;
        break;
      }
      // ("lundqvists counterpart": a name's possessive typed without its apostrophe, before a noun.)
      const next = tokens[i + 1]?.[0];
      const owner = key.slice(0, -1);
      if (/s$/.test(key) && known.peopleByAlias.has(owner) && !isStopWord(owner) && next && !isStopWord(fold(next)) && hasSense(baseForm(fold(next)), 'noun')) {
        out.push({ from, to: from + raw.length, text: `${raw.charAt(0).toUpperCase()}${raw.slice(1, -1)}'s` });
        break;
      }
      const base = baseForm(key);
      // ("didn't", "they're": a contraction is English, never a name.)
      const english =
        isStopWord(key) ||
        /['\u2019](?:t|re|ve|ll|d|m)$/.test(key) ||
        hasSense(base, 'noun') ||
        hasSense(base, 'verb') ||
        hasSense(base, 'adj') ||
        hasSense(base, 'adv');
      const place = known.places.get(key);
      // A name people go by ("breed", "gong") is theirs even where it is an English word too.
      const alias = known.peopleByAlias.has(key) && !isStopWord(key);
      // ("quiñones-hart": a part of one person's name, written as that name writes it.)
      const part = !english && key.includes('-') ? known.peopleFinder.nameWord(key)?.spelling : undefined;
      if (part) out.push({ from, to: from + raw.length, text: part });
      else if (!english && key.length <= 5 && known.initials?.has(key) && !r.knows(stem(key)))
        out.push({ from, to: from + raw.length, text: raw.toUpperCase() });
      else if (place || alias || (!english && key.length >= 3 && r.knows(stem(key)))) {
        let name = place ?? raw.charAt(0).toUpperCase() + raw.slice(1);
        let to = from + raw.length;
        // ("bao sea freight": the English words after a name, where the articles write them as its part, "Bao Sea".)
        for (let j = i + 1; !place && j <= i + 2 && /^\p{Ll}/u.test(tokens[j]?.[0] ?? ''); j++) {
          const next = tokens[j]!;
          const longer = `${name} ${next[0].charAt(0).toUpperCase()}${next[0].slice(1)}`;
          const written = new RegExp(`\\b${escapeRegExp(longer)}\\b`, 'u');
          if (
            text.slice(to, next.index) !== ' ' ||
            !r
              .sentences(longer)
              .slice(0, 5)
              .some((x) => written.test(x.item.text))
          )
            break;
          name = longer;
          to = next.index + next[0].length;
          i = j;
        }
        out.push({ from, to, text: name });
      }
    }
  }
  let result = text;
  for (const o of out.reverse()) result = result.slice(0, o.from) + o.text + result.slice(o.to);
  return result;
}

/** The whole normalisation: openers, abbreviations, idioms, names' capitals, initials, then spelling against the articles. */
export function normalizeQuestion(text: string, r: Retriever, initials = new Map<string, string>(), known?: KnownNames): string {
  const plain = heldEvents(
    spelledTitles(plainPhrasalVerbs(plainWords(sourceLast(dropTrailers(dropOpeners(topicPutBack(text.trim())))), writtenIn(r)), r), r),
    r,
  );
  const apart = known ? namesApart(plain, known) : plain;
  const isName = (w: string) => !!known && (known.peopleByAlias.has(w) || known.places.has(w) || !!known.peopleFinder.nameWord(w)?.inKey);
  // ("who is this skip guy": the name is known for one once its case is restored.)
  const cased = spellInitials(known ? restoreCase(apart, r, known).replace(CASUAL_PERSON, '$1') : apart, initials, r);
  const corrected = correctSpelling(cased, r, isName);
  // (A person's name corrected from a misspelling, "quingling", is written as the articles write it.)
  if (!known || corrected === cased) return corrected;
  const before = new Set(cased.split(/\s+/));
  return corrected
    .split(/\s+/)
    .map((w) => (before.has(w) ? w : (known.peopleFinder.nameWord(fold(w))?.spelling ?? w)))
    .join(' ');
}

/**
 * Do the articles write the question's idiom (in any of the forms its expression matches) in a
 * sentence that holds much of the rest of the question? ("come back" in a quote about something
 * else is no reason to keep "get back".)
 */
function writtenIn(r: Retriever): (question: string, re: RegExp) => boolean {
  return (question, re) => {
    const once = new RegExp(re.source, re.flags.replace('g', ''));
    return r
      .sentences(question)
      .slice(0, 20)
      .some((x) => x.coverage >= 0.4 && once.test(x.item.text));
  };
}

/** "the sf-shanghai sister city tie": two names joined by a hyphen, each a place or initials the articles use, are two names. */
function namesApart(text: string, known: KnownNames): string {
  const isName = (w: string) => known.places.has(fold(w)) || Boolean(known.initials?.has(w.toLowerCase()));
  return text.replace(/\b([\p{L}]{2,})-([\p{L}]{2,})\b/gu, (joined, a: string, b: string) => (isName(a) && isName(b) ? `${a} ${b}` : joined));
}
