// Which build is running (the Storage & about page, the update banner): the package's version and when
// this build was made, written in by vite.config.ts; "development" under the dev server's tests.
declare const __APP_VERSION__: string | undefined;
declare const __APP_BUILT_AT__: string | undefined;

export const APP_VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'development';
export const APP_BUILT_AT = typeof __APP_BUILT_AT__ === 'string' ? __APP_BUILT_AT__ : null;
