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
  /^[\p{P}\p{S}\s]+$/u,
];
// A caption ends in a credit such as "Photo: IC", "PHOTO: VCG/CHINA DAILY", "[Photo/Xinhua]", "(Photo by X)".
const CAPTION_CREDIT = /(?:\b(?:photo|photograph|image|picture|file photo)s?\s*(?::|\/|by)\s*[^.!?]{1,60}[\])]?|\[(?:photo|image)[^\]]{0,60}\])\s*$/i;

export function classifyBlock(block: string): BlockKind {
  const text = block.trim();
  if (IMAGE_FILE.test(text) || FURNITURE.some((r) => r.test(text))) return 'furniture';
  if (isDateline(text)) return 'dateline';
  if (CAPTION_CREDIT.test(text)) return 'caption';
  return 'story';
}

/** A short block that is nothing but a date ("April 22, 2024", "2024-04-22 10:15"). */
function isDateline(text: string): boolean {
  if (text.length > 40) return false;
  const found = chronoEn().parse(text);
  const first = found[0];
  if (!first || !first.start.isCertain('day') || !first.start.isCertain('month')) return false;
  const rest = text.replace(first.text, '').replace(/[\s,.|:\-–—]+/g, '').replace(/^(?:updated|published|posted)/i, '');
  return rest.length <= 4;
}
