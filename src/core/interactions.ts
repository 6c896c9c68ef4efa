import { addTarget, changesSettings, findCommand } from '../../commands/index.ts';
import { memoryConversations, questionLine, type Conversations, type ThreadKey } from '../conversation/conversations.ts';
import { whyView, type WhyView } from '../conversation/explain.ts';
import { voteReceipt, type Feedback } from '../conversation/feedback.ts';
import { refusal, usage } from './answer.ts';
import { parseLine } from './bot.ts';
import type { Answer, AnswerKind, Handle, Platform, View } from './types.ts';

// The product's chat interactions, written once for every platform: asking (with the thread's earlier
// questions), remembering what was asked in a thread, and the buttons under an answer (page, share,
// "why", votes, a suggestion to ask). Adapters decode their platform's ids into these neutral inputs
// and render the neutral results; nothing here knows a platform's API.

/** Who may change the channel's settings: asked only when a request would change them (Slack asks users.info). */
export type ManageCheck = () => boolean | Promise<boolean>;

export interface Request {
  command: string;
  args: string;
}

/** Where a message continues a conversation: a platform thread it is in, and/or the bot's answer it replies to. */
export interface Continues {
  /** The thread the message was posted in (Discord: the thread channel; Slack: thread_ts). */
  threadId?: string;
  /** The bot's answer it replies to (Discord: message id; Slack: thread_ts): its conversation, when known, wins. */
  answerRef?: string;
}

export interface AskInput extends Request {
  platform: Platform;
  userId?: string;
  channelId?: string;
  canManage: ManageCheck;
  /** Is the user one of the bot's admins (Discord Manage Server, Slack SLACK_ADMIN_USERS or a workspace admin)? Asked only for admin-only commands. */
  isAdmin?: ManageCheck;
  /** The message asked in (its id or ts): a new conversation is keyed by it. Absent for slash commands (nothing to continue). */
  messageId?: string;
  continues?: Continues;
  /** Where the platform offers adding articles (src/intake/flow.ts `adder`): the one dispatcher routes "/sources add" to it. */
  addArticle?: (link: string) => Promise<Answer>;
  /** False where the channel cannot hold settings (Discord: a DM, or a server where only the user installed the app): a settings change is refused. */
  settingsHere?: boolean;
}

export interface Asked {
  answer: Answer;
  request: Request;
  /** Shown only to the asker (replies are private unless public replies are on; errors, usage and refusals always). */
  private: boolean;
  /**
   * The reply as every platform draws it: its buttons carry the request (the layout never re-runs a
   * settings change, but offers its suggestions), except on an article's preview or a settings change
   * refused where it was asked, which are shown without buttons.
   */
  view: AnswerView;
  /** The earlier questions it was asked with. */
  context: string[];
  /** The conversation it continued, if any. */
  thread?: ThreadKey;
  /** Adding an article: answered privately, without the answer's buttons, never re-run nor remembered. */
  article: boolean;
  /** In answer to a message in a channel: shown to the asker alone where the platform can (an error, an article's preview). */
  whisper: boolean;
}

export type AnswerView = Extract<View, { kind: 'answer' }>;

export type AnswerAction = 'page' | 'share' | 'why' | 'up' | 'down' | 'ask';

export interface ClickInput {
  platform: Platform;
  action: AnswerAction;
  /** The request the button carries (decoded by the adapter); undefined when it could not be read. */
  request?: Request;
  /** A button of an older version whose request is legible but not the rest: told as what to type instead. */
  retype?: Request;
  /** The button's id as the platform gave it, for the log when it cannot be read. */
  id?: string;
  userId: string;
  channelId?: string;
  /** The message clicked (id or ts): the thread's earlier questions are found through it. */
  answerRef?: string;
  canManage: ManageCheck;
  /** Page and share: the page the button asks for, and whether the message clicked is private. */
  page?: number;
  private?: boolean;
}

export type Clicked =
  /** The button is not one this bot can re-run (an older version's, foreign, or a settings change): say so privately. */
  | { kind: 'expired'; answer: Answer }
  /**
   * Page, share or a suggestion: the answer to show at `page`, in place of the message clicked
   * (`replace`: a page) or as a new message, private or not (a suggestion asked, a share, or a page
   * that became an error).
   */
  | {
      kind: 'answer';
      answer: Answer;
      request: Request;
      context: string[];
      page: number;
      replace: boolean;
      private: boolean;
      /** A share gone to the channel: a platform says who shared it, and removes the private copy clicked where it can. */
      shared: boolean;
    }
  | { kind: 'why'; view: WhyView }
  /** A vote: the private receipt; `askReason` when a vote down may be told what was wrong. */
  | { kind: 'vote'; text: string; vote: 1 | -1; askReason: boolean; request: Request; context: string[]; answer: Answer };

