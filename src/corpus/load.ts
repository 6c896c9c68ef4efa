import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import { basename, join } from 'node:path';
import { chronoEn, parseYaml } from './lazy.ts';
import { CONTACT_LABEL, classifyBlock, monthDayOf, RELATED_HEADING, SPEAKER_LABEL } from './clean.ts';
import { splitSentences } from './sentences.ts';
import type { Article, LoadProblem, Paragraph } from './types.ts';
import { foldedWords } from '../text.ts';

// Articles are Markdown files with YAML front matter (title, source, published, optional url) and
// the body as pasted from the web. One bad file is reported and skipped; it never stops the others.

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/**
 * A paragraph (a block between blank lines) longer than this makes the file malformed. News
 * paragraphs run to a few hundred characters; a page that is one huge block is no article to cite,
 * and refusing it before any per-sentence work keeps loading linear in the file's size.
 */
export const MAX_PARAGRAPH_CHARS = 20_000;
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export class ArticleError extends Error {}

export interface LoadResult {
  articles: Article[];
  problems: LoadProblem[];
}

export function loadArticles(dir: string): LoadResult {
  return loadArticlesWith(dir, (file, bytes) => parseArticle(file, bytes.toString('utf8')));
}

/**
 * Loads the folder's articles with `parse`, given each file's bytes (parseArticle of their text, or
 * one that consults a cache first and needs the text only when the cache has not seen the bytes).
 * `known`, when given, is asked first for each file's article without its bytes (a cache that knows
 * the file by its times); the file is read only when it answers undefined.
 */
/** The article files of a folder (its `.md` files), sorted; throws when the folder cannot be read. */
export function articleFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.md'))
    .sort();
}

export function loadArticlesWith(
  dir: string,
  parse: (file: string, bytes: Buffer) => Article,
  known?: (file: string, path: string) => Article | undefined,
): LoadResult {
  const articles: Article[] = [];
  const problems = eachArticle(dir, parse, known, (a) => articles.push(a));
  return { articles, problems };
}

/** loadArticlesWith, handing each article to `visit` as it is loaded instead of keeping them; the problems. */
export function eachArticle(
  dir: string,
  parse: (file: string, bytes: Buffer) => Article,
  known: ((file: string, path: string) => Article | undefined) | undefined,
  visit: (article: Article) => void,
): LoadProblem[] {
  const problems: LoadProblem[] = [];
  let files: string[];
  try {
    files = articleFiles(dir);
  } catch (err) {
    return [{ file: dir, reason: `cannot read the folder (${(err as NodeJS.ErrnoException).code ?? 'error'})` }];
  }
  for (const file of files) {
    const path = join(dir, file);
    let article: Article;
    try {
      article = known?.(file, path) ?? parse(file, readArticleFile(path));
    } catch (err) {
      problems.push({ file, reason: err instanceof ArticleError ? err.message : `unreadable (${(err as Error).message})` });
      continue;
    }
    visit(article);
  }
  return problems;
}

