import type { Sentence } from '../corpus/types.ts';
import { isStopWord, stem, words } from '../text.ts';
import { stated, unsupported } from './compose.ts';
import type { Answer } from './types.ts';
import { retrievalText, supporting, type Scope } from './scope.ts';
import { payersFound } from './payers.ts';

// "How much did the city and the foundation put in combined?", "the state's share plus the
// nonprofit's?", "the combined value of the two grain letters?": amounts the articles give one by one,
// added up. Each part must be found with its own amount, or nothing is added.

export const ASKS_SUM = /\b(?:combined|in\s+total|total|altogether|all\s+together|in\s+all|together|plus|sum|all\s+told|add(?:ed)?\s+up)\b/i;

const AMOUNT = /[$€£]\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(million|billion|thousand|m|bn|k)\b)?/gi;
const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9 };

interface Amount {
  value: number;
  text: string;
  scale?: string;
  at: number;
  sentence: Sentence;
}

function amountsIn(sentence: Sentence): Amount[] {
  return [...sentence.text.matchAll(AMOUNT)].map((m) => ({
    value: Number(m[1]!.replace(/,/g, '')) * (SCALE[(m[2] ?? '').toLowerCase()] ?? 1),
    text: m[0],
    scale: m[2]?.toLowerCase(),
    at: m.index,
    sentence,
  }));
}

