import { createInFlight } from './in-flight.ts';
import type { PostError } from './post-error.ts';

// An adapter's start and stop, written once for every platform: one start at a time, the work in
// flight (answers being produced and sent) let finish for a moment at stop before the connection
// closes, no post outside start and stop, and a failed post said in the core's terms (PostError) by
// the adapter's own reading of its platform's errors. The connection itself is the adapter's.

/** Answers in flight at stop() get this long to be sent before the connection closes. */
export const DRAIN_MS = 500;

export interface Lifecycle<C> {
  /** Opens the connection (`open` cleans up after itself when it fails); a second start is an error. */
  start(open: () => Promise<C>): Promise<void>;
  /** Lets the work in flight finish (up to `drainMs`), then closes; a stop during a start waits for it. Nothing when not started. */
  stop(close: (connection: C) => Promise<void>): Promise<void>;
  /** The open connection, or undefined. */
  current(): C | undefined;
  /** The open connection, or an error that says the adapter is not started. */
  connection(): C;
  /** Sends through the open connection; a failure is thrown as the adapter's PostError. */
  post(send: (connection: C) => Promise<unknown>): Promise<void>;
  /** Work a stop should let finish (a listener's answer). */
  track<T>(work: Promise<T>): Promise<T>;
}

export interface LifecycleOptions {
  /** "The Discord adapter": said in the errors. */
  name: string;
  /** The platform's errors as the core's. */
  toPostError: (err: unknown) => PostError;
  drainMs?: number;
}

export function createLifecycle<C>(options: LifecycleOptions): Lifecycle<C> {
  const inFlight = createInFlight();
  let connection: C | undefined;
  let starting: Promise<unknown> | undefined;
  const life: Lifecycle<C> = {
    async start(open) {
      if (connection !== undefined || starting) throw new Error(`${options.name} is already started.`);
      const opening = open();
      starting = opening;
      try {
        connection = await opening;
      } finally {
        starting = undefined;
      }
    },
    async stop(close) {
      await starting?.catch(() => undefined);
      const c = connection;
      if (c === undefined) return;
      await inFlight.drain(options.drainMs ?? DRAIN_MS);
      connection = undefined;
      await close(c);
    },
    current: () => connection,
    connection() {
      if (connection === undefined) throw new Error(`${options.name} is not started.`);
      return connection;
    },
    async post(send) {
      const c = life.connection();
      try {
        await send(c);
      } catch (err) {
        throw options.toPostError(err); // what is below the adapters reads neutral errors only
      }
    },
    track: (work) => inFlight.track(work),
  };
  return life;
}
