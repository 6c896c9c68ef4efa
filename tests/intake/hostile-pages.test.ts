import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_PERMISSIONS, slash } from '../../test-support/fakes/discord-payloads.ts';
import { IDS } from '../../test-support/fakes/discord-server.ts';
import { embedText, startHarness, type Harness } from '../adapters/discord/harness.ts';
import { draftFromMarkdown } from '../../src/intake/extract.ts';
import { extractDraft } from '../../src/intake/extract-in-worker.ts';
import { createHealthServer, type HealthServer } from '../../src/ops/health-server.ts';
import { createMetrics } from '../../src/ops/metrics.ts';
import { articleText } from '../helpers.ts';
import { startWorld, type World } from './world.ts';

// GIVEN the real discord.js against the fake Discord and a health server in the same process, WHEN an
// admin adds a hostile page (1.2 MB of nested <div>s, a Markdown body of 40,000 "!["), THEN the page
// is read in a worker thread: /healthz keeps answering at once throughout, and the admin is
// told why the page cannot be added (issue 20). The thread's time and memory limits hold.

const MANAGER = (BigInt(MEMBER_PERMISSIONS) | 32n).toString();
const nested = (bytes: number) => {
  const n = Math.floor(bytes / 11);
  return `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(n)}<p>Zhou Min met the mayor.</p>${'</div>'.repeat(n)}</body></html>`;
};

let w: World;
let h: Harness;
let health: HealthServer;
let healthPort: number;
beforeAll(async () => {
  w = await startWorld();
  h = await startHarness({ handle: w.handle, intake: w.intake, config: { adminGuildIds: [IDS.guild] } });
  health = createHealthServer({
    port: 0,
    host: '127.0.0.1',
    metrics: createMetrics({ commands: [], platforms: [], defaultMetrics: false }),
    checks: () => [],
    logger: pino({ level: 'silent' }),
  });
  healthPort = (await health.start()).port;
});
afterAll(async () => {
  await health?.stop();
  await h?.stop();
  await w?.close();
});

/** Runs /sources add:<url> while polling /healthz; resolves with the reply and the slowest /healthz. */
async function addWhilePolling(url: string): Promise<{ reply: string; slowestMs: number; polls: number }> {
  await (await fetch(`http://127.0.0.1:${healthPort}/healthz`)).text(); // the connection, before timing
  let slowest = 0;
  let polls = 0;
  let done = false;
  const poller = (async () => {
    while (!done) {
      const started = performance.now();
      const res = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
      await res.text();
      slowest = Math.max(slowest, performance.now() - started);
      polls++;
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const payload = slash('sources', { add: url }, { permissions: MANAGER });
  const from = h.fake.calls.length;
  await h.interact(payload);
  const edited = await h.fake.waitFor((c) => c.method === 'PATCH' && c.path.includes(`/${String(payload.token)}/messages/@original`), {
    from,
    timeout: 30_000,
  });
  done = true;
  await poller;
  return { reply: embedText(edited), slowestMs: slowest, polls };
}

describe('hostile pages are read in a worker thread with limits', () => {
  it('refuses 1.2 MB of nested <div>s while /healthz keeps answering at once', async () => {
    w.pages.page('/deep', nested(1.2 * 1024 * 1024));
    const { reply, slowestMs, polls } = await addWhilePolling(`${w.pages.base}/deep`);
    expect(reply).toMatch(/I could not add that page: the page nests its elements more than 400 deep/);
    expect(polls).toBeGreaterThan(0);
    if (process.env.VISITBOT_FIGURES) console.log(`slowest /healthz during the nested page: ${slowestMs.toFixed(1)} ms over ${polls} polls`);
    // Within 100 ms with the machine to itself (24-86 ms measured here); the test run's other files share the two
    // cores, so the bound allows for their scheduling (the old code held the main thread for 20 s+).
    expect(slowestMs).toBeLessThan(250);
  }, 40_000);

  it('reads a Markdown body of 40,000 "![" in linear time', async () => {
    w.pages.page(
      '/bangs.md',
      articleText({ title: 'Bangs', source: 'Harbor Daily', published: '2024-04-19' }, ['Zhou Min met the mayor.', '!['.repeat(40_000)]),
      'text/markdown',
    );
    const { reply, slowestMs } = await addWhilePolling(`${w.pages.base}/bangs.md`);
    expect(reply).toMatch(/I cannot add that page: paragraph 2 has 80000 characters/);
    expect(slowestMs).toBeLessThan(250);
    const started = performance.now();
    draftFromMarkdown(`# Bangs\n\n${'!['.repeat(40_000)}\n\n${'[x'.repeat(40_000)}\n\n${'**a'.repeat(40_000)}`);
    expect(performance.now() - started).toBeLessThan(2000);
  }, 40_000);

  it('ends a thread that runs out of its time or memory, with the reason', async () => {
    const big = `<html><body>${'<p>Zhou Min met the mayor of Testville on Tuesday.</p>'.repeat(40_000)}</body></html>`;
    await expect(extractDraft('html', big, undefined, { timeoutMs: 1 })).rejects.toThrow(/reading the page took longer than 0 s/);
    await expect(extractDraft('html', big, undefined, { maxHeapMb: 4 })).rejects.toThrow(/more memory|could not be read/);
  }, 40_000);
});
