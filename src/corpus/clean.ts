import { chronoEn } from './lazy.ts';

// Pasted web pages carry page furniture; these rules tell story text from the rest. They describe
// the shape of web pages, not any particular article.

export type BlockKind = 'story' | 'caption' | 'dateline' | 'furniture';

const IMAGE_FILE = /^\S+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif)(?:\?\S*)?$/i;
const FURNITURE = [
  /^(?:scroll|back|go)\s+to\s+(?:the\s+)?top$/i,
  /^(?:share|print|e-?mail)\s+(?:this|on|via)\b.{0,40}$/i,
  /^(?:share|print|e-?mail|tweet|comments?|advertisement|related(?:\s+(?:stories|articles|news))?|read\s+more|more\s+news|editor'?s\s+pick|top\s+news|subscribe|follow\s+us.*|copyright\b.*|all\s+rights\s+reserved.*|\(?source:.*)$/i,
  /^https?:\/\/\S+$/i,
  /^skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|search)$/i,
  // "MORE: <headline>", "Related: <headline>", "Related stories: …", "Watch: …": links to other stories.
  /^(?:more|related(?:\s+(?:stories|articles|coverage|content))?|read\s+(?:more|next|also)|see\s+also|also\s+read|watch(?:\s+live)?|listen|trending|recommended|don'?t\s+miss)\s*(?::|\||»|>).{0,200}$/i,
  /^(?:share\s+on\s+[\p{L}+]+\s*(?:[/|,·]\s*)?)+$/iu,
  /^(?:watch\s+live|live\s+video|embedded\s+video|video\s*:.{0,120}|sign\s+up\b.{0,80}|for\s+immediate\s+release)$/i,
  // A byline: "By Jane Doe, Staff Writer" (no sentence of its own).
  // ("By Jane Doe | Published: Oct. 2, 2025 at 5:41 PM | Updated: …": fields set apart by bars.)
  /^[Bb][Yy]\s+\p{Lu}[\p{L}'.-]*(?:\s+(?:\p{Lu}[\p{L}'.-]*|de|van|von|da|and))*(?:\s*[,|]\s*[^.!?]{0,80}|(?:\s*\|\s*[^|]{1,80})+)?$/u,
  // "Published June 5, 2025 at 6:12 a.m. PT Updated …": the page's own times.
  // (Not a correction dated so: "Updated on March 5: an earlier version of this post gave …".)
  /^(?:published|updated|posted|last\s+updated)\b:?(?!.*\b(?:(?:earlier|previous)\s+version|correct(?:ed|ion)?|misstated)\b).{0,140}$/i,
  // A section label: "News | City Hall".
  /^[\p{L}&' ]{2,30}(?:\s*\|\s*[\p{L}&' ]{2,30}){1,4}$/u,
  /^[\p{P}\p{S}\s]+$/u,
  // A markdown image: "![Signing in Valparaíso](signing.jpg)" (its caption, if any, follows it).
  /^!\[[^\]]*\]\([^)]*\)$/,
  // A breadcrumb: "Home › News & Blog › Trade Missions".
  /^[^›»]{1,60}(?:\s*[›»]\s*[^›»]{1,80}){1,6}$/u,
  // "Tags: Trade, Chile", "Filed under: …", "Share: Facebook · X · Email", "© 2025 …".
  /^(?:tags?|tagged|topics?|categories|category|filed\s+under|keywords)\s*:.{0,200}$/i,
  /^share\s*(?::|this\s*:)\s*[\p{L}+ ]{1,20}(?:\s*[·|,/•]\s*[\p{L}+ ]{1,20}){0,8}$/iu,
  /^(?:©|\(c\)|copyright)\s*\d{4}\b.{0,160}$/i,
  // "Get campus news in your inbox on Mondays: sign up for The Weekly, our free newsletter."
  /^.{0,120}\b(?:in\s+your\s+inbox|(?:sign\s+up|subscribe)\s+(?:for|to)\b.{0,60}\bnewsletter)\b.{0,120}$/i,
];

/** The label of a contact card or its line ("Media contact", "Press inquiries", "Contact"), as a pattern's source. */
export const CONTACT_LABEL = '(?:media|press|news)\\s+(?:contacts?|inquiries|enquiries)|contacts?';

/** A heading over links to other stories ("Related posts", "More from the blog"): the list after it is no story. */
export const RELATED_HEADING =
  /^(?:related(?:\s+(?:posts?|stories|articles|news|links|coverage|content|reading))?|more\s+(?:from|on|stories|news)\b.{0,60}|read\s+(?:more|next|also)|you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|further\s+reading|see\s+also|most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|top\s+stories|popular\s+now)\s*:?$/i;
