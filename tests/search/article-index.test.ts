import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openArticleIndex, type IndexDoc } from '../../src/search/article-index.ts';

// GIVEN an on-disk article index, WHEN it is opened again over the same, a changed, a smaller corpus
// or over a damaged file, THEN only what changed is indexed again and every search answers as an
// index made from nothing would.

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const indexPath = () => {
  const d = mkdtempSync(join(tmpdir(), 'visitbot-index-'));
  dirs.push(d);
  return join(d, 'articles.sqlite');
};

const doc = (id: string, body: string, title = '', people = ''): IndexDoc => ({ id, terms: () => ({ title, body }), people, sentences: [body] });
const CORPUS = [
  doc('a', 'mayor visit shanghai trade', 'breed trip'),
  doc('b', 'panda zoo return', 'panda'),
  doc('c', 'shanghai investment', '', 'Gong Zheng'),
  doc('d', 'mayor visit shanghai trade', 'breed trip'),
];

describe('article index', () => {
  it('ranks title and people above the body, equal scores by id, and knows each term’s counts', () => {
    const index = openArticleIndex(CORPUS);
    expect(index.find(['shanghai'], 10)).toEqual(['c', 'a', 'd']);
    expect(index.find(['gong'], 10)).toEqual(['c']);
    expect(index.find(['panda', 'zoo'], 10)).toEqual(['b']);
    expect(index.find(['breed'], 1)).toEqual(['a']);
    expect(index.find(['nowhere'], 10)).toEqual([]);
    expect(index.termCount('shanghai')).toEqual({ sentences: 3, articles: 3 });
    expect(index.termCount('nowhere')).toBeUndefined();
    expect(index.termsShaped('5:p')).toEqual(['panda']);
  });

  it('takes any words a user types without a query error', () => {
    const index = openArticleIndex(CORPUS);
    for (const t of ['"', 'AND', 'OR', 'NEAR(', '*', "o'brien", '', '—', 'sh"anghai']) expect(() => index.find([t, 'panda'], 10)).not.toThrow();
    expect(index.find(['NOT', 'panda'], 10)).toEqual(['b']);
  });

  it('indexes nothing again over an unchanged corpus, and only what changed otherwise', () => {
    const path = indexPath();
    expect(openArticleIndex(CORPUS, path).stats).toEqual({ indexed: 4, removed: 0, counted: true });
    expect(openArticleIndex(CORPUS, path).stats).toEqual({ indexed: 0, removed: 0, counted: false });
    const changed = [doc('a', 'mayor visit beijing'), ...CORPUS.slice(1, 3)];
    const index = openArticleIndex(changed, path);
    expect(index.stats).toEqual({ indexed: 1, removed: 1, counted: true });
    expect(index.find(['beijing'], 10)).toEqual(['a']);
    expect(index.find(['trade'], 10)).toEqual([]);
    expect(index.termCount('shanghai')).toEqual({ sentences: 1, articles: 1 });
    // The same searches as an index made from nothing.
    const fresh = openArticleIndex(changed);
    for (const q of [['shanghai'], ['mayor', 'visit'], ['panda'], ['gong', 'beijing']]) expect(index.find(q, 10)).toEqual(fresh.find(q, 10));
  });

  it('builds a damaged index file again and says so, never failing', () => {
    const path = indexPath();
    writeFileSync(path, 'this is not a database '.repeat(500));
    const warnings: string[] = [];
    const index = openArticleIndex(CORPUS, path, { warn: (_o, msg) => void warnings.push(msg) });
    expect(warnings).toEqual(['article index corrupt; building it again']);
    expect(index.find(['panda'], 10)).toEqual(['b']);
    expect(openArticleIndex(CORPUS, path).stats.indexed).toBe(0);
  });
});
