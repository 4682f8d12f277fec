/**
 * The transport migrations keep existing rows: a school migrated up to 0002 with riders and marks
 * in the old shape, then to the latest, still has every row; a rider's drop stop is their pickup
 * stop, and an old mark's kind follows its status (a DROPPED row is a drop, never a boarding).
 */
import { createTestDatabase, type TestDatabase } from '@syncad/test-support';
import pg from 'pg';
import { applyMigrations, readMigrations } from '../src';

let db: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  db = await createTestDatabase('transport_mig');
  const all = readMigrations('school');
  const before = all.findIndex((m) => m.tag.startsWith('0003_'));
  expect(before).toBeGreaterThan(0);
  await applyMigrations(db.url, 'school', all.slice(0, before));
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await db?.drop();
});

it('keeps riders and marks written before boarding and drop-off were told apart', async () => {
  const school = '00000000-0000-4000-8000-00000000000a';
  const q = async (text: string, params: unknown[] = []) => (await client.query(text, params)).rows;
  const [student] = await q(`INSERT INTO "Student" ("schoolId", "admissionNo", "firstName") VALUES ($1, 'A-1', 'Asha') RETURNING id`, [
    school,
  ]);
  const [other] = await q(`INSERT INTO "Student" ("schoolId", "admissionNo", "firstName") VALUES ($1, 'A-2', 'Ravi') RETURNING id`, [
    school,
  ]);
  const [bus] = await q(`INSERT INTO "Bus" ("schoolId", "registrationNo", capacity) VALUES ($1, 'KL-1', 30) RETURNING id`, [school]);
  const [stop] = await q(`INSERT INTO "BusStop" ("schoolId", name) VALUES ($1, 'Market') RETURNING id`, [school]);
  const [route] = await q(`INSERT INTO "BusRoute" ("schoolId", name, "busId") VALUES ($1, 'R1', $2) RETURNING id`, [school, bus.id]);
  await q(`INSERT INTO "StudentTransport" ("schoolId", "studentId", "routeId", "stopId") VALUES ($1, $2, $3, $4)`, [
    school,
    student.id,
    route.id,
    stop.id,
  ]);
  const [trip] = await q(
    `INSERT INTO "Trip" ("schoolId", "busId", "routeId", date, direction, status) VALUES ($1, $2, $3, '2026-01-05', 'PICKUP', 'COMPLETED') RETURNING id`,
    [school, bus.id, route.id],
  );
  await q(
    `INSERT INTO "TripStudentMark" ("schoolId", "tripId", "studentId", "stopId", status) VALUES ($1, $2, $3, $4, 'BOARDED'), ($1, $2, $5, $4, 'DROPPED')`,
    [school, trip.id, student.id, stop.id, other.id],
  );

  const rest = await applyMigrations(db.url, 'school');
  expect(rest.applied.length).toBeGreaterThanOrEqual(3);

  expect(await q(`SELECT "studentId", "stopId", "dropStopId" FROM "StudentTransport"`)).toEqual([
    { studentId: student.id, stopId: stop.id, dropStopId: stop.id },
  ]);
  expect(await q(`SELECT "studentId", status, kind FROM "TripStudentMark" ORDER BY status`)).toEqual([
    { studentId: student.id, status: 'BOARDED', kind: 'BOARDING' },
    { studentId: other.id, status: 'DROPPED', kind: 'DROP' },
  ]);
  expect(await q(`SELECT "isActive" FROM "BusRoute"`)).toEqual([{ isActive: true }]);
  expect(await q(`SELECT "scheduledAt" FROM "Trip"`)).toEqual([{ scheduledAt: null }]);
  // Now a boarded student can also be dropped on the same trip; a second boarding is still refused.
  await q(`INSERT INTO "TripStudentMark" ("schoolId", "tripId", "studentId", "stopId", status) VALUES ($1, $2, $3, $4, 'DROPPED')`, [
    school,
    trip.id,
    student.id,
    stop.id,
  ]);
  await expect(
    q(`INSERT INTO "TripStudentMark" ("schoolId", "tripId", "studentId", "stopId", status) VALUES ($1, $2, $3, $4, 'ABSENT')`, [
      school,
      trip.id,
      student.id,
      stop.id,
    ]),
  ).rejects.toMatchObject({ code: '23505' });
});
