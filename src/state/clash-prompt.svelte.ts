// The clash dialog's question and answer (SPEC §5): a file holds an assessment already stored, and the
// user chooses Merge evaluators, Replace or Import as a copy. Apart from the import flow
// (assessment-import.svelte.ts), which loads only when a file is picked, to keep the first screen small.
import type { MergeResult } from '../domain/merge';
import type { ReplaceLosses } from '../domain/replace-losses';
import type { Assessment } from '../domain/types';

export type ClashChoice = 'merge' | 'replace' | 'copy';

/** What the clash dialog shows: both versions, the merge it would make and what Replace would lose. */
export interface Clash {
  fileName: string;
  stored: Assessment;
  file: Assessment;
  merge: MergeResult;
  losses: ReplaceLosses;
}

/** The open clash dialog of one screen: `await ask(clash)` resolves with the choice, or null (Cancel). */
export class ClashPrompt {
  #pending = $state.raw<Clash | null>(null);
  #resolve: ((choice: ClashChoice | null) => void) | null = null;

  get pending(): Clash | null {
    return this.#pending;
  }

  ask(clash: Clash): Promise<ClashChoice | null> {
    this.#resolve?.(null);
    this.#pending = clash;
    return new Promise((resolve) => (this.#resolve = resolve));
  }

  answer(choice: ClashChoice | null): void {
    this.#resolve?.(choice);
    this.#resolve = null;
    this.#pending = null;
  }
}
