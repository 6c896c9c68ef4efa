// Scoring rules of the team's question sets (the same as ../shared/eval/score.mjs: the answer first,
// in the first line; the first date written there), as a module so that both `npm run eval` and the
// tests use them.

type Group = string | string[] | { date?: string; month?: string };

export interface EvalCase {
  id: string;
  q: string;
  /** Each group must appear in the first line of the text. */
  lead?: Group[];
  /** Each group must appear anywhere in the text. */
  all?: Group[];
  /** None of these may appear in the first line. */
  none?: string[];
  /** The first date written in the first line: YYYY-MM-DD or YYYY-MM. */
  first_date?: string;
  cite?: string;
  cite_any?: string[];
  abstain?: boolean;
  /** Answered from the seeds plus the articles in tests/fixtures/articles. */
  holdout?: boolean;
  fixture?: boolean;
}

export const norm = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function alternatives(group: Group): string[] {
  if (typeof group === 'string') return [group];
  if (Array.isArray(group)) return group;
  if (group.date) {
    const [y, m, d] = group.date.split('-').map(Number) as [number, number, number];
    const M = MONTHS[m - 1]!;
    const Mo = M.slice(0, 3);
    return [group.date, `${M} ${d}`, `${Mo} ${d}`, `${Mo}. ${d}`, `${d} ${M}`, `${d} ${Mo}`, `${m}/${d}/${y}`];
  }
  if (group.month) {
    const [y, m] = group.month.split('-').map(Number) as [number, number];
    const M = MONTHS[m - 1]!;
    return [group.month, `${M} ${y}`, `${M.slice(0, 3)} ${y}`, `${M.slice(0, 3)}. ${y}`];
  }
  throw new Error(`bad group ${JSON.stringify(group)}`);
}

/** Why an answer line fails its case, or null when it passes. */
export function scoreCase(c: EvalCase, line: string | undefined): string | null {
  if (line === undefined) return 'no answer line';
  let out: { answered?: unknown; text?: unknown; citations?: { source?: string; title?: string; published?: string; excerpt?: string }[] };
  try {
    out = JSON.parse(line);
  } catch {
    return 'no JSON answer';
  }
  if (typeof out.answered !== 'boolean' || typeof out.text !== 'string' || !Array.isArray(out.citations)) return 'answer lacks answered/text/citations';
  const first = out.text.split('\n')[0]!;
  if (c.abstain) return out.answered === false ? null : `should abstain, answered: ${first.slice(0, 120)}`;
  if (!out.answered) return `did not answer: ${first.slice(0, 120)}`;
  const text = norm(out.text);
  const lead = norm(first);
  const has = (t: string, g: Group) =>
    alternatives(g)
      .map(norm)
      .some((a) => t.includes(a));
  for (const g of c.lead ?? []) if (!has(lead, g)) return `first line lacks ${JSON.stringify(g)}: ${first.slice(0, 160)}`;
  for (const g of c.all ?? []) if (!has(text, g)) return `missing ${JSON.stringify(g)} in: ${out.text.slice(0, 160)}`;
  for (const s of c.none ?? []) if (lead.includes(norm(s))) return `first line names ${JSON.stringify(s)}: ${first.slice(0, 160)}`;
  if (c.first_date) {
    const d = firstDate(lead);
    if (!d?.startsWith(c.first_date)) return `first date ${d ?? 'none'}, expected ${c.first_date}: ${first.slice(0, 160)}`;
  }
  if (!out.citations.length) return 'answered without a citation';
  const snippets = c.cite ? [c.cite] : (c.cite_any ?? []);
  if (snippets.length) {
    const ex = out.citations.map((k) => norm(k.excerpt));
    if (!snippets.map(norm).some((s) => ex.some((e) => e.includes(s)))) return `no citation excerpt holds ${JSON.stringify(snippets)}`;
    const k = out.citations[0]!;
    if (!k.source || !k.title || !/^\d{4}-\d{2}-\d{2}$/.test(String(k.published))) return 'citation lacks source/title/published';
  }
  return null;
}

/** The first date written in a line, as YYYY-MM-DD or YYYY-MM (a range counts by its start). */
export function firstDate(line: string): string | undefined {
  const m = MONTHS.join('|');
  const pats: [RegExp, (x: RegExpExecArray) => (string | number | undefined)[]][] = [
    [/\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/, (x) => [x[1], x[2], x[3]]],
    [
      new RegExp(`\\b(${m})\\.? (\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,? (\\d{4}))?(?: to [^,;.]*?(\\d{4}))?`),
      (x) => [x[3] ?? x[4], MONTHS.indexOf(x[1]!) + 1, x[2]],
    ],
    [new RegExp(`\\b(\\d{1,2}) (${m})(?:,? (\\d{4}))?`), (x) => [x[3], MONTHS.indexOf(x[2]!) + 1, x[1]]],
    [new RegExp(`\\b(${m}),? (\\d{4})\\b`), (x) => [x[2], MONTHS.indexOf(x[1]!) + 1, undefined]],
  ];
  let best: { index: number; parts: (string | number | undefined)[] } | undefined;
  for (const [re, f] of pats) {
    const x = re.exec(line);
    if (x && (!best || x.index < best.index)) best = { index: x.index, parts: f(x) };
  }
  if (!best) return undefined;
  const [y, mo, d] = best.parts;
  const p2 = (n: string | number | undefined) => String(n).padStart(2, '0');
  return d ? `${y ?? '????'}-${p2(mo)}-${p2(d)}` : `${y}-${p2(mo)}`;
}
