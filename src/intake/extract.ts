import { Readability } from '@mozilla/readability';
import * as chrono from 'chrono-node/en';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';

// A fetched page or an uploaded file → a draft article: title, outlet, publication date and body
// paragraphs. Readability (Firefox Reader View's extractor) finds the story text of an HTML page,
// over linkedom's DOM; the metadata comes from the page's own tags (Open Graph, JSON-LD, <time>,
// <meta name="date">) before Readability rearranges the document. Anything not found stays empty
// for the admin to fill in.

export interface Draft {
  title: string;
  source: string;
  /** YYYY-MM-DD, or empty when the page does not say. */
  published: string;
  url?: string;
  paragraphs: string[];
}

/** What a page may not be read for: too many elements, nested too deep (words for the admin). */
export class ExtractError extends Error {}

/**
 * Caps on the page's DOM, checked before Readability reads it: its work grows with the nesting (a
 * page of 1 MB of nested <div>s ran for minutes and overflowed the stack). News pages have a few
 * thousand elements nested a few dozen deep; browsers stop nesting at 512.
 */
export const MAX_ELEMENTS = 50_000;
export const MAX_DEPTH = 400;

// Blocks that hold story text in Readability's output; nested ones are read with their container.
const BLOCKS = 'p, li, blockquote, figcaption, h2, h3, h4, pre';
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|BlogPosting|Report|WebPage)$/;

export function draftFromHtml(html: string, url?: string): Draft {
  checkMarkup(html);
  const { document } = parseHTML(html);
  checkShape(document.documentElement as unknown as ShapeNode | null);
  const meta = (selector: string) => clean(document.querySelector(selector)?.getAttribute('content') ?? '');
  const ld = jsonLd([...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''));
  const timeTag = document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? '';
  const dateMeta = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
    'meta[name="dcterms.date"]',
    'meta[name="parsely-pub-date"]',
    'meta[name="sailthru.date"]',
  ];
  const metaTitle = meta('meta[property="og:title"]') || meta('meta[name="twitter:title"]') || clean(ld.headline);
  const metaSource = meta('meta[property="og:site_name"]') || clean(ld.publisher) || meta('meta[name="application-name"]');
  const metaDate = dateMeta.map(meta).find(Boolean) || ld.datePublished || timeTag;

  const parsed = new Readability(document as never, { serializer: (node: unknown) => node }).parse();
  const content = parsed?.content as unknown as { querySelectorAll(s: string): Iterable<BlockNode> } | null | undefined;
  let paragraphs = content ? blockTexts(content) : [];
  if (!paragraphs.length && parsed?.textContent)
    paragraphs = parsed.textContent
      .split(/\n\s*\n/)
      .map(clean)
      .filter(Boolean);
  const title = metaTitle || clean(parsed?.title ?? '') || clean(document.querySelector('title')?.textContent ?? '');
  // The headline is often repeated at the top of the story text.
  while (paragraphs[0] && fold(paragraphs[0]) === fold(title)) paragraphs.shift();
  return {
    title,
    source: metaSource || clean(parsed?.siteName ?? '') || hostOf(url),
    published: isoDay(metaDate || parsed?.publishedTime || ''),
    url,
    paragraphs,
  };
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
// End tags HTML lets a page leave out: counted neither way, so that a page of unclosed <p>s is not deep.
const OPTIONAL_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rb',
  'rt',
  'rp',
  'html',
  'head',
  'body',
]);

/**
 * The same caps read from the markup itself, in one linear pass before any parsing: the parser too
 * slows down on deep nesting (2 MB of nested <div>s took linkedom more than 8 s). Tags are counted
 * as written (script and style bodies skipped), which is near enough for a cap; the DOM is checked
 * exactly after parsing.
 */
function checkMarkup(html: string): void {
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*>/g;
  let depth = 0;
  let elements = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      if (!OPTIONAL_END.has(name)) depth = Math.max(0, depth - 1);
      continue;
    }
    if (++elements > MAX_ELEMENTS) throw new ExtractError(`the page has more than ${MAX_ELEMENTS} elements`);
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = tag.lastIndex;
      tag.lastIndex = close.exec(html)?.index ?? html.length;
      continue;
    }
    if (VOID.has(name) || OPTIONAL_END.has(name) || m[0].endsWith('/>')) continue;
    if (++depth > MAX_DEPTH) throw new ExtractError(`the page nests its elements more than ${MAX_DEPTH} deep`);
  }
}

interface ShapeNode {
  firstElementChild: ShapeNode | null;
  nextElementSibling: ShapeNode | null;
}

