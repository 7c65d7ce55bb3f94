// A write refused inside its transaction because something it points at is gone (domain/references.ts).
// Apart from revision.ts so the first screen, which writes no scores or pilots, does not load the check.
import { removedElsewhereMessage, type MissingReference } from '../domain/references';
import { EditConflict } from './revision';

/** A write refused because a vendor, criterion or evaluator it points at was removed in another tab. */
export class ReferenceGone extends EditConflict {
  override name = 'ReferenceGone';
  readonly ref: MissingReference;
  constructor(ref: MissingReference) {
    super(removedElsewhereMessage(ref));
    this.ref = ref;
  }
}
