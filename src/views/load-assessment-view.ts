// The assessment screens' code, loaded from one place (the app's router, the home screen's import and
// the start-up prefetch): each dynamic import lists every file the screens need, and that list is part
// of the first screen's bytes (SPEC §10, 60 kB) once per place it is written.
export const loadAssessmentView = () => import('./AssessmentView.svelte');
