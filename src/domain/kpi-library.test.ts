import { describe, expect, it } from 'vitest';
import { defaultScorecardNames } from './kpi-library';

describe('defaultScorecardNames', () => {
  it('names the default scorecard by the short names in brackets', () => {
    expect(defaultScorecardNames()).toEqual(['CSAT', 'NPS', 'CES', 'FCR', 'AHT']);
  });
});
