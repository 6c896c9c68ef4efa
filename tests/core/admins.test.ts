import { describe, expect, it } from 'vitest';
import { ADMIN_CACHE_MS, adminCheck } from '../../src/core/admins.ts';

// Who is an admin, decided once for every platform: listed users, the platform's answer kept a
// minute at most for a bounded number of users, and a platform that cannot answer meaning "no".

describe('adminCheck', () => {
  it('GIVEN a listed user THEN the platform is not asked; GIVEN another THEN its answer is kept at most a minute', async () => {
    const asked: string[] = [];
    let t = 0;
    const check = adminCheck({ listed: ['L'], ask: async (u) => (asked.push(u), u === 'A'), ttlMs: 10 * ADMIN_CACHE_MS, now: () => t });
    expect(await check('L')).toBe(true);
    expect(asked).toEqual([]);
    expect([await check('A'), await check('A'), await check('B')]).toEqual([true, true, false]);
    expect(asked).toEqual(['A', 'B']);
    t = ADMIN_CACHE_MS - 1;
    await check('A');
    expect(asked).toEqual(['A', 'B']);
    t = ADMIN_CACHE_MS;
    await check('A');
    expect(asked).toEqual(['A', 'B', 'A']);
  });

  it('GIVEN the platform cannot answer THEN not an admin, told, and asked again next time', async () => {
    const errors: string[] = [];
    let calls = 0;
    const check = adminCheck({
      listed: [],
      ask: async () => {
        calls += 1;
        throw new Error('down');
      },
      onError: (err, user) => errors.push(`${user}: ${(err as Error).message}`),
    });
    expect(await check('U')).toBe(false);
    expect(await check('U')).toBe(false);
    expect(calls).toBe(2);
    expect(errors).toEqual(['U: down', 'U: down']);
  });

  it('GIVEN more users than it keeps THEN the least recently asked is asked again', async () => {
    const asked: string[] = [];
    const check = adminCheck({ listed: [], ask: async (u) => (asked.push(u), true), max: 2 });
    for (const u of ['A', 'B', 'A', 'C', 'A', 'B']) await check(u);
    expect(asked).toEqual(['A', 'B', 'C', 'B']);
  });
});
