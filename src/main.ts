import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { useBrowserLocale } from './state/locale';
import { parseRoute } from './state/router.svelte';
import { loadAssessmentView } from './views/load-assessment-view';

// Numbers, percentages and dates in the reader's locale, before anything is drawn.
useBrowserLocale();

// A reload on an assessment's screen (SPEC §10): its code, Chart.js where it draws charts, and its
// stored records start loading now, side by side, not each once the one before has asked for it.
const route = parseRoute(location.hash);
if (route.name === 'assessment') {
  const ignore = () => undefined;
  void loadAssessmentView().catch(ignore);
  void import('./state/primed-assessments').then(({ prefetchAssessment }) => prefetchAssessment(route.assessmentId), ignore);
  // Destructured, so the bundler still keeps only the parts of Chart.js that charts/chartjs.ts registers.
  if (route.screen === 'results' || route.screen === 'report' || (route.screen === 'pilots' && route.sub)) void import('chart.js').then(({ Chart }) => Chart, ignore);
}

const app = mount(App, { target: document.getElementById('app')! });

export default app;
