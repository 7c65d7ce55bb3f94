// The command line (SPEC §7) built to one plain ES module that node runs with no compile step and no
// dependencies: `npm run build:cli` writes dist-cli/bpo-workbench.mjs, the package's `bin`. The same
// domain/ and exchange/ code as the app, bundled; nothing of the browser app comes along.
import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __CLI_VERSION__: JSON.stringify(version) },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/bin.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rolldownOptions: {
      output: { entryFileNames: 'bpo-workbench.mjs', codeSplitting: false }, // bin.ts's #! line is kept
    },
  },
});
