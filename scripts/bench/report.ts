// The bench's output: one row per figure (median, min–max, the floor measured in the same run, the
// ratio to it, the goal and whether it is met), printed as a table, and a JSON summary.

export interface Goal {
  /** What the goal limits: the figure itself, or its ratio to the floor. */
  on: 'value' | 'ratio';
  max: number;
  /** "< max" rather than "≤ max". */
  strict?: boolean;
}

export interface Row {
  figure: string;
  unit: 'ms' | 'kB' | 'MB' | '×' | '';
  /** Every run's value (the median, minimum and maximum are printed). */
  runs: number[];
  /** The floor's runs, measured in the same run of the bench, and what it is. */
  floor?: { what: string; runs: number[] };
  goal?: Goal;
  note?: string;
  /** Worked out from other rows' runs (a growth factor): no run count of its own. */
  derived?: boolean;
}

export function med(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function num(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2;
  return x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

const withUnit = (x: number, unit: Row['unit']) => (unit === '' ? num(x) : unit === '×' ? `${num(x)}×` : `${num(x)} ${unit}`);

function ratioOf(row: Row): number | undefined {
  if (!row.floor || row.floor.runs.length === 0) return undefined;
  const floor = med(row.floor.runs);
  return floor > 0 ? med(row.runs) / floor : undefined;
}

export function verdict(row: Row): 'ok' | 'miss' | 'none' {
  if (!row.goal) return 'none';
  const x = row.goal.on === 'value' ? med(row.runs) : ratioOf(row);
  if (x === undefined || !Number.isFinite(x)) return 'miss';
  return (row.goal.strict ? x < row.goal.max : x <= row.goal.max) ? 'ok' : 'miss';
}

function goalText(row: Row): string {
  if (!row.goal) return '—';
  const sign = row.goal.strict ? '<' : '≤';
  return row.goal.on === 'ratio' ? `${sign} ${num(row.goal.max)}× floor` : `${sign} ${withUnit(row.goal.max, row.unit)}`;
}

function cells(row: Row): string[] {
  const ratio = ratioOf(row);
  const v = verdict(row);
  const range = row.runs.length > 1 ? `${withUnit(Math.min(...row.runs), row.unit)}–${withUnit(Math.max(...row.runs), row.unit)}` : '—';
  const floor = row.floor ? `${withUnit(med(row.floor.runs), row.unit)} ${row.floor.what}` : 'n/a';
  return [
    row.figure + (!row.derived && row.runs.length !== 5 && row.runs.length > 1 ? ` (${row.runs.length} runs)` : ''),
    withUnit(med(row.runs), row.unit),
    range,
    floor,
    ratio === undefined ? '—' : `${num(ratio)}×`,
    goalText(row),
    v === 'ok' ? '✓' : v === 'miss' ? '✗ MISS' : '',
  ];
}

/** A Markdown table (readable as text too), with the notes under it. */
export function table(title: string, rows: Row[]): string {
  const head = ['figure', 'median', 'min–max', 'floor', 'ratio', 'goal', ''];
  const body = rows.map(cells);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.figure}: ${r.note}`);
  return [`## ${title}`, '', line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...body.map(line), '', ...notes].join('\n');
}

/** One object per row: what the JSON summary holds. */
export function summary(rows: Row[]): Record<string, unknown>[] {
  return rows.map((row) => {
    const ratio = ratioOf(row);
    return {
      figure: row.figure,
      unit: row.unit,
      median: +med(row.runs).toFixed(2),
      min: +Math.min(...row.runs).toFixed(2),
      max: +Math.max(...row.runs).toFixed(2),
      runs: row.runs.map((x) => +x.toFixed(2)),
      ...(row.floor ? { floor: +med(row.floor.runs).toFixed(2), floorWhat: row.floor.what } : {}),
      ...(ratio !== undefined ? { ratio: +ratio.toFixed(2) } : {}),
      ...(row.goal ? { goal: goalText(row), met: verdict(row) === 'ok' } : {}),
    };
  });
}
