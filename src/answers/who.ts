import { answer, notFound, usage } from './answer.ts';
import { echo } from '../text.ts';
import type { Answer, AnswerItem } from './types.ts';
import type { Person } from '../knowledge/people.ts';
import { cite, citeSentence } from './cite.ts';
import { suggestionsFor, type AnswerContext } from './context.ts';
import { describe, resolvePerson } from './resolve-person.ts';

export function who(ctx: AnswerContext, args: string): Answer {
  if (!args.trim()) return usage('Tell me who: /who <name or role>, a full or partial name, or a role.', suggestionsFor(ctx.knowledge));
  const match = resolvePerson(ctx.knowledge, args);
  if (match.kind === 'none') {
    return notFound(`The articles do not mention anyone matching “${echo(args)}”.`, suggestionsFor(ctx.knowledge));
  }
  if (match.kind === 'many') return several(match.people, args);
  return profile(ctx, match.person);
}

function profile(ctx: AnswerContext, p: Person): Answer {
  const roles = p.roles.map((r) => r.role);
  const quotes = ctx.knowledge.quotesBySpeaker.get(p) ?? [];
  const lines = [roles.length ? `${p.name}: ${roles.join('; ')}.` : `${p.name} is mentioned in the articles, with no role given.`];
  if (quotes.length) lines.push(`Quoted or paraphrased ${quotes.length} time${quotes.length === 1 ? '' : 's'}: try /quote ${p.name}.`);
  const cited = p.roles.length ? p.roles.slice(0, 3).map((r) => r.sentence) : p.mentions.slice(0, 1);
  const items: AnswerItem[] = p.mentions.filter((s) => !cited.includes(s)).map((s) => ({ text: s.text, citations: [citeSentence(s)] }));
  return answer(p.name, lines.join('\n'), cited.map(citeSentence), {
    items,
    suggestions: quotes.length ? [`/quote ${p.name}`] : [],
  });
}

export function several(people: Person[], args: string): Answer {
  const text = `Several people fit “${echo(args)}”: ${people.map(describe).join('; ')}. Which one do you mean?`;
  const citations = people.flatMap((p) =>
    p.roles[0] ? [citeSentence(p.roles[0].sentence)] : p.mentions[0] ? [cite(p.mentions[0].paragraph, p.mentions[0].text)] : [],
  );
  return answer('Several matches', text, citations, { suggestions: people.map((p) => `/who ${p.name}`) });
}
