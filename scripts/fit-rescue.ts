// `npm run fit`: fits the weights that score a sentence as the answer to a question the rule
// strategies refused (src/answers/rescue.ts), on the project's labelled questions, and writes them to
// src/answers/rescue-model.json. A logistic regression over (question, candidate sentence) pairs: a
// pair is positive when the sentence, given as the answer, passes the question's case by the team's
// scoring rules. The threshold is the one that maximises, over the questions the rules refused,
// right answers minus three times wrong ones (an answer where the articles say nothing is wrong).
// Accuracy held out by article: each question set (each blind round brings its own article) is left
// out in turn, the weights and threshold fitted on the rest, and scored on it.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKnowledgeFromDir } from '../src/knowledge-build/index.ts';
import { byRules } from '../src/answers/ask.ts';
import { candidates, FEATURES, probability } from '../src/answers/rescue.ts';
import { parseLine } from '../src/core/bot.ts';
import { citeSentence } from '../src/answers/cite.ts';
import { scoreCase, type EvalCase } from '../test-support/eval-score.ts';
import type { AnswerContext } from '../src/answers/context.ts';

interface QuestionSet {
  name: string;
  file: string;
  /** Articles added to the seeds for fixture cases. */
  extra?: string;
}

interface Row {
  features: number[];
  label: 0 | 1;
}

interface Asked {
  set: string;
  q: string;
  abstain: boolean;
  texts: string[];
  /** The rules refused it: the rescue would be tried. */
  refused: boolean;
  rows: Row[];
}

const WRONG_COST = 3;

function sets(): QuestionSet[] {
  const out: QuestionSet[] = readdirSync('tests/eval')
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => ({ name: f, file: join('tests/eval', f) }));
  for (const f of ['natural-dev.jsonl', 'dev.jsonl'])
    if (existsSync(join('../shared/eval', f))) out.push({ name: `shared/${f}`, file: join('../shared/eval', f) });
  const blind = 'tests/eval/blind';
  for (const r of existsSync(blind) ? readdirSync(blind) : []) {
    if (existsSync(join(blind, r, 'questions.jsonl'))) out.push({ name: r, file: join(blind, r, 'questions.jsonl'), extra: join(blind, r, 'articles') });
  }
  return out;
}

function corpus(extra?: string, fixtures = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'visitbot-fit-'));
  cpSync('seeds', dir, { recursive: true });
  if (fixtures) cpSync('tests/fixtures/articles', dir, { recursive: true });
  if (extra && existsSync(extra)) cpSync(extra, dir, { recursive: true });
  return dir;
}

/** Every question of the sets, run through the rules, with its candidates labelled. */
function collect(): Asked[] {
  const out: Asked[] = [];
  const knowledgeFor = new Map<string, AnswerContext>();
  const contextOf = (key: string, make: () => string) => {
    let ctx = knowledgeFor.get(key);
    if (!ctx) {
      const knowledge = buildKnowledgeFromDir(make());
      ctx = { knowledge, now: () => new Date('2026-01-01T12:00:00Z'), timezone: 'UTC' };
      knowledgeFor.set(key, ctx);
    }
    return ctx;
  };
  for (const set of sets()) {
    const cases = readFileSync(set.file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as EvalCase);
    for (const c of cases) {
      // Dates are the date strategy's, and slash commands other than /ask never reach the rescue.
      if (c.first_date || JSON.stringify(c.lead ?? []).includes('"date"')) continue;
      const { command, args } = parseLine(c.q);
      if (command !== 'ask') continue;
      const held = Boolean(c.fixture || c.holdout);
      const ctx = held ? contextOf(`${set.extra ?? ''}`, () => corpus(set.extra, true)) : contextOf('seeds', () => corpus());
      const { answer, scope } = byRules(ctx, args);
      if (!scope) continue;
      const rows = candidates(scope).map((cand) => {
        const line = JSON.stringify({ answered: true, text: cand.sentence.text, citations: [citeSentence(cand.sentence)] });
        return { features: cand.features, label: (scoreCase(c, line) === null ? 1 : 0) as 0 | 1 };
      });
      out.push({
        set: set.name,
        q: c.q,
        abstain: Boolean(c.abstain),
        texts: candidates(scope).map((x) => x.sentence.text),
        refused: !answer.answered && answer.kind === 'not-found',
        rows,
      });
    }
  }
  return out;
}

