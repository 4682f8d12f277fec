/**
 * Transport latency through the real gateway: p50/p99 of a bulk boarding mark of 40 students at a
 * stop, as the school admin over HTTP, against the same statements run directly with pg on the
 * school database. Requests run one at a time. Each bulk mark goes to a fresh IN_PROGRESS trip (a
 * student boards a trip once), prepared by SQL beforehand. (The manifest of a 60-student, 12-stop
 * trip, seeded here, is measured by bench/floor.ts.)
 */
import { performance } from 'node:perf_hooks';
import { central } from '@syncad/shared-db';
import { today } from '@syncad/subgraph-kit';
import { createTestEstate, startStack, type Stack, type TestEstate } from '@syncad/test-support';
import pg from 'pg';
import type { Benchmark, BenchmarkResult } from './Benchmark';
import { gatewayData } from './gatewayData';
import { percentile } from './stats';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const BULK_ROUNDS = Number(process.env.BENCH_BULK_ROUNDS ?? 30);
const WARMUP = 10;
const STUDENTS = 60;
const STOPS = 12;
const MARKED = 40;

/** The manifest of a trip: transport's lines, academics' student names. */
export const MANIFEST = `query($t: ID!) {
  trip(id: $t) {
    status direction route { name } bus { registrationNo }
    manifest {
      expectedCount boardedCount absentCount notMarkedCount droppedCount
      stops { stop { name } tripStop { sequence arrivedAt } expected { student { id admissionNo fullName } boarding { status markedAt } drop { status } } }
      boardedNotDropped { student { fullName } }
    }
  }
}`;
const MARK = `mutation($i: MarkStopStudentsInput!) { markStopStudents(input: $i) { marked } }`;

function row(label: string, times: number[]): string[] {
  const sorted = [...times].sort((a, b) => a - b);
  return [label, percentile(sorted, 50).toFixed(1), percentile(sorted, 99).toFixed(1), String(times.length)];
}

/**
 * Warms up (pools, JIT, plan caches), then times `rounds` runs of each, interleaved (a, b, a, b,
 * ...) so that a busy moment of a shared machine weighs on both alike: [label, p50, p99, n] each.
 */
async function measure(rounds: number, ...runs: Array<[label: string, run: () => Promise<unknown>]>): Promise<string[][]> {
  for (let i = 0; i < Math.min(WARMUP, rounds); i++) for (const [, run] of runs) await run();
  const times = runs.map((): number[] => []);
  for (let i = 0; i < rounds; i++) {
    for (const [n, [, run]] of runs.entries()) {
      const start = performance.now();
      await run();
      times[n].push(performance.now() - start);
    }
  }
  return runs.map(([label], n) => row(label, times[n]));
}

interface Seeded {
  routeId: string;
  stopIds: string[];
  studentIds: string[];
  /** The trip whose manifest is read. */
  manifestTrip: string;
  /** Fresh IN_PROGRESS trips, each at its first stop, for the bulk marks (gateway, then pg). */
  markTrips: string[];
}

/**
 * By SQL: 60 students on one route of 12 stops (5 per stop), a completed-looking IN_PROGRESS trip
 * whose manifest has every kind of line (boarded, absent, not marked, dropped), and fresh trips
 * on earlier days for the bulk marks.
 */
