/**
 * What of the fleet a STUDENT may see: the route they are assigned to, its bus and its stops; the
 * trips that carry them (their route's, and the one-off trips they ride); and nothing of any other
 * route (not its trips, progress, bus, driver or stops). Staff see it all.
 */
import type { TransportContext } from '../context';

export interface OwnRoute {
  /** The student's regular route (StudentTransport), its bus and stops; null and empty without one. */
  routeId: string | null;
  busId: string | null;
  stopIds: ReadonlySet<string>;
  /** The routes whose trips carry the student: their regular route and each one-off trip's they ride. */
  tripRouteIds: ReadonlySet<string>;
}

/** Per request: the answer is read once whatever the number of fields asking. */
const asked = new WeakMap<TransportContext, Promise<OwnRoute | null>>();

/** undefined for staff (no limit); null for a STUDENT who rides nothing (or is linked to no student); else what they ride. */
export function ownRoute(ctx: TransportContext): Promise<OwnRoute | null> | undefined {
  if (!ctx.caller.selfScoped) return undefined;
  let route = asked.get(ctx);
  if (!route) {
    route = (async () => {
      const studentId = await ctx.ownStudentId();
      if (!studentId) return null;
      const [assignment, oneOffRouteIds] = await Promise.all([
        ctx.loaders.assignment.load(studentId),
        ctx.loaders.oneOffRoutesOf.load(studentId),
      ]);
      const [row, stops] = assignment
        ? await Promise.all([ctx.loaders.route.load(assignment.routeId), ctx.loaders.routeStopsOf.load(assignment.routeId)])
        : [null, []];
      const tripRouteIds = new Set(row ? [row.id, ...oneOffRouteIds] : oneOffRouteIds);
      if (tripRouteIds.size === 0) return null;
      return { routeId: row?.id ?? null, busId: row?.busId ?? null, stopIds: new Set(stops.map((s) => s.stopId)), tripRouteIds };
    })();
    asked.set(ctx, route);
  }
  return route;
}

/** The row when the caller may see it (a STUDENT: only what `owns` says of their route), else null. */
export async function ifVisible<T>(ctx: TransportContext, row: T | null, owns: (route: OwnRoute, row: T) => boolean): Promise<T | null> {
  const scope = ownRoute(ctx);
  if (!row || scope === undefined) return row;
  const route = await scope;
  return route && owns(route, row) ? row : null;
}
