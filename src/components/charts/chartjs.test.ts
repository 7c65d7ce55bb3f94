import { describe, expect, it } from 'vitest';
import { paletteColor, withAlpha, wrapLabel, type ChartTheme } from './chartjs';

describe('chart helpers', () => {
  it('adds transparency to hex colours only', () => {
    expect(withAlpha('#0072b2', 0.2)).toBe('rgba(0, 114, 178, 0.2)');
    expect(withAlpha('rebeccapurple', 0.2)).toBe('rebeccapurple');
  });

  it('cycles through the palette with 1-based indices', () => {
    const theme = { palette: ['#1', '#2', '#3'] } as ChartTheme;
    expect([1, 2, 3, 4].map((i) => paletteColor(theme, i))).toEqual(['#1', '#2', '#3', '#1']);
  });

  it('wraps long labels at spaces', () => {
    expect(wrapLabel('Security posture')).toBe('Security posture');
    expect(wrapLabel('Technology and integration')).toEqual(['Technology and', 'integration']);
    expect(wrapLabel('Supercalifragilisticexpialidocious')).toEqual(['Supercalifragilisticexpialidocious']);
  });
});