export async function seedTrips(db: pg.Pool, schoolId: string, markTrips: number): Promise<Seeded> {
  const one = async (text: string, params: unknown[]) => (await db.query(text, params)).rows;
  const [bus] = await one(`INSERT INTO "Bus" ("schoolId", "registrationNo", capacity) VALUES ($1, 'BENCH-1', 60) RETURNING id`, [schoolId]);
  const stops = await one(`INSERT INTO "BusStop" ("schoolId", name) SELECT $1, 'Stop ' || n FROM generate_series(1, $2) n RETURNING id`, [
    schoolId,
    STOPS,
  ]);
  const stopIds: string[] = stops.map((s) => s.id);
  const [route] = await one(`INSERT INTO "BusRoute" ("schoolId", name, "busId") VALUES ($1, 'Bench route', $2) RETURNING id`, [
    schoolId,
    bus.id,
  ]);
  await one(
    `INSERT INTO "BusRouteStop" ("schoolId", "routeId", "stopId", sequence, "pickupTime", "dropTime")
     SELECT $1, $2, s.id, s.n, time '07:00' + s.n * interval '4 minutes', time '15:50' - s.n * interval '4 minutes'
     FROM unnest($3::uuid[]) WITH ORDINALITY AS s(id, n) RETURNING id`,
    [schoolId, route.id, stopIds],
  );
  const students = await one(
    `INSERT INTO "Student" ("schoolId", "admissionNo", "firstName", "lastName")
     SELECT $1, 'BEN-' || lpad(n::text, 4, '0'), 'Rider', 'Bench ' || n FROM generate_series(1, $2) n RETURNING id`,
    [schoolId, STUDENTS],
  );
  const studentIds: string[] = students.map((s) => s.id);
  await one(
    `INSERT INTO "StudentTransport" ("schoolId", "studentId", "routeId", "stopId", "dropStopId", "createdAt")
     SELECT $1, s.id, $2, ($3::uuid[])[(s.n - 1) % $4 + 1], ($3::uuid[])[(s.n - 1) % $4 + 1], now() + s.n * interval '1 microsecond'
     FROM unnest($5::uuid[]) WITH ORDINALITY AS s(id, n) RETURNING id`,
    [schoolId, route.id, stopIds, STOPS, studentIds],
  );
  const day = today(central.DEFAULT_SCHOOL_TIMEZONE);
  const trips = await one(
    `INSERT INTO "Trip" ("schoolId", "busId", "routeId", date, direction, status, "startedAt")
     SELECT $1, $2, $3, $4::date - n, 'PICKUP', 'IN_PROGRESS', now() FROM generate_series(0, $5) n RETURNING id`,
    [schoolId, bus.id, route.id, day, markTrips],
  );
  const tripIds: string[] = trips.map((t) => t.id);
  // Every trip has reached its first stop; the manifest's trip has reached all twelve.
  await one(
    `INSERT INTO "TripStop" ("schoolId", "tripId", "stopId", sequence, "arrivedAt")
     SELECT $1, t.id, s.id, s.n, CASE WHEN s.n = 1 OR t.id = $2 THEN now() END
     FROM unnest($3::uuid[]) AS t(id), unnest($4::uuid[]) WITH ORDINALITY AS s(id, n) RETURNING id`,
    [schoolId, tripIds[0], tripIds, stopIds],
  );
  // The manifest's trip: riders board at their stops (every sixth absent, the last stop's never marked); half get off at the last stop.
  await one(
    `INSERT INTO "TripStudentMark" ("schoolId", "tripId", "studentId", "stopId", status)
     SELECT $1, $2, r."studentId", r."stopId", CASE WHEN row_number() OVER (ORDER BY r."createdAt") % 6 = 0 THEN 'ABSENT' ELSE 'BOARDED' END
     FROM "StudentTransport" r WHERE r."routeId" = $3 AND r."stopId" <> $4 RETURNING id`,
    [schoolId, tripIds[0], route.id, stopIds[STOPS - 1]],
  );
  await one(
    `INSERT INTO "TripStudentMark" ("schoolId", "tripId", "studentId", "stopId", status)
     SELECT $1, $2, m."studentId", $3, 'DROPPED' FROM "TripStudentMark" m
     WHERE m."tripId" = $2 AND m.status = 'BOARDED' AND m."studentId"::text < '8' RETURNING id`,
    [schoolId, tripIds[0], stopIds[STOPS - 1]],
  );
  return { routeId: route.id, stopIds, studentIds, manifestTrip: tripIds[0], markTrips: tripIds.slice(1) };
}

