import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDir } from '../../src/knowledge-build/index.ts';
import { seedsWith } from '../helpers.ts';

// The articles are data: no person or place they name may be written into the code, or the engine
// would answer the known articles from what it was told rather than from what it read. Names in
// comments (examples) are allowed; names in code are a defect.

function articlesDir(): string {
  const files: Record<string, string> = {};
  for (const dir of ['tests/fixtures/articles', ...blindDirs()]) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.md'))) files[f] = readFileSync(join(dir, f), 'utf8');
  }
  return seedsWith(files);
}

function blindDirs(): string[] {
  const root = 'tests/eval/blind';
  try {
    return readdirSync(root)
      .map((r) => join(root, r, 'articles'))
      .filter((d) => statSync(d, { throwIfNoEntry: false })?.isDirectory());
  } catch {
    return [];
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(?:ts|mjs|js)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The code without its comments (block comments, and line comments after white space or at a line's start). */
function codeOf(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|\s)\/\/.*$/gm, '$1');
}

// Words every English text uses as well as the articles: a country's common abbreviation and
// adjective, and the short forms of weekdays and months that chrono and the date rules must know.
// ("America" of the IANA zone names too, "America/Los_Angeles", which the settings' messages give as examples.)
const GENERAL = new Set([
  'America',
  'American',
  'US',
  'USA',
  'UK',
  'EU',
  'UN',
  'Mon',
  'Tue',
  'Wed',
  'Thu',
  'Fri',
  'Sat',
  'Sun',
  'Jan',
  'Feb',
  'Mar',
  'March',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  // (A word of English the code uses as a type's name; "Visit Arden", a tourism bureau, is read as a name.)
  'Visit',
]);

describe('GIVEN the articles and the fixtures THEN no name they hold is written in the code', () => {
  it('finds no person or place of the articles in src/ outside comments', () => {
    const k = buildKnowledgeFromDir(articlesDir());
    const names = new Set<string>();
    for (const p of k.people) {
      names.add(p.name);
      for (const part of p.name.split(/\s+/)) if (part.length >= 3) names.add(part);
    }
    for (const place of k.places.keys()) {
      // Places are kept folded: their capitalised form is what code would hold.
      const shown = place.replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
      names.add(shown);
    }
    expect(names.size).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of sourceFiles('src')) {
      const code = codeOf(readFileSync(file, 'utf8'));
      for (const name of names) {
        if (GENERAL.has(name)) continue;
        const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u').test(code)) found.push(`${file}: ${name}`);
      }
    }
    expect(found).toEqual([]);
    // (It builds the knowledge of every article and fixture, blind rounds included: slow on a loaded machine.)
  }, 240_000);
});
