import { randomBytes } from 'node:crypto';
import type { Logger } from '../core/logger.ts';
import { ArticleError, overLongParagraph } from '../corpus/load.ts';
import type { Article } from '../corpus/types.ts';
import { draftProblems, saveDraft, writeFailure } from './article-file.ts';
import { ExtractError, type Draft } from './extract.ts';
import { extractDraft, type ExtractLimits } from './extract-in-worker.ts';
import { FetchError, fetchPage, type FetchOptions } from './fetch-page.ts';

// Adding an article from chat, platform-neutral: who may, a page or file → a pending draft the admin
// confirms or corrects → a saved seeds file. The adapters do the asking (buttons, modals); this holds
// the drafts (in memory, keyed by a random id, for the admin who made them, until they expire).

export interface PendingDraft extends Draft {
  id: string;
  owner: string;
  expires: number;
}

export type DraftOutcome = { ok: true; draft: PendingDraft } | { ok: false; message: string };
export type SaveOutcome = { ok: true; file: string; draft: PendingDraft } | { ok: false; message: string };

export interface Corrections {
  title: string;
  source: string;
  published: string;
}

export interface UploadedFile {
  name: string;
  url: string;
  size?: number;
  /** Sent with the download (a Slack file needs the bot token). */
  headers?: Record<string, string>;
}

export interface IntakeOptions {
  seedsDir: string;
  /** ADMIN_USERS: may add articles on any platform. */
  adminUsers: readonly string[];
  logger: Logger;
  /** The articles loaded now: a page already among them is not added twice. */
  articles: () => readonly Article[];
  /** After a file is saved (main.ts reloads the corpus at once rather than wait for the watcher). */
  onSaved?: (file: string) => void;
  fetch?: FetchOptions;
  /** Time and memory limits of the thread that reads a page. */
  extract?: ExtractLimits;
  ttlMs?: number;
  now?: () => number;
}

export interface Intake {
  /** ADMIN_USERS, or what the platform says (Discord Manage Server, Slack workspace admin). */
  mayAdd(userId: string | undefined, platformAdmin: boolean): boolean;
  fromUrl(url: string, owner: string): Promise<DraftOutcome>;
  fromFile(file: UploadedFile, owner: string): Promise<DraftOutcome>;
  find(id: string, owner: string): DraftOutcome;
  correct(id: string, owner: string, fields: Corrections): DraftOutcome;
  save(id: string, owner: string): SaveOutcome;
  cancel(id: string, owner: string): void;
}

