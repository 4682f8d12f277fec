/**
 * The transport module's DataLoaders: N lookups in a request become one statement. Loaders of
 * student rows (riders, marks) read only the caller's own student for a STUDENT caller.
 */
import { isUuid } from '@syncad/shared-db';
import { loaderById, loaderByKey, loaderOfGroups, ownStudentFilter, perArgument, type SchoolRequestContext } from '@syncad/subgraph-kit';
import { fleetData } from './modules/fleet';
import { markData } from './modules/marks';
import { routeData } from './modules/routes';
import { tripData } from './modules/trips';
import type { TripCountsRow } from './shared/rows';

export function transportLoaders(ctx: SchoolRequestContext) {
  const { db } = ctx;
  /** Runs `fetch` with the caller's student filter (ownStudentFilter); nothing at all for a self-scoped caller with no students. */
  const scoped =
    <T>(fetch: (keys: string[], studentIds: readonly string[] | undefined) => Promise<T[]>) =>
    async (keys: string[]): Promise<T[]> => {
      const own = await ownStudentFilter(ctx);
      return own?.length === 0 ? [] : fetch(keys, own);
    };
  const tripsOfRouteOn = perArgument((date) =>
    loaderOfGroups(
      (ids) => tripData.tripsOfRoutesOn(db, ids, date),
      (t) => t.routeId,
    ),
  );
  const marksOn = perArgument((date) =>
    loaderOfGroups(
      (ids) => markData.marksOfStudentsOn(db, ids, date),
      (m) => m.studentId,
    ),
  );
  const marksOfStudent = perArgument((studentId) =>
    loaderOfGroups(
      (ids) => markData.marksOfTrips(db, ids, [studentId]),
      (m) => m.tripId,
    ),
  );
  const noMarks = (tripId: string): TripCountsRow => ({ tripId, expected: 0, boarded: 0, absent: 0, dropped: 0, notMarked: 0 });
  const busStop = loaderById((ids) => fleetData.stopsByIds(db, ids));
  return {
    bus: loaderById((ids) => fleetData.busesByIds(db, ids)),
    busStop,
    route: loaderById((ids) => routeData.routesByIds(db, ids)),
    trip: loaderById((ids) => tripData.tripsByIds(db, ids)),
    routesOfBus: loaderOfGroups(
      (ids) => routeData.routesOfBuses(db, ids),
      (r) => r.busId!,
    ),
    routeStopsOf: loaderOfGroups(
      (ids) => routeData.routeStopsOf(db, ids),
      (r) => r.routeId,
    ),
    riderCount: loaderByKey(
      (ids) => routeData.riderCounts(db, ids),
      (r) => r.routeId,
      () => 0,
      (r) => r.riders,
    ),
    /** The riders of each route, in the order they were assigned (the caller's own only, for a STUDENT). */
    ridersOf: loaderOfGroups(
      scoped((ids, own) => routeData.ridersOfRoutes(db, ids, own)),
      (r) => r.routeId,
    ),
    /** The one-off routes each student rides (OneOffRider). */
    oneOffRoutesOf: loaderByKey(
      (ids) => routeData.oneOffRoutesOfStudents(db, ids),
      (r) => r.studentId,
      () => [] as string[],
      (r) => r.routeIds,
    ),
    /** Each student's assignment (one per student), or null. */
    assignment: loaderByKey(
      (ids) => routeData.assignmentsOfStudents(db, ids.filter(isUuid)),
      (r) => r.studentId,
    ),
    /** Each trip's stops in visiting order; their BusStop rows come in the same statement and prime `busStop`. */
    tripStopsOf: loaderOfGroups(
      async (ids) => {
        const rows = await tripData.tripStopsWithStops(db, ids);
        for (const { stop } of rows) busStop.prime(stop.id, stop);
        return rows.map((r) => r.tripStop);
      },
      (s) => s.tripId,
    ),
    tripCounts: loaderByKey(
      (ids) => tripData.tripCounts(db, ids),
      (r) => r.tripId,
      noMarks,
    ),
    /** The marks of each trip (the caller's own only, for a STUDENT). */
    marksOf: loaderOfGroups(
      scoped((ids, own) => markData.marksOfTrips(db, ids, own)),
      (m) => m.tripId,
    ),
    /** The trips of each route on a day. */
    tripsOfRouteOn: (date: string) => tripsOfRouteOn(date),
    /** Each student's marks on a day's trips. */
    marksOn: (date: string) => marksOn(date),
    /** One student's marks on each trip. */
    marksOfStudent: (studentId: string) => marksOfStudent(studentId),
  };
}
