import { createHash, createHmac } from 'node:crypto';
import type { Logger } from '../core/logger.ts';
import type { Answer } from '../core/types.ts';
import { StoreUnavailableError, type DailyPlatform, type FeedbackStore } from '../store/types.ts';
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
  /** Stores what was wrong with the user's vote down on this answer. Never throws. */
  reason(input: Omit<VoteInput, 'vote'> & { reason: string }): Promise<'recorded' | 'unavailable'>;
}

/** Longest reason kept: a few sentences. */
export const REASON_MAX = 500;

/** The same request (command, arguments, thread context) answered with the same text is the same answer. */
export function answerKey(request: { command: string; args: string }, context: string[], answerText: string): string {
  return createHash('sha256')
    .update(JSON.stringify([request.command.toLowerCase(), request.args.trim(), context, answerText]))
    .digest('hex')
    .slice(0, 32);
}

export function userHash(salt: string, platform: string, userId: string): string {
  return createHmac('sha256', salt).update(`${platform}:${userId}`).digest('hex').slice(0, 32);
}

export function createFeedback(store: FeedbackStore, logger: Logger, now: () => number = Date.now): Feedback {
  let salt: Promise<string> | undefined;
  const saltOnce = () =>
    (salt ??= store.salt().catch((err: unknown) => {
      salt = undefined; // asked again next time
      throw err;
    }));
  const safely = async <T extends string>(what: string, command: string, work: () => Promise<T>): Promise<T | 'unavailable'> => {
    try {
      return await work();
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) logger.error({ err, command }, `${what} not stored`);
      return 'unavailable';
    }
  };
  return {
    vote: (input) =>
      safely('feedback', input.request.command, async () =>
        store.vote({
          answerKey: answerKey(input.request, input.context, input.answer.text),
          userHash: userHash(await saltOnce(), input.platform, input.userId),
          platform: input.platform,
          vote: input.vote,
          question: questionLine(input.request),
          context: input.context,
          answerText: input.answer.text,
          now: now(),
        }),
      ),
    reason: (input) =>
      safely('feedback reason', input.request.command, async () => {
        // Kept as typed, on one line and bounded; it is shown only to admins and in `npm run feedback`.
        const text = input.reason
          .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, REASON_MAX);
        if (!text) return 'recorded';
        const stored = await store.reason(
          answerKey(input.request, input.context, input.answer.text),
          userHash(await saltOnce(), input.platform, input.userId),
          text,
          now(),
        );
        return stored ? 'recorded' : 'unavailable';
      }),
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
