// How a merge moved the ranking (SPEC §5: the user is told what changed): who leads and by how much,
// before the merge and now. The lead is read as the Results headline reads it (results-text.ts): the
// best-ranked vendor with a total that is not disqualified, ahead of the next such vendor.
import { formatScore, joinNames } from './format';
import type { RankedVendor } from './scoring';

type Lead =
  | { kind: 'none' }
  | { kind: 'shared'; names: string[] }
  | { kind: 'alone'; vendorId: string; name: string; runnerUp: { vendorId: string; name: string; margin: number } | null };

function leadOf(ranking: readonly RankedVendor[]): Lead {
  const contenders = ranking.filter((v) => v.total !== null && v.status !== 'disqualified');
  const [leader, next] = contenders;
  if (!leader) return { kind: 'none' };
  const tied = contenders.filter((v) => v.rank === leader.rank);
  if (tied.length > 1) return { kind: 'shared', names: tied.map((v) => v.name) };
  const runnerUp = next ? { vendorId: next.vendorId, name: next.name, margin: leader.total! - next.total! } : null;
  return { kind: 'alone', vendorId: leader.vendorId, name: leader.name, runnerUp };
}

const points = (gap: number) => (gap < 0.05 ? 'less than 0.1 points' : `${formatScore(gap)} points`);
const ahead = (r: { name: string; margin: number } | null) => (r ? `by ${points(r.margin)} over ${r.name}` : 'with no other vendor in contention');

function nowText(l: Lead): string {
  if (l.kind === 'none') return 'No vendor is in contention now';
  if (l.kind === 'shared') return `${joinNames(l.names)} now share the lead`;
  return `${l.name} now leads, ${ahead(l.runnerUp)}`;
}

function beforeText(l: Lead): string {
  if (l.kind === 'none') return 'before the merge no vendor was in contention';
  if (l.kind === 'shared') return `before the merge ${joinNames(l.names)} shared the lead`;
  return `before the merge ${l.name} led ${ahead(l.runnerUp)}`;
}

/**
 * "Contoso CX now leads, by 4.5 points over Northwind Contact; before the merge Northwind Contact led by
 * 3.9 points over Fabrikam Support." — or, when the leader stayed, how its margin changed.
 */
export function rankingMoveText(before: readonly RankedVendor[], now: readonly RankedVendor[]): string {
  const b = leadOf(before);
  const a = leadOf(now);
  if (a.kind === 'alone' && b.kind === 'alone' && a.vendorId === b.vendorId) {
    const sameRunnerUp = a.runnerUp?.vendorId === b.runnerUp?.vendorId;
    if (sameRunnerUp && ahead(a.runnerUp) === ahead(b.runnerUp)) return `${a.name} still leads, ${ahead(a.runnerUp)}, as before the merge.`;
    if (sameRunnerUp && a.runnerUp && b.runnerUp) {
      return `${a.name} still leads ${a.runnerUp.name}, now by ${points(a.runnerUp.margin)} (${points(b.runnerUp.margin)} before the merge).`;
    }
    return `${a.name} still leads, now ${ahead(a.runnerUp)} (before the merge ${ahead(b.runnerUp)}).`;
  }
  if (a.kind === 'none' && b.kind === 'none') return 'No vendor is in contention, as before the merge.';
  return `${nowText(a)}; ${beforeText(b)}.`;
}
