import { PostError } from '../core/post-error.ts';
import type { Adapter, Handle } from '../core/types.ts';
import { commandLabel, outcomeOf, type Metrics } from './metrics.ts';

// Metrics are recorded at the seams main.ts wires together, not inside the answer engine or the
// daily posts: every answer passes through the bot's handle, every daily post through adapter.post.

/** The handle with each answer counted (command, outcome) and timed. A throw counts as an error. */
export function instrumentHandle(handle: Handle, metrics: Metrics): Handle {
  return async (request) => {
    const command = commandLabel(request.command);
    const done = metrics.answerDuration.startTimer({ command });
    try {
      const answer = await handle(request);
      metrics.answers.inc({ command, outcome: outcomeOf(answer) });
      return answer;
    } catch (err) {
      metrics.answers.inc({ command, outcome: 'error' });
      throw err;
    } finally {
      done();
    }
  };
}

/** The poster the daily posts use, with each attempt counted: sent, failed or rate_limited. */
export function instrumentPoster(adapter: Pick<Adapter, 'post'>, metrics: Metrics): Pick<Adapter, 'post'> {
  return {
    async post(channelId, answer, options) {
      try {
        await adapter.post(channelId, answer, options);
        metrics.dailyPosts.inc({ outcome: 'sent' });
      } catch (err) {
        // The 429 itself is counted by the adapter (visitbot_rate_limited_total), where every call is seen.
        metrics.dailyPosts.inc({ outcome: err instanceof PostError && err.kind === 'rate-limited' ? 'rate_limited' : 'failed' });
        throw err;
      }
    },
  };
}
