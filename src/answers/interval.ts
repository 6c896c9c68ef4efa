import type { Answer } from './types.ts';
import { formatDate, type DatedEvent } from '../knowledge/events.ts';
import { stated, unsupported } from './compose.ts';
import { findEvent } from './events.ts';
import { peopleNamedIn } from './named.ts';
import type { Scope } from './scope.ts';
import { echo } from '../text.ts';

// Time between two dated events: "how many days after the memorandum was the letter signed?",
// "how many days passed between the announcement and the signing?". Each side is found as /when
// finds an event; the answer is the difference of their calendar days, with both sentences cited.

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7 };
const AUX = '(?:did|does|do|was|were|is|are|will|would|had|has|have)';

/** The two events a "how many days …" question compares, or undefined when it compares none. */
export function intervalParts(text: string): { unit: string; from: string; to: string } | undefined {
  // "how long after the mission ended did the airline announce the route": counted in days.
  const long = /^how\s+(?:long|soon)\s+((?:after|before)\s+.*)$/i.exec(text);
  const m = long ? ['', 'days', long[1]!] : /^how\s+many\s+(days?|weeks?)\b\s*(.*)$/i.exec(text);
  if (!m) return undefined;
  const unit = m[1]!.toLowerCase().replace(/s$/, '');
  const rest = m[2]!.replace(/^(?:passed|elapsed|went\s+by|were\s+there|was\s+it|are\s+there)\s+/i, '');
  const between = /^(?:between|from)\s+(.+?)\s+(?:and|to|until|till)\s+(.+)$/i.exec(rest);
  if (between) return { unit, from: between[1]!, to: between[2]! };
  // "after the memorandum was the letter signed": the anchor, then the event asked about.
  const after = new RegExp(`^(after|before|later\\s+than|earlier\\s+than)\\s+(.+?)\\s+${AUX}\\s+(.+)$`, 'i').exec(rest);
  if (after) return /^(?:before|earlier)/i.test(after[1]!) ? { unit, from: after[3]!, to: after[2]! } : { unit, from: after[2]!, to: after[3]! };
  // "was the letter signed after the memorandum".
  const later = new RegExp(`^${AUX}\\s+(.+?)\\s+(after|before)\\s+(.+)$`, 'i').exec(rest);
  if (later) return later[2]!.toLowerCase() === 'after' ? { unit, from: later[3]!, to: later[1]! } : { unit, from: later[1]!, to: later[3]! };
  return undefined;
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

export function intervalAnswer(s: Scope, parts: { unit: string; from: string; to: string }): Answer {
  const k = s.ctx.knowledge;
  const find = (text: string, within?: DatedEvent): DatedEvent | undefined => {
    const named = peopleNamedIn(k, text);
    const found = findEvent(s.ctx, text, { future: undefined, named: named.length ? named : s.named.filter((p) => text.includes(p.name)), within: within?.sentence.paragraph.article });
    // Days are counted between days: a nearly as good event dated to the day beats a month.
    const best = found?.ranked[0]?.score ?? 0;
    const e = found && found.event.date.precision !== 'day' ? (found.ranked.find((x) => x.item.date.precision === 'day' && x.score >= best * 0.7)?.item ?? found.event) : found?.event;
    // "after the mission ended": the end of a dated range.
    if (e?.date.end && /\b(?:end|ended|ends|ending|finished|concluded|wrapped|over|returned)\b/i.test(text)) return { ...e, date: { ...e.date, start: e.date.end, end: undefined } };
    return e;
  };
  // "after the memorandum was the letter signed": the anchor is an event of the same verb.
  const verb = /\b(\p{Ll}+ed)$/u.exec(parts.to)?.[1];
  if (verb && !/\b\p{Ll}+(?:ed|ing)\b/u.test(parts.from)) parts = { ...parts, from: `${parts.from} ${verb}` };
  // Both events of one story: the second is sought first in the article of the first.
  const first = find(parts.from);
  const to = find(parts.to, first);
  const from = to && first && to.sentence.paragraph.article !== first.sentence.paragraph.article ? find(parts.from, to) : first;
  const what = `how many ${parts.unit}s lie between ${echo(parts.from, 50)} and ${echo(parts.to, 50)}`;
  // Both sides must be dated to the day, and by different sentences: one sentence cannot be two events.
  // Two articles may tell one story only where they are about the same person.
  const [a, b] = [from?.sentence.paragraph.article, to?.sentence.paragraph.article];
  const apart = a && b && a !== b && (!k.subjectOf(a) || k.subjectOf(a) !== k.subjectOf(b));
  if (!from || !to || apart || from.date.precision !== 'day' || to.date.precision !== 'day' || from.sentence === to.sentence) {
    return unsupported(s.ctx, what, (from ?? to)?.sentence);
  }
  const days = Math.abs(dayNumber(to.date.start) - dayNumber(from.date.start));
  const size = UNIT_DAYS[parts.unit] ?? 1;
  const n = Math.round((days / size) * 10) / 10;
  const count = `${n} ${parts.unit}${n === 1 ? '' : 's'}`;
  return stated(count, `${count}: ${formatDate(from.date)} (${echo(parts.from, 60)}) and ${formatDate(to.date)} (${echo(parts.to, 60)})`, [from.sentence, to.sentence]);
}
