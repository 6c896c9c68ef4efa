import { hasSense, isKindOf } from '../knowledge/wordnet.ts';
import { tag, type Tagged } from './tagger.ts';
import { baseForm } from '../text.ts';

// Question analysis: what a question asks for (its expected answer type) and the constraints it sets
// (who, what, where, before or after what). It reads the shape of English questions only; what the
// words refer to is worked out against the articles by the answer strategies.

export type AnswerType =
  | 'person' // who met Breed?
  | 'organisation' // which company does Xu work for?
  | 'place' // where will the office open?
  | 'date' // when did the visit begin?
  | 'number' // how many workers?
  | 'duration' // how long have they been sister cities?
  | 'reason' // why did Vargas make the trip?
  | 'list' // in which fields?
  | 'description' // what does Brightcell make?
  | 'expansion' // what does PHHA stand for?
  | 'speaker' // who said X?
  | 'words' // what did X say about Y?
  | 'role' // what is X's job?
  | 'yesno' // did Breed meet Biden?
  | 'sentence'; // anything else: the best supporting sentence

export interface Question {
  /** The question as asked, without the trailing punctuation. */
  text: string;
  type: AnswerType;
  /** The noun asked about: "cities" in "which cities", "business leaders" in "how many business leaders". */
  focus?: string;
  /** The question's verb as written ("meet", "signed", "make"). */
  verb?: string;
  /** Who or what does it ("Vargas" in "who did Vargas meet"). */
  subject?: string;
  /** What the question is about: the rest after the verb, a description, a name. */
  about?: string;
  /** "who said X": X; "what did X say about Y": Y. */
  topic?: string;
  order?: { relation: 'before' | 'after'; anchor: string };
  /** Asked about what is to come ("when will the ferry start?"). */
  future: boolean;
  /** A pronoun standing for someone not named ("she", "he", "they"). */
  pronoun?: string;
}

const AUX = '(?:did|does|do|is|was|were|are|will|would|could|can|has|have|had|should|shall|might|may)';
const SPEECH =
  '(?:say|says|said|tell|tells|told|think|thinks|thought|hope|hopes|hoped|want|wants|wanted|expect|expects|expected|note|notes|noted|add|added|stress|stressed|highlight|highlighted|suggest|suggested|mention|mentioned|claim|claimed|believe|believes|believed|describe|described|call|called|announce|announced|promise|promised|pledge|pledged|reveal|revealed|explain|explained|warn|warned|predict|predicted|argue|argued)';
const PRONOUN = /^(?:she|he|they|her|him|his|hers|them|their)$/i;
// Nouns in -ing: "the signing", "the Shanghai meeting", "the morning".
const NOUN_ING =
  /^(?:meeting|signing|building|opening|hearing|briefing|morning|evening|spring|thing|wedding|ceiling|ending|beginning|setting|offering|saying|reading|painting|training|housing|feeling|ranking|warning|listing|recording|standing|finding|holding|landing|crossing|gathering|outing|booking|screening|funding|clothing|dining|shipping|lodging|parking|catering|marketing|engineering|manufacturing|timing|pricing)$/;

