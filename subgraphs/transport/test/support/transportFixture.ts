/**
 * The transport subgraph (with academics, which owns Student) behind the real gateway over a
 * fresh estate, and the seeding these tests share: students by SQL (volume), the network through
 * the API (what is under test), riders by SQL when a test needs many.
 */
import { central } from '@syncad/shared-db';
import { today } from '@syncad/subgraph-kit';
import { startSubgraphFixture, type EstateSchool, type HttpAnswer, type Member, type SubgraphFixture } from '@syncad/test-support';

export type TransportFixture = SubgraphFixture;

export function startTransportFixture(): Promise<TransportFixture> {
  return startSubgraphFixture(['academics', 'transport']);
}

/** Today at the test schools, which keep the default time zone. */
export function schoolToday(): string {
  return today(central.DEFAULT_SCHOOL_TIMEZONE);
}

/** The error codes of an answer, in order. */
export function codes(answer: HttpAnswer): string[] {
  return (answer.body?.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code ?? '');
}

/** `count` students of the school, admission numbers `<tag>-00001` on, in one statement; their global ids, as the API gives them. */
export async function seedStudents(f: TransportFixture, count: number, tag: string, school: EstateSchool = f.school): Promise<string[]> {
  const rows = await f.sql(
    `INSERT INTO "Student" ("schoolId", "admissionNo", "firstName", "lastName")
     SELECT $1, $2 || '-' || lpad(n::text, 5, '0'), 'Rider', $2 || ' ' || n FROM generate_series(1, $3) n
     RETURNING id`,
    [school.id, tag, count],
    school,
  );
  return rows.rows.map((r) => f.globalId('Student', r.id, school));
}

export interface Network {
  busId: string;
  routeId: string;
  /** The route's stops in PICKUP order. */
  stopIds: string[];
}

const CREATE_BUS = `mutation($i: CreateBusInput!) { createBus(input: $i) { id } }`;
const CREATE_STOP = `mutation($i: BusStopInput!) { createBusStop(input: $i) { id } }`;
const CREATE_ROUTE = `mutation($i: CreateBusRouteInput!) { createBusRoute(input: $i) { id } }`;

/** "07:00" plus `minutes`. */
export function clock(start: string, minutes: number): string {
  const [h, m] = start.split(':').map(Number);
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * Through the API: a bus, `stops` stops and a route over them, 5 minutes apart (PICKUP from
 * `pickupAt`, DROP from `dropAt` in reverse order).
 */
export async function seedNetwork(
  f: TransportFixture,
  who: Member,
  p: { tag: string; stops: number; capacity?: number; pickupAt?: string; dropAt?: string },
): Promise<Network> {
  const bus = await f.ok(who, CREATE_BUS, {
    i: { registrationNo: `BUS-${p.tag}`, capacity: p.capacity ?? 40, driverName: `Driver ${p.tag}` },
  });
  const stopIds: string[] = [];
  for (let i = 0; i < p.stops; i++) {
    const stop = await f.ok(who, CREATE_STOP, { i: { name: `${p.tag} stop ${i + 1}` } });
    stopIds.push(stop.createBusStop.id);
  }
  const pickupAt = p.pickupAt ?? '07:00';
  const dropAt = p.dropAt ?? '15:00';
  const route = await f.ok(who, CREATE_ROUTE, {
    i: {
      name: `Route ${p.tag}`,
      busId: bus.createBus.id,
      stops: stopIds.map((stopId, i) => ({ stopId, pickupTime: clock(pickupAt, 5 * i), dropTime: clock(dropAt, 5 * (p.stops - 1 - i)) })),
    },
  });
  return { busId: bus.createBus.id, routeId: route.createBusRoute.id, stopIds };
}

/** Riders by SQL: student i boards at stop i mod n and gets off at the same stop. */
export async function seedRiders(f: TransportFixture, network: Network, studentIds: string[]): Promise<void> {
  const stops = studentIds.map((_, i) => network.stopIds[i % network.stopIds.length]);
  await f.sql(
    `INSERT INTO "StudentTransport" ("schoolId", "studentId", "routeId", "stopId", "dropStopId", "createdAt")
     SELECT $1, s.id, $2, s.stop, s.stop, now() + s.n * interval '1 microsecond'
     FROM unnest($3::uuid[], $4::uuid[]) WITH ORDINALITY AS s(id, stop, n)`,
    [f.school.id, network.routeId, studentIds, stops],
  );
}

/** Row counts of the transport tables: a refusal must leave them all as they were. */
export async function transportRows(f: TransportFixture): Promise<Record<string, number>> {
  const { rows } = await f.sql(
    `SELECT (SELECT count(*) FROM "Bus")::int AS buses, (SELECT count(*) FROM "BusStop")::int AS stops,
            (SELECT count(*) FROM "BusRoute")::int AS routes, (SELECT count(*) FROM "BusRouteStop")::int AS "routeStops",
            (SELECT count(*) FROM "StudentTransport")::int AS riders, (SELECT count(*) FROM "Trip")::int AS trips,
            (SELECT count(*) FROM "TripStop")::int AS "tripStops", (SELECT count(*) FROM "TripStop" WHERE "arrivedAt" IS NOT NULL OR skipped)::int AS "stopsPassed",
            (SELECT count(*) FROM "TripStudentMark")::int AS marks,
            (SELECT string_agg(status, ',' ORDER BY id) FROM "Trip") AS statuses`,
  );
  return rows[0];
}
