// The floors of the house (README "Layout"): each folder of src/ may import only the folders below
// it. Globs match at any depth, so `../../state/x` from src/domain/robustness/ is caught as well.
// Used by eslint.config.js and by src/architecture.test.ts, which proves each rule fires.
//
//   main.ts, App.svelte → views → components → state → db → (exchange types)      cli → exchange → domain
//                                                state → workers → exchange → domain
// Components and views reach storage, files and workers only through state/, so each screen's
// behaviour has one home that tests can drive without markup.
const folders = ['domain', 'exchange', 'db', 'workers', 'state', 'components', 'views', 'cli'];

/** What each folder may import besides itself and src/data (bundled JSON). */
const allowed = {
  domain: [],
  exchange: ['domain'],
  db: ['domain'],
  workers: ['domain', 'exchange'],
  state: ['domain', 'exchange', 'db', 'workers'],
  components: ['domain', 'state'],
  views: ['domain', 'state', 'components'],
  cli: ['domain', 'exchange'],
};

/** The files at the root of src (main.ts, App.svelte, app-manifest.ts) start the app: screens and state, never storage. */
const rootAllowed = ['domain', 'state', 'components', 'views'];

/** Libraries a folder must not use (the pure core stays free of UI, storage, parsing and charts). */
const forbiddenPackages = {
  domain: ['svelte', 'dexie', 'chart.js', 'papaparse'],
  exchange: ['svelte', 'dexie', 'chart.js'],
  db: ['svelte', 'chart.js', 'papaparse'],
  workers: ['svelte', 'dexie', 'chart.js'],
  state: ['chart.js', 'papaparse'],
  components: ['dexie', 'papaparse'],
  views: ['dexie', 'papaparse', 'chart.js'],
  cli: ['svelte', 'dexie', 'chart.js'],
};

function rulesFor(folder) {
  const may = allowed[folder];
  const above = folders.filter((f) => f !== folder && !may.includes(f));
  const patterns = above.map((f) => ({
    group: [`**/${f}/**`],
    message: `src/${folder} may import only ${[folder, ...may].join(', ')} (README "Layout").`,
  }));
  // db stores domain objects and may name the exchange's plain row types, never run exchange code.
  for (const pattern of patterns) if (folder === 'db' && pattern.group[0] === '**/exchange/**') {
    pattern.allowTypeImports = true;
    pattern.message = 'src/db may import exchange types only (import type).';
  }
  // The storage format (src/db/format) is pure, so the workers build storage records with it and the
  // format stays defined in one place.
  for (const pattern of patterns) if (folder === 'workers' && pattern.group[0] === '**/db/**') {
    // gitignore rules: a file under an excluded folder cannot be let back in, so exclude db's entries and let format back.
    pattern.group = ['**/db/*', '!**/db/format'];
    pattern.message = 'src/workers may import only workers, domain, exchange and the storage format (src/db/format).';
  }
  for (const name of forbiddenPackages[folder]) {
    patterns.push({ group: [name, `${name}/*`], message: `src/${folder} does not use ${name}.` });
  }
  return { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] };
}

/** src/db/format: db's floors, no Dexie, and of the rest of db only the schema's types, at any depth. */
function formatRules() {
  const rules = rulesFor('db');
  const { patterns } = rules['@typescript-eslint/no-restricted-imports'][1];
  const message = 'src/db/format is pure: workers run it (of src/db only the schema types).';
  patterns.push(
    { group: ['dexie', 'dexie/*'], message: 'src/db/format is pure: workers run it (no Dexie).' },
    // '../db' from the folder itself, and '../../db/db' or deeper: every entry of db but format and schema.
    { regex: '^\\.\\./(?!schema$)[^./]', message },
    { group: ['**/db/*', '!**/db/format', '!**/db/schema'], message },
  );
  return rules;
}

/** The files at the root of src: the floors of what starts the app, and the packages views do not use. */
function rootRules() {
  const message = `The root of src may import only ${rootAllowed.join(', ')} (README "Layout").`;
  const patterns = folders.filter((f) => !rootAllowed.includes(f)).map((f) => ({ group: [`**/${f}/**`], message }));
  for (const name of ['dexie', 'papaparse']) patterns.push({ group: [name, `${name}/*`], message: `The root of src does not use ${name}.` });
  return { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] };
}

/** One flat-config entry per folder; tests are held to the same floors as the code they test. */
export const layerRules = [
  ...folders.map((folder) => ({
    files: [`src/${folder}/**/*.ts`, `src/${folder}/**/*.svelte`],
    rules: rulesFor(folder),
  })),
  { files: ['src/db/format/**/*.ts'], rules: formatRules() },
  { files: ['src/*.ts', 'src/*.svelte'], rules: rootRules() },
];
