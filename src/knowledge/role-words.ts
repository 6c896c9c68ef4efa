import { isStopWord, stem, words } from '../text.ts';
import type { RoleFact } from './people.ts';

// Each role's words and terms, as the role index (roles.ts) reads them: worked out from the role, or
// kept with the snapshot of the knowledge (lazy.ts) so that a start does not stem every role again.

/** A role's words (words()) and terms (terms(): the words less stop words, stemmed), the words split once for both. */
export function splitRole(role: string | RoleFact): [words: string[], terms: string[]] {
  if (typeof role !== 'string') {
    const kept = presplit.get(role);
    if (kept) return [kept[0] ? kept[0].split(' ') : [], kept[1] ? kept[1].split(' ') : []];
    role = role.role;
  }
  const ws = words(role);
  return [ws, ws.filter((w) => !isStopWord(w)).map(stem)];
}

/** Roles whose words and terms were split already (kept with the knowledge's snapshot, knowledge/lazy.ts): joined by spaces. */
const presplit = new WeakMap<RoleFact, [words: string, terms: string]>();

export function splitAlready(role: RoleFact, words: string, terms: string): void {
  presplit.set(role, [words, terms]);
}
