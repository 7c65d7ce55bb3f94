// @vitest-environment jsdom
// The vendors screen on a real AssessmentSession (Dexie on fake-indexeddb): the empty state, adding a
// vendor (checked in storage), validation in place, safe website links, scoring progress, editing,
// and removal that names the scores and pilots it deletes.
import { NO_ROWS } from '../domain/pilot-rows';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import VendorsView from './VendorsView.svelte';
import { cleanUpSessionViewsAfterEach, renderWithSession, storedAssessment } from '../state/session-view-test-support';
import { AssessmentSession } from '../state/assessment-session.svelte';
import { confirmState } from '../state/confirm.svelte';
import { makeAssessment, makeCategory, makeCriterion, makeVendor } from '../domain/test-factories';
import type { Assessment } from '../domain/types';

cleanUpSessionViewsAfterEach();

let nextId = 1;

function example(partial: Partial<Assessment> = {}): Assessment {
  return makeAssessment({
    id: `vendors-test-${nextId++}`,
    categories: [makeCategory('security', 1, [makeCriterion('audits'), makeCriterion('encryption'), makeCriterion('fit')])],
    ...partial,
  });
}

function open(a: Assessment): Promise<AssessmentSession> {
  return renderWithSession(VendorsView, a);
}

const stored = async (id: string) => (await storedAssessment(id))!;
const field = (name: string | RegExp) => screen.getByLabelText(name) as HTMLInputElement;
const row = (vendor: string) => screen.getByRole('rowheader', { name: new RegExp(vendor) }).closest('tr')!;

