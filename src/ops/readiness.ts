// Readiness as a list of named checks (articles loaded, each platform connected, the store answers),
// so that a new dependency adds one entry. A check that throws or takes too long counts as not ready.

export interface ReadinessCheck {
  name: string;
  check: () => boolean | Promise<boolean>;
}

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, boolean>;
  /** Names of the checks that failed, in order. */
  notReady: string[];
}

export async function checkReadiness(checks: readonly ReadinessCheck[], timeoutMs = 1000): Promise<ReadinessReport> {
  const results = await Promise.all(checks.map(async (c) => [c.name, await passes(c, timeoutMs)] as const));
  const notReady = results.filter(([, ok]) => !ok).map(([name]) => name);
  return { ready: notReady.length === 0, checks: Object.fromEntries(results), notReady };
}

async function passes(c: ReadinessCheck, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return (await Promise.race([Promise.resolve().then(c.check), late])) === true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
