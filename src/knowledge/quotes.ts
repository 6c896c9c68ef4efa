import { fold } from '../text.ts';
import type { Article, Paragraph, Sentence } from '../corpus/types.ts';
import { SAID_AT, SPEAKER_LABEL, SPEECH_VERB } from './lexicon.ts';
import { escapeRegExp, speakerLabelled, type Mention, type Person } from './people.ts';

// Quotations and reported speech with their speakers. A quote is attributed by the clause next to it
// ("…,” Breed said / “…,” she added / Li Yong said, “…”); a pronoun refers back to the last named
// speaker. Pasted text loses or flips quotation marks, so marks are read by their surroundings.

export interface Quote {
  speaker: Person;
  /** direct: the speaker's own words in quotation marks; paraphrase: reported speech. */
  kind: 'direct' | 'paraphrase';
  /** The quoted words (direct) or the reporting sentence (paraphrase). */
  text: string;
  paragraph: Paragraph;
  /** The article text that carries the quote and its attribution, as printed. */
  excerpt: string;
}

interface Span {
  start: number;
  end: number;
  /** Offsets of the marks, or -1 where the article lost one. */
  open: number;
  close: number;
}

const OPENERS = new Set(['\u201c', '"', '\u00ab']);
const CLOSERS = new Set(['\u201d', '"', '\u00bb']);

