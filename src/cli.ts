import './env.ts';
import { createInterface } from 'node:readline';
import { loadKnowledgeCache, loadKnowledgeCacheMb, loadTimezone } from './config.ts';
import { allCitations, fullText } from './answers/answer.ts';
import { createBot, type Bot } from './core/bot.ts';
import { renderLine, renderText } from './core/render-text.ts';
import type { Answer } from './core/types.ts';
import { buildKnowledgeFromDir } from './knowledge-build/index.ts';
import { keepSnapshotInThread } from './knowledge-build/thread.ts';
import { prepareKnowledgeCache } from './cache/prepare.ts';
import { progressLine } from './ops/progress.ts';

// The `ask` command-line contract: npm run --silent ask -- [--json] [--thread] [--seeds DIR] [QUERY]
// With no QUERY, one answer line per line of standard input. Exit 0 when queries were answered or
// refused, 2 for a bad flag.

const USAGE = 'usage: npm run --silent ask -- [--json] [--thread] [--seeds DIR] [QUERY]';

interface Options {
  json: boolean;
  /** All lines of standard input are one conversation. */
  thread: boolean;
  seeds: string;
  query?: string;
}

export function parseArgs(argv: string[]): Options | string {
  const o: Options = { json: false, thread: false, seeds: 'seeds' };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (rest.length) rest.push(a);
    else if (a === '--') {
      rest.push(...argv.slice(i + 1));
      break;
    } else if (a === '--json') o.json = true;
    else if (a === '--thread') o.thread = true;
    else if (a === '--seeds') {
      const dir = argv[++i];
      if (!dir) return '--seeds needs a folder';
      o.seeds = dir;
    } else if (a.startsWith('--seeds=')) o.seeds = a.slice('--seeds='.length);
    else if (a.startsWith('-') && a.length > 1 && !a.startsWith('-/')) return `unknown flag ${a}`;
    else rest.push(a);
  }
  if (rest.length) o.query = rest.join(' ');
  return o;
}

function output(a: Answer, json: boolean, oneLine: boolean): string {
  if (!json) return oneLine ? renderLine(a) : renderText(a);
  return JSON.stringify({ answered: a.answered, text: fullText(a), citations: allCitations(a) });
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n${USAGE}\n`);
    return 2;
  }
  let timezone: string;
  let cacheMb: number;
  try {
    timezone = loadTimezone();
    cacheMb = loadKnowledgeCacheMb();
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 1;
  }
  const cacheDir = loadKnowledgeCache();
  // Many articles new to the cache are derived in worker threads first; the build then reads them.
  // On a terminal, a progress line on standard error while many new articles are read.
  const progress = progressLine(process.stderr, 'Reading new articles');
  const prepared = await prepareKnowledgeCache(parsed.seeds, cacheDir, undefined, progress ? { progress: progress.update } : {});
  progress?.note('Building the knowledge base…');
  // A corpus with many new articles is built in a thread of its own, then opened below.
  if (cacheDir && prepared.workers) await keepSnapshotInThread(parsed.seeds, cacheDir);
  const knowledge = buildKnowledgeFromDir(parsed.seeds, {
    cacheDir,
    lazyBytes: cacheMb * 2 ** 20,
    listing: prepared.listing,
    logger: { warn: (obj, msg) => process.stderr.write(`${msg} ${JSON.stringify(obj)}\n`) },
  });
  progress?.end();
  for (const p of knowledge.problems) process.stderr.write(`skipped ${p.file}: ${p.reason}\n`);
  const bot: Bot = createBot({ knowledge, timezone });
  if (parsed.query !== undefined) {
    process.stdout.write(`${output(bot.handleLine(parsed.query, 'cli'), parsed.json, false)}\n`);
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const thread: string[] = [];
  for await (const line of lines) {
    process.stdout.write(`${output(bot.handleLine(line, 'cli', parsed.thread ? [...thread] : undefined), parsed.json, true)}\n`);
    if (parsed.thread && line.trim()) thread.push(line);
  }
  return 0;
}

// Once the answers are written, the process ends as soon as its output is flushed: left to end by
// itself it would first run the garbage collector's pending tasks on the heap the answers grew
// (30-40 ms of a warm start's CPU at 5,000 articles), which nothing here waits for. Everything the
// start writes (the knowledge cache, the index file, the manifest) is written before the answers.
function exit(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main().then(exit, (err: unknown) => {
  process.stderr.write(`ask failed: ${(err as Error).message}\n`);
  exit(1);
});
