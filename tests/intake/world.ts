import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createBot, type Bot } from '../../src/core/bot.ts';
import type { Handle } from '../../src/core/types.ts';
import { createIntake, type Intake } from '../../src/intake/intake.ts';
import { createLiveKnowledge, type LiveKnowledge } from '../../src/live/live-knowledge.ts';
import { articleText } from '../helpers.ts';
import { newsPage, startPageServer, type PageServer } from './page-server.ts';

// What main.ts wires, in small: a watched seeds folder, a bot rebuilt on every swap, and the intake
// saving into that folder; a news page on a local server (the fetcher may reach 127.0.0.1 only).

export interface World {
  dir: string;
  pages: PageServer;
  live: LiveKnowledge;
  intake: Intake;
  handle: Handle;
  bot(): Bot;
  /** Resolves once the loaded articles include `file`. */
  loaded(file: string): Promise<void>;
  close(): Promise<void>;
}

export async function startWorld(adminUsers: string[] = []): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'visitbot-world-'));
  writeFileSync(
    join(dir, 'mayor.md'),
    articleText({ title: 'Mayor meets delegation', source: 'Bay Ledger', published: '2024-04-16' }, [
      'Zhang Wei, mayor of Testville, met the visiting delegation on Tuesday.',
    ]),
  );
  const pages = await startPageServer();
  pages.page('/story', newsPage());
  pages.page('/undated', newsPage({ published: '' }));
  pages.page(
    '/attachments/ferry.md',
    articleText({ title: 'Ferry link planned', source: 'Coastal Wire', published: '2024-04-16' }, [
      'Wu Fang, head of the Testville ferry company, announced a new route on Tuesday.',
    ]),
    'text/markdown',
  );
  pages.page(
    '/attachments/port.md',
    articleText({ title: 'Port office chief travels', source: 'Coastal Wire', published: '2024-04-15' }, [
      'Sun Li, head of the Testville harbour office, flew to Shanghai on Monday.',
    ]),
    'text/markdown; charset=utf-8',
  );
  const logger = pino({ level: 'silent' });
  const live = createLiveKnowledge({ dir, logger, debounceMs: 50 });
  const make = () => createBot({ knowledge: live.current(), now: () => new Date('2024-04-19T12:00:00Z') });
  let bot = make();
  live.onSwap(() => (bot = make()));
  const intake = createIntake({
    seedsDir: dir,
    adminUsers,
    logger,
    articles: () => live.current().articles,
    onSaved: () => live.reloadSoon(),
    fetch: { allowAddress: (a) => a === '127.0.0.1', timeoutMs: 5000 },
  });
  return {
    dir,
    pages,
    live,
    intake,
    handle: async (r) => bot.handle(r),
    bot: () => bot,
    async loaded(file) {
      const end = Date.now() + 5000;
      while (!live.current().articles.some((a) => a.file === file)) {
        if (Date.now() > end) throw new Error(`${file} was not loaded`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async close() {
      live.stop();
      await pages.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
