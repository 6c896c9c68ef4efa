import type { Answer } from './types.ts';
import { stated } from './compose.ts';
import { findVerb } from './extract.ts';
import { retrievalText, supporting, type Scope } from './scope.ts';

// "What time did the council adjourn?": a time of day, told beside the question's verb ("was adjourned
// by the deputy mayor at 8:52 p.m."), not the day it happened on.

export const TIME_ASKED = /^(?:at\s+)?what\s+time\b/i;

const CLOCK = /\b(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}:\d{2}\b|noon\b|midnight\b)/gi;

/** The time of day the sentence that holds the question's verb gives, nearest after the verb. */
export function clockAnswer(s: Scope): Answer | undefined {
  const verb = s.q.verb ?? lastWord(s.q.about ?? '');
  if (!verb) return undefined;
  for (const sentence of supporting(s, retrievalText(s).replace(/\btime\b/i, ' '), 0.4).slice(0, 8)) {
    const at = findVerb(sentence.text, verb);
    if (!at) continue;
    const times = [...sentence.text.matchAll(CLOCK)];
    const time = times.find((m) => m.index >= at.end) ?? times.at(-1);
    if (time) return stated(time[0], `At ${time[0]}`, [sentence]);
  }
  return undefined;
}

const lastWord = (text: string) => /(\p{Ll}+)\s*$/u.exec(text)?.[1];
