/**
 * What each school of the load run holds before the clients start, written by SQL (volume, not the
 * API under test): a current academic year, one class of students placed since the year began,
 * one bus route of a few stops that every student rides, and enough IN_PROGRESS trips (each at its
 * first stop) for every client's boarding marks. No attendance, leave, payments or boarding marks:
 * every such row found afterwards must be one a client was told was written.
 */
import { central } from '@syncad/shared-db';
import { today } from '@syncad/subgraph-kit';
import pg from 'pg';

/** Students marked or boarded by one call. */
export const STUDENTS_PER_WRITE = 8;
const STOPS = 4;

export interface SchoolSeed {
  classId: string;
  /** In roll-number order. */
  studentIds: string[];
  /** Where boarding marks are made (every trip has reached it). */
  firstStopId: string;
  /** IN_PROGRESS trips, newest first. */
  tripIds: string[];
  /** The first day of the placements: attendance can be marked from it to today. */
  placedFrom: string;
}

export interface SeedSize {
  students: number;
  trips: number;
}

export async function seedSchool(url: string, schoolId: string, size: SeedSize): Promise<SchoolSeed> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rows = async (text: string, params: unknown[]) => (await client.query(text, params)).rows;
  try {
    await client.query('BEGIN');
    const y = new Date().getFullYear();
    const placedFrom = `${y - 1}-01-01`;
    const [year] = await rows(
      `INSERT INTO "AcademicYear" ("schoolId", name, "startDate", "endDate", "isCurrent") VALUES ($1, $2, $3, $4, true) RETURNING id`,
      [schoolId, `Load ${y}`, placedFrom, `${y + 1}-12-31`],
    );
    const [cls] = await rows(`INSERT INTO "Class" ("schoolId", name) VALUES ($1, 'Load') RETURNING id`, [schoolId]);
    const students = await rows(
      `INSERT INTO "Student" ("schoolId", "admissionNo", "firstName", "lastName", "classId")
       SELECT $1, 'L-' || lpad(n::text, 4, '0'), 'Pupil', 'Load ' || n, $2 FROM generate_series(1, $3) n ORDER BY n RETURNING id`,
      [schoolId, cls.id, size.students],
    );
    const studentIds: string[] = students.map((s) => s.id);
    await rows(
      `INSERT INTO "StudentClass" ("schoolId", "studentId", "academicYearId", "classId", "rollNo", "fromDate")
       SELECT $1, s.id, $2, $3, s.n, $4 FROM unnest($5::uuid[]) WITH ORDINALITY AS s(id, n)`,
      [schoolId, year.id, cls.id, placedFrom, studentIds],
    );
    const [bus] = await rows(`INSERT INTO "Bus" ("schoolId", "registrationNo", capacity) VALUES ($1, 'LOAD-1', $2) RETURNING id`, [
      schoolId,
      size.students,
    ]);
    const stops = await rows(
      `INSERT INTO "BusStop" ("schoolId", name) SELECT $1, 'Stop ' || n FROM generate_series(1, $2) n ORDER BY n RETURNING id`,
      [schoolId, STOPS],
    );
    const stopIds: string[] = stops.map((s) => s.id);
    const [route] = await rows(`INSERT INTO "BusRoute" ("schoolId", name, "busId") VALUES ($1, 'Load route', $2) RETURNING id`, [
      schoolId,
      bus.id,
    ]);
    await rows(
      `INSERT INTO "BusRouteStop" ("schoolId", "routeId", "stopId", sequence, "pickupTime", "dropTime")
       SELECT $1, $2, s.id, s.n, time '07:00' + s.n * interval '5 minutes', time '15:50' - s.n * interval '5 minutes'
       FROM unnest($3::uuid[]) WITH ORDINALITY AS s(id, n)`,
      [schoolId, route.id, stopIds],
    );
    await rows(
      `INSERT INTO "StudentTransport" ("schoolId", "studentId", "routeId", "stopId", "dropStopId", "createdAt")
       SELECT $1, s.id, $2, ($3::uuid[])[(s.n - 1) % $4 + 1], ($3::uuid[])[(s.n - 1) % $4 + 1], now() + s.n * interval '1 microsecond'
       FROM unnest($5::uuid[]) WITH ORDINALITY AS s(id, n)`,
      [schoolId, route.id, stopIds, STOPS, studentIds],
    );
    // One PICKUP trip a day going back from today (one trip per route, day and direction).
    const trips = await rows(
      `INSERT INTO "Trip" ("schoolId", "busId", "routeId", date, direction, status, "startedAt")
       SELECT $1, $2, $3, $4::date - n, 'PICKUP', 'IN_PROGRESS', now() FROM generate_series(0, $5 - 1) n ORDER BY n RETURNING id`,
      [schoolId, bus.id, route.id, today(central.DEFAULT_SCHOOL_TIMEZONE), size.trips],
    );
    const tripIds: string[] = trips.map((t) => t.id);
    await rows(
      `INSERT INTO "TripStop" ("schoolId", "tripId", "stopId", sequence, "arrivedAt")
       SELECT $1, t.id, s.id, s.n, CASE WHEN s.n = 1 THEN now() END FROM unnest($2::uuid[]) AS t(id), unnest($3::uuid[]) WITH ORDINALITY AS s(id, n)`,
      [schoolId, tripIds, stopIds],
    );
    await client.query('COMMIT');
    return { classId: cls.id, studentIds, firstStopId: stopIds[0], tripIds, placedFrom };
  } finally {
    await client.end();
  }
}
