// Hash routes, so the built app works from any static host and sub-path without server rewrites.
export type Screen = 'checklist' | 'vendors' | 'scoring' | 'results' | 'pilots' | 'report';
export const SCREENS: { id: Screen; label: string }[] = [
  { id: 'checklist', label: 'Checklist' },
  { id: 'vendors', label: 'Vendors' },
  { id: 'scoring', label: 'Scoring' },
  { id: 'results', label: 'Results' },
  { id: 'pilots', label: 'Pilots' },
  // The printable steering-committee report.
  { id: 'report', label: 'Report' },
];

type Route =
  | { name: 'home' }
  | { name: 'about' }
  /** `sub` selects inside a screen: a pilot id, or "compare" on the pilots screen. */
  | { name: 'assessment'; assessmentId: string; screen: Screen; sub?: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'about') return { name: 'about' };
  if (parts[0] === 'a' && parts[1]) {
    const screen = SCREENS.find((s) => s.id === parts[2])?.id ?? 'checklist';
    return parts[3] ? { name: 'assessment', assessmentId: parts[1], screen, sub: parts[3] } : { name: 'assessment', assessmentId: parts[1], screen };
  }
  return { name: 'home' };
}

export function routeHref(route: Route): string {
  if (route.name === 'home') return '#/';
  if (route.name === 'about') return '#/about';
  const base = `#/a/${encodeURIComponent(route.assessmentId)}/${route.screen}`;
  return route.sub ? `${base}/${encodeURIComponent(route.sub)}` : base;
}

class Router {
  #route = $state<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));

  get route(): Route {
    return this.#route;
  }

  /** Call once at startup. */
  listen(): () => void {
    const update = () => (this.#route = parseRoute(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }

  go(route: Route): void {
    location.hash = routeHref(route);
  }
}

export const router = new Router();
