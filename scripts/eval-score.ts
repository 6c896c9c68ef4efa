// Scoring rules of the team's question sets (the same as ../shared/eval/score.mjs), as a module so
// that both `npm run eval` and the tests use them.

export interface EvalCase {
  id: string;
  q: string;
  all?: (string | string[] | { date?: string; month?: string })[];
  cite?: string;
  cite_any?: string[];
  abstain?: boolean;
  holdout?: boolean;
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

function alternatives(group: NonNullable<EvalCase['all']>[number]): string[] {
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
  if (c.abstain) return out.answered === false ? null : `should abstain, answered: ${out.text.slice(0, 120)}`;
  if (!out.answered) return `did not answer: ${out.text.slice(0, 120)}`;
  const text = norm(out.text);
  for (const g of c.all ?? []) {
    if (!alternatives(g).map(norm).some((a) => text.includes(a))) return `missing ${JSON.stringify(g)} in: ${out.text.slice(0, 160)}`;
  }
  const snippets = c.cite ? [c.cite] : (c.cite_any ?? []);
  if (snippets.length) {
    const ex = out.citations.map((k) => norm(k.excerpt));
    if (!snippets.map(norm).some((s) => ex.some((e) => e.includes(s)))) return `no citation excerpt holds ${JSON.stringify(snippets)}`;
    const k = out.citations[0]!;
    if (!k.source || !k.title || !/^\d{4}-\d{2}-\d{2}$/.test(String(k.published))) return 'citation lacks source/title/published';
  }
  return null;
}
