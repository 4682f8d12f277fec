/**
 * The demo estate's transport data (scripts/demo) is valid under the schema and shown by the API:
 * seeded into a school of the fixture, the transport manager sees today's trips, routes and a
 * manifest, the demo student their own journey, and the afternoon runs on it.
 */
import { schoolDbOver } from '@syncad/shared-db';
import { databaseUrl, testAdminUrl, type Member } from '@syncad/test-support';
import pg from 'pg';
import { seedDemoSchool } from '@syncad/scripts/demo';
import { startTransportFixture, type TransportFixture } from './support/transportFixture';

let f: TransportFixture;
let manager: Member;
let pupil: Member;

beforeAll(async () => {
  f = await startTransportFixture();
  manager = await f.member('TRANSPORT_MANAGER');
  pupil = await f.member('STUDENT');
  const pool = new pg.Pool({ connectionString: databaseUrl(testAdminUrl(), f.school.databaseName), max: 2 });
  try {
    await seedDemoSchool(schoolDbOver(pool), { id: f.school.id, subdomain: 'demo', studentUserId: pupil.userId, seed: 1 });
  } finally {
    await pool.end();
  }
});
afterAll(() => f?.close());

it("shows today's trips, the routes and the morning's manifest to the transport manager", async () => {
  const data = await f.ok(
    manager,
    `{
      trips { totalCount nodes { id direction status route { name } bus { registrationNo driverPhone } progress { stopsReached expected boarded absent dropped onBoard notMarked } } }
      busRoutes { nodes { name riderCount stops { sequence stop { name latitude } pickupTime dropTime } } }
      buses { totalCount }
    }`,
  );
  expect(data.buses.totalCount).toBe(3);
  expect(data.trips.totalCount).toBe(6);
  expect(data.trips.nodes.map((t: any) => [t.direction, t.status])).toEqual([
    ...Array(3).fill(['PICKUP', 'COMPLETED']),
    ...Array(3).fill(['DROP', 'SCHEDULED']),
  ]);
  const route1 = data.trips.nodes.find((t: any) => t.direction === 'PICKUP' && t.route.name === 'Route 1');
  expect(route1.bus).toEqual({ registrationNo: 'KL-07-BUS-1', driverPhone: '+91 98470 10001' });
  expect(route1.progress).toEqual({ stopsReached: 3, expected: 20, boarded: 18, absent: 2, dropped: 17, onBoard: 1, notMarked: 0 });
  expect(data.busRoutes.nodes[0]).toEqual({
    name: 'Route 1',
    riderCount: 20,
    stops: [
      { sequence: 1, stop: { name: 'Market', latitude: 9.9816 }, pickupTime: '07:10', dropTime: '16:05' },
      { sequence: 2, stop: { name: 'Temple Road', latitude: 9.9751 }, pickupTime: '07:25', dropTime: '15:50' },
      { sequence: 3, stop: { name: 'School Gate', latitude: null }, pickupTime: '07:45', dropTime: '15:30' },
    ],
  });

  const manifest = await f.ok(
    manager,
    `query($t: ID!) { trip(id: $t) { manifest { expectedCount absentCount boardedNotDropped { student { admissionNo } } } } }`,
    { t: route1.id },
  );
  expect(manifest.trip.manifest).toEqual({
    expectedCount: 20,
    absentCount: 2,
    boardedNotDropped: [{ student: { admissionNo: 'DEMO-0004' } }],
  });
});

it('shows the demo student their own route and morning, and the afternoon runs on the demo data', async () => {
  const mine = await f.ok(
    pupil,
    `{ students { nodes { admissionNo transport { route { name } pickupStop { name } todaysPickup { boarding { status } drop { stop { name } } } todaysDrop { trip { id status } } } } } }`,
  );
  const [me] = mine.students.nodes;
  expect(me).toMatchObject({
    admissionNo: 'DEMO-0001',
    transport: {
      route: { name: 'Route 1' },
      pickupStop: { name: 'Market' },
      todaysPickup: { boarding: { status: 'BOARDED' }, drop: { stop: { name: 'School Gate' } } },
      todaysDrop: { trip: { status: 'SCHEDULED' } },
    },
  });
  const trip = me.transport.todaysDrop.trip.id;
  const stops = await f.ok(
    manager,
    `query($t: ID!) { trip(id: $t) { stops { stop { id name } } manifest { stops { expected { student { id } } } } } }`,
    { t: trip },
  );
  const gate = stops.trip.stops[0].stop;
  expect(gate.name).toBe('School Gate');
  await f.ok(manager, `mutation($t: ID!) { startTrip(input: { tripId: $t }) { id } }`, { t: trip });
  await f.ok(manager, `mutation($i: ArriveAtStopInput!) { arriveAtStop(input: $i) { id } }`, { i: { tripId: trip, stopId: gate.id } });
  const riders = stops.trip.manifest.stops.flatMap((s: any) => s.expected.map((l: any) => l.student.id));
  const marked = await f.ok(manager, `mutation($i: MarkStopStudentsInput!) { markStopStudents(input: $i) { marked } }`, {
    i: { tripId: trip, stopId: gate.id, marks: riders.map((studentId: string) => ({ studentId, status: 'BOARDED' })) },
  });
  expect(marked.markStopStudents.marked).toBe(20);
});
