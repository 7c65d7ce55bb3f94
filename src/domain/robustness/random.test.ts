import { describe, expect, it } from 'vitest';
import { normaliseSeed, seededRandom } from './random';

describe('seededRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
    expect(take(1.5)).not.toEqual(take(1));
  });

  it('pins the first numbers of seed 1, so a change of generator is a visible decision', () => {
    const random = seededRandom(1);
    expect([random(), random(), random()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const random = seededRandom(7);
    const buckets = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = random();
      if (!(x >= 0 && x < 1)) outside++;
      else buckets[Math.floor(x * 10)]++;
    }
    expect(outside).toBe(0);
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('turns any number into a 32-bit seed', () => {
    expect(normaliseSeed(NaN)).toBe(0);
    expect(normaliseSeed(2 ** 32 + 5)).toBe(5);
    expect(normaliseSeed(-0)).toBe(0);
  });
});
