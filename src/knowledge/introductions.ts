import type { Sentence } from '../corpus/types.ts';
import { CONTACT_LABEL } from '../corpus/clean.ts';
import { ADDRESS_FORMS, HONORIFIC, NOT_NAME, ORG_WORD, ROLE_NOUN, ROLE_NOUN_AT_END, SPEECH_VERB, TITLES } from './lexicon.ts';
import { hasSense, isKindOf, listedAs, namesIndividual } from './wordnet.ts';
import { baseForm, isTypographic } from '../text.ts';

// The shapes news prose uses to introduce a person, each a function from a sentence to the names
// (and roles) it introduces: a title before the name, an appositive after it, a lower-case role
// before it, or a speech verb after it.

export interface Found {
  name: string;
  role?: string;
  sentence: Sentence;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

// (Marks belong to their letter: "Ọ̀" has no composed form, and NFC leaves its grave accent a mark of its own.)
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'\u2019\-.]*/gu;
// (Not the titles that are surnames too: King, Prince, Judge, Speaker, General.)
const LAST_TITLE_WORDS = new Set(
  TITLES.map((t) => t.split(' ').pop()!.toLowerCase()).filter(
    (w) => !/^(?:king|queen|prince|princess|judge|justice|speaker|chief|general|member|state|tem|tempore|[a-z]+\.)$/.test(w),
  ),
);
/** "Communications Director", "Deputy Mayor": words that end in a title are an office, not a name. */
const endsInTitle = (words: string[]) => LAST_TITLE_WORDS.has(words[words.length - 1]!.toLowerCase());
const TITLE_WORDS = TITLES.map((t) => t.split(' '));
const ABBREVIATED_TITLE = /^(?:Dr|Prof|Rep|Sen|Gov|Ald|Jr|Sr|St)\.$/;

// TOKEN for typographic text (isTypographic): the same tokens, read without Unicode's classes.
const TYPOGRAPHIC_TOKEN = /[A-Za-z0-9][A-Za-z0-9'\u2019\-.]*/g;

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const token = isTypographic(s) ? TYPOGRAPHIC_TOKEN : TOKEN;
  token.lastIndex = 0;
  for (let m = token.exec(s); m; m = token.exec(s)) {
    let text = m[0];
    // A final full stop ends the sentence, not the word, but for a title's abbreviation ("Dr.").
    // … and for a middle initial ("Teresa M. Valdivia"), followed by a capitalised word.
    // (The expressions are tried only where they can match: most words end in no stop and hold no hyphen.)
    if (text.endsWith('.')) {
      const initial = text.length <= 3 && /^\p{Lu}\.$/u.test(text) && /^ \p{Lu}/u.test(s.slice(m.index + text.length, m.index + text.length + 2));
      if (!ABBREVIATED_TITLE.test(text) && !initial) text = text.slice(0, -1);
    }
    // ("then-Mayor Carl Brixley", "ex-Governor …": the title stands before the name without its prefix.)
    const prefixed = text.length > 3 && (text[2] === '-' || text[4] === '-') ? /^(?:then|ex)-(?=\p{Lu})/u.exec(text) : null;
    if (prefixed) {
      out.push({ text: text.slice(prefixed[0].length), start: m.index + prefixed[0].length, end: m.index + text.length });
      continue;
    }
    out.push({ text, start: m.index, end: m.index + text.length });
  }
  return out;
}

/** Does the word start with a capital? (The common ASCII case without a regular expression.) */
export function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
}

const isCap = (t: Token) => startsUpper(t.text);
/** The word without a possessive "'s". */
export const bare = (w: string): string => (w.endsWith("'s") || w.endsWith('\u2019s') ? w.slice(0, -2) : w);

/** Can these words be a person's name? Two or three capitalised words, none a function word or organisation word. */
// "Mayor Breed", "Ms. Kelsey": a title or a form of address before a surname is no full name.
const TITLE_FIRST = new Set(
  TITLES.flatMap((t) => t.split(' '))
    .map((t) => t.replace(/\.$/, ''))
    .filter((t) => !/^(?:General|King|Queen|Prince|Princess|Justice|Chief|Speaker|of|State)$/.test(t)),
);

// The lower-case words inside a name: "Amalia Roble de Sotillo", "Pieter van der Berg".
export const NAME_PARTICLE = /^(?:de|del|della|der|di|da|das|dos|du|la|le|van|von|bin|ibn)$/;

/** A name's words without the particles inside it ("de" of "Roble de Sotillo"). */
const withoutParticles = (ws: string[]) => ws.filter((w, i) => i === 0 || i === ws.length - 1 || !NAME_PARTICLE.test(w));

/** `most` is 4 where a role sets the name off ("the Minister of Trade, Juan Pablo Rueda Marin,"): given names and surnames two by two. */
export function nameLike(ws: string[], most = 3): boolean {
  ws = withoutParticles(ws);
  // A middle initial ("Teresa M. Valdivia") belongs to the name.
  if (ws.length === 3 && /^\p{Lu}\.$/u.test(ws[1]!)) ws = [ws[0]!, ws[2]!];
  if (ws.length < 2 || ws.length > most) return false;
  if (ws.slice(0, -1).some((w) => TITLE_FIRST.has(w.replace(/\.$/, ''))) || HONORIFIC.test(ws[0]!)) return false;
  // A double-barrelled name keeps its second capital ("Quintero-Hahn").
  return (
    ws.every((w, i) => /^\p{Lu}[\p{Ll}'\u2019-]+(?:-\p{Lu}[\p{Ll}'\u2019]+)*$/u.test(i === ws.length - 1 ? bare(w) : w) && !NOT_NAME.has(bare(w))) &&
    !ORG_WORD.test(ws.join(' '))
  );
}

