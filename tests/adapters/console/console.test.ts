import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allCitations } from '../../../src/answers/answer.ts';
import { renderText } from '../../../src/core/render-text.ts';
import { articleText, seedBot } from '../../helpers.ts';
import { startConsole, until, type Started } from '../../start-bot.ts';

// The console chat as a newcomer meets it: `npm start` with no tokens, on a terminal (a
// pseudo-terminal made by util-linux's `script`) and with standard input from a pipe.

const hasScript = spawnSync('script', ['--version']).status === 0;
const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const f of cleanup.splice(0)) f();
});

function start(command: string, args: string[], env: Record<string, string>): Started {
  const bot = startConsole(env, [command, ...args]);
  cleanup.push(() => {
    if (bot.child.exitCode === null) process.kill(-bot.child.pid!, 'SIGKILL');
  });
  return bot;
}

// Terminal output without colours and cursor moves.
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').replace(/\r/g, '');

describe.skipIf(!hasScript)('GIVEN npm start on a terminal', () => {
  it('THEN a prompt, history on the up arrow, help and quit without a slash', async () => {
    const bot = start('script', ['-qfec', 'npm start', '/dev/null'], { TERM: 'xterm' });
    const after = (mark: number) => plain(bot.output().slice(mark));
    await until(() => after(0).includes('visitbot> '), 'the prompt');
    let mark = bot.output().length;
    bot.child.stdin!.write('/who Han Zheng\r');
    await until(() => /Vice President[\s\S]*visitbot> /.test(after(mark)), 'the answer, then the prompt again');
    mark = bot.output().length;
    bot.child.stdin!.write('\u001b[A'); // up arrow: the last line comes back
    await until(() => after(mark).includes('/who Han Zheng'), 'the line from history');
    bot.child.stdin!.write('\r');
    await until(() => /Vice President[\s\S]*visitbot> /.test(after(mark)), 'the recalled line answered');
    mark = bot.output().length;
    bot.child.stdin!.write('help\r');
    await until(() => /\/who <name or role>[\s\S]*visitbot> /.test(after(mark)), 'help');
    bot.child.stdin!.write('quit\r');
    expect(await bot.exited).toBe(0);
  }, 60_000);
});

describe('GIVEN npm start with standard input from a pipe', () => {
  it('THEN no prompt; help without a slash; /sources add reads a local file, which is answered from at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'visitbot-console-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const seeds = join(dir, 'seeds');
    const article = join(dir, 'port.md');
    mkdirSync(seeds);
    writeFileSync(join(seeds, 'first.md'), articleText({ title: 'First story' }, ['Zhang Wei, mayor of Testville, met the delegation on Tuesday.']));
    writeFileSync(
      article,
      articleText({ title: 'Port deal signed', source: 'Coastal Wire', published: '2024-04-18' }, [
        'Li Na, director of the Testville port authority, signed a shipping agreement on Wednesday.',
      ]),
    );
    writeFileSync(join(dir, 'notes.txt'), 'not an article');
    const bot = start('npm', ['start'], { SEEDS_DIR: seeds, KNOWLEDGE_CACHE: 'off', LOG_LEVEL: 'info' });
    const chat = () => bot.output().split('VisitBot console')[1] ?? '';
    await until(() => bot.output().includes('VisitBot ready'), 'ready');
    bot.child.stdin!.write('help\n');
    await until(() => chat().includes('/who <name or role>'), 'help');
    bot.child.stdin!.write('/sources add\n');
    await until(() => chat().includes('Usage: /sources add'), 'usage');
    bot.child.stdin!.write(`/sources add ${join(dir, 'notes.txt')}\n`);
    await until(() => chat().includes('I can add a .md or .html file'), 'a file of another kind refused');
    bot.child.stdin!.write(`/sources add ${article}\n`);
    await until(() => chat().includes('Added “Port deal signed” (Coastal Wire, 2024-04-18)'), 'added');
    await until(() => bot.output().includes('articles reloaded'), 'reload');
    bot.child.stdin!.write('/who Li Na\n');
    await until(() => chat().includes('director of the Testville port authority'), 'answered from the added article');
    bot.child.stdin!.write(`/sources add ${article}\n`);
    await until(() => chat().includes('That article is already loaded'), 'not added twice');
    // A link goes through the intake's guards: a private address is refused, nothing is fetched.
    bot.child.stdin!.write('/sources add http://127.0.0.1:9/story.html\n');
    await until(() => chat().includes('I could not add that page'), 'a private address refused');
    bot.child.stdin!.write('quit\n');
    expect(await bot.exited).toBe(0);
    expect(chat()).not.toContain('visitbot> ');
  }, 60_000);
});

describe('console rendering', () => {
  const bot = seedBot();

  it('/onthisday April 18 counts what it lists', () => {
    const a = bot.handleLine('/onthisday April 18', 'cli');
    expect(a.items).toHaveLength(4);
    expect(a.text).toBe('On this day, April 18, in 2024: 3 events in the articles, and 1 longer period that includes the day.');
  });

  it('/timeline prints each excerpt once: the item, then its source without the excerpt again', () => {
    const a = bot.handleLine('/timeline', 'cli');
    const text = renderText(a);
    for (const c of allCitations(a)) expect(text.split(c.excerpt.replace(/^“|”$/g, '')).length - 1, c.excerpt).toBe(1);
    expect(text).toMatch(/^• April 18, 2024: Chinese Vice President Han Zheng .* \[\d+\]$/m);
    expect(text).toMatch(/^\[\d+\] Global Times, “.*”, 2024-04-18, paragraph 1$/m);
  });

  it('/sources lists the articles without quoting a paragraph of each', () => {
    const text = renderText(bot.handleLine('/sources', 'cli'));
    expect(text).toMatch(/^• Global Times: “China expects .*” \(2024-04-18\), 19 paragraphs$/m);
    expect(text).not.toContain('paragraph 1');
    expect(text).not.toContain('Sources:');
  });

  it('an answer whose excerpts are not printed above still quotes them', () => {
    expect(renderText(bot.handleLine('/who Gong Zheng', 'cli'))).toMatch(/\[1\] China Daily, .*, paragraph 9: “Gong Zheng, mayor of Shanghai/);
  });
});
