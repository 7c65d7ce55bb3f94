import { describe, expect, it } from 'vitest';
import { replayableRandom } from './ids';

describe('replayableRandom', () => {
  it('draws the same numbers on every replay, drawing new ones only past what was drawn', () => {
    let n = 0;
    const replay = replayableRandom(() => ++n / 10);
    const first = replay();
    expect([first(), first()]).toEqual([0.1, 0.2]);
    const second = replay();
    expect([second(), second(), second()]).toEqual([0.1, 0.2, 0.3]);
  });
});