export interface InteractionOptions {
  handle: Handle;
  conversations?: Conversations;
  /** Where votes go; without it a vote is answered "cannot be recorded". */
  feedback?: Feedback;
  /** Replies are public unless they are errors, usage or refusals (DISCORD_PUBLIC_REPLIES, SLACK_PUBLIC_REPLIES). */
  publicReplies?: boolean;
  /** Threads kept in memory when there is no store (CHAT_MEMORY_MAX). */
  memoryMax?: number;
}

export interface Interactions {
  ask(input: AskInput): Promise<Asked>;
  /** Records the question in the conversation its answer was sent to (`startedThread`: a thread opened for it). Errors are not remembered. */
  remember(input: AskInput, asked: Asked, answerRef: string | undefined, startedThread?: string): Promise<void>;
  click(input: ClickInput): Promise<Clicked>;
  /** What was wrong with a vote down (the "what was wrong?" form): stored with the vote; returns the receipt. It changes no settings: nothing to check. */
  reason(input: Omit<ClickInput, 'action' | 'canManage'> & { reason: string }): Promise<string>;
  /** A user's home page (Slack's App Home): what the bot knows and how to ask, and for admins the answers voted down. */
  home(input: { platform: Platform; userId: string; isAdmin: ManageCheck }): Promise<Answer[]>;
}

/** Kinds that are only ever shown to the person who asked. */
const PRIVATE_KINDS: ReadonlySet<AnswerKind> = new Set(['error', 'usage', 'refusal']);

export function keepsPrivate(answer: Answer): boolean {
  return PRIVATE_KINDS.has(answer.kind);
}

/** At most this many "Try:" suggestions become buttons (one row on Discord). */
export const MAX_SUGGESTIONS = 5;

/** An answer's "Try:" suggestions as requests a button can ask ("/who Han Zheng" → who + "Han Zheng"); settings changes never. */
export function suggestedRequests(answer: Answer): Array<{ label: string; request: Request }> {
  return answer.suggestions
    .map((label) => ({ label: label.replace(/`/g, '').trim(), request: parseLine(label.replace(/`/g, '')) }))
    .filter((s) => s.label && !changesSettings(s.request))
    .slice(0, MAX_SUGGESTIONS);
}

/** A settings change asked where the channel cannot hold settings (`settingsHere: false`). */
export const SETTINGS_ELSEWHERE_TEXT = 'Daily posts are for server channels where VisitBot is installed; ask a server admin to add it there.';

export const EXPIRED_TEXT = 'Sorry, this button is from an older version of VisitBot and no longer works. Please type the command instead.';
/** What to type in place of a button that no longer works: its request when legible (and short), else help. */
const RETYPE_MAX = 200;
function retypeLine(request: Request | undefined): string {
  const line = request && !changesSettings(request) ? `/${request.command}${request.args ? ` ${request.args}` : ''}` : '';
  return line && line.length <= RETYPE_MAX ? line : '/help';
}

