// @vitest-environment jsdom
// The scoring side panel: its buttons come first and name the selected cell, and the description below
// them says whether it is that cell or only the one under the pointer.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import CellInfo from './CellInfo.svelte';
import type { CellView } from '../../domain/grid-cell-view';
import { makeCategory, makeCriterion, makeVendor } from '../../domain/test-factories';

afterEach(cleanup);

const audits = makeCriterion('audits', 1, { name: 'Independent audits', guidance: 'ISO 27001 or SOC 2.' });
const fit = makeCriterion('fit', 1, { name: 'Cultural fit' });
const view = (vendorName: string, criterion = audits): CellView => ({
  vendor: makeVendor(vendorName.toLowerCase(), vendorName),
  criterion,
  category: makeCategory('security', 1, [audits, fit]),
  score: undefined,
  stats: undefined,
});

function open(shown: CellView, selected: CellView) {
  render(CellInfo, { props: { shown, selected, scale: { min: 0, max: 5 }, message: null, onset: () => {}, onnote: () => {} } });
  return screen.getByRole('complementary');
}

/** Whether `a` comes before `b` in the document. */
const before = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

describe('CellInfo', () => {
  it('names the hovered cell as under the pointer, below the buttons that score the selected one', () => {
    const panel = open(view('Contoso CX'), view('Northwind Contact', fit));
    const buttons = within(panel).getByRole('group', { name: 'Set the score of the selected cell' });
    const pointer = within(panel).getByText('Under the pointer · click it to score it');
    expect(before(within(panel).getByText(/^Score for/), buttons)).toBe(true);
    expect(within(panel).getByText(/^Score for/).textContent).toBe('Score for Northwind Contact · Cultural fit');
    expect(before(buttons, pointer)).toBe(true);
    expect(before(pointer, within(panel).getByRole('heading', { name: 'Independent audits' }))).toBe(true);
  });

  it('calls the described cell the selected one when it is', () => {
    const panel = open(view('Northwind Contact'), view('Northwind Contact'));
    expect(within(panel).getByText('Selected cell')).toBeTruthy();
    expect(within(panel).queryByText(/Under the pointer/)).toBeNull();
  });
});
