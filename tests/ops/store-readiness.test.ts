import { describe, expect, it } from 'vitest';
import { storeReadiness } from '../../src/ops/store-readiness.ts';
import type { Store } from '../../src/store/types.ts';

// GIVEN a store whose probe answers, fails or hangs, THEN readiness reflects a real round trip, asks
// at most once per second, and counts a hanging probe as not ready without piling up probes.

function fakeStore(probe: () => Promise<void>): { store: Store; probes: () => number } {
  let n = 0;
  const store = { healthy: () => true, probe: () => (n++, probe()) } as unknown as Store;
  return { store, probes: () => n };
}

describe('store readiness', () => {
  it('is a round trip, reused for a second', async () => {
    let fail = false;
    let t = 0;
    const { store, probes } = fakeStore(async () => {
      if (fail) throw new Error('SQLITE_FULL');
    });
    const ready = storeReadiness(() => store, { now: () => t });
    expect(await ready()).toBe(true);
    fail = true;
    t = 500;
    expect(await ready()).toBe(true); // cached
    expect(probes()).toBe(1);
    t = 1000;
    expect(await ready()).toBe(false);
    expect(probes()).toBe(2);
  });

  it('counts a probe that hangs as not ready, and starts no second one meanwhile', async () => {
    const { store, probes } = fakeStore(() => new Promise(() => undefined));
    const ready = storeReadiness(() => store, { timeoutMs: 50 });
    expect(await ready()).toBe(false);
    expect(await ready()).toBe(false);
    expect(probes()).toBe(1);
  });

  it('is not ready without a store', async () => {
    expect(await storeReadiness(() => undefined)()).toBe(false);
  });
});
