import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Article } from '../corpus/types.ts';
import { draftProblems, saveDraft } from './article-file.ts';
import { ExtractError, type Draft } from './extract.ts';
import { extractDraft } from './extract-in-worker.ts';
import type { Intake } from './intake.ts';
import { previewAnswer } from './preview.ts';

// `/sources add <link or file>` in the console chat. Whoever runs the console owns the machine and its
// seeds folder, so they are an admin here: a web page goes through the intake as on Discord and Slack
// (fetched with its guards, previewed, then `save` or `cancel`); a local .md or .html file is read,
// checked like a page, and saved into the seeds folder at once. The bot reloads and answers from it.

export interface ConsoleAdd {
  intake: Intake;
  seedsDir: string;
  /** The articles loaded now: a file already among them is not added twice. */
  articles: () => readonly Article[];
  /** After a local file is saved (the intake calls its own onSaved for pages). */
  onSaved: (file: string) => void;
}

const OWNER = 'console';
const KINDS: Record<string, 'html' | 'markdown'> = { md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' };
const MAX_BYTES = 5 * 1024 * 1024;

export const ADD_USAGE =
  'Usage: /sources add <link to a news page, or a local .md or .html file>. You can also copy a Markdown article into the seeds folder (see “Adding an article” in the README).';

/** The article waiting for `save` or `cancel`, and what to print for a line of the chat. */
export function consoleAdder(add: ConsoleAdd | undefined) {
  let draftId: string | undefined;
  return {
    /** `save` / `cancel` while a page waits, else undefined (the line is not about adding). */
    pending(line: string): string | undefined {
      if (!draftId || !add) return undefined;
      if (/^\/?save$/i.test(line)) {
        const saved = add.intake.save(draftId, OWNER);
        draftId = undefined;
        return saved.ok
          ? `Added “${saved.draft.title}” (${saved.draft.source}, ${saved.draft.published}) as ${saved.file}: ask about it in a moment.`
          : saved.message;
      }
      if (/^\/?cancel$/i.test(line)) {
        add.intake.cancel(draftId, OWNER);
        draftId = undefined;
        return 'Cancelled: nothing was added.';
      }
      return undefined;
    },

    async add(target: string): Promise<string> {
      if (!target) return ADD_USAGE;
      if (!add) return `Adding articles is not available here. ${ADD_USAGE}`;
      if (/^https?:\/\//i.test(target)) {
        const outcome = await add.intake.fromUrl(target, OWNER);
        if (!outcome.ok) return outcome.message;
        // The preview without its last line, which speaks of the chat platforms' buttons.
        const preview = previewAnswer(outcome.draft).text.split('\n').slice(0, -1).join('\n');
        const problems = draftProblems(outcome.draft);
        if (problems.length) {
          add.intake.cancel(outcome.draft.id, OWNER);
          return `${preview}\n\nNot added: ${problems.join('; ')}. Save the page as a .md file, fill in its front matter (title, source, published: YYYY-MM-DD), and add the file.`;
        }
        draftId = outcome.draft.id;
        return `${preview}\n\nType save to add it, or cancel.`;
      }
      return await addFile(add, target.replace(/^file:\/\//i, ''));
    },
  };
}

async function addFile(add: ConsoleAdd, path: string): Promise<string> {
  const kind = KINDS[/\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase() ?? ''];
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return `There is no file ${path}. ${ADD_USAGE}`;
  }
  if (!kind) return `I can add a .md or .html file, or a link. ${ADD_USAGE}`;
  if (size > MAX_BYTES) return `That file is larger than ${MAX_BYTES} bytes.`;
  if (resolve(path).startsWith(`${resolve(add.seedsDir)}/`)) return `${basename(path)} is in the seeds folder already: it is loaded (see /sources).`;
  const text = readFileSync(path, 'utf8');
  // Read in a worker thread with its limits, as a page from the web is: a hostile file must not hold the bot.
  let draft: Draft;
  try {
    draft = await extractDraft(kind, text, undefined);
  } catch (err) {
    return `Not added: ${err instanceof ExtractError ? err.message : 'the file could not be read'}.`;
  }
  const problems = draftProblems(draft);
  if (problems.length) return `Not added: ${problems.join('; ')}. For Markdown, start the file with front matter (title, source, published: YYYY-MM-DD).`;
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const loaded = add.articles().find((a) => a.published === draft.published && fold(a.source) === fold(draft.source) && fold(a.title) === fold(draft.title));
  if (loaded) return `That article is already loaded: ${loaded.source}, “${loaded.title}” (${loaded.file}).`;
  const file = saveDraft(add.seedsDir, draft);
  add.onSaved(file);
  return `Added “${draft.title}” (${draft.source}, ${draft.published}) as ${file}: ask about it in a moment.`;
}
