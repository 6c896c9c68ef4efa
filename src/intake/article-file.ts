import { closeSync, linkSync, openSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ArticleError, parseArticle } from '../corpus/load.ts';
import type { Draft } from './extract.ts';

// A confirmed draft becomes seeds/<outlet>-<date>-<title>.md: YAML front matter (title, source,
// published, url) and the paragraphs separated by blank lines, the same shape as a hand-written
// article, so it survives restarts. The text is parsed with the loader's own parseArticle before it is
// written, and an existing file is never overwritten.

/** The loader skips bigger files (MAX_FILE_BYTES in src/corpus/load.ts). */
const LOADER_MAX_BYTES = 2 * 1024 * 1024;

/** What is wrong with a draft, in words for the admin; empty when it can be saved. */
export function draftProblems(draft: Draft): string[] {
  const out: string[] = [];
  if (!draft.title.trim()) out.push('the title is missing');
  if (!draft.source.trim()) out.push('the outlet is missing');
  if (!draft.published.trim()) out.push('the publication date is missing');
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.published.trim())) out.push('the date must be written YYYY-MM-DD');
  if (!draft.paragraphs.length) out.push('no story text was found');
  if (out.length) return out;
  const text = articleFileText(draft);
  if (Buffer.byteLength(text) > LOADER_MAX_BYTES) return [`the article is longer than the ${LOADER_MAX_BYTES / 1024 / 1024} MB an article file may have`];
  try {
    parseArticle('draft.md', text);
  } catch (err) {
    if (!(err instanceof ArticleError)) throw err;
    out.push(err.message);
  }
  return out;
}

export function articleFileText(draft: Draft): string {
  const meta: Record<string, string> = { title: draft.title.trim(), source: draft.source.trim(), published: draft.published.trim() };
  if (draft.url) meta.url = draft.url;
  return `---\n${stringify(meta, { lineWidth: 0 })}---\n\n${draft.paragraphs.join('\n\n')}\n`;
}

export function fileNameFor(draft: Draft): string {
  const outlet = slug(draft.source, 30);
  const title = slug(draft.title, 60);
  return `${[outlet, draft.published.trim(), title].filter(Boolean).join('-') || 'article'}.md`;
}

/**
 * Writes the draft into `dir` and returns the file name. The text goes to a hidden temporary file
 * first and is then hard-linked to its name: the watcher never sees half a file, and the link fails
 * rather than replace a file that exists (then "-2", "-3"… is tried).
 */
export function saveDraft(dir: string, draft: Draft): string {
  const problems = draftProblems(draft);
  if (problems.length) throw new ArticleError(problems.join('; '));
  const base = fileNameFor(draft).replace(/\.md$/, '');
  const tmp = join(dir, `.${base}.${process.pid}.${Date.now()}.tmp`);
  let created = false;
  try {
    // Written inside the try: a write that fails half-way (a full disk, a file size limit) leaves no
    // partial temporary file behind.
    const fd = openSync(tmp, 'wx');
    created = true;
    try {
      writeFileSync(fd, articleFileText(draft));
    } finally {
      closeSync(fd);
    }
    for (let n = 1; n < 100; n++) {
      const name = `${base}${n > 1 ? `-${n}` : ''}.md`;
      try {
        linkSync(tmp, join(dir, name));
        return name;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    }
    throw new Error(`too many files named ${base}`);
  } finally {
    if (created) unlinkSync(tmp);
  }
}

/** Why a file could not be written, in words for the admin (the error code for the operator). */
export function writeFailure(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const why: Record<string, string> = {
    EACCES: 'the seeds folder is not writable',
    EPERM: 'the seeds folder is not writable',
    EROFS: 'the seeds folder is on a read-only file system',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EFBIG: 'the file is larger than this process may write',
    ENOENT: 'the seeds folder does not exist',
    ENOTDIR: 'the seeds folder is not a folder',
  };
  return `${why[code] ?? 'writing the file failed'}${code ? ` (${code})` : ''}`;
}

function slug(s: string, max: number): string {
  const out = s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return out.length > max ? out.slice(0, max).replace(/-[^-]*$/, '') || out.slice(0, max) : out;
}