async function run(): Promise<BenchmarkResult> {
  let estate: TestEstate | null = null;
  let stack: Stack | null = null;
  let direct: pg.Pool | null = null;
  try {
    estate = await createTestEstate({ schools: 1 });
    const school = estate.schools[0];
    const admin = school.users.SCHOOL_ADMIN;
    const schoolUrl = new URL(estate.centralUrl);
    schoolUrl.pathname = `/${school.databaseName}`;
    direct = new pg.Pool({ connectionString: schoolUrl.toString(), max: 4 });
    const db = direct;
    const markRounds = BULK_ROUNDS + Math.min(WARMUP, BULK_ROUNDS);
    const seeded = await seedTrips(db, school.id, 2 * markRounds);

    stack = await startStack(estate);
    const host = { host: `${school.subdomain}.localhost` };
    const token = await stack.login(admin.email, estate.password, school.subdomain);
    const gw = stack;
    const ok = (query: string, variables: Record<string, unknown>) => gatewayData(gw, token, query, variables, host);
    const check = (await ok(MANIFEST, { t: seeded.manifestTrip })).trip.manifest;
    const counts = [check.expectedCount, check.boardedCount, check.absentCount, check.notMarkedCount, check.droppedCount];
    if (check.stops.length !== STOPS || counts[0] !== STUDENTS || counts[3] !== STUDENTS / STOPS || counts[4] === 0) {
      throw new Error(`manifest answered wrongly: ${JSON.stringify(counts)}`);
    }

    const rows: string[][] = [];
    const [floor] = await measure(ROUNDS, ['floor: { busRoutes { totalCount } } (gateway)', () => ok(`{ busRoutes { totalCount } }`, {})]);
    const marked = seeded.studentIds.slice(0, MARKED);
    let gatewayTrip = 0;
    let pgTrip = markRounds;
    const bulkRows = await measure(
      BULK_ROUNDS,
      [
        `bulk boarding mark of ${MARKED} (gateway)`,
        async () => {
          const tripId = seeded.markTrips[gatewayTrip++];
          const data = await ok(MARK, {
            i: { tripId, stopId: seeded.stopIds[0], marks: marked.map((studentId) => ({ studentId, status: 'BOARDED' })) },
          });
          if (data.markStopStudents.marked !== MARKED) throw new Error(`marked ${data.markStopStudents.marked}, not ${MARKED}`);
        },
      ],
      [
        `bulk boarding mark of ${MARKED} (pg, same SQL)`,
        async () => {
          const tripId = seeded.markTrips[pgTrip++];
          const client = await db.connect();
          try {
            await client.query('BEGIN');
            await client.query(
              `SELECT t.*, ts.* FROM "Trip" t LEFT JOIN "TripStop" ts ON ts."tripId" = t.id AND ts."stopId" = $2 WHERE t.id = $1 FOR SHARE OF t`,
              [tripId, seeded.stopIds[0]],
            );
            await client.query(
              `SELECT x.id, st."routeId", b.status, bs.sequence, d.id IS NOT NULL AS dropped
             FROM unnest($1::uuid[]) AS x(id)
             LEFT JOIN "StudentTransport" st ON st."studentId" = x.id
             LEFT JOIN "TripStudentMark" b ON b."tripId" = $2 AND b."studentId" = x.id AND b.kind = 'BOARDING'
             LEFT JOIN "TripStop" bs ON bs."tripId" = $2 AND bs."stopId" = b."stopId"
             LEFT JOIN "TripStudentMark" d ON d."tripId" = $2 AND d."studentId" = x.id AND d.kind = 'DROP'`,
              [marked, tripId],
            );
            await client.query(
              `INSERT INTO "TripStudentMark" ("schoolId", "tripId", "studentId", "stopId", status, "markedBy")
             SELECT $1, $2, x.student, $3, x.status, $4 FROM unnest($5::uuid[], $6::text[]) AS x(student, status) RETURNING *`,
              [school.id, tripId, seeded.stopIds[0], admin.id, marked, marked.map(() => 'BOARDED')],
            );
            await client.query('COMMIT');
          } finally {
            client.release();
          }
        },
      ],
    );
    rows.push(...bulkRows, floor);
    const ratio = (a: number, b: number) => (Number(rows[a][1]) / Number(rows[b][1])).toFixed(1);
    return {
      title: 'Transport through the gateway: a bulk boarding mark (one request at a time)',
      columns: ['operation', 'p50 ms', 'p99 ms', 'n'],
      rows,
      notes: [
        `bulk mark of ${MARKED} gateway p50 ${rows[0][1]} ms (goal < 50 ms), ${ratio(0, 1)}x pg; gateway and pg runs are interleaved`,
        'The gateway rows include HTTP, authentication, permission checks, the signed context and the transport subgraph;',
        'the pg rows run the same statements on the school database from the same process. Everything shares one machine.',
      ],
    };
  } finally {
    await direct?.end().catch(() => {});
    await stack?.stop().catch(() => {});
    await estate?.drop().catch(() => {});
  }
}

export const transport: Benchmark = { name: 'transport', run };
