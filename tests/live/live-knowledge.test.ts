import { mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.ts';
import type { Knowledge } from '../../src/knowledge-build/index.ts';
import { createLiveKnowledge, type LiveKnowledge } from '../../src/live/live-knowledge.ts';
import { writeCorpus } from '../../test-support/corpus.ts';
import { articleText } from '../helpers.ts';

// GIVEN a seeds folder watched by the live knowledge, WHEN files are added, changed, removed or
// broken, THEN a new complete knowledge is swapped in within seconds, and questions see it.

const MAYOR = articleText({ title: 'Mayor meets delegation', source: 'Harbor Daily', published: '2024-04-16' }, [
  'Zhang Wei, mayor of Testville, met the visiting delegation on Tuesday to discuss port trade.',
  '“We welcome our friends,” Zhang Wei said at the meeting.',
]);
const PORT = articleText({ title: 'Port deal signed', source: 'Coastal Wire', published: '2024-04-17' }, [
  'Li Na, director of the Testville port authority, signed a shipping agreement on Wednesday.',
]);

let live: LiveKnowledge | undefined;
const dirs: string[] = [];
afterEach(() => {
  live?.stop();
  live = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'visitbot-live-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function start(dir: string, options: { watch?: boolean; debounceMs?: number; cacheDir?: string; lazyBytes?: number; offThread?: boolean } = {}) {
  const logs: Array<Record<string, any>> = [];
  const logger = pino({ level: 'debug', base: undefined }, { write: (s: string) => void logs.push(JSON.parse(s)) });
  live = createLiveKnowledge({ dir, logger, debounceMs: 50, ...options });
  const swaps: Knowledge[] = [];
  live.onSwap((k) => swaps.push(k));
  return { live, logs, swaps };
}

async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const ask = (k: Knowledge, line: string) => createBot({ knowledge: k, now: () => new Date('2024-04-18T12:00:00Z') }).handleLine(line);

describe('live knowledge', () => {
  it('picks up an added file within seconds, and the new article is answerable', async () => {
    const { live, logs, swaps } = start(folder({ 'mayor.md': MAYOR }));
    const before = live.current();
    expect(before.articles.map((a) => a.file)).toEqual(['mayor.md']);
    expect(ask(before, '/who Li Na').answered).toBe(false);

    const t = Date.now();
    writeFileSync(join(dirs[0]!, 'port.md'), PORT);
    await until(() => swaps.length > 0);
    // "Within seconds": 0.2 s of quiet period plus the build; generous for 2 shared cores under load.
    expect(Date.now() - t).toBeLessThan(4000);
    const after = live.current();
    expect(after).toBe(swaps.at(-1));
    expect(after.articles.map((a) => a.file)).toEqual(['mayor.md', 'port.md']);
    const answer = ask(after, '/who Li Na');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/director of the Testville port authority/);
    expect(answer.citations[0]).toMatchObject({ source: 'Coastal Wire', title: 'Port deal signed' });
    // The old knowledge is untouched: a question that took it before the swap finishes on it.
    expect(before.articles.map((a) => a.file)).toEqual(['mayor.md']);
    expect(ask(before, '/who Li Na').answered).toBe(false);
    expect(logs.find((l) => l.msg === 'articles reloaded')).toMatchObject({ added: ['port.md'], changed: [], removed: [], articles: 2 });
  });

  it('picks up a changed file and a removed one', async () => {
    const dir = folder({ 'mayor.md': MAYOR, 'port.md': PORT });
    const { live, logs, swaps } = start(dir);
    writeFileSync(join(dir, 'port.md'), PORT.replace('Port deal signed', 'Port agreement signed'));
    await until(() => swaps.length === 1);
    expect(live.current().articles.find((a) => a.file === 'port.md')?.title).toBe('Port agreement signed');
    expect(logs.find((l) => l.msg === 'articles reloaded')).toMatchObject({ changed: ['port.md'] });

    unlinkSync(join(dir, 'mayor.md'));
    await until(() => swaps.length === 2);
    expect(live.current().articles.map((a) => a.file)).toEqual(['port.md']);
    expect(ask(live.current(), '/who Zhang Wei').answered).toBe(false);
    expect(logs.filter((l) => l.msg === 'articles reloaded')[1]).toMatchObject({ removed: ['mayor.md'], articles: 1 });
  });

  it('reports a malformed file by name and keeps serving the rest', async () => {
    const dir = folder({ 'mayor.md': MAYOR });
    const { live, logs, swaps } = start(dir);
    writeFileSync(join(dir, 'broken.md'), 'just some text, no front matter\n');
    writeFileSync(join(dir, 'bad-date.md'), PORT.replace('2024-04-17', '2024-02-30'));
    await until(() => live.current().problems.length === 2);
    const k = live.current();
    expect(k.articles.map((a) => a.file)).toEqual(['mayor.md']);
    expect(k.problems).toEqual([
      { file: 'bad-date.md', reason: expect.stringMatching(/not a real date/) },
      { file: 'broken.md', reason: expect.stringMatching(/no front matter/) },
    ]);
    expect(ask(k, '/who Zhang Wei').text).toMatch(/mayor of Testville/);
    const sources = ask(k, '/sources');
    expect(sources.text).toMatch(/I answer from 1 article\. 2 files were skipped: bad-date\.md .*broken\.md \(no front matter/);
    expect(
      logs
        .filter((l) => l.msg === 'article skipped')
        .map((l) => l.file)
        .sort(),
    ).toEqual(['bad-date.md', 'broken.md']);
    expect(swaps.length).toBeGreaterThan(0);

    // Fixing the file brings it in; the problem goes away.
    writeFileSync(join(dir, 'broken.md'), PORT);
    await until(() => live.current().problems.length === 1);
    expect(live.current().articles.map((a) => a.file)).toEqual(['broken.md', 'mayor.md']);
  });

  it('swaps once for a burst of files, and a file renamed into place counts as added', async () => {
    const dir = folder({});
    const { live, swaps } = start(dir, { debounceMs: 200 });
    expect(live.current().articles).toHaveLength(0);
    writeFileSync(join(dir, '.port.md.part'), PORT);
    writeFileSync(join(dir, 'mayor.md'), MAYOR);
    renameSync(join(dir, '.port.md.part'), join(dir, 'port.md'));
    await until(() => live.current().articles.length === 2);
    expect(swaps).toHaveLength(1);
    expect(swaps[0]!.articles.map((a) => a.file)).toEqual(['mayor.md', 'port.md']);
  });

  it('keeps the loaded articles when the folder goes away', async () => {
    const dir = folder({ 'mayor.md': MAYOR });
    const { live, logs, swaps } = start(dir);
    rmSync(dir, { recursive: true, force: true });
    await live.reload();
    expect(swaps).toHaveLength(0);
    expect(live.current().articles.map((a) => a.file)).toEqual(['mayor.md']);
    expect(logs.some((l) => l.msg.startsWith('cannot read the seeds folder'))).toBe(true);
  });

  it('without watching, reload() brings in what changed, and does nothing when nothing did', async () => {
    const dir = folder({ 'mayor.md': MAYOR });
    const { live, swaps } = start(dir, { watch: false });
    writeFileSync(join(dir, 'port.md'), PORT);
    await new Promise((r) => setTimeout(r, 150));
    expect(swaps).toHaveLength(0);
    await live.reload();
    expect(swaps).toHaveLength(1);
    expect(live.current().articles).toHaveLength(2);
    await live.reload();
    expect(swaps).toHaveLength(1);
  });

  it('reloadSoon() rebuilds after the quiet period, once for several calls', async () => {
    const dir = folder({ 'mayor.md': MAYOR });
    const { live, swaps } = start(dir, { watch: false });
    writeFileSync(join(dir, 'port.md'), PORT);
    live.reloadSoon();
    live.reloadSoon();
    expect(live.current().articles).toHaveLength(1); // not in the caller's turn
    await until(() => swaps.length === 1);
    await new Promise((r) => setTimeout(r, 100));
    expect(swaps).toHaveLength(1);
    expect(live.current().articles).toHaveLength(2);
  });

  it('stops watching on stop()', async () => {
    const dir = folder({ 'mayor.md': MAYOR });
    const { live, swaps } = start(dir);
    live.stop();
    writeFileSync(join(dir, 'port.md'), PORT);
    await new Promise((r) => setTimeout(r, 200));
    expect(swaps).toHaveLength(0);
    expect(live.current().articles).toHaveLength(1);
  });

  it('with the knowledge cache, a reload derives only the changed file and a restart derives nothing', async () => {
    const dir = folder({ 'mayor.md': MAYOR, 'port.md': PORT });
    const cacheDir = folder({});
    const first = start(dir, { watch: false, cacheDir });
    expect(first.logs.find((l) => l.msg === 'knowledge built')?.cache).toEqual({ reused: 0, derived: 2, corrupt: 0, relinked: 2 });
    writeFileSync(join(dir, 'port.md'), PORT.replace('Li Na', 'Wu Fang'));
    await first.live.reload();
    expect(first.logs.find((l) => l.msg === 'articles reloaded')).toMatchObject({ changed: ['port.md'], cache: { reused: 1, derived: 1, corrupt: 0 } });
    expect(ask(first.live.current(), '/who Wu Fang').text).toMatch(/director of the Testville port authority/);
    first.live.stop();
    const restarted = start(dir, { watch: false, cacheDir });
    expect(restarted.logs.find((l) => l.msg === 'knowledge built')?.cache).toEqual({ reused: 2, derived: 0, corrupt: 0, relinked: 0 });
    expect(ask(restarted.live.current(), '/who Wu Fang').text).toMatch(/director of the Testville port authority/);
  });

  it('with the knowledge cache, many new articles are derived in worker threads before the rebuild', async () => {
    const dir = folder({ 'mayor.md': MAYOR });
    const { live, logs } = start(dir, { watch: false, cacheDir: folder({}) });
    writeCorpus(dir, 70);
    await live.reload();
    expect(logs.find((l) => l.msg === 'articles derived in worker threads')).toMatchObject({ missing: 70, derived: 70 });
    expect(logs.find((l) => l.msg === 'articles reloaded')).toMatchObject({ articles: 71, cache: { reused: 71, derived: 0, corrupt: 0 } });
    expect(ask(live.current(), '/who Gongb Zhengb').text).toMatch(/mayor of Shanghaib/);
  });

  it('with the cache read on demand, a reload is built in a child process while the old knowledge keeps answering, then swapped in', async () => {
    const dir = folder({ 'mayor.md': MAYOR });
    writeCorpus(dir, 100);
    const { live, logs, swaps } = start(dir, { watch: false, cacheDir: folder({}), lazyBytes: 64 * 2 ** 20 });
    expect(ask(live.current(), '/who Li Na').answered).toBe(false);
    writeFileSync(join(dir, 'port.md'), PORT);
    const reloaded = live.reload();
    // Questions asked all through the reload are answered at once, from the old knowledge, until the swap.
    const during: { answered: boolean; ms: number }[] = [];
    while (!swaps.length) {
      const t = performance.now();
      during.push({ answered: ask(live.current(), '/who Li Na').answered, ms: performance.now() - t });
      await new Promise((r) => setTimeout(r, 2));
    }
    await reloaded;
    // Starting the child alone takes longer than 20 questions; a build on this thread would answer none meanwhile.
    expect(during.length).toBeGreaterThan(20);
    expect(during.every((d) => !d.answered)).toBe(true);
    expect(logs.find((l) => l.msg === 'articles reloaded')).toMatchObject({ added: ['port.md'], articles: 102, offThread: true });
    const after = live.current();
    expect(after).toBe(swaps[0]);
    expect(ask(after, '/who Li Na').text).toMatch(/director of the Testville port authority/);
    expect(ask(after, '/who Gongb Zhengb').text).toMatch(/mayor of Shanghaib/);
    // Opened from the snapshot the child kept: articles are read when a question needs them.
    expect(after.held?.().articles).toBeLessThan(50);
    // The next change is built in a child process too.
    unlinkSync(join(dir, 'port.md'));
    await live.reload();
    expect(ask(live.current(), '/who Li Na').answered).toBe(false);
    expect(logs.filter((l) => l.msg === 'articles reloaded')[1]).toMatchObject({ removed: ['port.md'], articles: 101, offThread: true });
    // A cold build of 100 articles and two child processes: generous for 2 shared cores under load.
  }, 90_000);

  it('with offThread false, the same reload is built on this thread', async () => {
    const dir = folder({ 'mayor.md': MAYOR });
    const { live, logs } = start(dir, { watch: false, cacheDir: folder({}), lazyBytes: 64 * 2 ** 20, offThread: false });
    writeFileSync(join(dir, 'port.md'), PORT);
    await live.reload();
    expect(logs.find((l) => l.msg === 'articles reloaded')).toMatchObject({ added: ['port.md'], offThread: false });
    expect(ask(live.current(), '/who Li Na').text).toMatch(/director of the Testville port authority/);
  });
});
