import { describe, expect, it } from 'vitest';
import { sameContent } from './scoring-screen.svelte';

describe('sameContent', () => {
  it('keeps the previous array while the content is equal', () => {
    const same = sameContent<{ id: string }[]>();
    const first = [{ id: 'x' }];
    expect(same(first)).toBe(first);
    expect(same([{ id: 'x' }])).toBe(first);
    const changed = [{ id: 'y' }];
    expect(same(changed)).toBe(changed);
  });
});
