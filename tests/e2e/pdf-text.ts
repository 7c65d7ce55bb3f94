// A tiny reader for the PDFs headless Chromium writes (Skia/PDF), enough to check a printed report's
// text without a PDF package or poppler: objects are found by "N 0 obj", streams inflated with Node's
// zlib, each font's ToUnicode CMap decodes the glyph ids that Tj/TJ show, and a new text line starts
// where the vertical position changes. Each piece of text also keeps where it is on its page (the text
// matrix under the graphics state's cm transforms, through forms), so a test can tell what ends a page.
// Not a general PDF parser: no object streams, no encryption.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

/** A piece of text as drawn: `top` is its baseline in points from the top of its page. */
export interface PdfTextRun {
  text: string;
  left: number;
  top: number;
  /** The BT…ET block it was drawn in: runs of one block are one piece of text. */
  block: number;
}

export interface PdfSummary {
  /** Page size in points, e.g. [595.92, 842.88] for A4 and [612, 792] for Letter. */
  pageSizes: [number, number][];
  /** The text of each page: lines separated by "\n", separate blocks of one line by a space. */
  pages: string[];
  /** Each page's text pieces with their positions, in drawing order. */
  runs: PdfTextRun[][];
  /** How many raster images the document holds (printed canvases become images). */
  images: number;
  /** The document's title (/Title of the Info dictionary), or null. */
  title: string | null;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** m × n: first m, then n (PDF's row-vector convention). */
const times = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/**
 * The page objects in reading order. Skia writes a balanced page tree (at most 8 kids per node), so a
 * longer document has /Pages nodes inside /Pages nodes: walk it from the catalog's root.
 */
function pageIds(objects: Map<number, PdfObject>): number[] {
  const catalog = [...objects.values()].find((o) => /\/Type \/Catalog\b/.test(o.dict));
  const root = Number(/\/Pages (\d+) 0 R/.exec(catalog?.dict ?? '')?.[1] ?? NaN);
  const pages: number[] = [];
  const walk = (id: number) => {
    const dict = objects.get(id)?.dict ?? '';
    if (!/\/Type \/Pages\b/.test(dict)) {
      pages.push(id);
      return;
    }
    const kids = /\/Kids \[([^\]]*)\]/.exec(dict)?.[1] ?? '';
    for (const kid of kids.matchAll(/(\d+) 0 R/g)) walk(Number(kid[1]));
  };
  walk(root);
  return pages;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  let m: RegExpExecArray | null;
  while ((m = header.exec(text))) {
    const start = header.lastIndex;
    const end = text.indexOf('endobj', start);
    let body = text.slice(start, end);
    let stream: Buffer | null = null;
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt >= 0 && body.startsWith('<<')) {
      const dict = body.slice(0, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? NaN);
      const dataStart = start + streamAt + (body[streamAt + 6] === '\r' ? 8 : 7);
      const raw = pdf.subarray(dataStart, dataStart + length);
      stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
      body = dict;
      header.lastIndex = dataStart + length;
    }
    objects.set(Number(m[1]), { dict: body, stream });
  }
  return objects;
}

/** glyph code (hex) → text, from a ToUnicode CMap's bfchar and bfrange sections. */
function readCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => {
    let s = '';
    for (let i = 0; i < hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return s;
  };
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, dst] of section[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(code.toUpperCase(), utf16(dst));
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of section[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const width = lo.length;
      const first = parseInt(dst, 16);
      for (let code = parseInt(lo, 16), i = 0; code <= parseInt(hi, 16); code++, i++) {
        map.set(code.toString(16).toUpperCase().padStart(width, '0'), String.fromCharCode(first + i));
      }
    }
  }
  return map;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1] ?? NaN);

/** name → object id, from a resource dictionary such as `/Font <</F4 4 0 R>>`. */
function resourceIds(dict: string, kind: 'Font' | 'XObject'): Map<string, number> {
  const body = new RegExp(`/${kind} <<([^>]*)>>`).exec(dict)?.[1] ?? '';
  return new Map([...body.matchAll(/\/(\w+) (\d+) 0 R/g)].map(([, name, id]) => [name, Number(id)]));
}

/**
 * The text a content stream shows, with the fonts of its page or form. Skia puts parts of a page in
 * form XObjects (transparency groups), so `Do` of a form is followed into its own content.
 */
interface Drawing {
  objects: Map<number, PdfObject>;
  fontMap: (id: number) => Map<string, string>;
  /** The page's runs, collected as the content is read. */
  runs: PdfTextRun[];
  pageHeight: number;
  blocks: number;
}

