// How pilot facts read on screen: a value never rounds across its own line, lengths and the window in words.
import { describe, expect, it } from 'vitest';
import { intervalText, lengthText, reasonLines, scorecardBand, scorecardSummary, scorecardTone, valueText, windowText } from './pilot-format';

describe('pilot format', () => {
  it('keeps a value on its side of the threshold and the target', () => {
    const csat = { unit: '%', threshold: 80, target: 85 };
    expect(valueText(86.5, csat)).toBe('86.5 %');
    expect(valueText(79.96, csat)).toBe('79.9 %');
    expect(valueText(84.97, csat)).toBe('84.9 %');
    expect(valueText(null, csat)).toBe('—');
    // One decimal on both ends, as in the reasons; against a threshold each end keeps its side of it.
    expect(intervalText([83.9647, 88.6912], '%')).toBe('84.0–88.7 %');
    expect(intervalText([79.96, 83.2], '%', 80)).toBe('79.9–83.2 %');
  });

  it('says how long a pilot runs and where today falls', () => {
    expect(lengthText('2027-01-04', '2027-01-31')).toBe('4 weeks');
    expect(lengthText('2027-01-04', '2027-01-04')).toBe('1 day');
    expect(lengthText('2027-01-04', '2027-01-13')).toBe('10 days');
    expect(windowText('2027-01-04', '2027-01-31', '2027-01-03')).toBe('Starts tomorrow');
    expect(windowText('2027-01-04', '2027-01-31', '2027-01-01')).toBe('Starts in 3 days');
    expect(windowText('2027-01-04', '2027-01-31', '2027-01-10')).toBe('Day 7 of 28');
    expect(windowText('2027-01-04', '2027-01-31', '2027-02-01')).toBe('Ended');
  });

  it('splits the reasons into decisive ones, without the decision word, and context', () => {
    expect(reasonLines({ decision: 'go', reasons: ['GO: Scorecard 98.2 is at or above the GO line of 90', 'CSAT 86.5 % meets the 80 % gate'] })).toEqual([
      { decisive: true, text: 'Scorecard 98.2 is at or above the GO line of 90' },
      { decisive: false, text: 'CSAT 86.5 % meets the 80 % gate' },
    ]);
  });

  it('places the scorecard against the lines and says so in words', () => {
    const lines = { goScore: 90, noGoScore: 75 };
    expect([null, 70, 75, 89.9, 90].map((x) => scorecardBand(x, lines))).toEqual(['none', 'danger', 'warn', 'warn', 'ok']);
    expect(scorecardSummary({ scorecard: 98.18419, coverage: 1 }, lines)).toBe(
      'Scorecard 98.2 on a 0 to 120 scale; NO-GO below 75, GO at 90 or more; coverage 100 % of the KPI weight.',
    );
  });

  it('colours the scorecard in the decision context: never green beside a decision that is not GO', () => {
    const lines = { goScore: 90, noGoScore: 75 };
    expect(scorecardTone({ scorecard: 101.4, decision: 'go' }, lines)).toEqual({ tone: 'ok', note: null });
    expect(scorecardTone({ scorecard: 101.4, decision: 'no-go' }, lines)).toEqual({
      tone: 'neutral',
      note: 'Reaches the GO line, but the decision is NO-GO: a failing gate decides first.',
    });
    expect(scorecardTone({ scorecard: 95, decision: 'extend' }, lines).tone).toBe('neutral');
    expect(scorecardTone({ scorecard: 80, decision: 'no-go' }, lines)).toEqual({ tone: 'warn', note: null });
    expect(scorecardTone({ scorecard: 70, decision: 'no-go' }, lines)).toEqual({ tone: 'danger', note: null });
    expect(scorecardTone({ scorecard: null, decision: 'extend' }, lines)).toEqual({ tone: 'none', note: null });
  });
});
