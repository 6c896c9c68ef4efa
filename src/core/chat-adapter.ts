import type { Interactions } from './interactions.ts';
import type { Logger } from './logger.ts';
import type { Claims } from './mentions.ts';
import type { PlatformSignals } from './signals.ts';

// What main gives every chat adapter (Discord, Slack, a third platform's) besides its configuration:
// the chat features it serves and the shared pieces it reports to. Each adapter adds its own options.

export interface ChatAdapterOptions {
  /** Every chat feature (src/core/interactions.ts), composed by main: the adapter decodes its platform's ids and renders. */
  interactions: Interactions;
  logger: Logger;
  /** Where deliveries (message and event ids) and cooldowns are claimed: the shared store when several processes run. Default: this process's memory. */
  claims?: Claims;
  /** Errors and 429s, for the metrics. */
  signals?: PlatformSignals;
  /** CHAT_MEMORY_MAX: entries each in-memory map keeps (claims without a store, the adapter's own caches). */
  memoryMax?: number;
}
