/**
 * What of the fleet a STUDENT may see: the route they are assigned to, its bus and its stops,
 * and nothing of any other route (not its trips, progress, bus, driver or stops). Staff see it all.
 */
import type { TransportContext } from '../context';

export interface OwnRoute {
  routeId: string;
  busId: string | null;
  stopIds: ReadonlySet<string>;
}

/** Per request: the answer is read once whatever the number of fields asking. */
const asked = new WeakMap<TransportContext, Promise<OwnRoute | null>>();

/** undefined for staff (no limit); null for a STUDENT who rides no route (or is linked to no student); else their route. */
export function ownRoute(ctx: TransportContext): Promise<OwnRoute | null> | undefined {
  if (!ctx.caller.selfScoped) return undefined;
  let route = asked.get(ctx);
  if (!route) {
    route = (async () => {
      const studentId = await ctx.ownStudentId();
      const assignment = studentId ? await ctx.loaders.assignment.load(studentId) : null;
      if (!assignment) return null;
      const [row, stops] = await Promise.all([
        ctx.loaders.route.load(assignment.routeId),
        ctx.loaders.routeStopsOf.load(assignment.routeId),
      ]);
      if (!row) return null;
      return { routeId: row.id, busId: row.busId, stopIds: new Set(stops.map((s) => s.stopId)) };
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
