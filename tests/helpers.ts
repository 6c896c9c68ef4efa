import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBot, type Bot } from '../src/core/bot.ts';
import { parseArticle } from '../src/corpus/load.ts';
import { buildKnowledge, buildKnowledgeFromDir, type Knowledge } from '../src/knowledge-build/index.ts';
import { extractEvents } from '../src/knowledge/events.ts';

// Shared test helpers: the real seeds, and small articles written inside a test.

let seeds: Knowledge | undefined;
export function seedKnowledge(): Knowledge {
  seeds ??= buildKnowledgeFromDir('seeds');
  return seeds;
}

export function seedBot(now = new Date('2024-04-18T10:00:00Z')): Bot {
  return createBot({ knowledge: seedKnowledge(), now: () => now });
}

let meetingDay: Bot | undefined;
/** One bot over the real seeds, on the day of the Han Zheng meeting (the adapters' harnesses). */
export function seedsBot(): Bot {
  meetingDay ??= seedBot(new Date('2024-04-18T12:00:00Z'));
  return meetingDay;
}

/** An article file's text from front matter fields and body paragraphs. */
export function articleText(meta: { title?: string; source?: string; published?: string }, paragraphs: string[]): string {
  const m = { title: 'Test story', source: 'Test Wire', published: '2024-04-17', ...meta };
  return `---\ntitle: "${m.title}"\nsource: "${m.source}"\npublished: ${m.published}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

export function knowledgeOf(...bodies: string[][]): Knowledge {
  return buildKnowledge(bodies.map((b, i) => parseArticle(`test-${i}.md`, articleText({ title: `Test story ${i}` }, b))));
}

export function botOf(...bodies: string[][]): Bot {
  return createBot({ knowledge: knowledgeOf(...bodies), now: () => new Date('2024-04-17T12:00:00Z') });
}

type StoryMeta = { title?: string; source?: string; published?: string };

/** A bot over stories with their own front matter (a headline, an outlet, a publication day). */
export function botOfStories(...stories: [meta: StoryMeta, paragraphs: string[]][]): Bot {
  const published = stories[0]?.[0].published ?? '2024-04-17';
  return createBot({
    knowledge: buildKnowledge(
      stories.map(([meta, paragraphs], i) => parseArticle(`story-${i}.md`, articleText({ title: `Test story ${i}`, ...meta }, paragraphs))),
    ),
    now: () => new Date(`${published}T12:00:00Z`),
  });
}

/** A temporary seeds folder with the real seeds plus the given files. */
export function seedsWith(files: Record<string, string>, withSeeds = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'visitbot-seeds-'));
  if (withSeeds) cpSync('seeds', dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The days an article's events give the sentences that hold some words, in the order they were found. */
export function daysIn(meta: StoryMeta, paragraphs: string[]): (words: string) => string[] {
  const events = extractEvents(parseArticle('story.md', articleText(meta, paragraphs)));
  return (words) => events.filter((e) => e.sentence.text.includes(words)).map((e) => e.date.start);
}

/** What a user reads first: the first line of the bot's answer to a line typed at the console. */
export const firstLineOf =
  (bot: Bot) =>
  (q: string): string =>
    bot.handleLine(q, 'cli').text.split('\n')[0]!;
