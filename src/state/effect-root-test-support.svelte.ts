// Test support: a state class that runs effects, created inside an effect root on an input the test
// replaces (as a component's props are replaced). Imported by *.svelte.test.ts files only.
import { flushSync } from 'svelte';

const roots: (() => void)[] = [];

/** Ends every root opened since the last call (call it in afterEach). */
export function closeEffectRoots(): void {
  while (roots.length) roots.pop()!();
}

/** Creates `create(() => input)` in an effect root; `set` replaces the input and flushes the effects. */
export function openOnInput<Input, State>(initial: Input, create: (input: () => Input) => State): { state: State; set: (next: Input) => void } {
  let input = $state.raw(initial);
  let state!: State;
  roots.push(
    $effect.root(() => {
      state = create(() => input);
    }),
  );
  flushSync();
  return {
    state,
    set(next: Input) {
      input = next;
      flushSync();
    },
  };
}
