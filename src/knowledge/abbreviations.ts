import type { Article, Sentence } from '../corpus/types.ts';
import { bare, lex, type Lexer } from './introductions.ts';

// Short forms the articles define ("the Guangdong-Hong Kong-Macao Greater Bay Area (GBA)") and the
// initials of the names and roles they use ("San Francisco" for SF, "chief operating officer" for
// COO), so that a question may use either form.

export interface ShortForm {
  short: string;
  long: string;
  /** The sentence that defines it, for abbreviations defined in the text. */
  sentence?: Sentence;
}

const DEFINED = /((?:\p{Lu}[\p{L}'\u2019-]*|of|and|for|the|&)(?:[\s-]+(?:\p{Lu}[\p{L}'\u2019-]*|of|and|for|the|&)){1,8})\s+\((\p{Lu}[\p{Lu}\p{N}&.-]{1,9})\)/gu;

/** Abbreviations defined in the text: a name followed by its initials in parentheses; the first definition of a short form wins. */
export function definedAbbreviations(articles: Article[], definedOf: (a: Article) => ShortForm[] = definedIn): Map<string, ShortForm> {
  const out = new Map<string, ShortForm>();
  for (const a of articles) for (const f of definedOf(a)) if (!out.has(f.short.toLowerCase())) out.set(f.short.toLowerCase(), f);
  return out;
}

/** The abbreviations one article defines, in order (the per-article part of definedAbbreviations). */
export function definedIn(a: Article): ShortForm[] {
  const out: ShortForm[] = [];
  for (const p of a.paragraphs) {
    for (const sentence of p.sentences) {
      if (!sentence.text.includes('(')) continue; // the short form stands in parentheses
      for (const m of sentence.text.matchAll(DEFINED)) {
        const short = m[2]!.replace(/\./g, '');
        const long = trimToInitials(m[1]!, short);
        if (long) out.push({ short, long, sentence });
      }
    }
  }
  return out;
}

/** The shortest tail of the phrase whose capitalised words start with the abbreviation's letters. */
function trimToInitials(phrase: string, short: string): string | undefined {
  const words = phrase.replace(/^(?:the|and|of|for)\s+/i, '').split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const tail = words.slice(i);
    if (!/^\p{Lu}/u.test(tail[0]!)) continue;
    const letters = initials(tail.join(' '));
    if (letters === short.toUpperCase() || (letters.startsWith(short[0]!.toUpperCase()) && i === 0 && letters.length >= short.length - 1)) {
      return tail.join(' ');
    }
  }
  return undefined;
}

/** Initials of the significant words: "San Francisco" → "SF", "chief operating officer" → "COO". */
export function initials(phrase: string): string {
  return phrase
    .split(/[\s-]+/)
    .filter((w) => w && !/^(?:of|and|for|the|&|a|an)$/i.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/**
 * Phrases of two or more words by their initials, for the forms nobody defined: capitalised names
 * in the text and the words of people's roles. An initialism that fits several phrases keeps the one
 * used far more often, or none.
 */
export function phrasesByInitials(names: Iterable<string>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const name of names) {
    const words = name.split(/\s+/);
    if (words.length < 2 || words.length > 5) continue;
    const key = initials(name).toLowerCase();
    if (key.length < 2) continue;
    const byPhrase = counts.get(key) ?? new Map<string, number>();
    byPhrase.set(name, (byPhrase.get(name) ?? 0) + 1);
    counts.set(key, byPhrase);
  }
  const out = new Map<string, string>();
  for (const [key, byPhrase] of counts) {
    const ranked = [...byPhrase].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 1 || ranked[0]![1] >= 3 * ranked[1]![1]) out.set(key, ranked[0]![0]);
  }
  return out;
}

/** Multi-word capitalised names in an article's text, in order, for initialisms ("SF"). */
export function textPhrases(a: Article, lexOf: Lexer = lex): string[] {
  const out: string[] = [];
  for (const p of a.paragraphs) {
    for (const s of p.sentences) {
      const runs = lexOf(s).runs;
      for (const [i, run] of runs.entries()) {
        const words = run.map((t) => bare(t.text));
        while (words.length && NOT_NAME_START.test(words[0]!)) words.shift();
        if (words.length >= 2) out.push(words.join(' '));
        // "Chinese Academy of Social Sciences": two runs joined by "of" or "and" are one name too (CASS).
        const next = runs[i + 1];
        if (words.length && next && /^\s+(?:of|and|for)\s+$/.test(s.text.slice(run[run.length - 1]!.end, next[0]!.start))) {
          const joined = `${words.join(' ')} ${s.text.slice(run[run.length - 1]!.end, next[0]!.start).trim()} ${next.map((t) => bare(t.text)).join(' ')}`;
          out.push(joined);
        }
      }
    }
  }
  return out;
}

const NOT_NAME_START = /^(?:The|A|An|In|On|At|By|For|From|When|While|Before|After|During|Both|And|But|As|To)$/;
