import { describe, expect, it } from 'vitest';
import { editKpi, isValidKpi, kpiErrors, kpiNumberError, parseKpiNumber, targetSideError } from './kpi-validation';
import { kpiFromLibrary } from './kpi-library';
import { makeKpi } from './pilot-fixtures';

describe('kpiErrors (SPEC §5 rules, in place)', () => {
  it('accepts every library KPI, weighted or not', () => {
    for (const id of ['csat', 'nps', 'aht', 'backlog', 'abandonment']) {
      expect(kpiErrors(kpiFromLibrary(id))).toEqual({});
      expect(kpiErrors(kpiFromLibrary(id, { weight: 20, gate: true }))).toEqual({});
    }
  });

  it('wants the target on the better side of the threshold, equal allowed', () => {
    expect(kpiErrors(makeKpi('csat', { threshold: 80, target: 80 }))).toEqual({});
    expect(kpiErrors(makeKpi('csat', { threshold: 80, target: 79.9 })).target).toBe(
      'For a higher-is-better KPI the target (79.9 %) must be at or above the threshold (80 %).',
    );
    const aht = makeKpi('aht', { direction: 'lower', unit: 's', threshold: 480, target: 420 });
    expect(kpiErrors(aht)).toEqual({});
    expect(kpiErrors({ ...aht, target: 480 })).toEqual({});
    expect(kpiErrors({ ...aht, target: 481 }).target).toBe(
      'For a lower-is-better KPI the target (481 s) must be at or below the threshold (480 s).',
    );
  });

  it('needs a target above 0 for a weighted higher-is-better KPI only', () => {
    const zero = makeKpi('x', { threshold: -5, target: 0, weight: 10 });
    expect(kpiErrors(zero).target).toMatch(/^A weighted higher-is-better KPI needs a target above 0/);
    expect(kpiErrors({ ...zero, weight: 0 })).toEqual({});
    expect(kpiErrors({ ...zero, direction: 'lower', threshold: 5 })).toEqual({});
  });

  it('wants finite numbers and a weight of 0 or more', () => {
    expect(kpiErrors(makeKpi('x', { threshold: NaN })).threshold).toBe('Enter a number.');
    expect(kpiErrors(makeKpi('x', { target: Infinity })).target).toBe('Enter a number.');
    expect(kpiErrors(makeKpi('x', { weight: -1 })).weight).toBe('A weight cannot be negative.');
    expect(kpiErrors(makeKpi('x', { weight: Infinity })).weight).toBe('Enter a weight of 0 or more.');
    expect(kpiErrors(makeKpi('x', { weight: 2_000_000 })).weight).toMatch(/at most 1,000,000/);
    expect(kpiErrors(makeKpi('x', { weight: 0 }))).toEqual({});
  });

  it('wants a name, unique in the pilot regardless of case, and a short unit', () => {
    const others = [makeKpi('csat', { name: 'CSAT' }), makeKpi('fcr', { name: 'FCR' })];
    expect(kpiErrors(makeKpi('x', { name: '  ' }), others).name).toBe('Enter a name.');
    expect(kpiErrors(makeKpi('x', { name: 'csat ' }), others).name).toBe('Another KPI of this pilot is already called “csat”.');
    expect(kpiErrors({ ...others[0], name: 'CSAT' }, others)).toEqual({});
    expect(kpiErrors(makeKpi('x', { unit: 'x'.repeat(21) })).unit).toMatch(/at most 20 characters/);
    expect(isValidKpi(makeKpi('x', { unit: 'x'.repeat(20) }))).toBe(true);
  });
});

describe('editKpi', () => {
  const csat = makeKpi('csat', { name: 'CSAT', threshold: 80, target: 85, gate: true });

  it('applies a valid edit and trims text', () => {
    expect(editKpi(csat, { threshold: 82 })).toEqual({ ok: true, kpi: { ...csat, threshold: 82 } });
    expect(editKpi(csat, { name: '  Satisfaction ', unit: ' pts ' })).toEqual({ ok: true, kpi: { ...csat, name: 'Satisfaction', unit: 'pts' } });
  });

  it('refuses an edit that breaks the target/threshold rule, whichever side was edited', () => {
    const viaThreshold = editKpi(csat, { threshold: 90 });
    expect(viaThreshold).toEqual({ ok: false, error: 'For a higher-is-better KPI the target (85 %) must be at or above the threshold (90 %).' });
    expect(editKpi(csat, { target: 70 }).ok).toBe(false);
    const flip = editKpi(csat, { direction: 'lower' });
    expect(flip).toEqual({ ok: false, error: 'For a lower-is-better KPI the target (85 %) must be at or below the threshold (80 %).' });
  });

  it('refuses weighting a higher KPI whose target is 0', () => {
    const tracked = makeKpi('x', { threshold: 0, target: 0, weight: 0 });
    expect(editKpi(tracked, { weight: 5 })).toMatchObject({ ok: false, error: expect.stringMatching(/needs a target above 0/) });
    expect(editKpi(tracked, { weight: 0 }).ok).toBe(true);
  });

  it('reports the edited field first', () => {
    const others = [makeKpi('fcr', { name: 'FCR' })];
    expect(editKpi(csat, { name: 'FCR', weight: -1 }, others)).toEqual({ ok: false, error: 'Another KPI of this pilot is already called “FCR”.' });
  });
});

describe('parseKpiNumber and targetSideError', () => {
  it('reads numbers, refuses empty and unparseable text', () => {
    expect(parseKpiNumber('86.5')).toEqual({ value: 86.5 });
    expect(parseKpiNumber(' -3 ')).toEqual({ value: -3 });
    expect(parseKpiNumber('')).toEqual({ error: 'Enter a number.' });
    expect(parseKpiNumber('', true)).toEqual({ error: 'Enter a number.' });
    expect(parseKpiNumber('1e999')).toEqual({ error: 'Enter a number.' });
  });

  it('says nothing when the target is on the right side', () => {
    expect(targetSideError({ direction: 'higher', threshold: 1, target: 1, unit: '' })).toBeNull();
    expect(targetSideError({ direction: 'lower', threshold: 1, target: 2, unit: '/7' })).toBe(
      'For a lower-is-better KPI the target (2/7) must be at or below the threshold (1/7).',
    );
  });
});

describe('kpiNumberError', () => {
  it('says why a typed number cannot be saved in its field, or nothing', () => {
    const csat = makeKpi('csat');
    expect(kpiNumberError(csat, 'threshold', '82', false)).toBeNull();
    expect(kpiNumberError(csat, 'threshold', '', false)).toBe('Enter a number.');
    expect(kpiNumberError(csat, 'weight', '', true)).toBe('Enter a weight of 0 or more.');
    expect(kpiNumberError(csat, 'threshold', '90', false)).toBe('For a higher-is-better KPI the target (85 %) must be at or above the threshold (90 %).');
  });
});
