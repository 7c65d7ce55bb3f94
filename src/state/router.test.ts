// Hash routes round-trip: what routeHref writes, parseRoute reads back, including the contract screens.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './router.svelte';

describe('routes', () => {
  it.each([
    { name: 'home' } as const,
    { name: 'about' } as const,
    { name: 'dashboard' } as const,
    { name: 'assessment', assessmentId: 'a 1', screen: 'contracts' } as const,
    { name: 'assessment', assessmentId: 'a1', screen: 'contracts', sub: 'northwind/2027' } as const,
    { name: 'assessment', assessmentId: 'a1', screen: 'contracts', sub: 'c1', part: 'qbr' } as const,
    { name: 'assessment', assessmentId: 'a1', screen: 'pilots', sub: 'compare' } as const,
  ])('reads back %o', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('takes an unknown screen as the checklist', () => {
    expect(parseRoute('#/a/x/nope')).toEqual({ name: 'assessment', assessmentId: 'x', screen: 'checklist' });
  });
});
