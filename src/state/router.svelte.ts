// Hash routes, so the built app works from any static host and sub-path without server rewrites.
export type Screen = 'checklist' | 'vendors' | 'scoring' | 'results' | 'pilots' | 'contracts' | 'report';
export const SCREENS: { id: Screen; label: string }[] = [
  { id: 'checklist', label: 'Checklist' },
  { id: 'vendors', label: 'Vendors' },
  { id: 'scoring', label: 'Scoring' },
  { id: 'results', label: 'Results' },
  { id: 'pilots', label: 'Pilots' },
  // After a GO: service levels, credits, reviews (SPEC §11).
  { id: 'contracts', label: 'Contracts' },
  // The printable steering-committee report.
  { id: 'report', label: 'Report' },
];

type Route =
  | { name: 'home' }
  | { name: 'about' }
  /** Every live contract of every assessment (SPEC §11 executive dashboard). */
  | { name: 'dashboard' }
  /**
   * `sub` selects inside a screen: a pilot id, or "compare" on the pilots screen; a contract id on the
   * contracts screen, where `part` "qbr" is that contract's quarterly business review pack.
   */
  | { name: 'assessment'; assessmentId: string; screen: Screen; sub?: string; part?: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'about') return { name: 'about' };
  if (parts[0] === 'dashboard') return { name: 'dashboard' };
  if (parts[0] === 'a' && parts[1]) {
    const screen = SCREENS.find((s) => s.id === parts[2])?.id ?? 'checklist';
    return { name: 'assessment', assessmentId: parts[1], screen, sub: parts[3], part: parts[4] };
  }
  return { name: 'home' };
}

export function routeHref(route: Route): string {
  if (route.name === 'home') return '#/';
  if (route.name === 'about') return '#/about';
  if (route.name === 'dashboard') return '#/dashboard';
  return ['a', route.assessmentId, route.screen, route.sub, route.part].reduce((href: string, part) => (part ? `${href}/${encodeURIComponent(part)}` : href), '#');
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