/** The parts a question adds: "the city and the Harmon foundation", "the state's share plus the nonprofit's". */
function partsOf(question: string): string[] | undefined {
  const rest = question
    .replace(/^.*?\b(?:how\s+much|what(?:['\u2019]s|\s+is|\s+was|\s+were|\s+does|\s+did)?)\s+/i, '')
    .replace(/\b(?:combined|in\s+total|altogether|all\s+together|in\s+all|together|all\s+told)\b/gi, ' ');
  // After a comma ("what does the whole mission cost, the state's share plus the nonprofit's"), or before the verb.
  const listed = rest.includes(',') ? rest.slice(rest.lastIndexOf(',') + 1) : rest;
  const split = listed.split(/\s*(?:\bplus\b|\band\b|,)\s*/i).map((p) => p.trim());
  if (split.length < 2) return undefined;
  // The last part ends at its verb: "the Harmon foundation put in" → "the Harmon foundation".
  split[split.length - 1] = split[split.length - 1]!.replace(
    /\s+(?:put|paid|pay|gave|give|spent|spend|contribute[ds]?|chip(?:ped)?|cover(?:ed)?|raise[ds]?|cost|costs)\b.*$/i,
    '',
  );
  const parts = split.map((p) => p.replace(/^(?:did|does|do|the\s+)?/i, '').trim()).filter((p) => contentWords(p).length);
  return parts.length >= 2 ? parts : undefined;
}

const contentWords = (text: string) =>
  words(text.replace(/['\u2019]s\b/g, '')).filter((w) => !isStopWord(w) && !/^(?:share|part|portion|amount|money|value)$/.test(w));

/** The amount a part is given: in the sentence that names the part best, the amount nearest its words. */
function amountOf(s: Scope, part: string, taken: Set<string>): Amount | undefined {
  const k = s.ctx.knowledge;
  const stems = contentWords(part).map(stem);
  for (const { item } of k.retriever.sentences(part).slice(0, 12)) {
    const amounts = amountsIn(item).filter((a) => !taken.has(`${item.text}|${a.at}`));
    if (!amounts.length) continue;
    const positions = [...item.text.matchAll(/[\p{L}][\p{L}'\u2019-]*/gu)]
      .filter((m) => stems.includes(stem(m[0].replace(/['\u2019]s$/, ''))))
      .map((m) => m.index);
    if (positions.length < stems.length) continue;
    return amounts.sort((a, b) => Math.min(...positions.map((p) => Math.abs(p - a.at))) - Math.min(...positions.map((p) => Math.abs(p - b.at))))[0];
  }
  return undefined;
}

/** "the two grain letters", "both letters": the amounts of the sentences that hold that noun, one each. */
function amountsOfKind(s: Scope, question: string): Amount[] | undefined {
  const m = /\b(?:the\s+two|both(?:\s+of\s+the)?|the\s+three)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+?)(?:\s+(?:of|for|with|from)\b|[?.,!]|$)/iu.exec(question);
  if (!m) return undefined;
  const n = /three/i.test(m[0]) ? 3 : 2;
  const head = stem(m[1]!.split(/\s+/).pop()!);
  const k = s.ctx.knowledge;
  const found: Amount[] = [];
  for (const { item } of k.retriever.sentences(m[1]!).slice(0, 12)) {
    if (!words(item.text).some((w) => stem(w) === head)) continue;
    const a = amountsIn(item)[0];
    if (a && !found.some((f) => f.sentence === item)) found.push(a);
    if (found.length === n) break;
  }
  return found.length === n ? found : undefined;
}

function format(total: number, parts: Amount[]): string {
  const currency = /^[^\d\s]*/.exec(parts[0]!.text.trim())![0];
  for (const [word, size] of [
    ['billion', 1e9],
    ['million', 1e6],
  ] as const)
    if (parts.every((p) => p.scale === word) || (total >= size && parts.every((p) => p.value % (size / 1000) === 0 && p.scale)))
      return `${currency}${Number((total / size).toFixed(3))} ${word}`;
  return `${currency}${total.toLocaleString('en-US')}`;
}

/** The sum of the amounts a question names, with each amount's sentence; undefined when it does not ask for one. */
export function sumAnswer(s: Scope): Answer | undefined {
  if (!ASKS_SUM.test(s.q.text) || !/\b(?:how\s+much|cost|value|worth|money|spend|spent|paid|put\s+in)\b/i.test(s.q.text)) return undefined;
  let amounts = amountsOfKind(s, s.q.text);
  if (!amounts) {
    const parts = partsOf(s.q.text);
    if (!parts) return paidInAll(s);
    const taken = new Set<string>();
    amounts = [];
    for (const part of parts) {
      const a = amountOf(s, part, taken);
      if (!a) return unsupported(s.ctx, `an amount for ${part}, so I cannot add them up`);
      taken.add(`${a.sentence.text}|${a.at}`);
      amounts.push(a);
    }
  }
  return total(amounts);
}

/** The amounts added up, in the order the articles give them; undefined across currencies. */
function total(amounts: Amount[]): Answer | undefined {
  if (new Set(amounts.map((a) => a.text.trim()[0])).size > 1) return undefined;
  // In the order the articles give them.
  const place = (a: Amount) => a.sentence.paragraph.order * 1e6 + a.sentence.paragraph.sentences.indexOf(a.sentence) * 1e3 + a.at;
  amounts.sort((a, b) => place(a) - place(b));
  const sum = format(
    amounts.reduce((all, a) => all + a.value, 0),
    amounts,
  );
  return stated(sum, `${sum} (${amounts.map((a) => a.text.trim()).join(' + ')})`, [...new Set(amounts.map((a) => a.sentence))]);
}

/**
 * "how much did the trip cost in total": where no sentence states the total, the sums each payer
 * paid, added up ("The city paid $41,350 … The society paid $18,750 …").
 */
function paidInAll(s: Scope): Answer | undefined {
  if (!/\b(?:cost|costs|spend|spent|paid|pay)\b/i.test(s.q.text)) return undefined;
  // ("how much did it cost the public in total": the public's part, which no sum of every payer gives.)
  if (/\b(?:public|taxpayers?)\b/i.test(s.q.text)) return undefined;
  // (A total or a cost the articles state is the answer, not the payers' sums: some may have paid their own way.)
  const told = supporting(s, retrievalText(s), 0.4)
    .slice(0, 8)
    .some((x) => /\b(?:total|in\s+all|altogether|all\s+told|combined|cost|costs)\b/i.test(x.text) && amountsIn(x).length);
  if (told) return undefined;
  const amounts: Amount[] = [];
  for (const { payer, sentence } of payersFound(s) ?? []) {
    // The sum after the payer, in its clause: "The society, a nonprofit, paid $18,750, covering …".
    const at = sentence.text.indexOf(payer);
    const sum = amountsIn(sentence).find((a) => a.at > at && !/[;.]/.test(sentence.text.slice(at, a.at)));
    if (sum && !amounts.some((a) => a.sentence === sentence && a.at === sum.at)) amounts.push(sum);
  }
  return amounts.length >= 2 ? total(amounts) : undefined;
}