function contentText(content: string, resources: string, drawing: Drawing, ctm: Matrix = IDENTITY, depth = 0): string {
  const { objects, fontMap } = drawing;
  const fonts = resourceIds(resources, 'Font');
  const forms = resourceIds(resources, 'XObject');
  let out = '';
  let cmap = new Map<string, string>();
  let lastY: number | null = null;
  let y = 0;
  let newBlock = false;
  // Text line matrix (Tm, moved by Td) and the graphics state's transform with its q/Q stack.
  let line: Matrix = IDENTITY;
  let matrix = ctm;
  const saved: Matrix[] = [];
  const tokens = content.matchAll(
    /\/([A-Za-z0-9]+) [\d.]+ Tf|(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (Tm|cm)|(-?[\d.]+) (-?[\d.]+) Td|<([0-9A-Fa-f]*)> Tj|\[([^\]]*)\] TJ|\/([A-Za-z0-9]+) Do|\bBT\b|(?<=^|\s)([qQ])(?=\s|$)/g,
  );
  for (const t of tokens) {
    if (t[0] === 'BT') {
      newBlock = true;
      drawing.blocks++;
    } else if (t[14] === 'q') saved.push(matrix);
    else if (t[14] === 'Q') matrix = saved.pop() ?? ctm;
    else if (t[1]) {
      const id = fonts.get(t[1]);
      cmap = id === undefined ? new Map() : fontMap(id);
    } else if (t[8] === 'cm') matrix = times(t.slice(2, 8).map(Number) as Matrix, matrix);
    else if (t[8] === 'Tm') {
      y = Number(t[7]);
      line = t.slice(2, 8).map(Number) as Matrix;
    } else if (t[9] !== undefined) {
      y += Number(t[10]);
      line = times([1, 0, 0, 1, Number(t[9]), Number(t[10])], line);
    } else if (t[13] !== undefined) {
      const form = objects.get(forms.get(t[13]) ?? NaN);
      if (form?.stream && /\/Subtype \/Form/.test(form.dict) && depth < 10) {
        const own = /\/Matrix \[([^\]]*)\]/.exec(form.dict)?.[1].trim().split(/\s+/).map(Number) as Matrix | undefined;
        const inner = contentText(form.stream.toString('latin1'), form.dict, drawing, own ? times(own, matrix) : matrix, depth + 1);
        if (inner) out += (out ? '\n' : '') + inner;
        lastY = null;
      }
    } else {
      const hexes = t[11] !== undefined ? [t[11]] : [...t[12].matchAll(/<([0-9A-Fa-f]*)>/g)].map((h) => h[1]);
      if (lastY !== null && Math.abs(y - lastY) > 0.5) out += '\n';
      else if (lastY === null && out) out += '\n';
      // Another text block on the same line (a table cell, a badge): keep the words apart.
      else if (newBlock && out && !/\s$/.test(out)) out += ' ';
      lastY = y;
      newBlock = false;
      let text = '';
      for (const hex of hexes) {
        for (let i = 0; i < hex.length; i += 4) text += cmap.get(hex.slice(i, i + 4).toUpperCase()) ?? '';
      }
      out += text;
      const [, , , , x0, y0] = times(line, matrix);
      drawing.runs.push({ text: text.normalize('NFKC'), left: x0, top: drawing.pageHeight - y0, block: drawing.blocks });
    }
  }
  return out;
}

/** The Info dictionary's /Title: a UTF-16BE hex string with its byte-order mark, as Skia writes it. */
function readTitle(objects: Map<number, PdfObject>): string | null {
  for (const o of objects.values()) {
    const hex = /\/Title <FEFF([0-9A-Fa-f]*)>/.exec(o.dict)?.[1];
    if (hex === undefined) continue;
    let title = '';
    for (let i = 0; i < hex.length; i += 4) title += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return title;
  }
  return null;
}

/**
 * A page's text as lines from top to bottom: runs whose baselines lie within `tolerance` points are one
 * line, read left to right, with a space between separate pieces of text.
 */
export function pageLines(runs: readonly PdfTextRun[], tolerance = 2): { text: string; top: number }[] {
  const sorted = [...runs].filter((r) => r.text !== '').sort((a, b) => a.top - b.top || a.left - b.left);
  const lines: { runs: PdfTextRun[]; top: number }[] = [];
  for (const run of sorted) {
    const last = lines.at(-1);
    if (last && run.top - last.top <= tolerance) last.runs.push(run);
    else lines.push({ runs: [run], top: run.top });
  }
  return lines
    .map(({ runs: parts, top }) => {
      const ordered = [...parts].sort((a, b) => a.left - b.left);
      let text = '';
      ordered.forEach((run, i) => {
        const apart = i > 0 && run.block !== ordered[i - 1].block && !/\s$/.test(text);
        text += (apart ? ' ' : '') + run.text;
      });
      return { text: text.replace(/\s+/g, ' ').trim(), top };
    })
    .filter((line) => line.text !== '');
}

export function readPdf(pdf: Buffer): PdfSummary {
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('not a PDF file');
  const objects = readObjects(pdf);
  const cmaps = new Map<number, Map<string, string>>();
  const fontMap = (id: number) => {
    if (!cmaps.has(id)) {
      const toUnicode = objects.get(ref(objects.get(id)?.dict ?? '', 'ToUnicode'))?.stream;
      cmaps.set(id, toUnicode ? readCMap(toUnicode.toString('latin1')) : new Map());
    }
    return cmaps.get(id)!;
  };
  const summary: PdfSummary = { pageSizes: [], pages: [], runs: [], images: 0, title: readTitle(objects) };
  for (const id of pageIds(objects)) {
    const page = objects.get(id)!.dict;
    const box = /\/MediaBox \[([^\]]*)\]/.exec(page)?.[1].trim().split(/\s+/).map(Number) ?? [0, 0, 0, 0];
    summary.pageSizes.push([box[2] - box[0], box[3] - box[1]]);
    const drawing: Drawing = { objects, fontMap, runs: [], pageHeight: box[3], blocks: 0 };
    const contentIds = /\/Contents \[([^\]]*)\]/.exec(page)?.[1] ?? /\/Contents (\d+ 0 R)/.exec(page)?.[1] ?? '';
    const content = [...contentIds.matchAll(/(\d+) 0 R/g)].map((c) => objects.get(Number(c[1]))?.stream?.toString('latin1') ?? '').join('\n');
    // NFKC turns the ligatures the fonts print (ﬁ) back into letters.
    summary.pages.push(contentText(content, page, drawing).normalize('NFKC'));
    summary.runs.push(drawing.runs);
  }
  summary.images = [...objects.values()].filter((o) => /\/Subtype \/Image\b/.test(o.dict)).length;
  return summary;
}
