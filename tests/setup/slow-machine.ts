// Testing Library's waits for the screen (findBy…, waitFor) give up after 1 s: on a loaded machine a
// component test that imports a CSV through its worker took longer and failed. 5 s, in files with a DOM.
export {}; // a module, for the top-level await

if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/svelte/pure');
  configure({ asyncUtilTimeout: 5_000 });
}