export function createInteractions(options: InteractionOptions): Interactions {
  const conversations = options.conversations ?? memoryConversations({ maxThreads: options.memoryMax });
  const run = async (
    platform: Platform,
    request: Request,
    userId: string | undefined,
    channelId: string | undefined,
    canManage: ManageCheck,
    context: string[],
    isAdmin?: ManageCheck,
    addArticle?: AskInput['addArticle'],
  ) => {
    // The adapter's capabilities are asked only when the command needs them (Slack asks users.info).
    const canManageChannel = changesSettings(request) ? await canManage() : false;
    const admin = findCommand(request.command)?.adminsOnly ? { isAdmin: (await isAdmin?.()) ?? false } : {};
    return options.handle({
      command: request.command,
      args: request.args,
      platform,
      userId,
      channelId,
      canManageChannel,
      ...admin,
      ...(context.length ? { context } : {}),
      ...(addArticle ? { addArticle } : {}),
    });
  };
  const chat = (p: Platform) => (p === 'discord' || p === 'slack' ? p : undefined);

  return {
    async ask(input) {
      const request = { command: input.command, args: input.args };
      if (input.settingsHere === false && changesSettings(request)) {
        const answer = refusal(SETTINGS_ELSEWHERE_TEXT, ['/onthisday']);
        return { answer, request, view: { kind: 'answer', answer, page: 0, private: true }, context: [], article: false, private: true, whisper: false };
      }
      const platform = chat(input.platform);
      let thread: ThreadKey | undefined;
      if (platform && input.channelId && input.continues) {
        const { threadId, answerRef } = input.continues;
        const known = answerRef ? await conversations.threadOfAnswer(platform, input.channelId, answerRef) : undefined;
        const id = known ?? threadId;
        if (id) thread = { platform, channelId: input.channelId, threadId: id };
      }
      const context = thread ? await conversations.context(thread) : [];
      const answer = await run(input.platform, request, input.userId, input.channelId, input.canManage, context, input.isAdmin, input.addArticle);
      const article = Boolean(input.addArticle) && addTarget(request) !== undefined;
      const isPrivate = !options.publicReplies || keepsPrivate(answer) || Boolean(findCommand(request.command)?.adminsOnly) || article;
      const view: AnswerView = { kind: 'answer', answer, page: 0, private: isPrivate, ...(article ? {} : { request }) };
      return { answer, request, context, thread, article, view, whisper: answer.kind === 'error' || article, private: isPrivate };
    },

    async remember(input, asked, answerRef, startedThread) {
      const platform = chat(input.platform);
      if (!platform || !input.channelId || asked.answer.kind === 'error' || asked.article) return;
      const key: ThreadKey | undefined = startedThread
        ? { platform, channelId: startedThread, threadId: startedThread }
        : (asked.thread ?? (input.messageId ? { platform, channelId: input.channelId, threadId: input.messageId } : undefined));
      if (key) await conversations.remember(key, questionLine(asked.request), answerRef);
    },

    async click(input) {
      const request = input.request;
      if (!request || changesSettings(request)) return { kind: 'expired', answer: usage(EXPIRED_TEXT, [retypeLine(input.retype)]) };
      const platform = chat(input.platform);
      // A suggestion asks afresh; every other button answers as the clicked answer was: with its thread's earlier questions.
      const context =
        platform && input.channelId && input.answerRef && input.action !== 'ask'
          ? await conversations.contextOfAnswer(platform, input.channelId, input.answerRef)
          : [];
      const answer = await run(input.platform, request, input.userId, input.channelId, input.canManage, context);
      if (input.action === 'why') return { kind: 'why', view: whyView(answer, request, context) };
      if (input.action === 'up' || input.action === 'down') {
        const vote = input.action === 'up' ? 1 : -1;
        const outcome =
          options.feedback && platform ? await options.feedback.vote({ platform, userId: input.userId, request, context, answer, vote }) : 'unavailable';
        return {
          kind: 'vote',
          text: voteReceipt(outcome, vote),
          vote,
          askReason: vote < 0 && (outcome === 'recorded' || outcome === 'replaced'),
          request,
          context,
          answer,
        };
      }
      const page = input.action === 'ask' ? 0 : (input.page ?? 0);
      // A suggestion asked is answered like the command: privately unless replies are public.
      if (input.action === 'ask')
        return { kind: 'answer', answer, request, context, page, replace: false, private: !options.publicReplies || keepsPrivate(answer), shared: false };
      // A page replaces the message clicked (and keeps its privacy); shared, the answer goes to the channel.
      const replace = input.action === 'page' && !keepsPrivate(answer);
      const isPrivate = keepsPrivate(answer) || (replace && Boolean(input.private));
      return { kind: 'answer', answer, request, context, page, replace, private: isPrivate, shared: input.action === 'share' && !isPrivate };
    },

    async reason(input) {
      const platform = chat(input.platform);
      if (!input.request || changesSettings(input.request) || !platform || !options.feedback) return voteReceipt('unavailable', -1);
      // The vote is keyed by the request, its thread's context and the answer: all found again as the click found them.
      const context = input.channelId && input.answerRef ? await conversations.contextOfAnswer(platform, input.channelId, input.answerRef) : [];
      const answer = await run(input.platform, input.request, input.userId, input.channelId, () => false, context);
      const outcome = await options.feedback.reason({ platform, userId: input.userId, request: input.request, context, answer, reason: input.reason });
      return outcome === 'recorded' ? 'Thanks: what you wrote is stored with your 👎, for the team to review.' : voteReceipt('unavailable', -1);
    },

    async home({ platform, userId, isAdmin }) {
      const commands = ['help', 'sources', ...((await isAdmin()) ? ['feedback'] : [])];
      const answers: Answer[] = [];
      for (const command of commands) answers.push(await run(platform, { command, args: '' }, userId, undefined, () => false, [], isAdmin));
      return answers;
    },
  };
}
