import { terms } from '../text.ts';
import type { RoleFact } from './people.ts';

// Each role's terms, as the role index (roles.ts) reads them: worked out from the role, or kept with
// the snapshot of the knowledge (lazy.ts) so that a start does not stem every role again.

/** A role's terms (terms(): its words less stop words, stemmed). */
export function roleTerms(role: RoleFact): string[] {
  const kept = presplit.get(role);
  if (kept !== undefined) return kept ? kept.split(' ') : [];
  return terms(role.role);
}

/** Roles whose terms were worked out already (kept with the knowledge's snapshot, knowledge/lazy.ts): joined by spaces. */
const presplit = new WeakMap<RoleFact, string>();

export function termsKnown(role: RoleFact, joined: string): void {
  presplit.set(role, joined);
}