/** Runs of capitalised tokens separated by single spaces. */
export function capitalRuns(s: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let prev: Token | undefined;
  // Where the next token must start to join the run: after a space, or after a nickname in quotes.
  let joinAt = -1;
  for (const t of tokens) {
    // ('Cornelius "Corky" Maddox': the nickname between a name's parts is left out of the run.)
    if (run.length > 0 && isCap(t) && /^ ["\u201c]$/.test(s.slice(prev!.end, t.start)) && /^["\u201d] \p{Lu}/u.test(s.slice(t.end, t.end + 3))) {
      joinAt = t.end + 2;
      continue;
    }
    const joined = prev !== undefined && run.length > 0 && (t.start === joinAt || (t.start === prev.end + 1 && s.charCodeAt(prev.end) === 32));
    joinAt = -1;
    // A particle inside a name ("Roble de Sotillo") joins the run when a capital follows it.
    const cap = isCap(t) || (joined && NAME_PARTICLE.test(t.text) && /^ \p{Lu}/u.test(s.slice(t.end, t.end + 2)));
    if (cap && (joined || run.length === 0)) run.push(t);
    else {
      if (run.length) runs.push(run);
      run = cap ? [t] : [];
    }
    prev = t;
  }
  if (run.length) runs.push(run);
  return runs;
}

/** A sentence's tokens and its runs of capitalised tokens. */
export interface Lexed {
  tokens: Token[];
  runs: Token[][];
}

/** Reads a sentence into tokens and runs. */
export type Lexer = (sentence: Sentence) => Lexed;

export const lex: Lexer = (sentence) => {
  const tokens = tokenize(sentence.text);
  return { tokens, runs: capitalRuns(sentence.text, tokens) };
};

/**
 * A lexer that reads each sentence once: one derivation passes it to all its readers (people,
 * places, phrases), which go through the same sentences. It lives as long as that derivation.
 */
export function memoLexer(): Lexer {
  const memo = new Map<Sentence, Lexed>();
  return (sentence) => {
    let l = memo.get(sentence);
    if (!l) memo.set(sentence, (l = lex(sentence)));
    return l;
  };
}

const TITLE_FIRST_WORDS = new Set(TITLE_WORDS.map((w) => w[0]!));

function titleAt(run: Token[], i: number): number {
  if (!TITLE_FIRST_WORDS.has(run[i]!.text)) return 0;
  for (const words of TITLE_WORDS) {
    if (words.every((w, k) => run[i + k]?.text === w)) return words.length;
  }
  return 0;
}

/** "rector of Tampere Polytechnic": a noun for a kind of person, then "of", "at" or "for" a body. */
function personNounOf(text: string): RegExpExecArray | null {
  const m = /^(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]{4,})\s+(?:of|at|for)\s+(?:the\s+)?\p{Lu}/u.exec(text);
  const noun = m?.[1];
  return noun && !/s$/.test(noun) && !namesIndividual(noun) && isKindOf(noun, 'person', 'noun', 8, 1) ? m : null;
}

/**
 * A capitalised office WordNet knows as a kind of person ("Provost", "Rector", "Bishop"), for a run
 * with none of the usual titles; not a people's name that is also an adjective ("American") nor a
 * named individual (a surname WordNet knows as one person).
 */
function officeWordAt(run: Token[], i: number): number {
  const word = run[i]!.text;
  // (A singular: a surname ending in "s" may read as the plural of a noun for a person.)
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word) || /s$/.test(word) || NOT_NAME.has(word)) return 0;
  const lower = word.toLowerCase();
  // (A word with no noun sense is no kind of anything: most capitalised words are names, asked about once.)
  return listedAs(lower, 'noun') && !hasSense(lower, 'adj') && !namesIndividual(lower) && isKindOf(lower, 'person', 'noun', 8, 1) ? 1 : 0;
}

// Forms of address before a name, one or several: "Dr.", "Prof. Dr.", "H.E. Mr. H." (His Excellency, Haji).
const ADDRESS = `(?:H\\.E|${ADDRESS_FORMS}|H)\\.?\\s+`;
const ADDRESS_WORD = new RegExp(`^(?:${ADDRESS_FORMS})$`);
const SET_OFF_ADDRESS = new RegExp(`^(?:\\s+\\([^)]{1,20}\\))?,\\s+${ADDRESS}\\p{Lu}`, 'u');

