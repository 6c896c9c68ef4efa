import type { Knowledge } from '../knowledge-build/index.ts';

/** What every command handler gets: the knowledge base, the clock and the bot's time zone. */
export interface AnswerContext {
  knowledge: Knowledge;
  now: () => Date;
  timezone: string;
  /** Earlier questions of the conversation, oldest first. */
  thread?: string[];
}

/** A few commands built from the data, offered when the bot cannot answer. */
export function suggestionsFor(k: Knowledge): string[] {
  const famous = k.prominent.slice(0, 50);
  const out: string[] = [];
  if (famous[0]) out.push(`/who ${famous[0].name}`);
  const quoted = famous.find((p) => k.quotesBySpeaker.get(p)?.some((q) => q.kind === 'direct'));
  if (quoted) out.push(`/quote ${quoted.name}`);
  out.push('/timeline', '/sources', '/help');
  return out;
}
