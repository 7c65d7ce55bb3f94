// A light chart theme for tests of chart configurations (jsdom has no computed colours to read).
import type { ChartTheme } from './chartjs';

export const TEST_THEME: ChartTheme = {
  palette: ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#7f7f7f', '#f0e442'],
  text: '#1b2330',
  muted: '#525e6f',
  grid: '#d5dae1',
  surface: '#ffffff',
  font: 'system-ui',
  reducedMotion: false,
};
