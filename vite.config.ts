import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { VitePWA } from 'vite-plugin-pwa';
import { appManifest } from './src/app-manifest.ts';

// Dexie's ES module build, not its UMD bundle (what `import 'dexie'` resolves to): the same library
// without the CommonJS wrapper and interop runtime, 2 kB gzip less on the first screen (budget 60 kB).
// Tests keep the package's own entry.
const dexieModule = fileURLToPath(new URL('./node_modules/dexie/dist/modern/dexie.mjs', import.meta.url));

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// base './' so the built files work from any static host and any sub-path (SPEC §1).
export default defineConfig({
  base: './',
  // The Storage & about page says which version runs: the package's, and when this build was made.
  define: { __APP_VERSION__: JSON.stringify(version), __APP_BUILT_AT__: JSON.stringify(new Date().toISOString()) },
  plugins: [
    svelte(),
    // Offline after one visit, and installable: a service worker Workbox generates, precaching every
    // built file (the app, the lazy screens, Chart.js, the CSV and other workers, the template and the
    // worked example inside their chunks). It waits to take over until the user chooses Reload on the
    // "new version" banner (registerType 'prompt'); state/app-update.svelte.ts registers it from the
    // app's own script, never an inline one, so script-src 'self' holds.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: appManifest,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png}'], // the manifest is added by the plugin
        navigateFallback: 'index.html',
        // The assessment screens' chunk is the largest; keep room so no built file is left uncached.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // The first version takes charge of the page that installed it at once, so a screen opened
        // later in that same visit loads from the cache when the network has gone (a new version
        // still waits for Reload: skipWaiting stays off).
        clientsClaim: true,
      },
    }),
  ],
  resolve: process.env.VITEST ? { conditions: ['browser'] } : { alias: [{ find: /^dexie$/, replacement: dexieModule }] },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 400,
    // Every browser the build targets (ES2022) preloads modules itself; the polyfill would weigh on
    // the first screen (SPEC §10) for none of them.
    modulePreload: {
      polyfill: false,
      // Screens and dialogs opened now and then (the dashboard, Storage & about, the clash and restore
      // dialogs, the update banner, confirmations) are listed with their own file and every style sheet
      // (only this list loads those), not with every module they import: the browser fetches those as
      // it reads the file. Each name listed is part of the first screen's bytes (SPEC §10, 60 kB).
      resolveDependencies: (filename, deps) => {
        const rare = /(DashboardView|AboutView|ClashDialog|RestoreStatus|UpdateBanner|ConfirmHost)-[\w-]+\.js$/.exec(filename);
        return rare ? deps.filter((d) => d.endsWith('.css') || d.endsWith(rare[0])) : deps;
      },
    },
    // No data: URLs: every asset is a file the service worker precaches and the CSP allows as 'self'.
    assetsInlineLimit: 0,
    // Six hash characters (64^6 names per file name) still change with every change of a file, and the
    // first screen lists some forty file names in its preload table: two characters fewer each is
    // 0.06 kB of its 60 (SPEC §10).
    rollupOptions: {
      output: { entryFileNames: 'assets/[name]-[hash:6].js', chunkFileNames: 'assets/[name]-[hash:6].js', assetFileNames: 'assets/[name]-[hash:6][extname]' },
    },
  },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.{ts,mjs}', 'scripts/**/*.test.{ts,mjs}'],
    environment: 'node',
    setupFiles: ['./src/test-setup.ts', './tests/setup/slow-machine.ts'],
    // The slowest test takes ~1.6 s on an idle 2-core machine and passed 5 s on a loaded one (load
    // average 14-20): budgets for several times the normal run, so a busy machine is not a failure.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
