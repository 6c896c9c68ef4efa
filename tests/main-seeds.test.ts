import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { articleText } from './helpers.ts';
import { kill, startBot, until, type Started } from './start-bot.ts';

// `npm start` (console chat) over a seeds folder holding hostile files (issue 20): each is skipped with
// its reason, the others load, and the bot answers. Today's code hung or ran out of memory on them.

const dirs: string[] = [];
const bots: Started[] = [];
afterEach(() => {
  for (const b of bots.splice(0)) kill(b);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A paragraph of `bytes` characters: sentences with abbreviations (ICU breaks after "Mr." and the repair merges). */
function hugeParagraph(bytes: number): string {
  const s = 'Mr. Lee met Dr. Wu in Testville on Tuesday. ';
  return s
    .repeat(Math.ceil(bytes / s.length))
    .slice(0, bytes)
    .trim();
}

function seedsWith(files: (dir: string) => void): { dir: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'visitbot-main-seeds-'));
  const cache = mkdtempSync(join(tmpdir(), 'visitbot-main-seeds-cache-'));
  dirs.push(dir, cache);
  writeFileSync(join(dir, 'first.md'), articleText({ title: 'First story' }, ['Zhang Wei, mayor of Testville, met the delegation on Tuesday.']));
  files(dir);
  return { dir, cache };
}

async function consoleBot(dir: string, cache: string, questions: string): Promise<Started> {
  const bot = startBot({ SEEDS_DIR: dir, KNOWLEDGE_CACHE: cache, LOG_LEVEL: 'info' }, undefined, questions);
  bots.push(bot);
  return bot;
}

it('skips a file that is one paragraph of 1 MB with its reason, and answers from the others', async () => {
  const { dir, cache } = seedsWith((d) => writeFileSync(join(d, 'huge.md'), articleText({ title: 'One long block' }, [hugeParagraph(1024 * 1024)])));
  const bot = await consoleBot(dir, cache, '/who Zhang Wei\n/sources\n');
  await until(
    () => /mayor of Testville/.test(bot.output()) && /huge\.md/.test(bot.output().split('VisitBot console')[1] ?? ''),
    'the answer and the sources',
    30_000,
  );
  expect(bot.output()).toMatch(/huge\.md[^\n]*paragraph 1 has 1048\d{3} characters, more than the 20000 a paragraph may have/);
}, 40_000);

it('skips a FIFO and a symlink to /dev/zero named *.md without reading them, and answers from the others', async () => {
  const { dir, cache } = seedsWith((d) => {
    execFileSync('mkfifo', [join(d, 'fifo.md')]);
    symlinkSync('/dev/zero', join(d, 'zero.md'));
    symlinkSync(join(d, 'first.md'), join(d, 'linked.md')); // a symlink to a regular file is read
  });
  const bot = await consoleBot(dir, cache, '/sources\n/who Zhang Wei\n');
  await until(() => /mayor of Testville/.test(bot.output()), 'the answer', 30_000);
  const chat = bot.output().split('VisitBot console')[1] ?? '';
  expect(chat).toMatch(/fifo\.md[^\n]*not a regular file \(a FIFO\)/);
  expect(chat).toMatch(/zero\.md[^\n]*not a regular file \(a device\)/);
  expect(chat).not.toMatch(/linked\.md[^\n]*not a regular file/);
}, 40_000);
