// How the pilot screen presents the SPEC §4 decision honestly. The rules give EXTEND when nothing is
// counted ("no data yet"), which reads like a verdict; until a measurement is dated inside the window the
// screen shows "Not started" or "Collecting data" instead, while the computed decision (CLI, exports,
// decision log) stays what the rules say. Around any verdict it adds the facts the rules leave out:
// how much of the window the data cover, what is only a baseline, and measurements dated after today.
// Pure: "today" is always passed in.
import { daysBetween } from './dates';
import { formatCount, formatDay, plural } from './format';
import { windowPlace } from './pilot-window';
import type { Pilot } from './types';

interface PilotDataFacts {
  /** Days in [start, end], both ends included. */
  windowDays: number;
  /** Distinct days inside the window with at least one measurement (SPEC §4: the counted ones). */
  dataDays: number;
  /** Measurements inside the window: the ones the decision judges. */
  counted: number;
  /** Measurements before the start (a baseline) and after the end: shown, not judged (SPEC §4). */
  before: number;
  after: number;
  /** Measurements dated after today: how many, how many of them are counted, the latest date. */
  future: { count: number; counted: number; latest: string } | null;
}

/**
 * The facts about a pilot's measurements against its window and today: one pass over each KPI's date
 * column counts the rows per distinct date, and each distinct date is then judged once.
 */
export function pilotDataFacts(pilot: Pick<Pilot, 'start' | 'end' | 'measurements'>, today: string): PilotDataFacts {
  const days = new Set<string>();
  let before = 0;
  let after = 0;
  let future: PilotDataFacts['future'] = null;
  for (const block of pilot.measurements.blocks) {
    const perDate = new Uint32Array(block.dates.length);
    const { date } = block;
    for (let k = 0; k < date.length; k++) perDate[date[k]]++;
    block.dates.forEach((day, i) => {
      const rows = perDate[i];
      if (rows === 0) return;
      const place = windowPlace(day, pilot);
      const inWindow = place === 'in';
      if (inWindow) days.add(day);
      else if (place === 'baseline') before += rows;
      else after += rows;
      if (day > today) {
        future ??= { count: 0, counted: 0, latest: day };
        future.count += rows;
        if (inWindow) future.counted += rows;
        if (day > future.latest) future.latest = day;
      }
    });
  }
  return {
    windowDays: daysBetween(pilot.start, pilot.end) + 1,
    dataDays: days.size,
    counted: pilot.measurements.count - before - after,
    before,
    after,
    future,
  };
}

/** `decided` once a measurement is counted; before that, whether the window has begun. */
type PilotPhase = 'not-started' | 'collecting' | 'decided';

export interface PilotVerdict {
  phase: PilotPhase;
  /** What the screen shows instead of a verdict while nothing is counted; null once decided. */
  status: { title: string; text: string } | null;
  /** Facts shown after the reasons, visibly secondary: data coverage of the window, baseline rows. */
  facts: string[];
  /** Measurements dated after today, named with their number and the latest date; null when none. */
  warning: string | null;
}

/** "Data for 28 of 56 days of the pilot window". */
export function dataCoverageText(facts: Pick<PilotDataFacts, 'dataDays' | 'windowDays'>): string {
  return `Data for ${formatCount(facts.dataDays)} of ${plural(facts.windowDays, 'day', 'days')} of the pilot window`;
}

/** "3 measurements before the start (a baseline) and 1 after the end are shown, not judged"; null when none. */
function outsideText({ before, after }: Pick<PilotDataFacts, 'before' | 'after'>): string | null {
  if (before + after === 0) return null;
  const parts = [
    before > 0 ? `${plural(before, 'measurement', 'measurements')} before the start (a baseline)` : '',
    after > 0 ? `${before > 0 ? formatCount(after) : plural(after, 'measurement', 'measurements')} after the end` : '',
  ].filter(Boolean);
  return `${parts.join(' and ')} ${before + after === 1 ? 'is' : 'are'} shown, not judged`;
}

/** "8 measurements are dated after today (the latest on 17 Jan 2027); 7 of them count toward the decision. Check their dates." */
export function futureWarningText(future: NonNullable<PilotDataFacts['future']>): string {
  const { count, counted, latest } = future;
  const head = count === 1 ? `1 measurement is dated after today (${formatDay(latest)})` : `${plural(count, 'measurement', 'measurements')} are dated after today (the latest on ${formatDay(latest)})`;
  let counts = '';
  if (counted === count) counts = count === 1 ? ' and counts toward the decision' : ' and count toward the decision';
  else if (counted > 0) counts = `; ${formatCount(counted)} of them ${counted === 1 ? 'counts' : 'count'} toward the decision`;
  return `${head}${counts}. Check ${count === 1 ? 'its date' : 'their dates'}.`;
}

function statusOf(pilot: Pick<Pilot, 'start' | 'end'>, today: string): NonNullable<PilotVerdict['status']> {
  if (today < pilot.start) {
    const d = daysBetween(today, pilot.start);
    const when = d === 1 ? 'tomorrow' : `in ${formatCount(d)} days`;
    return {
      title: 'Not started',
      text: `The pilot starts ${when}, on ${formatDay(pilot.start)}: no verdict until measurements dated inside its window are counted.`,
    };
  }
  if (today > pilot.end) {
    return {
      title: 'No counted data',
      text: `The pilot ended on ${formatDay(pilot.end)} with no measurement dated inside its window: enter or import them for a verdict.`,
    };
  }
  return { title: 'Collecting data', text: 'No measurement dated inside the pilot window yet: no verdict until there is counted data.' };
}

/** What the pilot screen shows about the decision on `today` (YYYY-MM-DD). */
export function pilotVerdict(pilot: Pick<Pilot, 'start' | 'end'>, facts: PilotDataFacts, today: string): PilotVerdict {
  const phase: PilotPhase = facts.counted > 0 ? 'decided' : today < pilot.start ? 'not-started' : 'collecting';
  const outside = outsideText(facts);
  return {
    phase,
    status: phase === 'decided' ? null : statusOf(pilot, today),
    facts: [dataCoverageText(facts), ...(outside ? [outside] : [])],
    warning: facts.future ? futureWarningText(facts.future) : null,
  };
}
