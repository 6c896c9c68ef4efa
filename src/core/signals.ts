// What an adapter reports about its platform besides answers, for the metrics: errors (gateway or
// client errors, failed interactions, mentions or listeners) and 429 answers. Both are optional.

export interface PlatformSignals {
  error(): void;
  rateLimited(): void;
}

export const NO_SIGNALS: PlatformSignals = { error: () => {}, rateLimited: () => {} };
