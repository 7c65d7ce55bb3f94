// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import CalibrationPanel from './CalibrationPanel.svelte';
import { workedExample } from '../../domain/worked-example';
import { calibrate } from '../../domain/calibration';
import type { Assessment } from '../../domain/types';

afterEach(cleanup);

const props = (assessment: Assessment) => ({ assessment, calibration: calibrate(assessment) });

const text = (el: Element) => {
  const copy = el.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
};
const rows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('th, td')].map(text));

/** The worked example after the journey-3 merge (Ben's package back, Chloé's score). */
function merged() {
  const a = workedExample();
  a.evaluators.push({ id: 'chloe', name: 'Chloé (Security)' });
  a.scores = a.scores.map((s) => (s.vendorId === 'contoso' && s.criterionId === 'sec-attestation' && s.evaluatorId === 'ben' ? { ...s, value: 4 } : s));
  a.scores.push(
    { vendorId: 'northwind', criterionId: 'sec-encryption', evaluatorId: 'ben', value: 3 },
    { vendorId: 'fabrikam', criterionId: 'sec-encryption', evaluatorId: 'ben', value: 4 },
    { vendorId: 'fabrikam', criterionId: 'tech-integration', evaluatorId: 'ben', value: 3 },
    { vendorId: 'contoso', criterionId: 'fit-philosophy', evaluatorId: 'chloe', value: 2 },
  );
  return a;
}

describe('CalibrationPanel', () => {
  it('lists the widest spreads with the flag and each evaluator’s deviation, hand-computed', () => {
    render(CalibrationPanel, { props: props(merged()) });
    expect(screen.getByRole('heading', { name: 'Calibration' })).toBeTruthy();
    expect(rows(screen.getByRole('table', { name: /Widest spreads/ }))).toEqual([
      ['Shared service philosophy', 'Contoso CX', 'Ana (Procurement): 5Chloé (Security): 2', '3.5', '3 points (60.0 %)', 'Disagreement'],
      ['Independent audits', 'Contoso CX', 'Ana (Procurement): 2Ben (CX): 4', '3', '2 points (40.0 %)', 'Disagreement'],
      ['Independent audits', 'Northwind Contact', 'Ana (Procurement): 4Ben (CX): 5', '4.5', '1 point (20.0 %)', 'Broadly agree'],
      ['Encryption in transit and at rest', 'Northwind Contact', 'Ana (Procurement): 4Ben (CX): 3', '3.5', '1 point (20.0 %)', 'Broadly agree'],
      ['Shared service philosophy', 'Northwind Contact', 'Ana (Procurement): 3Ben (CX): 4', '3.5', '1 point (20.0 %)', 'Broadly agree'],
    ]);
    expect(rows(screen.getByRole('table', { name: 'Deviation from consensus' }))).toEqual([
      ['Ana (Procurement)', '5', '0.80', 'none'],
      ['Ben (CX)', '4', '0.63', '0.38 above'],
      ['Chloé (Security)', '1', '1.50', '1.50 below'],
    ]);
    // "Close" read as a button that dismisses the panel: the calm state is plain text, the flag a badge.
    expect(screen.getAllByText('Broadly agree').every((el) => !el.classList.contains('badge'))).toBe(true);
    const body = (document.body.textContent ?? '').replace(/\s+/g, ' ');
    expect(body).toContain('over the 5 cells scored by two evaluators or more');
    expect(body).toContain('at least 30.0 % of the scale (1.5 points on 0–5)');
  });

  it('is not shown while fewer than two evaluators have scores', () => {
    const a = workedExample();
    a.scores = a.scores.filter((s) => s.evaluatorId === 'ana');
    render(CalibrationPanel, { props: props(a) });
    expect(screen.queryByRole('heading', { name: 'Calibration' })).toBeNull();
  });

  it('says so when the evaluators agree everywhere they overlap', () => {
    const a = workedExample();
    a.scores = a.scores.map((s) => (s.evaluatorId === 'ben' ? { ...s, value: a.scores.find((x) => x.evaluatorId === 'ana' && x.vendorId === s.vendorId && x.criterionId === s.criterionId)?.value ?? s.value } : s));
    render(CalibrationPanel, { props: props(a) });
    expect(screen.getByText('The evaluators agree exactly on all 3 cells they both scored.')).toBeTruthy();
    expect(screen.queryByRole('table', { name: /Widest spreads/ })).toBeNull();
  });
});