const TTL_MS = 30 * 60_000;
// Drafts hold a page's text; admins rarely have more than a few open.
const MAX_PENDING = 50;
const FILE_KINDS: Record<string, 'html' | 'markdown'> = { md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' };
export const EXPIRED = 'That draft has expired or was already handled. Please run /sources add again.';

export function createIntake(options: IntakeOptions): Intake {
  const ttl = options.ttlMs ?? TTL_MS;
  const now = options.now ?? Date.now;
  const pending = new Map<string, PendingDraft>();
  const log = options.logger.child({ component: 'intake' });

  const prune = () => {
    const t = now();
    for (const [id, d] of pending) if (d.expires <= t || pending.size > MAX_PENDING) pending.delete(id);
  };

  /** A loaded article with the same URL, or the same outlet, date and title (a file has no URL). */
  const alreadyLoaded = (d: Draft) => {
    const key = urlKey(d.url);
    const same = (a: Article) => a.published === d.published && fold(a.source) === fold(d.source) && fold(a.title) === fold(d.title);
    return options.articles().find((a) => (key !== undefined && urlKey(a.url) === key) || same(a));
  };

  const hold = (draft: Draft, owner: string): DraftOutcome => {
    const loaded = alreadyLoaded(draft);
    if (loaded) return { ok: false, message: `That article is already loaded: ${loaded.source}, “${loaded.title}” (${loaded.file}).` };
    if (!draft.paragraphs.length) return { ok: false, message: 'I found no story text on that page, so there is nothing to add.' };
    const long = draft.paragraphs.findIndex((p) => overLongParagraph(p.length, 1));
    if (long >= 0)
      return {
        ok: false,
        message: `I cannot add that page: ${overLongParagraph(draft.paragraphs[long]!.length, long + 1)}. A page that is one long block of text is not an article I can cite.`,
      };
    prune();
    const d: PendingDraft = { ...draft, id: randomBytes(9).toString('base64url'), owner, expires: now() + ttl };
    pending.set(d.id, d);
    return { ok: true, draft: d };
  };

  const find = (id: string, owner: string): DraftOutcome => {
    prune();
    const d = pending.get(id);
    if (!d) return { ok: false, message: EXPIRED };
    if (d.owner !== owner) return { ok: false, message: 'Only the person who started adding this article can confirm it.' };
    return { ok: true, draft: d };
  };

  return {
    mayAdd: (userId, platformAdmin) => platformAdmin || (userId !== undefined && options.adminUsers.includes(userId)),

    async fromUrl(url, owner) {
      try {
        const page = await fetchPage(url, options.fetch);
        const draft = await extractDraft(page.kind, page.text, page.url, options.extract);
        log.info({ url: page.url, owner, paragraphs: draft.paragraphs.length }, 'article fetched for review');
        return hold(draft, owner);
      } catch (err) {
        if (!(err instanceof FetchError) && !(err instanceof ExtractError)) throw err;
        log.info({ url: url.slice(0, 300), owner, reason: err.message }, 'article fetch refused');
        return { ok: false, message: `I could not add that page: ${err.message}.` };
      }
    },

    async fromFile(file, owner) {
      const kind = FILE_KINDS[/\.([a-z]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? ''];
      if (!kind) return { ok: false, message: 'I can add a .md or .html file.' };
      const maxBytes = options.fetch?.maxBytes;
      if (maxBytes !== undefined && file.size !== undefined && file.size > maxBytes)
        return { ok: false, message: `That file is larger than ${maxBytes} bytes.` };
      try {
        const page = await fetchPage(file.url, { ...options.fetch, kind, headers: file.headers });
        const draft = await extractDraft(kind, page.text, undefined, options.extract);
        log.info({ file: file.name, owner, paragraphs: draft.paragraphs.length }, 'article file read for review');
        return hold(draft, owner);
      } catch (err) {
        if (!(err instanceof FetchError) && !(err instanceof ExtractError)) throw err;
        return { ok: false, message: `I could not read that file: ${err.message}.` };
      }
    },

    find,

    correct(id, owner, fields) {
      const found = find(id, owner);
      if (!found.ok) return found;
      const published = fields.published.trim();
      const next: PendingDraft = { ...found.draft, title: oneLine(fields.title), source: oneLine(fields.source), published };
      const problems = draftProblems(next).filter((p) => !p.startsWith('no story'));
      if (problems.length) return { ok: false, message: `Please check the details: ${problems.join('; ')}.` };
      pending.set(id, next);
      return { ok: true, draft: next };
    },

    save(id, owner) {
      const found = find(id, owner);
      if (!found.ok) return found;
      const d = found.draft;
      const problems = draftProblems(d);
      if (problems.length) return { ok: false, message: `Not saved yet: ${problems.join('; ')}. Use “Edit details” to fill them in.` };
      const loaded = alreadyLoaded(d);
      if (loaded) return { ok: false, message: `That page was loaded meanwhile: ${loaded.file}.` };
      let file: string;
      try {
        file = saveDraft(options.seedsDir, d);
      } catch (err) {
        if (err instanceof ArticleError) return { ok: false, message: `Not saved: ${err.message}.` };
        log.error({ err, owner, url: d.url, dir: options.seedsDir }, 'article could not be saved');
        return {
          ok: false,
          message: `I could not save the article: ${writeFailure(err)}. Nothing was written; the draft is kept, so Save works again once that is fixed.`,
        };
      }
      pending.delete(id);
      log.info({ file, owner, url: d.url }, 'article saved');
      options.onSaved?.(file);
      return { ok: true, file, draft: d };
    },

    cancel(id, owner) {
      if (find(id, owner).ok) pending.delete(id);
    },
  };
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function oneLine(s: string): string {
  return s
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A URL without its fragment and trailing slash, for "is this page already loaded". */
function urlKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    u.hash = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return undefined;
  }
}
