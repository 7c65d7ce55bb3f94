// The web app manifest (installable in Chromium, Edge and Safari): name, colours of both themes
// (the light theme's accent and background here; index.html's theme-color metas carry the dark one
// too), and icons: SVG for any size, PNGs at 192 and 512 px, and a maskable one whose mark stays
// inside the safe zone. Paths are relative, so the app installs from any sub-path (SPEC §1).
export const appManifest = {
  name: 'BPO Partner Workbench',
  short_name: 'BPO Workbench',
  description: 'Choose a customer-service outsourcing partner with evidence, prove it in a pilot. Everything stays in this browser.',
  id: './',
  start_url: './',
  scope: './',
  display: 'standalone' as const,
  background_color: '#f6f7f9',
  theme_color: '#1f5fbf',
  icons: [
    { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