/** Decides from its neighbours whether a quotation mark opens or closes. */
function markRole(text: string, i: number): 'open' | 'close' | null {
  const ch = text[i]!;
  if (!OPENERS.has(ch) && !CLOSERS.has(ch)) return null;
  const prev = text[i - 1] ?? ' ';
  const next = text[i + 1] ?? ' ';
  const spaceBefore = /[\s([\u2014\u2013-]/.test(prev);
  const wordAfter = /[\p{L}\p{N}]/u.test(next);
  if (ch === '\u201c' || ch === '\u00ab') return !spaceBefore && !wordAfter ? 'close' : 'open';
  if (ch === '\u201d' || ch === '\u00bb') return (spaceBefore || /[.!?]/.test(prev)) && wordAfter ? 'open' : 'close';
  return spaceBefore && !/\s/.test(next) ? 'open' : 'close';
}

// Where quotation marks may stand: markRole reads only these.
const MARKS = /["\u201c\u201d\u00ab\u00bb]/g;

export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (const mark of text.matchAll(MARKS)) {
    const i = mark.index;
    const role = markRole(text, i);
    if (role === 'open')
      open = i; // an unclosed earlier opening is dropped: the later one wins
    else if (role === 'close') {
      spans.push({ start: open >= 0 ? open + 1 : 0, end: i, open, close: i });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open + 1, end: text.length, open, close: -1 });
  // Scare quotes ("double-faced") are not speech.
  return spans.filter((s) => text.slice(s.start, s.end).trim().split(/\s+/).length >= 4);
}

const SPEECH_VERBS = new RegExp(SPEECH_VERB.source, 'g');
const PRONOUN = /\b(?:he|she|they)\s+(?:also\s+|later\s+|then\s+)?$/i;

type Speaker = Person | 'pronoun' | undefined;

/** The person a speech verb in this text is attributed to, with the verb's offset. */
function attributed(text: string, mentions: Mention[], writer?: Person): { speaker: Speaker; at: number; office?: string } | undefined {
  for (const verb of text.matchAll(SPEECH_VERBS)) {
    const v = verb.index;
    const before = text.slice(0, v);
    // 'I told the room, "…"': the writer of a first-person piece.
    if (writer && /\bI\s+(?:also\s+|then\s+|later\s+)?$/.test(before)) return { speaker: writer, at: v };
    for (const m of [...mentions].reverse()) {
      if (m.end > v) continue;
      const between = text.slice(m.end, v);
      if (/^['\u2019]?s?\s*(?:also\s+)?$/.test(between) || /^,[^"\u201c\u201d]*,\s*(?:also\s+)?$/.test(between)) return { speaker: m.person, at: v };
      // "The governor's spokesperson, Linus Ferro, said …": a name set off after its role, its closing comma before the verb.
      if (/^,\s*(?:also\s+)?$/.test(between) && /,\s*$/.test(text.slice(0, m.start)) && !/"|\u201c|\u201d/.test(text.slice(0, m.start)))
        return { speaker: m.person, at: v };
    }
    if (PRONOUN.test(before)) return { speaker: 'pronoun', at: v };
    // '"…," the mayor said': the one spoken of before, if that is their office.
    const office = /\bthe\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)\s+(?:also\s+)?$/u.exec(before)?.[1];
    if (office) return { speaker: 'pronoun', at: v, office };
    // "Hegde, the managing director, walked me down the line and then said, …": the subject of the
    // sentence, when the verb is joined to its clause and no one else is named before it.
    const subject = mentions[0];
    if (
      subject &&
      (subject.start <= 2 || /^[^,"\u201c\u201d]{1,60},\s*$/.test(text.slice(0, subject.start))) &&
      /\band\s+(?:then\s+|later\s+|also\s+)?$/.test(before) &&
      mentions.every((m) => m.end > v || m.person === subject.person)
    )
      return { speaker: subject.person, at: v };
    const after = v + verb[0].length;
    // ("said Gov. Hallgren", "said Shenzhen Mayor Qin": a title between the verb and the name.)
    const following = mentions.find((m) => m.start > after && /^\s*(?:\p{Lu}[\p{L}-]*\.?\s+){0,3}$/u.test(text.slice(after, m.start)));
    if (following) return { speaker: following.person, at: v };
  }
  // '"…" — Bergen Mayor Sofie Dahl, at Monday's dinner': a quote signed after a dash, title and all.
  const signed = mentions.find((m) => /["\u201d]\s*[\u2014\u2013]\s*(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,4}$/u.test(text.slice(0, m.start)));
  if (signed) return { speaker: signed.person, at: signed.start };
  // "His words were, …": the person spoken of before.
  const words = /\b(?:his|her|their)\s+(?:words|reply|answer|response|message)\s+(?:was|were)\b/i.exec(text);
  if (words) return { speaker: 'pronoun', at: words.index };
  return undefined;
}

/** `writer`: the one who writes a first-person piece, whose stand in their own voice ("I urge …") is theirs to quote. */
export function extractQuotes(article: Article, mentions: Map<Sentence, Mention[]>, writer?: Person): Quote[] {
  const quotes: Quote[] = [];
  let lastSpeaker: Person | undefined;
  const namedInArticle = [...new Set(article.paragraphs.flatMap((p) => p.sentences.flatMap((x) => (mentions.get(x) ?? []).map((m) => m.person))))];
  // The one the story named last, other than a transcript's speakers: whom a host's "He told us, "…"" means
  // (followed only in a transcript).
  const transcript = article.paragraphs.some((p) => SPEAKER_LABEL.test(p.text));
  let lastNamed: Person | undefined;
  const lineSpeakers = new Set<Person>();
  for (const paragraph of article.paragraphs) {
    const namedBefore = lastNamed;
    if (transcript) lastNamed = lastNamedIn(paragraph, mentions, lineSpeakers) ?? lastNamed;
    // A transcript's line, "DEPUTY MAYOR LUND: We signed on the Friday.": the speaker's own words.
    const line = SPEAKER_LABEL.exec(paragraph.text);
    const lineSpeaker = line ? speakerLabelled(line[1]!, namedInArticle) : undefined;
    const words = line ? paragraph.text.slice(line[0].length).trim() : '';
    const lineSpans = quoteSpans(words);
    // ("HOST: She said, "For ten years …"": words a line quotes are another's, read as in prose, a
    // pronoun standing for the one the lines before named last, not for a speaker of the transcript.)
    const quotesAnother = lineSpans.length > 0 && /\b(?:he|she|they)\b/i.test(maskQuotes(words, lineSpans)) && namedBefore !== undefined;
    if (line && lineSpeaker) {
      lineSpeakers.add(lineSpeaker);
      if (words) quotes.push({ speaker: lineSpeaker, kind: 'direct', text: words, paragraph, excerpt: paragraph.text });
      lastSpeaker = lineSpeaker;
      if (!quotesAnother) continue;
    }
    if (line && quotesAnother) lastSpeaker = namedBefore;
    // A fact check's claim, 'Claim 2: "The ferry line is coming." Said at the growers' dinner, May 9.':
    // the words of the one whose claims the page checks, the person it names most.
    const claim = CLAIM_LINE.exec(paragraph.text);
    const claimant = claim ? mostNamed(article, mentions) : undefined;
    if (claim && claimant) {
      const saidAt = paragraph.sentences.find((x) => SAID_AT.test(x.text));
      quotes.push({
        speaker: claimant,
        kind: 'direct',
        text: claim[1]!.trim().replace(/[,;:]$/, ''),
        paragraph,
        // (The claim and where it was said, as printed.)
        excerpt: paragraph.text.slice(claim[0].indexOf(':') + 1, saidAt ? saidAt.start + saidAt.text.length : claim[0].length).trim(),
      });
      continue;
    }
    // Mentions with paragraph offsets.
    const pm: Mention[] = paragraph.sentences.flatMap((s) => (mentions.get(s) ?? []).map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start })));
    const text = paragraph.text;
    const spans = quoteSpans(text);
    const unquoted = maskQuotes(text, spans);
    const inQuote = (i: number) => spans.some((q) => i >= q.start && i < q.end);
    const outside = (from: number, to: number) => pm.filter((m) => m.start >= from && m.end <= to && !inQuote(m.start));

    let paragraphSpeaker: Person | undefined; // a quote with no attribution continues the paragraph's speaker
    let openedBy: Person | undefined;
    for (const sentence of paragraph.sentences) {
      const sEnd = sentence.start + sentence.text.length;
      const ownSpans = spans.filter((q) => q.start < sEnd && q.end > sentence.start);
      // Attribution of the sentence's own (unquoted) words.
      const masked = unquoted.slice(sentence.start, sEnd);
      const local = outside(sentence.start, sEnd).map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));
      // (The writer's "I told" or "I said" only before their own words in quotation marks.)
      const found = attributed(masked, local, ownSpans.length ? writer : undefined);
      const holds = (p: Person | undefined, office: string) => p?.roles.some((r) => new RegExp(`\\b${office}\\b`, 'i').test(r.role));
      const referred = found?.office ? (holds(lastSpeaker, found.office) ? lastSpeaker : undefined) : lastSpeaker;
      const speaker = found?.speaker === 'pronoun' ? referred : found?.speaker;
      const closing = ownSpans.find((q) => q.close >= sentence.start && q.close < sEnd);
      if (closing) {
        const q = closing;
        const opener = paragraph.sentences.find((s) => q.start >= s.start && q.start < s.start + s.text.length) ?? sentence;
        const who = speaker ?? openedBy ?? paragraphSpeaker ?? (q.end - q.start > text.length * 0.6 ? lastSpeaker : undefined);
        openedBy = undefined;
        if (who) {
          paragraphSpeaker = who;
          quotes.push({
            speaker: who,
            kind: 'direct',
            text: text
              .slice(q.start, q.end)
              .trim()
              .replace(/[,;:]$/, ''),
            paragraph,
            excerpt: text.slice(q.open >= 0 && q.open < opener.start ? q.open + 1 : opener.start, sEnd).trim(),
          });
        }
      } else if (speaker && ownSpans.length) {
        // 'Rajesh put it better: "Ports and pistons. That's what …"': the quote opened here closes in a later sentence.
        openedBy = speaker;
      } else if (speaker && ownSpans.length === 0 && found && !isQuestion(sentence.text) && !isHeading(sentence.text)) {
        quotes.push({ speaker, kind: 'paraphrase', text: sentence.text, paragraph, excerpt: sentence.text });
      } else if (
        writer &&
        !found &&
        paragraph.kind === 'story' &&
        ownSpans.length === 0 &&
        FIRST_PERSON_SAYS.test(sentence.text) &&
        !isQuestion(sentence.text) &&
        !isHeading(sentence.text)
      ) {
        quotes.push({ speaker: writer, kind: 'paraphrase', text: sentence.text, paragraph, excerpt: sentence.text });
      }
      if (speaker) lastSpeaker = speaker;
      else if (local[0] && local[0].start <= 2)
        lastSpeaker = local[0].person; // a sentence that opens with a person
      // … or that introduces the one person it names: "we sat down with Arvind Malhotra, a joint secretary. He was frank: …"
      else if (local.length && local.every((m) => m.person === local[0]!.person) && local[0]!.person.mentions[0] === sentence) lastSpeaker = local[0]!.person;
    }
  }
  return withoutCaptionRepeats(quotes);
}

/** The person a paragraph names last (by where the mention ends), other than `besides`. */
function lastNamedIn(paragraph: Paragraph, mentions: Map<Sentence, Mention[]>, besides: Set<Person>): Person | undefined {
  let last: { person: Person; at: number } | undefined;
  for (const x of paragraph.sentences)
    for (const m of mentions.get(x) ?? [])
      if (!besides.has(m.person) && (!last || x.start + m.start >= last.at)) last = { person: m.person, at: x.start + m.start };
  return last?.person;
}

// 'Claim 3: "The fair paid for itself."', then where and when it was said, with no name.
const CLAIM_LINE =
  /^(?:\*\*)?(?:Claim|The\s+claim|Statement|Quote)(?:\s+(?:No\.\s*)?\d+)?\s*:\s*["\u201c]([^"\u201c\u201d]{10,400})["\u201d](?=\s*(?:\*\*)?\s*(?:Said|Stated|Made|Posted|Written|Told)\s+(?:at|on|in|during|to|by|via)\b)/i;

// The writer's own stand: "I will vote no", "I urge …", "I have introduced …", "I don't think …".
const FIRST_PERSON_SAYS = /\bI\s+(?:will|would|am|have|had|urge|ask|believe|think|don['\u2019]t|do\s+not|respect|said|want|voted|support|oppose)\b/;

/** Whose claims a fact check rates: the one person its headline names ("Rating Governor Lund's claims"), else the one it names most. */
function mostNamed(article: Article, mentions: Map<Sentence, Mention[]>): Person | undefined {
  const people = new Set([...article.paragraphs.flatMap((p) => p.sentences.flatMap((x) => (mentions.get(x) ?? []).map((m) => m.person)))]);
  const title = fold(article.title);
  const headlined = [...people].filter((p) => new RegExp(`\\b${escapeRegExp(fold(p.name.split(' ').pop()!))}\\b`).test(title));
  if (headlined.length === 1) return headlined[0];
  const counts = new Map<Person, number>();
  for (const p of article.paragraphs) for (const x of p.sentences) for (const m of mentions.get(x) ?? []) counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? first[0] : undefined;
}

/** A photo caption often repeats a quote of the story; the story's copy is the one kept. */
export function withoutCaptionRepeats(quotes: Quote[]): Quote[] {
  const key = (t: string) =>
    fold(t)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const story = quotes.filter((q) => q.paragraph.kind === 'story');
  return quotes.filter((q) => q.paragraph.kind === 'story' || !story.some((o) => o.speaker === q.speaker && key(o.text).includes(key(q.text))));
}

/** The text with these quotations blanked out, offsets kept. */
export function maskQuotes(text: string, spans: Span[]): string {
  let out = text;
  for (const q of spans) out = out.slice(0, q.start) + ' '.repeat(q.end - q.start) + out.slice(q.end);
  return out;
}

const isQuestion = (s: string) => s.trim().endsWith('?');
// "What they said": a heading over quotes, no paraphrase of anyone's.
const isHeading = (s: string) => !/[.!?"\u201d\u2019')]$/.test(s.trim());
