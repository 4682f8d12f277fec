/**
 * What of the fleet a self-scoped caller may see (a STUDENT: themselves; a GUARDIAN: each linked
 * child): the routes they are assigned to, their buses and stops; the trips that carry them (their
 * routes', and the one-off trips they ride); and nothing of any other route (not its trips,
 * progress, bus, driver or stops). Staff see it all.
 */
import type { TransportContext } from '../context';

export interface OwnRoute {
  /** The own students' regular routes (StudentTransport), with their buses and stops. */
  routeIds: ReadonlySet<string>;
  busIds: ReadonlySet<string>;
  stopIds: ReadonlySet<string>;
  /** Each route whose trips carry an own student (regular or one-off), with the own students it carries. */
  ridersByRoute: ReadonlyMap<string, readonly string[]>;
}

/** Per request: the answer is read once whatever the number of fields asking. */
const asked = new WeakMap<TransportContext, Promise<OwnRoute | null>>();

async function readOwnRoute(ctx: TransportContext): Promise<OwnRoute | null> {
  const students = (await ctx.ownStudents()).all;
  if (students.length === 0) return null;
  const [assignments, oneOffs] = await Promise.all([
    ctx.loaders.assignment.loadMany(students),
    ctx.loaders.oneOffRoutesOf.loadMany(students),
  ]);
  const ridersByRoute = new Map<string, string[]>();
  const ride = (routeId: string, studentId: string) => ridersByRoute.set(routeId, [...(ridersByRoute.get(routeId) ?? []), studentId]);
  const routeIds = new Set<string>();
  students.forEach((studentId, i) => {
    const assignment = assignments[i];
    if (assignment instanceof Error) throw assignment;
    if (assignment) routeIds.add(assignment.routeId);
    const oneOff = oneOffs[i];
    if (oneOff instanceof Error) throw oneOff;
    for (const routeId of [...(assignment ? [assignment.routeId] : []), ...oneOff]) ride(routeId, studentId);
  });
  if (ridersByRoute.size === 0) return null;
  const [routes, stops] = await Promise.all([
    Promise.all([...routeIds].map((id) => ctx.loaders.route.load(id))),
    Promise.all([...routeIds].map((id) => ctx.loaders.routeStopsOf.load(id))),
  ]);
  return {
    routeIds,
    busIds: new Set(routes.flatMap((r) => (r?.busId ? [r.busId] : []))),
    stopIds: new Set(stops.flat().map((s) => s.stopId)),
    ridersByRoute,
  };
}

/** undefined for staff (no limit); null for a self-scoped caller none of whose students rides anything; else what they ride. */
export function ownRoute(ctx: TransportContext): Promise<OwnRoute | null> | undefined {
  if (!ctx.caller.selfScoped) return undefined;
  let route = asked.get(ctx);
  if (!route) {
    route = readOwnRoute(ctx);
    asked.set(ctx, route);
  }
  return route;
}

/** The row when the caller may see it (self-scoped: only what `owns` says of their routes), else null. */
export async function ifVisible<T>(ctx: TransportContext, row: T | null, owns: (route: OwnRoute, row: T) => boolean): Promise<T | null> {
  const scope = ownRoute(ctx);
  if (!row || scope === undefined) return row;
  const route = await scope;
  return route && owns(route, row) ? row : null;
}
