// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import WinnerWhy from './WinnerWhy.svelte';
import { rankVendors } from '../../domain/scoring';
import { makeLargeAssessment } from '../../domain/test-factories-large';

afterEach(cleanup);

describe('WinnerWhy', () => {
  it('draws the 12 best-ranked vendors and says so; the table, built when first shown, has every vendor', async () => {
    const a = makeLargeAssessment({ vendors: 20, criteria: 12, categories: 3, fill: 1 });
    const ranking = rankVendors(a);
    render(WinnerWhy, { props: { ranking, categories: a.categories } });
    const name = screen.getByRole('img').getAttribute('aria-label') ?? '';
    const scored = ranking.filter((v) => v.total !== null);
    expect(scored).toHaveLength(20);
    expect(name).toContain(`12. ${scored[11].name}`);
    expect(name).not.toContain(`13. ${scored[12].name}`);
    expect(document.body.textContent).toContain('The chart shows the 12 best-ranked of 20 vendors; the table has them all.');
    expect(screen.queryByRole('table', { name: /Points each category adds/ })).toBeNull();
    await fireEvent.click(screen.getByText('Show as table'));
    const table = await screen.findByRole('table', { name: /Points each category adds/ });
    expect(within(table).getAllByRole('row')).toHaveLength(21);
  });
});
