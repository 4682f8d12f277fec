/** The rows the transport module's resolvers receive (codegen maps its GraphQL types onto them). */
import type { school } from '@syncad/shared-db';

export type { SchoolExecutor as Db } from '@syncad/shared-db';

/** A reference to the academics Student entity: transport knows only its id. */
export interface StudentRef {
  id: string;
}

export type BusRow = typeof school.Bus.$inferSelect;

export type BusStopRow = typeof school.BusStop.$inferSelect;

export type BusRouteRow = typeof school.BusRoute.$inferSelect;

export type RouteStopRow = typeof school.BusRouteStop.$inferSelect;

export type StudentTransportRow = typeof school.StudentTransport.$inferSelect;

export type TripRow = typeof school.Trip.$inferSelect;

export type TripStopRow = typeof school.TripStop.$inferSelect;

export type TripMarkRow = typeof school.TripStudentMark.$inferSelect;

/** Mark counts of a trip, computed in SQL. */
export type TripCountsRow = {
  tripId: string;
  expected: number;
  boarded: number;
  absent: number;
  dropped: number;
  notMarked: number;
};

/** One student on one trip: both marks (null while not made) and whether they ride its route. */
export interface StudentTripModel {
  trip: TripRow;
  studentId: string;
  /** The student's assignment to the trip's route, or null when they are not (or no longer) assigned to it. */
  assignment: StudentTransportRow | null;
  boarding: TripMarkRow | null;
  drop: TripMarkRow | null;
}

export interface TripProgressModel {
  stops: TripStopRow[];
  counts: TripCountsRow;
}

export interface ManifestStopModel {
  stopId: string;
  tripStop: TripStopRow | null;
  expected: StudentTripModel[];
}

export interface TripManifestModel {
  trip: TripRow;
  stops: ManifestStopModel[];
  students: StudentTripModel[];
}

export interface SkippedTripModel {
  route: BusRouteRow;
  direction: string;
  reason: string;
}

export interface TripScheduleModel {
  date: string;
  created: number;
  alreadyScheduled: number;
  skipped: SkippedTripModel[];
}

export interface StopMarkingModel {
  trip: TripRow;
  stopId: string;
  marks: TripMarkRow[];
}
