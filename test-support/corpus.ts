// A generated corpus for benchmarks and tests: copies of the seed articles with the people's and
// places' capitalised names suffixed per copy ("Gong Zheng" -> "Gongb Zhengb") and the dates shifted.
// `npx tsx scripts/generate-corpus.ts DIR [N]` writes one to a folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticles } from '../src/corpus/load.ts';
import { buildKnowledge } from '../src/knowledge-build/index.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** A pronounceable suffix for copy i, so generated names stay name-shaped ("Gongqab"). */
const suffix = (i: number) => {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor(n / 26)) s += LETTERS[n % 26];
  return s;
};

export interface GeneratedFile {
  file: string;
  content: string;
}

/** `count` article files made from the seeds in `seedsDir`. */
export function generateCorpus(count: number, seedsDir = 'seeds'): GeneratedFile[] {
  const seeds = loadArticles(seedsDir).articles;
  const k = buildKnowledge(seeds);
  const names = [...new Set(k.people.flatMap((p) => p.name.split(' ')))];
  const places = [
    ...new Set(seeds.flatMap((a) => a.paragraphs.flatMap((p) => [...p.text.matchAll(/\b(?:in|to|from|of) (\p{Lu}\p{Ll}{3,})\b/gu)].map((m) => m[1]!)))),
  ].filter((w) => !names.includes(w));
  const swap = new RegExp(`\\b(${[...names, ...places].join('|')})\\b`, 'g');
  const out: GeneratedFile[] = [];
  for (let i = 0; out.length < count; i++) {
    for (const a of seeds) {
      if (out.length >= count) break;
      const body = a.paragraphs.map((p) => p.text.replace(swap, (w) => w + suffix(i))).join('\n\n');
      const published = new Date(Date.parse(`${a.published}T00:00:00Z`) + (i % 300) * 86_400_000).toISOString().slice(0, 10);
      out.push({ file: `${a.id}-${i}.md`, content: `---\ntitle: "${a.title} ${i}"\nsource: "${a.source}"\npublished: ${published}\n---\n\n${body}\n` });
    }
  }
  return out;
}

export function writeCorpus(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (const f of generateCorpus(count)) writeFileSync(join(dir, f.file), f.content);
}