// A caption ends in a credit such as "Photo: IC", "PHOTO: VCG/CHINA DAILY", "[Photo/Xinhua]", "(Photo by X)",
// "(Photo courtesy of the City of Tacoma)".
const CAPTION_CREDIT =
  /(?:\b(?:photo|photograph|image|picture|file photo)s?\s*(?::|\/|by)\s*[^.!?]{1,60}[\])]?|\((?:photo|photograph|image|picture)s?\s+(?:courtesy|credit|via|from)\b[^)]{1,80}\)|\[(?:photo|image)[^\]]{0,60}\]|\|\s*(?:source|photo|credit|photo\s+credit|image|courtesy)\s*:?\s*[^|]{1,80})\s*$/i;

// "Video: The governor speaks to reporters. (Sorrel Ambry / KTRV 4)": a caption by its label, its credit in brackets.
// (A credit names who and for whom, "Name / Outlet", or "by Name": "(Channel 8 News, 2:14)" is a player's length.)
const MEDIA_CAPTION = /^[*_]*(?:photo|video|image|picture|footage)s?:\s.{0,400}\([^()]{1,40}(?:\s\/\s|\bby\s)[^()]{1,40}\)[*_.\s]*$/is;

export function classifyBlock(block: string): BlockKind {
  const text = block.trim();
  // (Before furniture: "Video: …" alone is a player's label, but one with a credit in brackets is a caption.)
  if (MEDIA_CAPTION.test(text)) return 'caption';
  if (IMAGE_FILE.test(text) || RELATED_HEADING.test(text) || FURNITURE.some((r) => r.test(text))) return 'furniture';
  if (isDateline(text)) return 'dateline';
  if (CAPTION_CREDIT.test(text)) return 'caption';
  return 'story';
}

/** The month and day ("04-22") a date-only block gives. */
export function monthDayOf(text: string): string | undefined {
  const start = chronoEn().parse(text)[0]?.start;
  return start ? `${String(start.get('month')).padStart(2, '0')}-${String(start.get('day')).padStart(2, '0')}` : undefined;
}

/**
 * The time stamp a social post ends with, as archived under it ("… #Expo 6:15 PM · Mar 2 · @desk"):
 * its offset in the text and the date it gives, or undefined. A clock time is needed (a sentence
 * ending in a bare date is no stamp).
 */
export function trailingStamp(text: string): { at: number; date: string } | undefined {
  // (Asked of every paragraph as it is read: most hold no clock time near their end.)
  if (!/\d:\d{2}/.test(text.slice(-80))) return undefined;
  const tail = /(?:^|[.!?”"\])]\s+)([^.!?”"\]]{0,80})$/.exec(text);
  if (!tail || !/\b\d{1,2}:\d{2}\s*[ap]\.?m\b/i.test(tail[1]!)) return undefined;
  // (Hashtags and handles are the post's tags and the poster's name, no words of the stamp.)
  const bare = tail[1]!
    .replace(/(?:^|\s)[#@][\p{L}\p{N}_]+/gu, ' ')
    .replace(/[·•]/g, ' ')
    .trim();
  if (!bare || !isDateline(bare)) return undefined;
  return { at: tail.index + tail[0].length - tail[1]!.length, date: bare };
}

/** A short block that is nothing but a date ("April 22, 2024", "2024-04-22 10:15"). */
function isDateline(text: string): boolean {
  if (text.length > 40) return false;
  const found = chronoEn().parse(text);
  const first = found[0];
  if (!first?.start.isCertain('day') || !first.start.isCertain('month')) return false;
  // ("Monday, 4 May 2026 | 09.15 WIB": a posting time and its zone are the page's too.)
  const rest = text
    .replace(first.text, '')
    .replace(/\b\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?/gi, '')
    .replace(/\b[A-Z]{2,5}\b/g, '')
    .replace(/[\s,.|:\-–—]+/g, '')
    .replace(/^(?:updated|published|posted)/i, '');
  // ("Day 3 - Monday, May 11": a numbered day of a programme, no page's date.)
  return rest.length <= 4 && !/\d/.test(rest);
}

/** A transcript's line, opened by its speaker's name in capitals: "HOST: …", "**PORT CHIEF LUND:** …". */
// (The name, then maybe a title after a comma or who calls in brackets: "FEN ARDLEY, HOST:",
// "CALLER (Pia, Holm Creek):"; the name alone is the group.)
export const SPEAKER_LABEL =
  /^(?:\*\*)?(\p{Lu}[\p{Lu}\p{M} .'\u2019-]{1,40})(?:,\s*\p{Lu}[\p{Lu}\p{M} .,'\u2019&-]{1,60})?(?:\s*\([^)\n]{1,60}\))?(?:\*\*)?:(?:\*\*)?\s/u;
