import { terms } from '../text.ts';
import type { RoleFact } from './people.ts';

// Each role's terms, as the role index (roles.ts) reads them: worked out from the role, or kept with
// the snapshot of the knowledge (knowledge-build/lazy.ts) so that a start does not stem every role again.

/** A role's terms (terms(): its words less stop words, stemmed). */
export function roleTerms(role: RoleFact): string[] {
  const kept = (role as Presplit)[TERMS];
  if (kept !== undefined) return kept ? kept.split(' ') : [];
  return terms(titlesInFull(role.role));
}

/** A role with its abbreviated titles written out: "Gov." → "Governor". */
export function titlesInFull(role: string): string {
  return role.replace(ABBREVIATED_TITLE, (t) => TITLE_IN_FULL[t]!);
}

// "State Rep. Otto Brenn" is asked after as "the state representative".
const TITLE_IN_FULL: Record<string, string> = {
  'Rep.': 'Representative',
  'Sen.': 'Senator',
  'Gov.': 'Governor',
  'Lt.': 'Lieutenant',
  'Ald.': 'Alderman',
  'Supt.': 'Superintendent',
  'Asst.': 'Assistant',
};
const ABBREVIATED_TITLE = new RegExp(
  `(?<![\\p{L}])(?:${Object.keys(TITLE_IN_FULL)
    .map((t) => t.replace('.', '\\.'))
    .join('|')})`,
  'gu',
);

/**
 * The terms of a role worked out already (kept with the knowledge's snapshot, knowledge-build/lazy.ts),
 * joined by spaces, under this symbol of the role itself: a WeakMap of hundreds of thousands of roles
 * cost a 50,000-article start a quarter of a second to fill, and its collector more. Set it in the
 * role's object literal: added later, it would move the role's properties out of the object.
 */
export const TERMS = Symbol('role terms');
type Presplit = RoleFact & { [TERMS]?: string };