describe('VendorsView', () => {
  it('starts empty and adds a vendor with every field, which is stored', async () => {
    const a = example();
    await open(a);
    expect(screen.getByText('No vendors yet — add the partners you are comparing.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Add vendor' }));

    await fireEvent.input(field(/^Name/), { target: { value: 'Northwind Contact' } });
    await fireEvent.change(field('Pipeline status'), { target: { value: 'shortlisted' } });
    await fireEvent.input(field('Website'), { target: { value: 'https://northwind.example' } });
    await fireEvent.input(field('Headquarters'), { target: { value: 'Lisbon, Portugal' } });
    await fireEvent.input(field('Amount'), { target: { value: '28.50' } });
    await fireEvent.input(field('Currency'), { target: { value: 'eur' } });
    await fireEvent.change(field('Unit'), { target: { value: 'hour' } });
    await fireEvent.input(field('Notes'), { target: { value: 'Strong references' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add vendor' }));

    await vi.waitFor(async () =>
      expect((await stored(a.id)).vendors).toEqual([
        {
          id: 'northwind-contact',
          name: 'Northwind Contact',
          status: 'shortlisted',
          website: 'https://northwind.example',
          headquarters: 'Lisbon, Portugal',
          notes: 'Strong references',
          price: { amount: 28.5, currency: 'EUR', per: 'hour' },
        },
      ]),
    );
    const r = within(row('Northwind Contact'));
    expect(r.getByText('Shortlisted')).toBeTruthy();
    expect(r.getByText('Lisbon, Portugal')).toBeTruthy();
    expect(r.getByText(/28\.50 per hour/)).toBeTruthy();
    expect(r.getByText('0 of 3 criteria scored')).toBeTruthy();
    expect(r.getByRole('link', { name: /northwind\.example/ }).getAttribute('href')).toBe('https://northwind.example/');
  });

  it('validates in place and stores nothing while the form has errors', async () => {
    const a = example();
    await open(a);
    await fireEvent.click(screen.getByRole('button', { name: 'Add vendor' }));
    await fireEvent.input(field('Amount'), { target: { value: '30' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add vendor' }));
    expect(screen.getByText('Enter the vendor’s name.')).toBeTruthy();
    expect(field(/^Name/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Fill in amount, currency and unit — or leave all three empty.')).toBeTruthy();
    expect(field('Currency').getAttribute('aria-invalid')).toBe('true');
    await fireEvent.input(field('Currency'), { target: { value: 'EURO' } });
    expect(screen.getByText('Use a 3-letter ISO code, e.g. EUR or USD.')).toBeTruthy();
    expect((await stored(a.id)).vendors).toEqual([]);
  });

  it('warns about a duplicate name and keeps an unsafe website as inert text', async () => {
    const a = example({ vendors: [{ ...makeVendor('x', 'Xen Support'), website: 'javascript:alert(1)' }, makeVendor('y', 'Yonder')] });
    await open(a);
    const xen = within(row('Xen Support'));
    expect(xen.queryByRole('link')).toBeNull();
    expect(xen.getByText('javascript:alert(1)').tagName).toBe('SPAN');

    await fireEvent.click(screen.getByRole('button', { name: 'Edit Yonder' }));
    await fireEvent.input(field(/^Name/), { target: { value: 'xen support' } });
    expect(screen.getByText(/A vendor called "Xen Support" is already in this assessment\./)).toBeTruthy();
    await fireEvent.input(field('Website'), { target: { value: 'www.yonder.example' } });
    expect(screen.getByText(/shown as plain text, not a link/)).toBeTruthy();
  });

  it('edits a vendor: cleared fields are removed, the status badge changes', async () => {
    const a = example({ vendors: [{ ...makeVendor('y', 'Yonder'), headquarters: 'Oslo', price: { amount: 3, currency: 'NOK', per: 'contact' } }] });
    await open(a);
    await fireEvent.click(screen.getByRole('button', { name: 'Edit Yonder' }));
    expect(field('Headquarters').value).toBe('Oslo');
    await fireEvent.input(field('Amount'), { target: { value: '' } });
    await fireEvent.input(field('Currency'), { target: { value: '' } });
    await fireEvent.change(field('Unit'), { target: { value: '' } });
    await fireEvent.change(field('Pipeline status'), { target: { value: 'rejected' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await vi.waitFor(async () => expect((await stored(a.id)).vendors).toEqual([{ id: 'y', name: 'Yonder', status: 'rejected', headquarters: 'Oslo' }]));
    expect(within(row('Yonder')).getByText('Rejected')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });

  it('refuses to save over a vendor another tab changed since the form opened, shows what changed, and saves on a second try', async () => {
    const a = example({ vendors: [{ ...makeVendor('y', 'Yonder'), headquarters: 'Oslo' }] });
    await open(a);
    await fireEvent.click(screen.getByRole('button', { name: 'Edit Yonder' }));
    // Another tab saves a note on the same vendor (straight to storage, as another tab would).
    const other = new AssessmentSession(a.id);
    const stopOther = other.start();
    await vi.waitFor(() => expect(other.assessment).toBeDefined());
    await other.update((x) => ({ ...x, vendors: x.vendors.map((v) => ({ ...v, notes: 'Call back in March' })) }));
    stopOther();

    await fireEvent.input(field('Headquarters'), { target: { value: 'Lisbon' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByText(/Changed in another tab since you opened this form: review/);
    await vi.waitFor(() => expect(alert.closest('[role="alert"]')?.textContent).toContain('Notes is now “Call back in March”'));
    expect((await stored(a.id)).vendors[0]).toMatchObject({ headquarters: 'Oslo', notes: 'Call back in March' });

    // Reviewed: saving again applies the field changed here to the vendor as stored now; the note stays.
    await fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await vi.waitFor(async () => expect((await stored(a.id)).vendors[0]).toMatchObject({ headquarters: 'Lisbon', notes: 'Call back in March' }));
  });

  it('shows scoring progress and asks before removing, naming the scores and pilots', async () => {
    const a = example({
      vendors: [makeVendor('nw', 'Northwind Contact'), makeVendor('cx', 'Contoso CX')],
      evaluators: [
        { id: 'e1', name: 'Ana' },
        { id: 'e2', name: 'Ben' },
      ],
      scores: [
        { vendorId: 'nw', criterionId: 'audits', evaluatorId: 'e1', value: 4 },
        { vendorId: 'nw', criterionId: 'audits', evaluatorId: 'e2', value: 3 },
        { vendorId: 'nw', criterionId: 'fit', evaluatorId: 'e2', value: 2 },
      ],
      pilots: [{ id: 'p', name: 'Q1 pilot', vendorId: 'nw', start: '2026-01-01', end: '2026-03-31', goScore: 90, noGoScore: 75, kpis: [], measurements: NO_ROWS, decisions: [] }],
    });
    await open(a);
    expect(within(row('Northwind Contact')).getByText('2 of 3 criteria scored')).toBeTruthy();
    expect(within(row('Contoso CX')).getByText('0 of 3 criteria scored')).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Remove Northwind Contact' }));
    expect(confirmState.request?.message).toBe(
      'Remove “Northwind Contact”? 3 scores by 2 evaluators and the pilot “Q1 pilot” with its measurements and decisions will be deleted.',
    );
    confirmState.answer(false);
    await tick();
    expect((await stored(a.id)).vendors).toHaveLength(2);

    await fireEvent.click(screen.getByRole('button', { name: 'Remove Northwind Contact' }));
    confirmState.answer(true);
    await vi.waitFor(async () => {
      const next = await stored(a.id);
      expect(next.vendors.map((v) => v.id)).toEqual(['cx']);
      expect(next.scores).toEqual([]);
      expect(next.pilots).toEqual([]);
    });
    expect(screen.queryByRole('rowheader', { name: /Northwind/ })).toBeNull();
  });
});
