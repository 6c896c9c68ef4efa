import { webApi, type Logger as BoltLogger } from '@slack/bolt';
import type { SlackConfig } from '../../config.ts';

// auth.test before Bolt starts. Bolt calls it inside `new App()` and an ok:false there becomes an
// unhandled rejection that kills the process; calling it first gives a clear error instead, and the
// bot and user ids it returns let Bolt skip its own call (and ignore the bot's own messages).

export interface BotIdentity {
  botId: string;
  botUserId: string;
  teamId?: string;
}

export async function checkBotToken(config: SlackConfig, logger: BoltLogger): Promise<BotIdentity> {
  const client = new webApi.WebClient(config.botToken, {
    ...(config.apiUrl ? { slackApiUrl: `${config.apiUrl}/` } : {}),
    logger,
    retryConfig: { retries: 1, minTimeout: 200, maxTimeout: 1000 },
  });
  let res: webApi.AuthTestResponse;
  try {
    res = await client.auth.test();
  } catch (err) {
    const code = (err as { data?: { error?: string } }).data?.error;
    if (code) {
      throw new Error(
        `Slack did not accept SLACK_BOT_TOKEN: auth.test answered "${code}". Copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions at https://api.slack.com/apps, and reinstall the app to the workspace if the token was revoked.`,
        { cause: err },
      );
    }
    throw new Error(
      `Could not reach the Slack Web API (${config.apiUrl ?? 'https://slack.com/api'}) for auth.test: ${(err as Error).message}. Check the network, or SLACK_API_URL.`,
      { cause: err },
    );
  }
  if (!res.user_id || !res.bot_id) {
    throw new Error('SLACK_BOT_TOKEN is not a bot token: auth.test returned no bot id. Use the Bot User OAuth Token (xoxb-…) from OAuth & Permissions.');
  }
  return { botId: res.bot_id, botUserId: res.user_id, teamId: res.team_id };
}
