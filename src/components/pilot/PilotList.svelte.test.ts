// @vitest-environment jsdom
// The pilot list before any pilot exists: one click to a pilot for each vendor still in the running,
// in ranking order (SPEC §1 journey 4, §3), never for a disqualified one.
import { NO_ROWS } from '../../domain/pilot-rows';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/svelte';
import PilotList from './PilotList.svelte';
import { workedExample } from '../../domain/worked-example';
import { cleanUpSessionViewsAfterEach, renderWithSession } from '../../state/session-view-test-support';

cleanUpSessionViewsAfterEach();

describe('PilotList without pilots', () => {
  it('offers a pilot for the worked example’s vendors in ranking order, not in the order they were added', async () => {
    const a = workedExample();
    // Added as Contoso (disqualified), Fabrikam (2nd), Northwind (1st); all three shortlisted.
    a.vendors = [a.vendors[1], a.vendors[2], a.vendors[0]].map((v) => ({ ...v, status: 'shortlisted' as const }));
    await renderWithSession(PilotList, { ...a, id: 'pilot-list-offers', pilots: [] });
    expect(screen.getAllByRole('button', { name: /^Start a pilot with/ }).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Start a pilot with Northwind Contact',
      'Start a pilot with Fabrikam Support',
    ]);
  });
});

describe('PilotList with pilots', () => {
  it('shows a status, not a verdict, for a pilot with nothing counted, and the decision for one with data', async () => {
    const a = workedExample();
    const q1 = a.pilots[0];
    const later = { ...q1, id: 'later', name: 'Later pilot', start: '2099-01-05', end: '2099-02-01', measurements: NO_ROWS, decisions: [] };
    await renderWithSession(PilotList, { ...a, id: 'pilot-list-status', pilots: [q1, later] });
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[0].textContent).toContain('GO');
    expect(rows[1].textContent).toContain('Not started');
    expect(rows[1].textContent).not.toMatch(/\b(GO|NO-GO|EXTEND)\b/);
  });
});