/** Counts the elements and the depth without recursion (a deep page would overflow the stack). */
function checkShape(root: ShapeNode | null): void {
  let elements = 0;
  const stack: Array<[ShapeNode, number]> = root ? [[root, 1]] : [];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (++elements > MAX_ELEMENTS) throw new ExtractError(`the page has more than ${MAX_ELEMENTS} elements`);
    if (depth > MAX_DEPTH) throw new ExtractError(`the page nests its elements more than ${MAX_DEPTH} deep`);
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
}

interface BlockNode {
  textContent: string | null;
  parentElement: { closest(s: string): unknown } | null;
}

function blockTexts(root: { querySelectorAll(s: string): Iterable<BlockNode> }): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    if (el.parentElement?.closest(BLOCKS)) continue; // a <p> inside a <blockquote> is read with it
    const text = clean(el.textContent ?? '');
    if (text) out.push(text);
  }
  return out;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A Markdown file: its front matter if it has one, else its first heading as the title. */
export function draftFromMarkdown(text: string, url?: string): Draft {
  let body = text;
  let fields: Record<string, unknown> = {};
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    try {
      const parsed = parseYaml(fm[1] ?? '') as unknown;
      if (parsed && typeof parsed === 'object') fields = parsed as Record<string, unknown>;
    } catch {
      // Unreadable front matter: the admin fills the fields in.
    }
    body = text.slice(fm[0].length);
  }
  const str = (...keys: string[]) => clean(String(keys.map((k) => fields[k]).find((v) => typeof v === 'string' || v instanceof Date) ?? ''));
  const blocks = body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  let title = str('title');
  if (!title && blocks[0] && /^#\s/.test(blocks[0])) title = clean(blocks.shift()!.replace(/^#\s+/, ''));
  const date = fields.published ?? fields.date;
  return {
    title,
    source: str('source', 'outlet', 'publisher', 'publication'),
    published: isoDay(date instanceof Date ? date.toISOString() : typeof date === 'string' ? date : ''),
    url: str('url') || url,
    paragraphs: blocks.map(plainMarkdown).filter(Boolean),
  };
}

/**
 * Markdown marks off: headings, quotes, list bullets, images, links, emphasis, HTML tags. Every span
 * is bounded, so that each position is tried a bounded number of times: unbounded, 40,000 "![" took seconds (each one scanned the rest of the text).
 */
function plainMarkdown(block: string): string {
  return clean(
    block
      .split('\n')
      .map((l) => l.replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))/, ''))
      .join(' ')
      .replace(/!\[[^\]]{0,500}\]\([^)]{0,2000}\)/g, '')
      .replace(/\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '$1')
      .replace(/(\*\*|__)(.{1,1000}?)\1/g, '$2')
      .replace(/<[^>]{1,1000}>/g, ''),
  );
}

interface LdFacts {
  headline: string;
  publisher: string;
  datePublished: string;
}

/** The first article-like object in the page's JSON-LD (arrays and @graph included). */
function jsonLd(scripts: string[]): LdFacts {
  const found: LdFacts = { headline: '', publisher: '', datePublished: '' };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o['@graph']) visit(o['@graph']);
    const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (!types.some((t) => ARTICLE_TYPES.test(t)) && !o.datePublished) return;
    found.headline ||= typeof o.headline === 'string' ? o.headline : '';
    found.datePublished ||= typeof o.datePublished === 'string' ? o.datePublished : '';
    const pub = ([] as unknown[]).concat(o.publisher ?? [])[0] as Record<string, unknown> | string | undefined;
    found.publisher ||= typeof pub === 'string' ? pub : typeof pub?.name === 'string' ? pub.name : '';
  };
  for (const s of scripts) {
    try {
      visit(JSON.parse(s));
    } catch {
      // Broken JSON-LD is common; the other tags still count.
    }
  }
  return found;
}

/** The calendar date a timestamp or written date names, as YYYY-MM-DD; empty when there is none. */
export function isoDay(raw: string): string {
  const s = raw.trim();
  // "2024-04-19T08:00:00+08:00" is April 19 where it was published: keep the date as printed.
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  // A written date ("Fri, 19 Apr 2024", "April 19, 2024") is read as written, whatever the host's zone.
  const written = !m && /\b\d{4}\b/.test(s) ? chrono.parse(s)[0]?.start : undefined;
  const certain = written ? written.isCertain('year') && written.isCertain('month') && written.isCertain('day') : false;
  const day = m ? `${m[1]}-${m[2]}-${m[3]}` : certain && written ? `${written.get('year')}-${pad(written.get('month'))}-${pad(written.get('day'))}` : '';
  if (!day) return '';
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : '';
}

const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');

function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function clean(s: string): string {
  return s
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
