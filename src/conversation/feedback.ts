import { createHash, createHmac } from 'node:crypto';
import type { Logger } from 'pino';
import type { Answer } from '../answers/types.ts';
import { StoreUnavailableError, type DailyPlatform, type Store } from '../store/types.ts';
import { questionLine } from './conversations.ts';

// Thumbs up and down on answers. A vote is stored with the question, its thread context, the answer
// text and the platform; the voter only as an HMAC of platform and user id under a salt made once per
// database (so one vote per user per answer can be kept without storing who voted; neither the id nor
// the name is stored). A second vote by the same user on the same answer replaces the first: people
// change their minds, and the report counts each person once.

export type VoteValue = 1 | -1;

export interface VoteInput {
  platform: DailyPlatform;
  userId: string;
  request: { command: string; args: string };
  context: string[];
  answer: Answer;
  vote: VoteValue;
}

export type VoteOutcome = 'recorded' | 'replaced' | 'unchanged' | 'unavailable';

export interface Feedback {
  /** Stores the vote. Never throws: a store that cannot be reached gives 'unavailable'. */
  vote(input: VoteInput): Promise<VoteOutcome>;
}

/** The same request (command, arguments, thread context) answered with the same text is the same answer. */
export function answerKey(request: { command: string; args: string }, context: string[], answerText: string): string {
  return createHash('sha256').update(JSON.stringify([request.command.toLowerCase(), request.args.trim(), context, answerText])).digest('hex').slice(0, 32);
}

export function userHash(salt: string, platform: string, userId: string): string {
  return createHmac('sha256', salt).update(`${platform}:${userId}`).digest('hex').slice(0, 32);
}

export function createFeedback(store: Store, logger: Logger, now: () => number = Date.now): Feedback {
  let salt: Promise<string> | undefined;
  return {
    async vote(input) {
      try {
        salt ??= store.salt().catch((err: unknown) => {
          salt = undefined; // asked again next time
          throw err;
        });
        const question = questionLine(input.request);
        return await store.vote({
          answerKey: answerKey(input.request, input.context, input.answer.text),
          userHash: userHash(await salt, input.platform, input.userId),
          platform: input.platform,
          vote: input.vote,
          question,
          context: input.context,
          answerText: input.answer.text,
          now: now(),
        });
      } catch (err) {
        if (!(err instanceof StoreUnavailableError)) logger.error({ err, command: input.request.command }, 'feedback not stored');
        return 'unavailable';
      }
    },
  };
}

/** What the voter is told, privately. */
export function voteReceipt(outcome: VoteOutcome, vote: VoteValue): string {
  const thumb = vote > 0 ? '👍' : '👎';
  switch (outcome) {
    case 'recorded':
      return `Thanks: your ${thumb} is recorded.${vote < 0 ? ' The team reviews answers voted down.' : ''}`;
    case 'replaced':
      return `Thanks: your vote is now ${thumb} (it replaces your earlier vote; one vote per answer).`;
    case 'unchanged':
      return `You already voted ${thumb} on this answer; one vote per answer is kept.`;
    default:
      return 'Sorry, feedback cannot be recorded right now. Please try again in a minute.';
  }
}
