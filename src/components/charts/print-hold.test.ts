import { describe, expect, it } from 'vitest';
import { holdForPrint, optionsKeepingPrintHold, releaseFromPrint } from './print-hold';

const chart = () => ({ options: { responsive: true, devicePixelRatio: 1 } as { responsive?: boolean; devicePixelRatio?: number } });

describe('charts held for print', () => {
  it('stop following their box and draw at the print density', () => {
    const c = chart();
    holdForPrint(c, 2);
    expect(c.options).toEqual({ responsive: false, devicePixelRatio: 2 });
  });

  it('keep their print size through an update that brings fresh options', () => {
    const c = chart();
    holdForPrint(c, 2);
    const fresh = { responsive: true, plugins: { legend: { display: false } } };
    expect(optionsKeepingPrintHold(c, fresh)).toEqual({ responsive: false, devicePixelRatio: 2, plugins: { legend: { display: false } } });
    expect(fresh.responsive).toBe(true); // the chart's own configuration is left as it was
  });

  it('take fresh options as they are once the print is over, or when never held', () => {
    const c = chart();
    const fresh = { responsive: true };
    expect(optionsKeepingPrintHold(c, fresh)).toBe(fresh);
    holdForPrint(c, 2);
    releaseFromPrint(c);
    expect(c.options.responsive).toBe(true);
    expect(optionsKeepingPrintHold(c, fresh)).toBe(fresh);
  });
});