/** Title before a name: "Chinese Vice President Han Zheng", "Mayor of San Francisco London Breed". */
export function byTitle(sentence: Sentence, tokens: Token[], runs: Token[][], out: Found[]): void {
  const s = sentence.text;
  // ("Town Board Member Mr. Ivo Marsk": a form of address between the title and the name is neither,
  // and its full stop does not part them.)
  const addressed = runs.map((run, k) => {
    const last = run[run.length - 1]!;
    const next = runs[k + 1];
    return run.length > 1 && next && ADDRESS_WORD.test(last.text) && s.slice(last.end, next[0]!.start) === '. ' ? [...run.slice(0, -1), ...next] : run;
  });
  for (const run of addressed) {
    const titled = run.some((_, i) => titleAt(run, i));
    for (let i = 0; i < run.length; i++) {
      const len = titled ? titleAt(run, i) : officeWordAt(run, i);
      if (!len) continue;
      const after = run.slice(i + len).map((t) => bare(t.text));
      let roleStart = 0;
      while (roleStart < i && LEADING_FUNCTION_WORD.test(run[roleStart]!.text)) roleStart++;
      const first = run[roleStart]!;
      // "Vice-Chancellor Professor Imogen Castleray": an academic form of address after the role is no part of it.
      const addressOnly = len === 1 && i > roleStart && /^(?:Professor|Prof\.|Dr\.)$/.test(run[i]!.text);
      const titleEnd = run[addressOnly ? i - 1 : i + len - 1]!;
      if (after.length >= 2) {
        const nameWords = after.length <= 3 ? after : after.slice(-2);
        // "Governor Tomas Reyes of the Northern Province": the body may follow the name, or open the
        // sentence ("At the University of Ulmo, Vice-Chancellor Ines Roe signed …").
        const body =
          /^ of ((?:the )?\p{Lu}[\p{L}'\u2019-]*(?: (?:of |and |the )?\p{Lu}[\p{L}'\u2019-]*)*)/u.exec(s.slice(run[run.length - 1]!.end)) ??
          (roleStart === 0 ? [OPENING_BODY.exec(s.slice(0, first.start))].find((m) => m && ORG_WORD.test(m[1]!)) : null);
        // ("Alderman Kofi Mensah, who represents Ward 7,": the office is that ward's.)
        const represents = body ? null : REPRESENTS.exec(s.slice(run[run.length - 1]!.end));
        // ("Port of Arden Executive Director Ola Brenn": the body's name before the run is the role's.)
        const bodyBefore = roleStart === 0 ? (/(?:^|\s)(\p{Lu}[\p{L}'\u2019-]*\s+of\s+(?:the\s+)?)$/u.exec(s.slice(0, first.start))?.[1] ?? '') : '';
        const role = bodyBefore + s.slice(first.start, titleEnd.end) + (body ? ` of ${body[1]}` : represents ? ` for ${represents[1]}` : '');
        if (nameLike(nameWords)) out.push({ name: nameWords.join(' '), role, sentence });
        break;
      }
      // "Mayor of San Francisco London Breed": the name closes the run that follows "of".
      if (i + len === run.length) {
        const last = run[run.length - 1]!;
        const ofIndex = tokens.findIndex((t) => t.start > last.end);
        const of = tokens[ofIndex];
        // "Deputy Mayor for Economic Development Marcus J. Whitfield": likewise after "for".
        if ((of?.text === 'of' || of?.text === 'for') && s.slice(last.end, of.start) === ' ') {
          const place = runs.find((r) => r[0] === tokens[ofIndex + 1]);
          const initial = place && place.length >= 4 && /^\p{Lu}\.$/u.test(place[place.length - 2]!.text) ? 1 : 0;
          // ("the Chairman of Ostvik Growers League, Mr. H. Edda Lunn": the run is the body when a name set off after it begins with a form of address.)
          const bodyOnly = place && SET_OFF_ADDRESS.test(s.slice(place[place.length - 1]!.end));
          if (place && place.length >= 3 + initial && !bodyOnly) {
            const nameWords = place.slice(-2 - initial).map((t) => bare(t.text));
            const placeEnd = place[place.length - 3 - initial]!;
            if (nameLike(nameWords)) out.push({ name: nameWords.join(' '), role: s.slice(first.start, placeEnd.end), sentence });
          }
        }
      }
      break;
    }
  }
}

const REPRESENTS = /^,\s+who\s+represents\s+((?:the\s+)?\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:\d{1,3}\b|\p{Lu}[\p{L}'\u2019-]*))*)/u;

// "At the University of Ulmo, ": a body the sentence opens with, where the one named next holds office.
const OPENING_BODY = /^(?:At|In)\s+((?:the\s+)?\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\p{L}'\u2019-]*)*),\s+$/u;

const LEADING_FUNCTION_WORD =
  /^(?:The|A|An|This|That|When|While|After|Before|During|As|At|In|On|For|From|By|With|Both|Also|But|And|Meanwhile|However|Recalling|Despite|Although|Then|Visiting|Meeting)$/;
const CLAUSE_STOP = /^(?:who|whom|which|that|while|when|where|as|and|but|said|says|told|added|noted|in|on|at|during)\b/i;

/** Appositive: "Gong Zheng, mayor of Shanghai, who ..." and "Li Yong, a senior research fellow at ..., told". */
export function byAppositive(sentence: Sentence, runs: Token[][], out: Found[]): void {
  const s = sentence.text;
  // (A contact card's name is read by byLabel, title and body together.)
  const labelEnd = LABELLED.exec(s)?.[0].length;
  for (const run of runs) {
    const last = run[run.length - 1]!;
    if (s.slice(last.end, last.end + 2) !== ', ' || run[0]!.start === labelEnd) continue;
    let words = run.map((t) => t.text);
    const addressed = words.some((w) => HONORIFIC.test(w));
    while (words.length > 2 && (NOT_NAME.has(words[0]!) || HONORIFIC.test(words[0]!) || TITLE_WORDS.some((tw) => tw[0] === words[0]))) words = words.slice(1);
    // (Four words make one name where nothing but "and" or the sentence's start comes before them:
    // "Brenn and Tran Thi Mai Anh, deputy director of …".)
    const opensClause = run[0]!.start === 0 || /(?:^|\s)(?:and|with|by|as)\s+$|,\s+$/.test(s.slice(0, run[0]!.start));
    if (words.length > 3 && !(words.length === 4 && opensClause && nameLike(words, 4))) words = words.slice(-2);
    // ("Ada Lind, Press Director, Office of the Governor": a title is no name.)
    if (!nameLike(words, 4) || endsInTitle(words)) continue;
    const segments = s.slice(last.end + 2).split(/,\s+|;\s+|\.\s*$/);
    // (A caption's "Name, center, chief executive of …": where someone stands in the photo comes first.)
    while (segments.length > 1 && PHOTO_POSITION.test(segments[0]!)) segments.shift();
    const first = segments[0] ?? '';
    // ("Mayor Brennan, right, with Commissioner Lindahl …": what the photo shows next, no role.)
    if (/^(?:with|and|at|in|on|during|after|before|beside|behind|near|outside|inside)\b/i.test(first)) continue;
    // "Marisol Quintero, who owns Quintero's Kitchen,": the one who owns, runs or chairs it.
    // ("Harriet Norvik, a Republican who chairs the Senate agriculture committee,": likewise.)
    const relative =
      /^(?:(?:a|an)\s+(?:\p{Lu}[\p{L}-]*|\p{Ll}+)\s+)?who\s+(owns|runs|leads|heads|chairs|directs|manages|founded|co-founded)\s+(\S.{2,80})$/u.exec(first);
    if (relative && !SPEECH_VERB.test(first)) {
      out.push({ name: words.join(' '), role: `${AGENT_OF[relative[1]!]} of ${relative[2]}`, sentence });
      continue;
    }
    // "Yaw Adomako Sarpong, who holds that post, signed": "who" speaks of a person, though no role is given.
    if (/^who\s+\p{Ll}/u.test(first)) {
      out.push({ name: words.join(' '), sentence });
      continue;
    }
    // (Or a word WordNet knows as a kind of person, before "of" a body: "rector of Tampere Polytechnic".)
    const roleNoun = ROLE_NOUN.exec(first) ?? personNounOf(first);
    // "Rosa Lind, a harbour pilot, said": an appositive closed by a speech verb names a person even
    // when its noun is not in the role list.
    // ("Agrimaq Sul, a maker of grain planters, announced": a business, not a person.)
    const spokenAfter =
      SPEECH_VERB.exec(segments[1] ?? '')?.index === 0 && /^(?:a|an|the)\s/i.test(first) && first.split(' ').length <= 12 && !BUSINESS.test(first);
    // "Dr. Helen Mar, a historian at Pacific Rim University": a form of address, or "a <job> at <Body>".
    const jobAt = /^(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:at|of|with|from|for)\s+(?:the\s+)?\p{Lu}/u.test(first);
    // (Words before the role noun, a determiner and an owner aside: "the county's chief trade and tourism officer".)
    const lead = roleNoun
      ? first
          .slice(0, roleNoun.index)
          .replace(/^(?:the|a|an)\s+/i, '')
          .replace(/^\S+['\u2019]s\s+/, '')
      : '';
    if ((!roleNoun || lead.split(' ').length > 4) && !spokenAfter && !jobAt && !addressed) continue;
    if (/^(?!managing\b|acting\b|leading\b)\p{Ll}+ing\b/u.test(first)) continue;
    // "the Ostvik Academy, where its rector, …": a place the clause goes on about, not a person.
    if (/^(?:where|which|whose|when)\b/.test(first)) continue;
    // "…, Katharina Brandt, signed a memorandum": what she did; "…, and the Lord Mayor of …": someone else.
    if (/^(?:\p{Ll}+ed|and|or|but)\b/u.test(first)) continue;
    // (Nor an irregular past: "Nordvik Grain, took the mayor through …".)
    const opener = /^\p{Ll}+/u.exec(first)?.[0];
    if (opener && baseForm(opener) !== opener && hasSense(baseForm(opener), 'verb') && !hasSense(opener, 'noun')) continue;
    // A capitalised title before "of" is a role too ("Vice Minister of Finance of …").
    const titled = /^((?:\p{Lu}\p{Ll}+\s+){1,2})(?:of|at|for)\b/u.exec(first);
    // So is a role owned by a place or body: "Mexico City's secretary of economic development".
    // … or by a place's state or city: "São Paulo state's secretary for international business".
    const owned = /^(?:\p{Lu}[\p{L}.-]*\s+){0,3}(?:\p{Lu}[\p{L}.-]*|state|city|county|province)['\u2019]s\s+\p{Ll}/u.test(first);
    if (!/^(?:\p{Ll}|(?:a|an|the)\b|[A-Z]{2,}\b|\p{Lu}\p{Ll}+\s+(?:of|at)\b)/u.test(first) && !(titled && ROLE_NOUN.test(titled[1]!)) && !owned) continue;
    if (SPEECH_VERB.test(first) || first.length > 160) continue;
    const role = [first];
    for (const seg of segments.slice(1, 3)) {
      // A verb in the past ("signed a memorandum") is what the person did, not more of the role.
      if (!seg || CLAUSE_STOP.test(seg) || SPEECH_VERB.test(seg) || /^\p{Lu}/u.test(seg) || /^\p{Ll}+ed\b/u.test(seg) || PHOTO_POSITION.test(seg)) break;
      // (Nor an irregular past: "…, governor of the province, met with the visitors".)
      const verb = /^\p{Ll}+/u.exec(seg)?.[0];
      if (verb && baseForm(verb) !== verb && hasSense(baseForm(verb), 'verb')) break;
      // Only another appositive ("a provider of …") or the tail of a list ("manufacturing and sales").
      const tail = seg.split(' ').length <= 4 && !/\b(?:is|are|was|were|has|have|had|will|would|can|could)\b/.test(seg);
      if (!/^(?:a|an)\s/.test(seg) && !tail) break;
      role.push(seg);
    }
    const phrase = role.join(', ');
    out.push({
      name: words.join(' '),
      role: /^the\s/i.test(phrase) ? roleOfNamedOwner(sentence, phrase.slice(4), s.slice(0, run[0]!.start)) : phrase.replace(/^(?:a|an)\s+/i, ''),
      sentence,
    });
  }
}

// Where someone stands in a photo: "left", "seated right", "second from left".
const PHOTO_POSITION =
  /^(?:(?:seated|standing|far|second\s+from|third\s+from)\s+)?(?:left|right|center|centre|middle|front|rear|back|top|bottom|foreground|background)$/i;

// What a business is called when it is described: "a maker of …", "a group of Argentine breeders".
const BUSINESS =
  /^(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:maker|makers|producer|provider|supplier|manufacturer|operator|developer|builder|exporter|importer|distributor|retailer|chain|firm|company|group|consortium|cooperative|startup|brand)\b/iu;

/** "Priya Vandermeer directs the Nebraska Office of Global Trade, which …": the name that opens the sentence runs a body. */
export function byLeadingVerb(sentence: Sentence, runs: Token[][], out: Found[]): void {
  const run = runs[0];
  if (!run || run[0]!.start !== 0) return;
  const words = run.map((t) => t.text);
  if (!nameLike(words)) return;
  const m = /^\s+(owns|runs|leads|heads|chairs|directs|manages|founded|co-founded)\s+((?:the\s+)?\p{Lu}[^,.;]{2,80})/u.exec(
    sentence.text.slice(run[run.length - 1]!.end),
  );
  if (m) out.push({ name: words.join(' '), role: `${AGENT_OF[m[1]!]} of ${m[2]!.trim()}`, sentence });
}

// "… served as acting mayor while she was away", "was named interim head of the Port of X",
// "has been mayor of X since 2021", "is director for the Pacific at the X Office".
const SERVED_AS =
  /^\s+(?:(?:has\s+|had\s+)?served|serves|will\s+serve|acted|acts|stood\s+in|stands\s+in|was\s+named|has\s+been\s+named|was\s+appointed|has\s+been\s+appointed|has\s+been|is|was)\s+(?:as\s+)?(?:the\s+)?((?:(?!(?:of|for|at)\s)[\p{Ll}-]+\s+){0,3}(?!(?:of|for|at)\b)[\p{Ll}-]+)(\s+(?:of|for|at)\s+(?:the\s+)?\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'\u2019-]*)*(?:\s+(?:at|of)\s+(?:the\s+)?\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'\u2019-]*)*)?)?/u;

/** "Deputy Mayor Harold Ames served as acting mayor …": a name, with or without its title, and the office it served in. */
export function byServedAs(sentence: Sentence, runs: Token[][], out: Found[]): void {
  for (const run of runs) {
    const m = SERVED_AS.exec(sentence.text.slice(run[run.length - 1]!.end));
    if (!m) continue;
    // A surname alone is the one the story named in full before ("Ostrom served as …").
    const alone =
      run.length === 1
        ? out.findLast((f) => f.sentence.paragraph.article === sentence.paragraph.article && f.name.endsWith(` ${bare(run[0]!.text)}`))
        : undefined;
    // (Three words that make a name keep all three: "Mei Lin Tao is director …".)
    const whole = run.map((t) => bare(t.text));
    const names = alone ? alone.name.split(' ') : whole.length === 3 && nameLike(whole) ? whole : whole.slice(-2);
    // The office ends at its last role noun: "acting mayor" of "acting mayor while she was away".
    const ws = m[1]!.split(/\s+/);
    const last = ws.findLastIndex((w) => WHOLE_ROLE_NOUN.test(w));
    if (last < 0 || !nameLike(names)) continue;
    const body = last === ws.length - 1 ? (m[2] ?? '') : '';
    out.push({ name: names.join(' '), role: `${ws.slice(0, last + 1).join(' ')}${body}`.trim(), sentence });
  }
}

/**
 * "Colleen Brandt has been chasing a cargo route for two years, and she got …": a name that opens a
 * sentence and is then "she" or "he" is a person, though no role or speech verb introduces them.
 */
export function byLaterPronoun(sentence: Sentence, runs: Token[][], out: Found[]): void {
  const run = runs[0];
  if (!run || run[0]!.start !== 0 || run.length > 3) return;
  const words = run.map((t) => t.text);
  // ("Orsk's Deputy Mayor for Ports, …" opens with an office, not a name.)
  if (!nameLike(words) || endsInTitle(words) || words.some((w) => /['\u2019]s$/.test(w))) return;
  if (out.some((f) => f.sentence === sentence && f.name === words.join(' '))) return;
  const rest = sentence.text.slice(run[run.length - 1]!.end);
  if (!/^\s+\p{Ll}/u.test(rest)) return;
  const sentences = sentence.paragraph.sentences;
  const next = sentences[sentences.indexOf(sentence) + 1]?.text ?? '';
  // ("Perrin Hask of Eastmoor was blunter. "The roads …," he told the council.": the quote's "he".)
  const quotedBy = /^["\u201c][^"\u201d]+[,.!?]["\u201d]\s+(?:she|he)\s+\p{Ll}+/u.test(next);
  // ("Ada Lunvik signed for the co-op — everyone calls her Addie — …": "her" or "him" as the object too.)
  if (/\b(?:she|he)\b|\b(?:calls?|called|knows?|knew|call|thank(?:ed)?|asked?|told)\s+(?:her|him)\b/.test(rest) || /^(?:She|He)\b/.test(next) || quotedBy)
    out.push({ name: words.join(' '), sentence });
}

// "Media contact: Jane Doe, Director of Communications": a label, a colon and the name it labels.
const LABELLED = new RegExp(`^(${CONTACT_LABEL}|spokesperson|host|moderator|organi[sz]er)s?:\\s+`, 'i');

/** The label of a contact card or a credit line as the role of the name after it ("media contact"). */
export function byLabel(sentence: Sentence, runs: Token[][], out: Found[]): void {
  const label = LABELLED.exec(sentence.text);
  const run = runs.find((r) => r[0]!.start === label?.[0].length);
  if (!label || !run) return;
  const words = run.map((t) => bare(t.text));
  if (!nameLike(words)) return;
  const name = words.join(' ');
  // The card's next lines: a title, and the body it is of ("Director of Communications, Brenner Trade Office").
  const [title, body] = sentence.text
    .slice(run[run.length - 1]!.end)
    .replace(/^,\s*/, '')
    .split(/,\s+/);
  if (title && ROLE_NOUN.test(title) && title.length <= 60)
    out.push({ name, role: body && ORG_WORD.test(body) && body.length <= 80 ? `${title}, ${body.replace(/\.$/, '')}` : title, sentence });
  out.push({
    name,
    role: label[1]!
      .toLowerCase()
      .replace(/inquiries|enquiries/, 'contact')
      .replace(/contacts$/, 'contact'),
    sentence,
  });
}

// The one who does it: "who owns X" is X's owner.
const AGENT_OF: Record<string, string> = {
  owns: 'owner',
  runs: 'head',
  leads: 'leader',
  heads: 'head',
  chairs: 'chair',
  directs: 'director',
  manages: 'manager',
  founded: 'founder',
  'co-founded': 'co-founder',
};

/** A title in the plural before two or more names: "Council members Rhona Keddie and Abel Quarrie voted no". */
export function byPluralTitle(sentence: Sentence, out: Found[]): void {
  if (!sentence.text.includes('and') || !PLURAL_TITLE_WORD.test(sentence.text)) return;
  for (const m of sentence.text.matchAll(PLURAL_TITLE)) {
    const names = m[2]!.split(/,\s*(?:and\s+)?|\s+and\s+/).map((n) => n.trim());
    if (names.length < 2 || !names.every((n) => nameLike(n.split(' ')))) continue;
    const role = m[1]!
      .replace(/men$/, 'man')
      .replace(/women$/, 'woman')
      .replace(/s$/, '');
    for (const name of names) out.push({ name, role, sentence });
  }
}

// What PLURAL_TITLE cannot match without (the end of a title, then white space): a quick test first.
const PLURAL_TITLE_WORD = /(?:members|ommissioners|upervisors|rustees|lder(?:men|women|persons)|enators|epresentatives|[Mm]ayors|[Pp]residents)\s/;
const PLURAL_NAME = "\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){1,2}";
const PLURAL_TITLE = new RegExp(
  `\\b((?:\\p{Lu}[\\p{L}-]*\\s+)?(?:[Cc]ouncil\\s*members|[Bb]oard\\s+members|[Cc]ommissioners|[Ss]upervisors|[Tt]rustees|[Aa]lder(?:men|women|persons)|[Ss]enators|[Rr]epresentatives|[Dd]eputy\\s+[Mm]ayors|[Vv]ice\\s+[Pp]residents))\\s+(${PLURAL_NAME}(?:,\\s+${PLURAL_NAME})*,?\\s+and\\s+${PLURAL_NAME})`,
  'gu',
);

/**
 * A title of a body before the name, set off by commas, as press releases write it: "The Governor of
 * the US State of Indiana, Thomas W. Harlan, and …", "the Lord Mayor of the City of Mannheim, Dr.
 * Katharina Brandt, signed".
 */
export function byTitleOfBody(sentence: Sentence, out: Found[]): void {
  // (TITLE_OF_BODY holds " of " and a comma: most sentences have not both.)
  if (!sentence.text.includes(',') || !sentence.text.includes('of') || !/\sof\s/.test(sentence.text)) return;
  for (const m of sentence.text.matchAll(TITLE_OF_BODY)) {
    const title = m[1]!;
    if (!ROLE_NOUN.test(title)) continue;
    // ("Prof. Dr. …", "Dr. Ir. H. …": forms of address in a row go, as a middle initial does.)
    const name = m[3]!.replace(new RegExp(`^(?:${ADDRESS})+`), '').replace(/ \p{Lu}\.(?= )/gu, '');
    if (!nameLike(name.split(' '), 4)) continue;
    out.push({ name, role: `${title} of ${m[2]!}`, sentence });
  }
}

// (The body may be a list: "the Minister of Fisheries, Ports and Shipping, …"; the name ends the
// clause or goes on after a comma: "talks with the Governor of Norvega, Ruperto Casal Vidal; …".)
const TITLE_OF_BODY = new RegExp(
  String.raw`(?:\b[Tt]he|\p{Lu}[\p{L}-]+['\u2019]s)\s+((?:\p{Lu}[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{Ll}-]+)\s+of\s+((?:the\s+)?\p{Lu}[^,;]{1,60}?(?:,\s+\p{Lu}[^,;]{1,40}?)*),\s+((?:${ADDRESS})*\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}\.)?(?:\s+(?:(?:de|del|da|dos|van|von|der|di|la|le)\s+)?\p{Lu}[\p{L}'\u2019-]+){1,3})(?=[,;]|\.?$)`,
  'gu',
);

/** A lower-case role before a name: "spokesperson Jeff Cretan", "the city's chief economist Ted Egan". */
export function byRoleBefore(sentence: Sentence, runs: Token[][], out: Found[]): void {
  const s = sentence.text;
  for (const run of runs) {
    const words = run.map((t) => bare(t.text));
    const from = Math.max(0, run[0]!.start - 80);
    const before = s.slice(from, run[0]!.start);
    // (The name closes its clause: a comma, a semicolon or the sentence's end after it.)
    const setOffName = before.endsWith(', ') && /^(?:[,;]\s|\.?$)/.test(s.slice(run[run.length - 1]!.end));
    if (!nameLike(words, setOffName ? 4 : 3)) continue;
    // "Their managing director, Vikram Hegde, walked me …", "the city's trade director, …": a role set off before the name.
    if (setOffName) {
      const setOff = SET_OFF_ROLE.exec(before.slice(0, -2));
      // (Or any kind of person, "its port warden, …", WordNet says.)
      const kind = setOff?.[2]?.split(/\s+/).pop()?.toLowerCase() ?? '';
      if (setOff && (ROLE_NOUN_AT_END.test(setOff[2]!) || (/^\p{Ll}{4,}$/u.test(kind) && isKindOf(kind, 'person', 'noun', 10, 1)))) {
        // ("Velsing's spokesperson, Imke Dahlberg, said": the owner named is part of the role.)
        const role = /^the$/i.test(setOff[1]!)
          ? roleOfNamedOwner(sentence, setOff[2]!, before.slice(0, setOff.index))
          : /['\u2019]s$/.test(setOff[1]!)
            ? `${setOff[1]} ${setOff[2]}`
            : roleOfBodyBefore(sentence, setOff[2]!, setOff[1]!, s.slice(0, from + setOff.index));
        out.push({ name: words.join(' '), role, sentence });
      }
      continue;
    }
    // The role found below ends with a role noun right before the name: most names have none, and
    // the expression below, read from every position of the text before, is slow.
    if (!ROLE_NOUN_AT_END.test(before.trimEnd().slice(-24))) continue;
    const m = /(?<![\p{L}'\u2019])((?:(?:the\s+)?[\p{L}.-]+['\u2019]s\s+)?(?:[\p{L}-]+\s+){1,3})$/u.exec(before);
    if (!m) continue;
    // Lower-case words only, after the last capital but for one at the start of the sentence
    // ("Mayoral spokesperson …"); the capitals before are the body ("Harbour Lowmoor director").
    let phrase = m[1]!.trim();
    const atStart = from + m.index === 0;
    const parts = phrase.split(/\s+/);
    const lastPlain = parts.findLastIndex((w, i) => !/['\u2019]s$/.test(w) && !(i === 0 && (/^the$/i.test(w) || atStart)) && !/^\p{Ll}/u.test(w));
    if (lastPlain >= 0) phrase = parts.slice(lastPlain + 1).join(' ');
    const last = phrase.split(/\s+/).pop() ?? '';
    if (phrase && /^\p{Ll}/u.test(last) && WHOLE_ROLE_NOUN.test(last))
      out.push({ name: words.join(' '), role: withBody(s.slice(0, run[0]!.start), trimRole(phrase)), sentence });
  }
}

// A determiner, then lower-case words (or an initialism: "CEO") that end in a role noun, at the start of a clause.
// (No 'i' flag: it would let \p{Ll} match any letter.)
// ("The governor's spokesman, Trent Akers, said": a possessive among them; "Brask Cable's chief, …": an owner of several words.)
// (After any word: "Over dinner the company's president, Noemi Dunstan, announced".)
const SET_OFF_ROLE =
  /(?:^|[.;:]\s+|,\s+|\s)([Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Yy]our|[Tt]he|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}['\u2019]s)\s+((?:[\p{Ll}-]+(?:['\u2019]s)?\s+){0,3}(?:[\p{Ll}-]+|[A-Z]{2,4}))$/u;

/**
 * A role owned by "their" or "its": of the organisation named last before it, in its own sentence
 * ("toured Napier Port with its chief executive, …") or else in the previous one, if one is named.
 */
function roleOfBodyBefore(sentence: Sentence, role: string, owner: string, sameSentence = ''): string {
  if (!/^(?:their|its)$/i.test(owner)) return role;
  const sentences = sentence.paragraph.sentences;
  // (A transcript's speaker label is no part of a sentence: "HOST NAME: Arden Marine builds ferries." offers no body but the company.)
  const previous = sentences[sentences.indexOf(sentence) - 1]?.text ?? '';
  return bodyOf(role, sameSentence) ?? bodyOf(role, previous) ?? subjectBody(role, previous) ?? role;
}

/** "Kessatide builds ferries. Their chief executive, …": a one-word name that opens the sentence before, as its subject. */
function subjectBody(role: string, previous: string): string | undefined {
  const subject = /^(\p{Lu}[\p{L}\p{N}&-]+)\s+\p{Ll}+s\b/u.exec(previous.trim())?.[1];
  return subject && !NOT_BODY_WORD.test(subject) ? `${role} of ${subject}` : undefined;
}

/**
 * "The port's executive director" after "the Port of Carrow Bay", "the line's general manager" after
 * "the shipping line Naviera Costa Austral": a common noun's owner is the body named last before it
 * whose name holds the noun or that the noun introduced.
 */
function roleOfNamedOwner(sentence: Sentence, role: string, sameSentence: string): string {
  const owned = /^([\p{Ll}-]+)['\u2019]s\s+(.+)$/u.exec(role);
  if (!owned) return role;
  const [, noun, rest] = owned as unknown as [string, string, string];
  // "the mayor's adviser": a person's, whose name is no body.
  // ("the state's trade secretary": the story's own place, seldom named as a body.)
  if (WHOLE_ROLE_NOUN.test(noun) || /^(?:city|state|county|town|country|province|region|nation)$/.test(noun)) return role;
  // Nearest first: this sentence, the story before it, and last the outlet ("the chamber's president"
  // in the chamber's own blog).
  const article = sentence.paragraph.article;
  const before = article.paragraphs
    .filter((p) => p.order <= sentence.paragraph.order)
    .flatMap((p) => p.sentences)
    .filter((x) => x.paragraph !== sentence.paragraph || x.start < sentence.start)
    .map((x) => x.text)
    .reverse();
  const earlier = [sameSentence, ...before, article.source].map((text) => ({ text, bodies: namedBodies(text) }));
  const holds = new RegExp(`(?:^|\\s)${noun}(?:\\s|$)`, 'i');
  const introduces = new RegExp(`\\b${noun}\\s+(?:of\\s+)?$`);
  // "a tour of the Hilados Marlo mill with the firm's chair": a firm's noun is the firm named last in the sentence.
  const firm = FIRM_NOUN.test(noun);
  // ("… at Vantrell Precision in Tolvik, a family-owned maker of pumps" then "the company's president": the one told a firm.)
  if (firm) {
    for (const { text } of earlier.slice(1)) {
      const told = [...text.matchAll(TOLD_A_FIRM)].pop();
      if (told) return `${rest} of ${told[1]}`;
    }
  }
  for (const [i, { text, bodies }] of earlier.entries()) {
    const owner = bodies.findLast(({ body, index }) => holds.test(body) || introduces.test(text.slice(0, index)) || (firm && i === 0));
    if (!owner) continue;
    // The body's fullest name the story gives ("… Chamber of Commerce" for a caption's "… Chamber").
    const fullest = earlier
      .flatMap((t) => t.bodies.map((b) => b.body))
      .filter((b) => b.startsWith(owner.body))
      .reduce((a, b) => (b.length > a.length ? b : a), owner.body);
    return `${rest} of ${fullest}`;
  }
  return role;
}

const FIRM_NOUN = /^(?:company|firm|business|maker|manufacturer|startup|carrier|airline|chain)$/i;
// "Vantrell Precision in Tolvik, a family-owned maker of pumps": a name the story sets off as a firm.
const TOLD_A_FIRM =
  /\b(\p{Lu}[\p{L}&'\u2019-]*(?:\s+\p{Lu}[\p{L}&'\u2019-]*){0,3})(?:\s+(?:in|of|from)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?,\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:company|firm|maker|manufacturer|startup|business|producer|supplier)\b/gu;

/** Capitalised runs that can name a body ("the Port of Carrow Bay"), without "the", where they start. */
function bodiesIn(text: string): { body: string; index: number }[] {
  return (
    [...text.matchAll(/(?:the\s+)?\p{Lu}[\p{L}\p{N}&'\u2019-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}\p{N}&'\u2019-]*)+/gu)]
      .map((m) => {
        const body = m[0].replace(/^the\s+/, '');
        return { body, index: m.index + m[0].length - body.length };
      })
      // ("Bellamy and Prask signed": two names joined, no body.)
      .filter(({ body }) => ORG_WORD.test(body) || (body.split(' ').length >= 2 && !/^\p{Lu}[\p{L}\p{M}-]*\s+and\s+\p{Lu}[\p{L}\p{M}-]*$/u.test(body)))
  );
}

const namedBodies = (text: string) => bodiesIn(text).filter(({ body }) => !NOT_BODY_WORD.test(body.split(' ')[0]!));

function bodyOf(role: string, text: string): string | undefined {
  // (Or a place or body in the possessive, "Vessby's alderman … together with its port warden", whichever is named last.)
  // (And a one-word name after "for" or "at": "… and for Brask it was their chair, …".)
  const owners = [
    ...bodiesIn(text),
    ...[...text.matchAll(/\b(\p{Lu}[\p{L}\p{M}-]+)['\u2019]s\s/gu)].map((m) => ({ body: m[1]!, index: m.index })),
    ...[...text.matchAll(/\b(?:for|at)\s+(\p{Lu}[\p{L}\p{M}-]+)\b(?!\s+\p{Lu})/gu)].map((m) => ({ body: m[1]!, index: m.index + m[0].length - m[1]!.length })),
  ].sort((a, b) => a.index - b.index);
  const body = owners.pop()?.body;
  return body && !NOT_BODY_WORD.test(body.split(' ')[0]!) ? `${role} of ${body}` : undefined;
}

const NOT_BODY_WORD = /^(?:The|A|An|In|On|At|By|For|From|To|With|When|While|After|Before|During|As|And|But|Meanwhile|However|Also|Then|Said)$/;

/** "Helios Renewables managing director": the body named right before a lower-case role belongs to it. */
function withBody(before: string, role: string): string {
  const lead = before.trimEnd();
  if (!lead.endsWith(role) || /^\p{Lu}/u.test(role)) return role;
  // ("Port of Carrow executive director": a body's name may hold "of".)
  const body = /((?:\p{Lu}[\p{L}\p{N}'\u2019&.-]*\s+(?:(?:of|for|and|&)\s+(?=\p{Lu}))?){1,4})$/u.exec(lead.slice(0, lead.length - role.length));
  if (!body) return role;
  const bodyWords = body[1]!.trim().split(/\s+/);
  while (bodyWords.length && NOT_BODY_WORD.test(bodyWords[0]!)) bodyWords.shift();
  return bodyWords.length ? `${bodyWords.join(' ')} ${role}` : role;
}

const WHOLE_ROLE_NOUN = new RegExp(`^(?:${ROLE_NOUN.source})$`, 'i');

/** Role words without the article or function words a regular expression may have taken along. */
function trimRole(phrase: string): string {
  const words = phrase.replace(/^the\s+/i, '').split(/\s+/);
  while (words.length > 1 && /^(?:and|or|with|by|to|for|said|says|told|met|as|of|from|at|in|on|when|while|that|who)$/i.test(words[0]!)) words.shift();
  return words.join(' ');
}

// A body's name that ends with the word for a firm: "Lund Family Farms".
const ORG_AT_END = new RegExp(`${ORG_WORD.source}\\.?$`);

/** "Wendy Prask of the Tolland Water Board", "Ode Lund of Lund Family Farms": a name and the body it stands for, its only introduction. */
export function byBody(sentence: Sentence, runs: Token[][], out: Found[]): void {
  const s = sentence.text;
  for (const run of runs) {
    const words = run.map((t) => t.text);
    if (!nameLike(words)) continue;
    const of = /^\s+of\s+(the\s+)?((?:\p{Lu}[\p{L}\p{M}&'\u2019.-]*\s+(?:(?:of|for|and|&)\s+)?){0,4}\p{Lu}[\p{L}\p{M}&'\u2019.-]*)/u.exec(
      s.slice(run[run.length - 1]!.end),
    );
    const body = of?.[2];
    // (Without "the", a firm's name of two words or more that ends with the word for a firm: "Secretary of
    // Commerce Ann Lee" is an office, and so is "Regional Secretary of Alder City", a name with a role noun in it.)
    if (!body || !ORG_WORD.test(body)) continue;
    const firm = body.includes(' ') && ORG_AT_END.test(body) && !ROLE_NOUN.test(words.join(' '));
    if (of![1] || firm) out.push({ name: words.join(' '), role: body.replace(/\.$/, ''), sentence });
  }
}

/** A bare name before a speech verb: "John Smith said". */
export function bySpeech(sentence: Sentence, runs: Token[][], out: Found[]): void {
  const s = sentence.text;
  for (const run of runs) {
    const words = run.map((t) => t.text);
    const last = run[run.length - 1]!;
    if (nameLike(words) && /^\s+(?:also\s+)?/.test(s.slice(last.end)) && SPEECH_VERB.test(s.slice(last.end, last.end + 30).split(/[,.]/)[0] ?? '')) {
      const next = s.slice(last.end).trimStart();
      if (SPEECH_VERB.exec(next)?.index === 0 || /^also\s/.test(next)) out.push({ name: words.join(' '), sentence });
    }
    // '"… like nothing at home," said Ada Lind, 15, one of the pupils.': the name after the verb, ended by a comma or the full stop.
    else if (
      nameLike(words) &&
      /["\u201d]\s*(?:said|says|added|recalled|explained)\s+$/.test(s.slice(0, run[0]!.start)) &&
      /^\s*(?:[,.]|$)/.test(s.slice(last.end))
    )
      out.push({ name: words.join(' '), sentence });
  }
}
