// The pilot window of SPEC §4 in one place: only measurements dated inside [start, end], both ends
// included, count; rows before the start are a baseline and rows after the end are after the pilot,
// both shown and never judged. A leaf module, so the CSV reader runs the same rule in its worker
// without loading the evaluation. YYYY-MM-DD dates order as strings, so no date is parsed.

export type WindowPlace = 'baseline' | 'in' | 'after';

interface PilotWindow {
  start: string;
  end: string;
}

export function isInWindow(date: string, window: PilotWindow): boolean {
  return window.start <= date && date <= window.end;
}

/** Where a date lies against the window: the same test as the evaluation's. */
export function windowPlace(date: string, window: PilotWindow): WindowPlace {
  return date < window.start ? 'baseline' : date > window.end ? 'after' : 'in';
}