/** Logistic regression by gradient descent, L2-regularised (the bias is not). */
function fitWeights(rows: Row[], epochs = 3000, rate = 0.5, l2 = 0.01): number[] {
  const w = new Array<number>(FEATURES.length).fill(0);
  const pos = rows.filter((r) => r.label).length;
  // Positives are rarer: weighted so that both classes count alike.
  const weightOf = (r: Row) => (r.label ? rows.length / (2 * Math.max(pos, 1)) : rows.length / (2 * Math.max(rows.length - pos, 1)));
  for (let e = 0; e < epochs; e++) {
    const grad = new Array<number>(w.length).fill(0);
    for (const r of rows) {
      const err = (probability(r.features, w) - r.label) * weightOf(r);
      r.features.forEach((f, i) => (grad[i]! += err * f));
    }
    w.forEach((_, i) => (w[i]! -= rate * (grad[i]! / rows.length + (i ? l2 * w[i]! : 0))));
  }
  return w;
}

/** What the rescue does on these questions at this threshold: right and wrong answers it adds. */
function outcome(asked: Asked[], w: number[], threshold: number): { right: number; wrong: number } {
  let right = 0;
  let wrong = 0;
  for (const a of asked) {
    if (!a.refused || !a.rows.length) continue;
    let best: Row | undefined;
    let p = -1;
    for (const r of a.rows) {
      const q = probability(r.features, w);
      if (q > p) [best, p] = [r, q];
    }
    if (p < threshold) continue;
    if (best!.label) right++;
    else wrong++;
  }
  return { right, wrong };
}

function chooseThreshold(asked: Asked[], w: number[]): number {
  let best = { threshold: 1.01, gain: 0 };
  for (let t = 0.5; t <= 0.99; t += 0.01) {
    const o = outcome(asked, w, t);
    const gain = o.right - WRONG_COST * o.wrong;
    if (gain > best.gain) best = { threshold: Number(t.toFixed(2)), gain };
  }
  return best.threshold;
}

const asked = collect();
// Fitted on the questions the rules refused: the rescue only ever sees those, and they are harder.
const rows = asked.filter((a) => a.refused).flatMap((a) => a.rows);
const weights = fitWeights(rows);
const threshold = chooseThreshold(asked, weights);
const all = outcome(asked, weights, threshold);

const held = { right: 0, wrong: 0 };
const perSet: string[] = [];
for (const name of [...new Set(asked.map((a) => a.set))]) {
  const train = asked.filter((a) => a.set !== name);
  const w = fitWeights(
    train.filter((a) => a.refused).flatMap((a) => a.rows),
    1500,
  );
  const t = chooseThreshold(train, w);
  const o = outcome(
    asked.filter((a) => a.set === name),
    w,
    t,
  );
  held.right += o.right;
  held.wrong += o.wrong;
  const refused = asked.filter((a) => a.set === name && a.refused).length;
  perSet.push(`${name}: ${refused} refused, rescued right ${o.right}, wrong ${o.wrong}`);
}

const refused = asked.filter((a) => a.refused).length;
// Weights that do not pay off on questions they were not fitted on are not used: off until they do.
const heldGain = held.right - WRONG_COST * held.wrong;
const report = {
  used: heldGain > 0,
  questions: asked.length,
  refusedByRules: refused,
  pairs: rows.length,
  positives: rows.filter((r) => r.label).length,
  fitted: all,
  heldOutByArticle: held,
};
writeFileSync(
  'src/answers/rescue-model.json',
  `${JSON.stringify({ features: FEATURES, weights: weights.map((x) => Number(x.toFixed(4))), threshold: heldGain > 0 ? threshold : 1.01, report }, null, 2)}\n`,
);
console.log(perSet.join('\n'));
console.log(JSON.stringify(report));
console.log(FEATURES.map((f, i) => `${f}=${weights[i]!.toFixed(2)}`).join(' '), `threshold=${threshold}`);
if (process.env.FIT_DEBUG) {
  for (let t = 0.5; t < 1; t += 0.05) console.log(t.toFixed(2), JSON.stringify(outcome(asked, weights, t)));
  const pos = asked.filter((a) => a.refused && a.rows.some((r) => r.label)).length;
  console.log('refused with a right candidate:', pos, 'of', refused, 'abstain', asked.filter((a) => a.refused && a.abstain).length);
  for (const a of asked.filter((x) => x.refused && x.rows.length)) {
    const ps = a.rows.map((r) => probability(r.features, weights));
    const i = ps.indexOf(Math.max(...ps));
    console.log(
      `${a.rows[i]!.label ? 'RIGHT' : a.abstain ? 'ABST ' : 'wrong'} ${ps[i]!.toFixed(2)} ${a.rows.some((r) => r.label) ? '(has right)' : ''} ${a.q} => ${a.texts[i]!.slice(0, 100)} [${a.rows[i]!.features.map((f) => f.toFixed(2)).join(' ')}]`,
    );
  }
}
