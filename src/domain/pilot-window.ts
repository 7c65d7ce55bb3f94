// The pilot window of SPEC §4 in one place: only measurements dated inside [start, end], both ends
// included, count; rows before the start are a baseline and rows after the end are after the pilot,
// both shown and never judged. A leaf module, so the CSV reader runs the same rule in its worker
// without loading the evaluation. YYYY-MM-DD dates order as strings, so no date is parsed. (The window is called `span` here: a
// parameter named `window` would read as the browser's global in a module that must stay pure.)

export type WindowPlace = 'baseline' | 'in' | 'after';

interface PilotWindow {
  start: string;
  end: string;
}

export function isInWindow(date: string, span: PilotWindow): boolean {
  return span.start <= date && date <= span.end;
}

/** Where a date lies against the window: the same test as the evaluation's. */
export function windowPlace(date: string, span: PilotWindow): WindowPlace {
  return date < span.start ? 'baseline' : date > span.end ? 'after' : 'in';
}
