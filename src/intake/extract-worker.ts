import { parentPort, workerData } from 'node:worker_threads';
import { draftFromHtml, draftFromMarkdown, ExtractError } from './extract.ts';

// The thread of extract-in-worker.ts: one page or file → one draft, posted back; a page it may not
// read (too big, too deep) is posted back as the reason. Anything else is the parent's to report.

const { kind, text, url } = workerData as { kind: 'html' | 'markdown'; text: string; url?: string };
try {
  parentPort!.postMessage({ ok: true, draft: kind === 'html' ? draftFromHtml(text, url) : draftFromMarkdown(text, url) });
} catch (err) {
  const stack = err instanceof RangeError && /call stack/i.test(err.message);
  parentPort!.postMessage({
    ok: false,
    message:
      err instanceof ExtractError
        ? err.message
        : stack
          ? 'the page nests its elements too deep'
          : `the page could not be read (${(err as Error).message.slice(0, 200)})`,
  });
}
