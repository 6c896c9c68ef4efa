import type { CompletionSource } from '../../commands/spec.ts';
import { fold } from '../text.ts';
import type { Choice } from './types.ts';
import { formatDate } from '../knowledge/events.ts';
import type { Knowledge } from '../knowledge-build/index.ts';
import { eachEvent } from '../knowledge-build/event-list.ts';
import { quotesOnTopic } from './quote.ts';

// Autocomplete choices while a user types: people (best matches first), quoted topics, events.
// Discord allows at most 25 choices of at most 100 characters each.

const MAX_CHOICES = 25;
const MAX_LENGTH = 100;

export function completions(k: Knowledge, source: CompletionSource, partial: string): Choice[] {
  const q = fold(partial).trim().slice(0, 100);
  const out: Choice[] = [];
  if (source === 'people' || source === 'people-and-topics') {
    const people = q
      ? k.peopleIndex
          .search(q, { prefix: () => true, fuzzy: (t) => (t.length >= 4 ? 0.2 : false), boost: { name: 3, aliases: 2 } })
          .map((h) => k.peopleByKey.get(String(h.id))!)
      : k.prominent.slice(0, MAX_CHOICES);
    for (const p of people) {
      if (!p) continue;
      const role = p.roles[0]?.role;
      out.push({ name: clip(role ? `${p.name} (${role})` : p.name), value: clip(p.name) });
    }
  }
  // A topic that someone was quoted on is offered as it was typed.
  if (source === 'people-and-topics' && q.length >= 3 && out.length < MAX_CHOICES && quotesOnTopic(k, partial).length) {
    out.unshift({ name: clip(`${partial.trim()} (quoted topic)`), value: clip(partial.trim()) });
  }
  if (source === 'events') {
    const r = k.retriever;
    const query = r.analyze(q);
    const pool = r.candidateArticles(query).flatMap((a) => k.eventsByArticle.get(a) ?? []);
    // Without a query, the events in date order, read only as far as the choices go.
    const events = q ? r.rank(query, pool, (e) => r.termsOfSentence(e.sentence)).map((x) => x.item) : eachEvent(k.eventList);
    const seen = new Set<string>();
    for (const e of events) {
      if (out.length >= MAX_CHOICES) break;
      const value = clip(e.sentence.text.replace(/[.]$/, ''));
      if (seen.has(value)) continue;
      seen.add(value);
      out.push({ name: clip(`${formatDate(e.date)}: ${e.sentence.text}`), value });
    }
  }
  return out.slice(0, MAX_CHOICES);
}

function clip(s: string): string {
  return s.length > MAX_LENGTH ? `${s.slice(0, MAX_LENGTH - 1)}…` : s;
}