/** The place the article's leading line in capitals names ("KESTREL CITY –" → "KESTREL CITY"), or ''. */
export function homeLine(a: Article): string {
  return a.homeLine ?? /^([A-Z][A-Z .'-]+?)\s+[–—-]/.exec(a.paragraphs[0]?.text ?? '')?.[1] ?? '';
}

/**
 * The bytes of an article file: a regular file (a symlink to one counts) of at most MAX_FILE_BYTES,
 * checked before anything is read. A FIFO would block the read forever and a device such as
 * /dev/zero never ends, so neither is opened for reading: the kind is checked on the path first, then
 * again on the opened file (opened without blocking), in case the path changed meanwhile; and no more
 * than the cap is ever read, in case the file grows.
 */
export function readArticleFile(path: string): Buffer {
  regularWithinCap(statSync(path));
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const size = regularWithinCap(fstatSync(fd));
    const buf = Buffer.allocUnsafe(size + 1);
    let read = 0;
    for (let n: number; read < buf.length && (n = readSync(fd, buf, read, buf.length - read, null)) > 0; ) read += n;
    if (read > MAX_FILE_BYTES) throw new ArticleError(`larger than ${MAX_FILE_BYTES} bytes`);
    return buf.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function regularWithinCap(st: Stats): number {
  if (!st.isFile())
    throw new ArticleError(
      `not a regular file (${st.isDirectory() ? 'a folder' : st.isFIFO() ? 'a FIFO' : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : st.isSocket() ? 'a socket' : 'a special file'})`,
    );
  if (st.size > MAX_FILE_BYTES) throw new ArticleError(`larger than ${MAX_FILE_BYTES} bytes`);
  return st.size;
}

export function parseArticle(file: string, content: string): Article {
  const match = FRONT_MATTER.exec(content);
  if (!match) throw new ArticleError('no front matter (expected --- title/source/published --- at the top)');
  let meta: unknown;
  try {
    meta = simpleFrontMatter(match[1] ?? '') ?? parseYaml(match[1] ?? '');
  } catch (err) {
    throw new ArticleError(`front matter is not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  if (!meta || typeof meta !== 'object') throw new ArticleError('front matter is empty');
  const m = meta as Record<string, unknown>;
  const title = requiredText(m, 'title');
  const source = requiredText(m, 'source', ['outlet', 'publisher', 'publication']);
  const published = isoDate(m.published ?? m.date);
  const url = typeof m.url === 'string' && m.url.trim() ? m.url.trim() : undefined;
  const article: Article = { id: basename(file, '.md'), file, title, source, published, url, paragraphs: [] };
  const author = typeof m.author === 'string' ? m.author : typeof m.byline === 'string' ? m.byline : undefined;
  article.byline = author ? BYLINE.exec(`By ${author.trim()}`)?.[1] : undefined;
  article.paragraphs = paragraphsOf(article, content.slice(match[0].length));
  // (The page's own "By …" line first: a source's trailing name is the weaker sign.)
  article.byline ??= SOURCE_WRITER.exec(source)?.[1];
  if (!article.paragraphs.some((p) => p.kind === 'story')) throw new ArticleError('the body has no story text');
  return article;
}

// Front matter is nearly always "key: value" lines, the value plain or in double quotes without
// escapes, as people and the intake write it. Such lines are read here, in a small part of the YAML
// library's time; anything else (escapes, comments, lists, a value over several lines, a plain value
// YAML reads as no string) goes to the library. For what is read here both give the same strings.
const SIMPLE_ENTRY =
  /^([A-Za-z][\w-]*):[ ]+(?:"([^"\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]*)"|(\d{4}-\d{2}-\d{2}|[A-Za-z][^#:"\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]*?))[ ]*$/;
const NOT_A_STRING = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

export function simpleFrontMatter(text: string): Record<string, string> | undefined {
  const meta: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = SIMPLE_ENTRY.exec(line);
    if (!m || Object.hasOwn(meta, m[1]!)) return undefined; // a repeated key is the library's error to report
    if (m[3] !== undefined && NOT_A_STRING.test(m[3])) return undefined;
    meta[m[1]!] = m[2] ?? m[3]!;
  }
  return meta;
}

function requiredText(m: Record<string, unknown>, key: string, aliases: string[] = []): string {
  const v = [key, ...aliases].map((k) => m[k]).find((x) => x !== undefined);
  if (typeof v !== 'string' || !v.trim()) throw new ArticleError(`front matter lacks "${key}"`);
  return v.replace(/\s+/g, ' ').trim();
}

function isoDate(v: unknown): string {
  const raw = v instanceof Date ? v.toISOString() : typeof v === 'string' ? v.trim() : '';
  // A timestamp counts by its calendar date; so does a written date with a year ("April 19, 2024").
  const stamp = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(raw);
  const written = !stamp && /\b\d{4}\b/.test(raw) ? chronoEn().parse(raw)[0] : undefined;
  const s = stamp
    ? stamp[1]!
    : written && written.text.length >= raw.length - 2 && written.start.isCertain('year') && written.start.isCertain('month') && written.start.isCertain('day')
      ? `${written.start.get('year')}-${String(written.start.get('month')).padStart(2, '0')}-${String(written.start.get('day')).padStart(2, '0')}`
      : raw;
  const ok = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!ok) throw new ArticleError(`"published" must be a date as YYYY-MM-DD (got ${JSON.stringify(v ?? null)})`);
  const d = new Date(`${s}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) throw new ArticleError(`"published" is not a real date (${s})`);
  return s;
}

/** What is wrong with a paragraph of this length, or undefined when it may be loaded. */
export function overLongParagraph(chars: number, n: number): string | undefined {
  return chars > MAX_PARAGRAPH_CHARS
    ? `paragraph ${n} has ${chars} characters, more than the ${MAX_PARAGRAPH_CHARS} a paragraph may have (separate paragraphs with blank lines)`
    : undefined;
}

const LIST_MARK = /^(?:[-*\u2022\u00b7]\s+|\d{1,2}[.)]\s+)/;
const BULLET = /^[-*\u2022\u00b7]\s+\S/;
const LIST_ITEM =
  /^(?:[-*\u2022\u00b7]\s|\d{1,2}[.)]\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{4}-\d{2}-\d{2}\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/i;

/** Lines that are items of a list or a timeline, not the wrapped lines of one paragraph. */
function isList(lines: string[]): boolean {
  // Lines each marked as an item ("- …", "2. …") are a list however long the items are.
  if (lines.length >= 2 && lines.every((l) => LIST_MARK.test(l))) return true;
  // A card of short lines none of which ends a sentence (a contact's name, title, body, phone): no prose.
  if (lines.length >= 3 && lines.every((l) => l.length <= 60 && !/[.!?,;:"\u201d]$/.test(l))) return true;
  return lines.length >= 3 && lines.every((l) => l.length <= 200) && lines.filter((l) => LIST_ITEM.test(l)).length >= Math.max(2, lines.length - 1);
}

/**
 * Markdown's marks around a whole block ("**Update, Thursday 9:40 p.m.**", "## Timeline") or a run of
 * words inside it (a run-in head: "**The flight.** The carrier …") are no text.
 */
function unmarked(block: string): string {
  return block
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(\*\*|__|\*|_)([^*_]+)\1$/, '$2')
    .replace(/(^|[\s(])(\*\*|__|\*|_)(?=\S)([^*_\n]*?\S)\2(?=$|[\s.,;:!?)])/g, '$1$3')
    .trim();
}

/**
 * A markdown table's rows as lines of text: "| Sun., May 10 | Orlen | Arrival |" under "| Date |
 * City | What's planned |" is "Sun., May 10 — City: Orlen; What's planned: Arrival".
 */
function tableRows(lines: string[]): string[] | undefined {
  if (lines.length < 3 || !lines.every((l) => l.startsWith('|')) || !/^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/.test(lines[1]!)) return undefined;
  const cells = (l: string) =>
    l
      .replace(/^\|/, '')
      .replace(/\|\s*$/, '')
      .split('|')
      .map((c) => c.trim());
  const head = cells(lines[0]!);
  return lines
    .slice(2)
    .map(cells)
    .filter((row) => row.some(Boolean))
    .map((row) => {
      const rest = row
        .slice(1)
        .map((c, i) => (c ? (head[i + 1] ? `${head[i + 1]}: ${c}` : c) : ''))
        .filter(Boolean);
      return rest.length ? `${row[0]} \u2014 ${rest.join('; ')}` : row[0]!;
    });
}

// "By Mayor Jane Doe", "By Jane Doe, Staff Writer", "By Jane Doe | Published …": the name alone.
// A chapter's time stamp in a recording, not a time of day: "33:15 The tug that got away".
const CHAPTER = /^\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s+(?![ap]\.?m\b)\S/i;
// A post's source that names its writer after the platform: "Arden Blog — Jane Doe", "Medium | Jane Q. Doe".
// (Two or three capitalised words, no more: an outlet's desk, "Reuters — Asia Pacific Desk", is longer or no name.)
const SOURCE_WRITER = /\s[—–|]\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'-]+){1,2})$/u;

const BYLINE = /^[Bb][Yy]\s+(\p{Lu}[\p{L}'.-]*(?:\s+(?:\p{Lu}[\p{L}'.-]*|de|van|von|da))*)(?=\s*(?:[,|]|$))/u;

// "Media contact", "Press contact:", "For media inquiries:": the heading of a contact card.
const CONTACT_HEADING = new RegExp(`^(?:${CONTACT_LABEL}|for\\s+(?:media|press)\\s+(?:inquiries|enquiries))\\s*:?\\s*`, 'i');
// A line of a contact card: short, no sentence ("Jane Doe", "Director of Communications", "(555) 014-2290").
const CARD_LINE = /^(?:[^.!?]|[.!?](?=\S))*$/;

/**
 * A contact card ("Media contact" over a name, a title, a body, a phone) is one paragraph, "Media contact:
 * Jane Doe, Director of Communications, …": who to ask about the story is a fair question.
 */
function joinContactCards(blocks: { text: string; listed: boolean }[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const head = CONTACT_HEADING.exec(blocks[i]!.text);
    if (!head) continue;
    const label = blocks[i]!.text.slice(0, head[0].length).replace(/[\s:]+$/, '');
    const lines = [blocks[i]!.text.slice(head[0].length).trim()].filter(Boolean);
    let end = i + 1;
    while (
      end < blocks.length &&
      end - i <= 6 &&
      blocks[end]!.text.length <= 100 &&
      CARD_LINE.test(blocks[end]!.text) &&
      !CONTACT_HEADING.test(blocks[end]!.text) &&
      !RELATED_HEADING.test(blocks[end]!.text)
    ) {
      if (/^#{3,}$/.test(blocks[end]!.text)) break;
      lines.push(blocks[end]!.text);
      end++;
    }
    if (!lines.length) continue;
    const card = lines.map((l) => l.replace(/\s*[|·•]\s*/g, ', ').replace(/[,;\s]+$/, '')).join(', ');
    blocks.splice(i, end - i, { text: `${label}: ${card}.`, listed: false });
  }
}

function paragraphsOf(article: Article, body: string): Paragraph[] {
  const raw = body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  raw.forEach((b, i) => {
    const problem = overLongParagraph(b.length, i + 1);
    if (problem) throw new ArticleError(problem);
  });
  // Lines joined line by line: /\s*\n\s*/ would try every position of a long run of spaces (quadratic).
  // A list ("Aug. 17 — Delegation arrives", "- item") keeps each line as its own paragraph.
  const blocks = raw
    .flatMap((b) => {
      let lines = b
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      // A boxed sidebar written as a block quote ("> **The trip at a glance**", "> - Dates: …"): its lines.
      if (lines.every((l) => l.startsWith('>'))) lines = lines.map((l) => l.replace(/^>\s?/, '').trim()).filter(Boolean);
      // A table: each row an item, its first cell the label and the others under their column's head.
      const rows = tableRows(lines);
      if (rows) return rows.map((text) => ({ text, listed: true }));
      // (So does a list whose items stand apart, a blank line between them: "- item" alone in its block.)
      if (isList(lines) || lines.every((l) => BULLET.test(l))) return lines.map((l) => ({ text: l.replace(LIST_MARK, '').trim(), listed: true }));
      // A contact card's lines stay apart until joinContactCards reads them.
      if (lines.length > 1 && CONTACT_HEADING.test(unmarked(lines[0]!))) return lines.map((l) => ({ text: l, listed: false }));
      // A byline over the page's times ("By Sam Pruitt, staff writer" / "Published Nov. 1 | Updated …"):
      // lines that are each furniture are no paragraph once joined.
      if (lines.length > 1 && lines.every((l) => classifyBlock(unmarked(l)) === 'furniture')) {
        for (const l of lines) article.byline ??= BYLINE.exec(unmarked(l))?.[1];
        return [];
      }
      return [{ text: lines.join(' ').trim(), listed: false }];
    })
    .map((b) => ({ ...b, text: unmarked(b.text) }))
    .filter((b) => b.text);
  joinContactCards(blocks);
  const seen = new Set<string>();
  const paragraphs: Paragraph[] = [];
  // The headline's words, to know it repeated above the story (below).
  const titleWords = foldedWords(article.title);
  let story = 0;
  let captions = 0;
  // The list under "Related posts" links other stories.
  let linksList = false;
  // An episode's chapters ("00:00 Intro", "04:12 Why Tarvik?"): where to skip to in the audio, no story.
  let chapters = false;
  for (const { text, listed } of blocks) {
    if (linksList && listed) continue;
    chapters = listed && CHAPTER.test(text) && (chapters || /^\(?0?0:00\b/.test(text));
    if (chapters) continue;
    linksList = RELATED_HEADING.test(text);
    // (A date alone after the story began, other than the page's own, heads a day of it: "Thursday, May 8" in a diary.)
    const classified = classifyBlock(text);
    const kind = classified === 'dateline' && story > 0 && monthDayOf(text) !== article.published.slice(5) ? 'story' : classified;
    if (kind === 'furniture') {
      if (/^(?:last\s+)?updated\b/i.test(text) && /\d/.test(text)) article.updatedLine ??= text;
      article.byline ??= BYLINE.exec(text)?.[1];
      continue;
    }
    if (kind === 'dateline') {
      article.dateline ??= text;
      continue;
    }
    if (seen.has(text)) continue; // pasted pages repeat captions
    // A pasted page repeats its headline above the story: the title is the article's, not a paragraph.
    if (foldedWords(text) === titleWords) continue;
    seen.add(text);
    const n = kind === 'story' ? ++story : ++captions;
    const paragraph: Paragraph = { article, kind, n, order: paragraphs.length, text, sentences: [] };
    // Each sentence's text is a slice of its paragraph's (the same characters), so V8 keeps one copy.
    // (A transcript's speaker label, "HOST NAME: …", heads its line; it is no part of the first sentence.)
    const label = kind === 'story' ? (SPEAKER_LABEL.exec(text)?.[0].length ?? 0) : 0;
    paragraph.sentences = splitSentences(text.slice(label)).map((s) => ({
      paragraph,
      start: s.start + label,
      text: text.slice(s.start + label, s.start + label + s.text.length),
    }));
    paragraphs.push(paragraph);
  }
  // A photo gallery tells its story in its captions ("**4.** The governor signs … Photo: …"): where
  // most paragraphs are captions, they are the story, numbered with it.
  if (captions >= 5 && captions > story) {
    let n = 0;
    for (const paragraph of paragraphs) Object.assign(paragraph, { kind: 'story', n: ++n });
  }
  return paragraphs;
}
