// @vitest-environment jsdom
// Under the Results ranking of the worked example (SPEC §3): a pilot is offered for the vendors still in
// the running, in ranking order, and never for the disqualified Contoso CX.
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/svelte';
import PilotShortcuts from './PilotShortcuts.svelte';
import { workedExample } from '../../../domain/worked-example';
import { cleanUpSessionViewsAfterEach, renderWithSession } from '../../../state/session-view-test-support';

cleanUpSessionViewsAfterEach();

describe('PilotShortcuts', () => {
  it('offers Northwind Contact then Fabrikam Support, not Contoso CX', async () => {
    await renderWithSession(PilotShortcuts, { ...workedExample(), id: 'pilot-shortcuts' });
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Start a pilot with Northwind Contact',
      'Start a pilot with Fabrikam Support',
    ]);
    expect(screen.getByRole('link', { name: 'Q1 pilot' }).getAttribute('href')).toBe('#/a/pilot-shortcuts/pilots/northwind-q1');
  });
});