const RULES: { re: RegExp; read: (m: RegExpExecArray) => Partial<Question> }[] = [
  {
    re: /^who\s+(?:(?:has|had)\s+)?(said|says|told|stated|added|remarked|noted|claimed|declared|warned|stressed|described|called)\s+(?:that\s+)?(.+)$/i,
    read: (m) => ({ type: 'speaker', verb: m[1], topic: m[2] }),
  },
  // "which academic said local ties help": a speaker of some kind, as "who said" asks one.
  {
    // ("which shipping-firm head says …": the kind's last word is the one that must be a person's.)
    re: /^(?:which|what)\s+((?:\p{Ll}[\p{L}-]*\s+){0,3}(\p{Ll}[\p{L}-]*))\s+(?:who\s+|that\s+)?(said|says|told|stated|added|remarked|noted|claimed|declared|warned|stressed|argued)\s+(?:that\s+)?(.+)$/iu,
    read: (m) =>
      isKindOf(m[2]!.toLowerCase(), 'person', 'noun', 10, 1) || /^(?:head|boss|chief|founder|owner)$/i.test(m[2]!)
        ? { type: 'speaker', verb: m[3], topic: m[4], focus: m[1] }
        : { type: 'list', focus: m[1], about: `${m[3]} ${m[4]}` },
  },
  // "how did the spokesperson explain the line about …": what they said about it.
  {
    re: /^how\s+(?:did|does|do|has|have|had|would|will)\s+(.+?)\s+(explain|justify|defend|respond\s+to|answer|account\s+for|walk\s+back|clarify)\s+(.+)$/i,
    read: (m) => ({ type: 'words', subject: m[1], verb: 'say', topic: m[3] }),
  },
  {
    re: new RegExp(`^what\\s+${AUX}\\s+(.+?)\\s+(${SPEECH})\\b(?:\\s+(?:about|on|regarding|of|concerning|with regard to)\\b)?\\s*(.*)$`, 'i'),
    read: (m) => ({ type: 'words', subject: m[1], verb: m[2], topic: m[3] || undefined }),
  },
  {
    re: /^what\s+(?:does|do|did|is|was)\s+(?:the\s+)?(?:abbreviation\s+|acronym\s+|initialism\s+)?["“]?([\p{L}&.-]+?)["”]?\s+(?:stand|stands|standing)\s+for$/iu,
    read: (m) => ({ type: 'expansion', about: m[1] }),
  },
  {
    re: /^what\s+(?:is|was)\s+(?:the\s+)?(?:full\s+(?:name|form)|long\s+form|meaning)\s+of\s+(?:the\s+)?([\p{L}&.-]+)$/iu,
    read: (m) => ({ type: 'expansion', about: m[1] }),
  },
  // ("how many nurses a year will …", "how many people total were …": the rate or the sum is no part of what is counted.)
  {
    re: new RegExp(
      `^how\\s+many\\s+(.+?)(?:\\s+(?:a|an|per|each|every)\\s+(?:day|week|month|year)|\\s+(?:in\\s+)?total|\\s+altogether|\\s+in\\s+all|\\s+overall)?\\s+${AUX}\\s+(.*)$`,
      'i',
    ),
    read: (m) => ({ type: 'number', focus: m[1], about: m[2] }),
  },
  { re: /^how\s+many\s+(.+)$/i, read: (m) => ({ type: 'number', ...focusThenRest(m[1]!) }) },
  // "how much solar capacity does Valdoria plan to buy": a quantity of the noun, like "how many".
  { re: new RegExp(`^how\\s+much\\s+(?!${AUX}\\b)(.+?)\\s+${AUX}\\s+(.*)$`, 'i'), read: (m) => ({ type: 'number', focus: m[1], about: m[2] }) },
  // "what's the most the city will pay per traveller": how much, at most.
  {
    re: /^what\s+(?:is|was)\s+the\s+(?:most|maximum|max|cap|limit)\s+(?:that\s+)?(.+?)\s+(will|would|can|could|may)\s+(pay|spend|cover)\b\s*(.*)$/i,
    read: (m) => ({ type: 'number', focus: 'money', about: `${m[2]} ${m[1]} ${m[3]} ${m[4]}`.trim() }),
  },
  // "what's the upgrade going to cost", "what will the trip cost": how much.
  {
    re: /^what\s+(?:(?:is|are|was|were)\s+(.+?)\s+going\s+to|will\s+(.+?)|would\s+(.+?)|does\s+(.+?)|did\s+(.+?))\s+cost\b\s*(.*)$/i,
    read: (m) => ({ type: 'number', focus: 'money', about: `will ${m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]} cost ${m[6]}`.trim() }),
  },
  {
    re: /^(?:by\s+)?how\s+much\s+(.*)$/i,
    read: (m) => ({
      type: 'number',
      focus: /\b(?:cost|costs|pay|paid|paying|spend|spent|spending|worth|price|invest|invested|investing|raise|raised)\b/i.test(m[1]!) ? 'money' : 'amount',
      about: m[1],
    }),
  },
  // "how big is the delegation": how many people it has.
  { re: /^how\s+(?:big|large|many\s+strong)\s+(?:is|was|are|were|will\s+be)\s+(.+)$/i, read: (m) => ({ type: 'number', focus: 'people', about: m[1] }) },
  { re: /^how\s+long\s+(.*)$/i, read: (m) => ({ type: 'duration', about: m[1] }) },
  { re: /^how\s+old\s+(.*)$/i, read: (m) => ({ type: 'number', focus: 'age', about: m[1] }) },
  {
    re: /^(?:(?:since|until|till|by)\s+when|when|(?:on\s+|in\s+|since\s+|by\s+|before\s+|until\s+)?(?:what|which)\s+(?:exact\s+|precise\s+|specific\s+|actual\s+)?(?:dates?|days?|time|months?|years?|weeks?))\b\s*(.*)$/i,
    read: (m) => ({ type: 'date', about: m[1] }),
  },
  // "what was the exact date Breed met Guangzhou's mayor": the day of what the clause tells.
  {
    re: /^what\s+(?:was|is|were)\s+the\s+(?:exact\s+|precise\s+|specific\s+|actual\s+)?(?:date|day)\s+(?:that\s+|when\s+|on\s+which\s+)?(?=(?:\S+\s+){1,4}(?:\p{Ll}+ed|met|went|gave|made|took|left|flew|spoke|came|held|saw|told|got|began|won)\b)(.+)$/iu,
    read: (m) => ({ type: 'date', about: m[1] }),
  },
  // "exact date the mayor's trip wrapped up?", "date she flew home": a date asked without a verb of asking.
  {
    re: /^(?:the\s+)?(?:exact|precise|specific|actual)\s+(?:date|day)\s+(?:that\s+|when\s+|on\s+which\s+|of\s+)?(.+)$/i,
    read: (m) => ({ type: 'date', about: m[1] }),
  },
  // "what were the (start and end) dates of her trip": when it was.
  {
    re: /^what\s+(?:was|is|were|are)\s+the\s+(?:(?:start|first|begin(?:ning)?)\s+and\s+(?:end|last|finish)(?:ing)?\s+|(?:new|exact|actual|final|current|latest|revised|original|planned|scheduled)\s+)?(?:dates?|days?)\s+(?:of|for)\s+(.+)$/i,
    read: (m) => ({ type: 'date', about: m[1] }),
  },
  // "what's the application deadline for the first cohort": when it falls due.
  {
    re: /^what\s+(?:was|is|were|are|will\s+be)\s+the\s+((?:[\p{L}-]+\s+){0,2}?)(?:deadline|due\s+date|cut-?off(?:\s+date)?|closing\s+date)\b\s*(.*)$/iu,
    read: (m) => ({ type: 'date', about: `the ${m[1]}deadline ${m[2]}`.trim() }),
  },
  { re: /^(?:why|for\s+what\s+(?:reason|purpose))\b\s*(.*)$/i, read: (m) => ({ type: 'reason', about: m[1] }) },
  {
    // ("what was the governor's reason for making the trip": hers, the trip's.)
    re: /^what\s+(?:was|is|were|are)\s+(?:the\s+)?(?:(\S+?)['\u2019]s?\s+)?(?:main\s+|real\s+|stated\s+)?(?:purpose|aim|goal|reason|point|objective|object|motive|motivation)s?\s+(?:of|for|behind|in)\s+(.+)$/i,
    read: (m) => ({ type: 'reason', about: m[1] ? `${m[1]} ${m[2]}` : m[2] }),
  },
  { re: /^where\s+(?:is|are|was|were)\s+(.+?)\s+(?:based|headquartered|located)$/i, read: (m) => ({ type: 'place', subject: m[1], verb: 'based' }) },
  {
    re: /^where\s+(?:does|did|do|is|was)\s+(.+?)\s+(?:work|works|worked|employed)\b(.*)$/i,
    read: (m) => ({ type: 'organisation', subject: m[1], verb: 'work', about: m[2] }),
  },
  // "what organization is Gao Lingyun an expert at": where they work.
  {
    re: /^(?:what|which)\s+(?:organi[sz]ation|company|agency|institution|institute|university|body|firm|group)\s+(?:is|was)\s+(.+?)\s+(?:an?\s+)?[\p{Ll}-]+\s+(?:at|with|of|for|in)$/iu,
    read: (m) => ({ type: 'organisation', subject: m[1], verb: 'work' }),
  },
  { re: /^where\s+(.*)$/i, read: (m) => ({ type: 'place', about: m[1] }) },
  { re: new RegExp(`^${AUX}\\s+(.+)$`, 'i'), read: (m) => ({ type: 'yesno', about: m[1] }) },
  // "who is running the meeting", "who is going along": the doer of a verb in progress.
  // ("who was acting mayor": an office, not a doing.)
  {
    re: /^who\s+(?:is|was|are|were|will\s+be)\s+(?!(?:acting|managing|founding|presiding|outgoing|incoming|governing|ruling)\b)(\p{Ll}+ing)\b\s*(.*)$/iu,
    read: (m) => ({ type: 'person', verb: m[1], about: m[2] }),
  },
  // "who is Holm meeting in Orlen": whom a named person is doing it to.
  {
    re: /^who\s+(?:is|was|are|were)\s+((?:she|he|they|\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,3}))\s+(?!(?:acting|managing|founding|presiding|outgoing|incoming|governing|ruling)\b)(\p{Ll}+ing)\b\s*(.*)$/u,
    read: (m) => ({ type: 'person', subject: m[1], verb: m[2], about: m[3] }),
  },
  { re: /^who\s+(?:is|was|are|were)\s+(.+)$/i, read: (m) => ({ type: 'person', about: m[1] }) },
  {
    re: /^who\s+(runs|heads|leads|manages|directs|chairs|ran|headed|led|managed|directed|chaired|owns|owned|founded)\s+(.+)$/i,
    read: (m) => ({ type: 'person', verb: m[1], about: m[2], focus: 'head' }),
  },
  { re: new RegExp(`^(?:who|whom)\\s+${AUX}\\s+(.+\\s+.+)$`, 'iu'), read: (m) => ({ type: 'person', ...subjectVerbRest(m[1]!, 'who did') }) },
  { re: /^who\s+([\p{L}-]+)\s*(.*)$/iu, read: (m) => ({ type: 'person', verb: m[1], about: m[2] }) },
  {
    re: /^what\s+(?:is|was|are|were)\s+(.+?)['\u2019]s\s+(?:job|role|position|title|occupation|profession|post|work)\b(.*)$/iu,
    read: (m) => ({ type: 'role', subject: m[1], about: m[2] }),
  },
  {
    re: /^what\s+(?:is|was)\s+(?:the\s+)?(?:job|role|position|title|occupation|profession|post)\s+of\s+(.+)$/iu,
    read: (m) => ({ type: 'role', subject: m[1] }),
  },
  {
    re: new RegExp(`^what\\s+${AUX}\\s+(.+?)\\s+(do|make|produce|sell|provide|offer|build|manufacture|supply|develop)\\b(.*)$`, 'i'),
    // ("what is the factory actually going to produce": the factory, not "… going to".)
    read: (m) => ({
      type: 'description',
      subject: m[1]!.replace(/\s+(?:(?:actually|really|still|exactly|now)\s+)?(?:going|planning|set|due|expected|supposed)\s+to$/i, ''),
      verb: m[2],
      about: m[3],
    }),
  },
  // "what is the mayor going to pitch in Tokyo": the object of the verb to come.
  {
    re: /^what\s+(?:is|was|are|were)\s+(.+?)\s+(?:going|planning|set|due|scheduled|expected|supposed)\s+to\s+(\p{Ll}+)\b\s*(.*)$/iu,
    read: (m) => ({ type: 'description', subject: m[1], verb: m[2], about: m[3] }),
  },
  // "which is SF's sister city in China": what that is, as "what is" asks it.
  { re: /^which\s+(?:one\s+)?(?:is|was)\s+(\p{Lu}.*|the\s.*)$/u, read: (m) => ({ type: 'description', about: m[1] }) },
  { re: /^what\s+(?:is|was|are|were)\s+(?:the\s+)?(.+?)\s+about$/i, read: (m) => ({ type: 'description', about: m[1], verb: 'about' }) },
  { re: /^what\s+(?:kind|sort|type)\s+of\s+[\p{L}-]+\s+(?:is|was|are|were)\s+(.+)$/iu, read: (m) => ({ type: 'description', about: m[1] }) },
  {
    // The noun asked about is no auxiliary: "what does the agreement have them do" is no list.
    re: new RegExp(`^(?:in|at|on|from|to|with|for)?\\s*(?:which|what)\\s+(?!${AUX}\\b)(.+?)\\s+(?:${AUX})\\s+(.+)$`, 'i'),
    // (A verb of its own before that auxiliary ends the noun: "which expert said local ties help when
    // talks are rocky" asks for the expert.)
    read: (m) => {
      const own = /^(?:which|what)\s/i.test(m[0]) ? nounThenRest(m[0].replace(/^\S+\s+/, '')) : undefined;
      // (Not a name after the noun, "which cities in China did she visit": that split is the name's.)
      return own?.focus && own.about && /^\p{Ll}/u.test(own.about) && own.focus.length < m[1]!.length
        ? { type: 'list', ...own }
        : { type: 'list', focus: m[1], about: m[2] };
    },
  },
  // "what all got signed on the trip", "what got signed": everything the verb was done to, a list.
  {
    re: /^what\s+(?:all\s+(?:got|get|gets|was|were|has\s+been|have\s+been)|got|gets|get)\s+(\p{Ll}+ed)\b\s*(.*)$/iu,
    read: (m) => ({ type: 'list', focus: '', about: `${m[1]} ${m[2]}`.trim() }),
  },
  // "what was signed at the event": the object of a verb in the passive.
  { re: /^what\s+(?:is|was|are|were|will\s+be|has\s+been)\s+(\p{Ll}+ed)\b\s*(.*)$/iu, read: (m) => ({ type: 'description', verb: m[1], about: m[2] }) },
  // "what is the council voting on later this month", "what is Weiheng planning in the Bay Area",
  // "what is the port giving Ardent": the object of a doing in progress (not "the Shanghai meeting",
  // a noun in -ing).
  {
    re: /^what\s+(?:is|was|are|were)\s+((?:the\s+|a\s+|an\s+)?(?!(?:the|a|an)\b)[\p{L}'\u2019.-]+(?:\s+[\p{L}'\u2019.-]+){0,3}?)\s+(\p{Ll}+ing)\b(\s+(?:up|out|off|down)\b)?(?=\s+(?:on|about|for|with|in|at|to|into)\b|\s+(?:the\s+)?\p{Lu}|\s*$)\s*(.*)$/iu,
    // ("setting up": a particle makes it a verb, whatever noun the word also is.)
    read: (m) =>
      !m[3] && (NOUN_ING.test(m[2]!) || !hasSense(m[2]!, 'verb'))
        ? { type: 'description', about: `${m[1]} ${m[2]} ${m[4]}`.trim() }
        : { type: 'description', subject: m[1], verb: m[2], about: m[4] },
  },
  { re: /^what\s+(?:is|was|are|were)\s+(.+)$/i, read: (m) => ({ type: 'description', about: m[1] }) },
  { re: new RegExp(`^what\\s+${AUX}\\s+(.+\\s+.+)$`, 'iu'), read: (m) => ({ type: 'description', ...subjectVerbRest(m[1]!) }) },
  { re: /^(?:which|what)\s+([\p{L}-]+(?:\s+[\p{L}\p{N}'\u2019-]+)*)$/iu, read: (m) => ({ type: 'list', ...nounThenRest(m[1]!) }) },
];

/** "which company makes batteries": the noun asked about, then what is said of it ("makes batteries"). */
function nounThenRest(s: string): Partial<Question> {
  const tokens = tag(`which ${s}`).slice(1);
  const i = tokens.findIndex((t, k) => k > 0 && (t.pos === 'VERB' || t.pos === 'AUX'));
  if (i < 0) {
    // ("which cities on the mayor's itinerary": the noun ends at its preposition.)
    const words = s.split(/\s+/);
    const at = words.findIndex((w, k) => k > 0 && /^(?:on|in|of|from|for|at|to|with|during|about|across|along)$/i.test(w));
    const end = at > 0 && at <= 2 ? at : 2;
    return { focus: words.slice(0, end).join(' '), about: words.slice(end).join(' ') };
  }
  const at = offsetOf(s, tokens, i);
  // "which city Breed went to": a name after the noun starts the clause about it.
  const name = /^(.*?\p{Ll}[\p{L}-]*)\s+(\p{Lu}.*)$/u.exec(s.slice(0, at).trim());
  if (name) return { focus: name[1]!, about: `${name[2]} ${s.slice(at).trim()}`.trim() };
  return { focus: s.slice(0, at).trim(), about: s.slice(at).trim() };
}

/** "business leaders joined the mission" → focus "business leaders", verb "joined", rest. */
function focusThenRest(s: string): Partial<Question> {
  const tagged = taggedSubjectVerbRest(s, 'how many');
  const { verb, about } = tagged;
  // ("how many students a year go …": the rate is no part of what is counted.)
  const subject = tagged.subject?.replace(/\s+(?:a|an|per|each|every)\s+(?:day|week|month|year)$/i, '');
  // ("travellers on the Varlandia trip paid for themselves": the counted noun ends at its place or occasion.)
  const place = subject ? /^(.+?)\s+((?:on|in|at|during|from|aboard)\s+.+)$/.exec(subject) : null;
  const rest = verb ? `${verb} ${about ?? ''}` : about;
  return place ? { focus: place[1], verb, about: `${rest ?? ''} ${place[2]}`.trim() } : { focus: subject, verb, about: rest };
}

/**
 * "the mayor of Shanghai meet in Beijing" → subject "the mayor of Shanghai", verb "meet", rest "in
 * Beijing": the verb is the first word tagged as one that is not capitalised (a tagger may take a
 * city's name for a verb).
 */
function subjectVerbRest(s: string, asked = 'what did'): Pick<Question, 'subject' | 'verb' | 'about'> {
  // A name or a pronoun, then a lower-case word: that word is the verb, and no tagger is needed.
  const plain = /^((?:\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*)*|she|he|they|it|we|you|I))\s+(\p{Ll}[\p{L}-]*)\b\s*(.*)$/u.exec(s);
  if (plain && !/['\u2019]s$/.test(plain[1]!) && !/^(?:and|or|of|the|a|an|in|on|at|to|for|with|from|by|as|nor|but)$/.test(plain[2]!)) {
    return { subject: plain[1], verb: plain[2], about: plain[3] || undefined };
  }
  return taggedSubjectVerbRest(s, asked);
}

function taggedSubjectVerbRest(s: string, asked: string): Pick<Question, 'subject' | 'verb' | 'about'> {
  // Tagged within the question, since a tagger reads "delegates tour" alone as two nouns.
  const skip = asked.split(' ').length;
  const tokens = tag(`${asked} ${s}`).slice(skip);
  const lower = (t: Tagged) => /^\p{Ll}/u.test(t.text);
  // A word followed by "of" is a noun whatever the tagger says ("the two chambers of commerce sign").
  let i = tokens.findIndex((t, k) => k > 0 && (t.pos === 'VERB' || t.pos === 'AUX') && lower(t) && tokens[k + 1]?.text.toLowerCase() !== 'of');
  if (i < 0)
    i = tokens.findIndex(
      (t, k) => k > 0 && lower(t) && (t.pos === 'NOUN' || t.pos === 'ADJ') && hasSense(t.text, 'verb') && tokens[k + 1]?.text.toLowerCase() !== 'of',
    );
  if (i < 0) {
    const words = s.split(/\s+/);
    return { subject: words.slice(0, -1).join(' '), verb: words[words.length - 1] };
  }
  const at = offsetOf(s, tokens, i);
  return { subject: s.slice(0, at).trim(), verb: tokens[i]!.text, about: s.slice(at + tokens[i]!.text.length).trim() };
}

/** Where the i-th token stands in the text. */
function offsetOf(s: string, tokens: { text: string }[], i: number): number {
  let at = 0;
  for (let k = 0; k <= i; k++) {
    const found = s.indexOf(tokens[k]!.text, at);
    if (found < 0) return at;
    at = k === i ? found : found + tokens[k]!.text.length;
  }
  return at;
}

const ORDER = /\b(before|after)\s+(?:(?:going|heading|travell?ing|flying|coming)\s+(?:to|back to)\s+|(?:visiting|leaving|meeting)\s+)?(?:the\s+)?(.+)$/i;
// "when is the plant supposed to open", "when is the governor coming": what is planned is still to come.
// ("… next spring", "… later this year": a time still to come.)
const FUTURE =
  /\b(?:next|later\s+this|coming)\s+(?:spring|summer|fall|autumn|winter|year|month|week|season)\b|^(?:when|what|where|how|who)\b.*?\b(?:will|shall|(?:is|are)\b.*?\b(?:going|supposed|expected|scheduled|due|slated|planned)\s+to)\b|\b(?:will|shall)\b|^will\b|^when\s+(?:is|are)\s+.+?\s(?:coming|visiting|going|heading|returning|arriving|opening|starting|leaving|travell?ing)\b/i;

// "when did she say the company will hire": a future told in what was said, asked of the saying.
const REPORTED_FUTURE =
  /^(?:when|where)\s+(?:did|was|were)\b.*?\b(?:say|said|claim|claimed|promise|promised|tell|told|announce|announced|predict|predicted|pledge|pledged|insist|insisted|vow|vowed)\b.*?\b(?:will|shall)\b/i;

// How people wrap a question in chat: "can you tell me ...", "I'd like to know ...", "who's ...".
const WRAPPERS: [RegExp, string][] = [
  [/^(?:hey|hi|hello|ok|okay|so|and|but|also|please)[,!]?\s+/i, ''],
  [/^(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:tell|show|remind)\s+me\s+/i, ''],
  [/^(?:do|does)\s+(?:you|anyone)\s+know\s+/i, ''],
  [/^i(?:['\u2019]d|\s+would)\s+like\s+to\s+know\s+/i, ''],
  [/^i\s+(?:want|wonder|need)\s+(?:to\s+know\s+)?/i, ''],
  [/^(?:any\s+idea|i\s+wonder)\s+/i, ''],
  [/\s+please$/i, ''],
  [/^(who|what|where|when|how|why)['\u2019]s\b/i, '$1 is'],
  [/^(who|what|where|when|how|why)['\u2019](?:re)\b/i, '$1 are'],
  // "who'd the mayor meet": "who did".
  [/^(who|what|where|when|how|why)['\u2019]d\b/i, '$1 did'],
  [/^(who|what)\s+(?:was|is)\s+it\s+that\s+/i, '$1 '],
  // "the name of the Shenzhen mayor" asks who; "the name of the program" does not.
  [
    // ("… of the trade minister Renn is seeing": a clause may follow the title.)
    /^what\s+(?:is|was)\s+the\s+name\s+of\s+((?:the|a|an|that|this)\s+(?:(?!(?:the|a|an|of)\b)\S+\s+){0,3}?(?:mayor|governor|president|minister|ceo|chief|director|manager|head|leader|chair\w*|secretary|spokes\w*|official|founder|owner|expert|economist|premier)\b.*|.*\b(?:mayor|governor|president|minister|ceo|chief|director|manager|head|leader|chair\w*|secretary|spokes\w*|official|founder|owner|expert|economist|premier))$/i,
    'who is $1',
  ],
  [/^what\s+(?:is|was)\s+(.+?)['\u2019]s\s+name$/i, 'who is $1'],
  // "which grower on the trip goes by Moose": who that name is.
  [/^(?:which|what)\s+(?:[\p{L}-]+\s+){1,6}?(?:goes|went|go)\s+by\s+(?:the\s+(?:name|nickname)\s+)?(\S+(?:\s+\S+)?)$/iu, 'who is $1'],
  [/^who\s+(?:goes|went)\s+by\s+(?:the\s+(?:name|nickname)\s+)?(\S+(?:\s+\S+)?)$/iu, 'who is $1'],
  // "the guy running the port on that trip, what's his name": who that is.
  [/^(.{6,}?),?\s+what(?:['\u2019]s|\s+is|\s+was)\s+(?:his|her|their|the)\s+name$/i, 'who is $1'],
  // "who is the person running the county's harbor agency": who runs it.
  ...(['run', 'head', 'lead', 'manag', 'direct', 'chair'] as const).map((v): [RegExp, string] => [
    new RegExp(`^who\\s+(?:is|was)\\s+(?:the\\s+)?(?:person|guy|man|woman|lady|one|fellow)\\s+(?:who\\s+(?:is|was)\\s+)?${v}n?ing\\s+`, 'i'),
    `who ${v === 'manag' ? 'manage' : v}s `,
  ]),
  // "Zou Qingling is chief executive of which company": asked the way round a question is asked.
  [/^(\p{Lu}.+?)\s+(is|was|are|were)\s+((?:the\s+)?[\p{L}\s-]+?)\s+(of|at|for|with)\s+(?:which|what)\s+([\p{L}-]+)$/iu, 'which $5 $2 $1 $3 $4'],
  [/^(who|what|where|when)\s+else\b/i, '$1'],
  // "what was the point of her China visit, according to Breed": she is the one who says.
  [
    /^(.*?)\b(?:her|his)\s+(.+?),?\s+according\s+to\s+((?:Mayor\s+|Governor\s+|Gov\.\s+)?\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,2})$/u,
    "$1$3's $2",
  ],
  // "give me the mayor's exact words about the memorandum": what the mayor said about it.
  [
    /^(?:(?:give|show|tell)\s+me\s+|what\s+(?:are|were)\s+)?(?:the\s+)?(.+?)['\u2019]s\s+(?:exact\s+|own\s+|actual\s+)?(?:words|quotes?|remarks|comments)\s+(?:about|on|regarding)\s+/iu,
    'what did $1 say about ',
  ],
  // "who's the guy everyone at city hall calls Corky": who Corky is.
  [
    /^who\s+(?:is|was)\s+(?:the\s+)?(?:person|guy|man|woman|lady|one|fellow)\s+(?:that\s+|whom\s+)?(?:everyone|everybody|people|folks|they|staff|colleagues)\b(?:\s+\S+){0,4}?\s+(?:calls?|called|knows?\s+as)\s+(\S+(?:\s+\S+)?)$/iu,
    'who is $1',
  ],
  // "list everyone who signed it", "name all the people who went": who did.
  [
    /^(?:list|name|give\s+me|show\s+me|tell\s+me)\s+(?:every(?:one|body)|all\s+(?:of\s+)?(?:the\s+)?(?:people|persons|those|officials))\s+(?:who|that)\s+/iu,
    'who ',
  ],
  // "list everyone from the college who went along": who from there did.
  [
    /^(?:list|name|give\s+me|show\s+me|tell\s+me)\s+(?:every(?:one|body)|all\s+(?:of\s+)?(?:the\s+)?(?:people|persons|those|officials))\s+(from\s+[^,]+?)\s+(?:who|that)\s+/iu,
    'who $1 ',
  ],
  // "list every city she went to", "name the companies that …": which ones.
  [
    /^(?:list|name|give\s+me|show\s+me|tell\s+me)\s+(?:all\s+(?:of\s+)?|every\s+|each\s+|(?:some|a\s+few|a\s+couple|any)\s+of\s+)?(?:the\s+)?(?=\p{L}+\s)/iu,
    'which ',
  ],
  // "(list every) korean city the group stopped in": which ones it did, the auxiliary left out.
  [
    /^(which\s+(?:(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\b)[\p{L}-]+\s+){0,2}?(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\b)[\p{L}-]+)\s+(?=(?:the|his|her|their|its|our|my)\s+(?:(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\b)[\p{L}'\u2019-]+\s+){0,4}?\p{Ll}+ed(?:\s+(?:in|at|to|by|through))?$)/iu,
    '$1 did ',
  ],
  // "which companies that traveled with her": the relative pronoun adds nothing.
  [/^(which\s+(?:\p{L}+\s+){0,2}?\p{L}+s)\s+(?:that|who)\s+(?=\p{Ll}+ed\b|went\b|came\b)/iu, '$1 '],
  // "after the update, what's the new date …": the question after the clause that sets its context.
  [/^(?:after|since|with|given|following|per)\s+(?:the|this|that)\s+(?:update|change|changes|correction|news|announcement)\s*,\s*(?=\p{L})/iu, ''],
  [/^what\s+(?:is|was)\s+the\s+(?:date|day)\s+of\s+/i, 'when was '],
  // "date of the first cargo flight?", "day of the signing": when it is.
  [/^(?:the\s+)?(?:date|day)\s+(?:of|for)\s+(?=\p{L})/iu, 'when is '],
  // "date the contract was signed?", "day the delegation left": when.
  [/^(?:the\s+)?(?:date|day)\s+(?=(?:the|a|an|that|this|their|her|his|its)\s+.+\s(?:was|were|is|are|will|got)\s)/i, 'when '],
  // "what's the date she heads off", "what day does it open": when.
  [/^what\s+(?:is|was|'s)\s+the\s+(?:date|day)\s+(?!of\b)(?=\p{L})/iu, 'when does '],
];

/** "when is the council voting on it": a doing in progress asked "when" is still to come (not "when is the signing"). */
function doingAhead(text: string): boolean {
  const ing = /^when\s+(?:is|are)\s+.+?\s(\p{Ll}{3,}ing)\b/u.exec(text)?.[1];
  return !!ing && !NOUN_ING.test(ing) && hasSense(baseForm(ing), 'verb');
}

/** The question without the chat around it, contractions opened. */
export function plainQuestion(input: string): string {
  let t = input
    .trim()
    .replace(/[?!.\s]+$/, '')
    .replace(/\s+/g, ' ');
  for (let pass = 0; pass < 2; pass++) for (const [re, to] of WRAPPERS) t = t.replace(re, to);
  return whoWasTheOne(t.trim());
}

/**
 * "who was the top official Breed met on Thursday": which official she met, the relative clause's
 * verb put as the question's own ("which top official did Breed meet on Thursday").
 */
function whoWasTheOne(text: string): string {
  const m =
    /^who\s+(?:is|was|were|are)\s+(?:the\s+)?((?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*)\s+(?:that\s+|whom\s+)?(\p{Lu}[\p{L}\p{M}'\u2019.-]*(?:\s+\p{Lu}[\p{L}\p{M}'\u2019.-]*){0,2}|she|he|they)\s+(\p{Ll}+)\b(.*)$/u.exec(
      text,
    );
  if (!m) return text;
  const [, kind, who, verb, rest] = m as unknown as [string, string, string, string, string];
  const base = baseForm(verb);
  const head = kind.split(/\s+/).pop()!;
  if (base === verb || !hasSense(base, 'verb') || !isKindOf(head, 'person', 'noun', 10, 1)) return text;
  return `which ${kind} did ${who} ${base}${rest}`;
}

export function analyzeQuestion(input: string): Question {
  const text = plainQuestion(input);
  let q: Question = { text, type: 'sentence', future: (FUTURE.test(text) && !REPORTED_FUTURE.test(text)) || doingAhead(text) };
  for (const rule of RULES) {
    const m = rule.re.exec(text);
    if (m) {
      q = { ...q, ...clean(rule.read(m)) };
      break;
    }
  }
  const order = ORDER.exec(text);
  if (order && (q.type === 'place' || q.type === 'list' || q.type === 'sentence' || q.type === 'person')) {
    q.order = { relation: order[1]!.toLowerCase() as 'before' | 'after', anchor: order[2]! };
  }
  const pronoun = text.split(/\s+/).find((w) => PRONOUN.test(w));
  if (pronoun) q.pronoun = pronoun.toLowerCase();
  return q;
}

function clean(q: Partial<Question>): Partial<Question> {
  const out: Partial<Question> = {};
  for (const [k, v] of Object.entries(q)) {
    if (typeof v === 'string') {
      const t = v.trim();
      if (t) (out as Record<string, unknown>)[k] = t;
    } else if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}
