// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import ValueForMoneySection from './ValueForMoneySection.svelte';
import ReportValueForMoney from '../report/ReportValueForMoney.svelte';
import { router } from '../../state/router.svelte';
import { valueModel, valueVendors } from '../../domain/robustness/value-fixtures';
import type { RobustnessModel } from '../../domain/robustness/model';
import type { Vendor } from '../../domain/types';

afterEach(cleanup);

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('th, td')].map(text));
const body = () => text(document.body);
/** Vendor and frontier columns (prices are formatted in the test machine's locale). */
const frontierColumn = (table: HTMLElement) => rows(table).map((r) => [r[0], r[2], r[3]]);

describe('ValueForMoneySection', () => {
  it('says who is on the frontier and who is beaten by whom, lists the other price group and the unpriced', () => {
    render(ValueForMoneySection, { props: { model: valueModel(), vendors: valueVendors() } });
    expect(screen.getByRole('heading', { level: 3, name: 'Value for money' })).toBeTruthy();
    expect(frontierColumn(screen.getByRole('table', { name: 'Priced in EUR per FTE-month' }))).toEqual([
      ['Bravo Support', '70.0', 'On the frontier'],
      ['Alpha Care', '80.0', 'On the frontier'],
      ['Charlie CX', '60.0', 'Beaten by Alpha Care and Bravo Support'],
    ]);
    expect(body()).toContain('On the efficiency frontier: Bravo Support and Alpha Care. Beaten on both total and price: Charlie CX (by Alpha Care and Bravo Support).');
    // The chart is named by the same summary (the canvas cannot be drawn in jsdom).
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('Total score against price, EUR per FTE-month.');

    expect(screen.getByRole('heading', { level: 4, name: 'Other currencies and units' })).toBeTruthy();
    expect(frontierColumn(screen.getByRole('table', { name: 'Priced in GBP per hour' }))).toEqual([['Delta Voice', '65.0', 'On the frontier']]);
    // Everyone not on the chart is named with the reason; a priced vendor that is not a contender is never compared.
    const leftOut = screen.getByRole('heading', { level: 4, name: 'Left out of this comparison' }).nextElementSibling as HTMLElement;
    expect(within(leftOut).getAllByRole('listitem').map(text)).toEqual([
      'Delta Voice: priced in GBP per hour, so compared only in its own table',
      'Echo Desk: no price entered',
      'Yankee Help: provisional, not fully scored (67.5 % of the weight scored)',
      'Zulu Unqualified: disqualified (Independent audits: 2.5 < 3)',
    ]);
    for (const table of screen.getAllByRole('table')) expect(text(table)).not.toContain('Zulu');
  });

  it('shows the quality–price view only when asked, beside the ranking, and the slider changes the combined ranking', async () => {
    render(ValueForMoneySection, { props: { model: valueModel(), vendors: valueVendors() } });
    const toggle = screen.getByRole('checkbox', { name: 'Show a quality–price view' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByRole('slider')).toBeNull();
    expect(screen.queryByRole('table', { name: /Quality–price ranking/ })).toBeNull();

    await fireEvent.click(toggle);
    expect(body()).toContain('does not replace it');
    const slider = screen.getByRole('slider', { name: 'Price weight' }) as HTMLInputElement;
    expect(slider.value).toBe('30');
    // 30 %: lowest price 4000; Alpha 0.7·80 + 0.3·80 = 80, Bravo 0.7·70 + 0.3·100 = 79, Charlie 0.7·60 + 0.3·72.7 = 63.8.
    expect(rows(screen.getByRole('table', { name: 'Quality–price ranking with price at 30 %' }))).toEqual([
      ['Alpha Care', '1', '80.0', '80.0', '80.0', '1'],
      ['Bravo Support', '2', '70.0', '100.0', '79.0', '2'],
      ['Charlie CX', '4', '60.0', '72.7', '63.8', '3'],
    ]);
    expect(body()).toContain('With price at 30 % and the total score at 70 %, Alpha Care comes first (1st in the main ranking).');

    await fireEvent.input(slider, { target: { value: '60' } });
    // 60 %: Bravo 0.4·70 + 0.6·100 = 88 overtakes Alpha 0.4·80 + 0.6·80 = 80.
    expect(rows(screen.getByRole('table', { name: 'Quality–price ranking with price at 60 %' }))).toEqual([
      ['Bravo Support', '2', '70.0', '100.0', '88.0', '1'],
      ['Alpha Care', '1', '80.0', '80.0', '80.0', '2'],
      ['Charlie CX', '4', '60.0', '72.7', '67.6', '3'],
    ]);
    expect(screen.getByText('60 %', { selector: 'output' })).toBeTruthy();
    expect(body()).toContain('Bravo Support comes first (2nd in the main ranking)');
    // The main value-for-money table is unchanged by the view.
    expect(frontierColumn(screen.getByRole('table', { name: 'Priced in EUR per FTE-month' }))[0][0]).toBe('Bravo Support');

    await fireEvent.click(toggle);
    expect(screen.queryByRole('slider')).toBeNull();
  });

  it('updates when the model changes (live)', async () => {
    const view = render(ValueForMoneySection, { props: { model: valueModel(), vendors: valueVendors() } });
    const model: RobustnessModel = valueModel();
    // Charlie's total rises above Alpha's: nobody beats it on both any more.
    model.contenders = model.contenders.map((c) => (c.vendorId === 'charlie' ? { ...c, total: 90 } : c));
    await view.rerender({ model, vendors: valueVendors() });
    expect(frontierColumn(screen.getByRole('table', { name: 'Priced in EUR per FTE-month' }))).toEqual([
      ['Bravo Support', '70.0', 'On the frontier'],
      ['Alpha Care', '80.0', 'On the frontier'],
      ['Charlie CX', '90.0', 'On the frontier'],
    ]);
  });

  it('explains and links to the Vendors screen when no contender has a price', async () => {
    const stop = router.listen();
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = '#/a/demo/results';
    await changed;
    const vendors: Vendor[] = valueVendors().map(({ price: _price, ...vendor }) => vendor);
    render(ValueForMoneySection, { props: { model: valueModel(), vendors } });
    expect(body()).toContain('None of the qualified vendors has a price yet');
    expect(screen.getByRole('link', { name: 'Add prices on the Vendors screen' }).getAttribute('href')).toBe('#/a/demo/vendors');
    expect(body()).toContain('Alpha Care: no price entered');
    expect(body()).toContain('Zulu Unqualified: disqualified (Independent audits: 2.5 < 3)');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    stop();
  });

  it('says so when no vendor is qualified', () => {
    render(ValueForMoneySection, { props: { model: { ...valueModel(), contenders: [], winnerId: null }, vendors: valueVendors() } });
    expect(body()).toContain('No vendor is qualified yet');
    expect(body()).toContain('Yankee Help: provisional, not fully scored (67.5 % of the weight scored)');
  });
});

describe('ReportValueForMoney', () => {
  it('prints the chart and the tables without any control', () => {
    render(ReportValueForMoney, { props: { model: valueModel(), vendors: valueVendors() } });
    expect(screen.getByRole('heading', { level: 3, name: 'Value for money' })).toBeTruthy();
    expect(frontierColumn(screen.getByRole('table', { name: 'Priced in EUR per FTE-month' }))[2]).toEqual(['Charlie CX', '60.0', 'Beaten by Alpha Care and Bravo Support']);
    expect(screen.getByRole('table', { name: 'Priced in GBP per hour' })).toBeTruthy();
    expect(body()).toContain('Echo Desk: no price entered');
    expect(screen.getByRole('img')).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('slider')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('says prices are missing, without a link', () => {
    const vendors: Vendor[] = valueVendors().map(({ price: _price, ...vendor }) => vendor);
    render(ReportValueForMoney, { props: { model: valueModel(), vendors } });
    expect(body()).toContain('Add prices on the Vendors screen.');
    expect(screen.queryByRole('link')).toBeNull();
  });
});
