import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { useBrowserLocale } from './state/locale';

// Numbers, percentages and dates in the reader's locale, before anything is drawn.
useBrowserLocale();

const app = mount(App, { target: document.getElementById('app')! });

export default app;
