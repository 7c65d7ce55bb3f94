// Recording a human decision, or a correction of an earlier one, in the pilot's log (SPEC §2 Decision).
// What the data says at that moment (SPEC §4) is stored with it (domain/decision-log.ts).
import { decisionErrors, type DecisionDraft, type DecisionErrors } from '../domain/decision-log';
import type { PilotEvaluation } from '../domain/pilot';
import type { PilotEditor } from './pilot-editor';

export class DecisionRecordForm {
  readonly #editor: PilotEditor;
  readonly #evaluationOf: () => PilotEvaluation;
  readonly #corrects: string | undefined;
  #draft = $state<DecisionDraft>({ outcome: 'go', by: '', rationale: '' });
  #submitted = $state(false);
  #busy = $state(false);

  /** The form starts from `initial` and is the user's from then on; `corrects`: `at` of the entry it corrects. */
  constructor(editor: PilotEditor, evaluation: () => PilotEvaluation, initial: DecisionDraft, corrects?: string) {
    this.#editor = editor;
    this.#evaluationOf = evaluation;
    this.#corrects = corrects;
    this.#draft = { ...initial };
  }

  // Deriveds are lazy: they first run after the constructor has set the getter (read through a method).
  #evaluation(): PilotEvaluation {
    return this.#evaluationOf();
  }

  /** The fields (bound to the form's inputs). */
  get draft(): DecisionDraft {
    return this.#draft;
  }
  get busy(): boolean {
    return this.#busy;
  }

  readonly errors: DecisionErrors = $derived(decisionErrors(this.#draft));
  /** The rationale's message, once the user has tried to record. */
  readonly rationaleError: string | undefined = $derived(this.#submitted ? this.errors.rationale : undefined);
  /** True when the recorded outcome is not what the data says now. */
  readonly differs: boolean = $derived(this.#draft.outcome !== this.#evaluation().decision);

  /** Stores the entry with the evaluation of this moment; resolves true when it was stored. */
  async submit(): Promise<boolean> {
    this.#submitted = true;
    if (Object.keys(this.errors).length > 0) return false;
    this.#busy = true;
    try {
      const saved = await this.#editor.recordDecision(this.#draft, this.#evaluation(), this.#corrects);
      if (saved) {
        this.#submitted = false;
        this.#draft = { ...this.#draft, rationale: '' };
      }
      return saved;
    } finally {
      this.#busy = false;
    }
  }
}
