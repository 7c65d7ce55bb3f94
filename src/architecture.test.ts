// The house rules, checked on the code itself: no import circles (type-only imports included), and the
// floors of eslint.layers.js fire for an upward import at any depth of every folder, in .ts and .svelte
// files alike, and at the root of src.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import svelte from 'eslint-plugin-svelte';
import ts from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerRules } from '../eslint.layers.js';

const root = dirname(fileURLToPath(import.meta.url));
const sourceExtensions = ['.ts', '.svelte'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return sourceExtensions.some((ext) => entry.name.endsWith(ext)) ? [path] : [];
  });
}

/** Relative specifiers of every static import, re-export and dynamic import in a file. */
function importsOf(text: string): string[] {
  const found = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]);
  return [...new Set(found)];
}

function resolveImport(from: string, specifier: string, known: Set<string>): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.svelte`, join(base, 'index.ts')].find((candidate) => known.has(candidate));
}

/** Every cycle's files (strongly connected components of more than one file, or a file importing itself). */
function importCircles(): string[][] {
  const files = sourceFiles(root);
  const known = new Set(files);
  const edges = new Map(files.map((f) => [f, importsOf(readFileSync(f, 'utf8')).flatMap((s) => resolveImport(f, s, known) ?? [])]));
  // Tarjan's algorithm.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(relative(root, member));
      } while (member !== file);
      if (component.length > 1 || edges.get(file)!.includes(file)) circles.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return circles;
}

describe('architecture', () => {
  it('has no import circles, type-only imports included', () => {
    expect(importCircles()).toEqual([]);
  });

  const linter = new ESLint({
    cwd: join(root, '..'),
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: ts.parser } },
      { plugins: { '@typescript-eslint': ts.plugin } },
      // .svelte files as eslint.config.js parses them: the Svelte parser, with TypeScript for the script.
      ...svelte.configs['flat/base'],
      { files: ['**/*.svelte'], languageOptions: { parserOptions: { parser: ts.parser } } },
      ...layerRules,
    ],
  });
  const problems = async (file: string, source: string) =>
    (await linter.lintText(source, { filePath: join(root, file) }))[0].messages.map((m) => m.message);

  const upward: [string, string][] = [
    ['domain/robustness/probe.ts', "import { x } from '../../state/x';"],
    ['domain/probe.ts', "import { x } from '../exchange/x';"],
    ['exchange/csv/probe.ts', "import { x } from '../../db/schema';"],
    ['db/probe.ts', "import { x } from '../state/x';"],
    ['db/probe.ts', "import { importAssessmentText } from '../exchange/import';"],
    ['workers/probe.ts', "import { x } from '../state/x';"],
    ['workers/probe.ts', "import { db } from '../db/db';"],
    ['db/format/probe.ts', "import Dexie from 'dexie';"],
    ['db/format/probe.ts', "import { db } from '../db';"],
    ['db/format/probe.ts', "import { db } from '../../db/db';"],
    ['db/format/probe.ts', "import { loadAssessment } from '../../../src/db/assessments-repo';"],
    ['state/probe.ts', "import { x } from '../components/x';"],
    ['components/pilot/csv/probe.ts', "import { x } from '../../../db/db';"],
    ['components/csv/probe.ts', "import { CSV_MIME } from '../../exchange/csv/write';"],
    ['components/results/probe.ts', "import { x } from '../../db/db';"],
    ['components/results/csv/probe.ts', "import { rankingCsv } from '../../../exchange/csv/exports';"],
    ['views/probe.ts', "import { x } from '../db/assessments-repo';"],
    ['views/probe.ts', "import { importAssessmentText } from '../exchange/import';"],
    ['components/probe.svelte', "<script lang=\"ts\">import { db } from '../db/db';</script>"],
    ['components/contract/probe.svelte', "<script lang=\"ts\">import { csvFileName } from '../../exchange/csv/exports';</script>"],
    ['views/probe.svelte', "<script lang=\"ts\">import { x } from '../workers/x';</script>"],
    ['probe.ts', "import { db } from './db/db';"],
    ['probe.ts', "import { x } from './workers/x';"],
    ['probe.svelte', "<script lang=\"ts\">import { importAssessmentText } from './exchange/import';</script>"],
    ['cli/probe.ts', "import { x } from '../db/db';"],
    ['domain/probe.ts', "import Dexie from 'dexie';"],
    ['components/probe.ts', "import Dexie from 'dexie';"],
  ];
  it.each(upward)('refuses an upward import in src/%s: %s', async (file, source) => {
    expect(await problems(file, source)).toEqual([expect.stringMatching(/may import|does not use|exchange types only|is pure/)]);
  });

  const downward: [string, string][] = [
    ['domain/robustness/probe.ts', "import { x } from '../scoring';"],
    ['db/probe.ts', "import type { MeasurementRows } from '../exchange/csv/csv-read-results';"],
    ['state/probe.ts', "import { x } from '../db/db';"],
    ['workers/probe.ts', "import { toRecords } from '../db/format/assessment-records';"],
    ['db/format/probe.ts', "import type { MeasurementBlock } from '../schema';"],
    ['db/format/probe.ts', "import type { MeasurementBlock } from '../../db/schema';"],
    ['db/format/probe.ts', "import { kpiBlocks } from '../../db/format/measurement-blocks';"],
    ['components/pilot/probe.ts', "import { x } from '../../state/x';"],
    ['components/probe.svelte', "<script lang=\"ts\">import { x } from '../state/x';</script>"],
    ['views/probe.ts', "import { x } from '../components/x';"],
    ['probe.svelte', "<script lang=\"ts\">import HomeView from './views/HomeView.svelte';</script>"],
  ];
  it.each(downward)('allows a downward import in src/%s: %s', async (file, source) => {
    expect(await problems(file, source)).toEqual([]);
  });
});
