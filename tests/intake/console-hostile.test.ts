import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startConsole, until } from '../start-bot.ts';
import { freePort } from '../../test-support/free-port.ts';

// Through `npm start` with no tokens (the console chat): an admin adds a local page of 1.2 MB of
// nested <div>s. It is read in a worker thread, so /healthz keeps answering while it is, the page is
// refused with a message, and SIGTERM still stops the bot within two seconds.

const nested = (n: number) =>
  `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(n)}<p>Zhou Min met the mayor.</p>${'</div>'.repeat(n)}</body></html>`;

describe('GIVEN npm start in the console WHEN a hostile local page is added', () => {
  it('keeps /healthz answering, refuses the page, and stops on SIGTERM within 2 s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'visitbot-console-hostile-'));
    const seeds = join(dir, 'seeds');
    cpSync('seeds', seeds, { recursive: true });
    const page = join(dir, 'deep.html');
    writeFileSync(page, nested(110_000)); // about 1.2 MB
    const healthPort = await freePort();
    const bot = startConsole({ SEEDS_DIR: seeds, KNOWLEDGE_CACHE: 'off', HEALTH_PORT: String(healthPort) });
    const { child, exited } = bot;
    try {
      await until(async () => (await fetch(`http://127.0.0.1:${healthPort}/healthz`).catch(() => undefined))?.ok, '/healthz', 30_000);
      bot.type(`/sources add ${page}`);
      // /healthz answers throughout the reading (generous bound: two busy shared cores run the suite).
      let slowest = 0;
      const start = Date.now();
      while (!/Not added|Added/.test(bot.output()) && Date.now() - start < 20_000) {
        const t = performance.now();
        const res = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
        await res.text();
        slowest = Math.max(slowest, performance.now() - t);
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(bot.output()).toMatch(/Not added: .*(?:nested|elements|deep)/i);
      expect(slowest).toBeLessThan(250);
      const t = Date.now();
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
      expect(Date.now() - t).toBeLessThan(2000);
    } finally {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // gone already
      }
    }
  }, 60_000);
});
