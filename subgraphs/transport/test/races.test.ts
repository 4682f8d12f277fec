/**
 * A race on boarding marks through the real gateway and PostgreSQL, repeated: two marks of one
 * student boarding one trip at once leave one mark, and the other caller a clear CONFLICT.
 */
import type { Member } from '@syncad/test-support';
import {
  codes,
  schoolToday,
  seedNetwork,
  seedRiders,
  seedStudents,
  startTransportFixture,
  type TransportFixture,
} from './support/transportFixture';

const ROUNDS = 8;

let f: TransportFixture;
let manager: Member;

beforeAll(async () => {
  f = await startTransportFixture();
  manager = await f.member('TRANSPORT_MANAGER');
}, 60_000);
afterAll(() => f?.close());

test('two boardings of one student on one trip at once: one mark, the other a clear CONFLICT', async () => {
  const net = await seedNetwork(f, manager, { tag: 'R', stops: 1 });
  const riders = await seedStudents(f, ROUNDS, 'R');
  await seedRiders(f, net, riders);
  const plan = await f.ok(manager, `mutation($d: Date!) { scheduleTrips(input: { date: $d }) { trips { nodes { id direction } } } }`, {
    d: schoolToday(),
  });
  const tripId = plan.scheduleTrips.trips.nodes.find((t: { direction: string }) => t.direction === 'PICKUP').id;
  await f.ok(manager, `mutation($t: ID!) { startTrip(input: { tripId: $t }) { id } }`, { t: tripId });
  await f.ok(manager, `mutation($i: ArriveAtStopInput!) { arriveAtStop(input: $i) { id } }`, { i: { tripId, stopId: net.stopIds[0] } });
  const mark = `mutation($i: MarkStopStudentsInput!) { markStopStudents(input: $i) { marked } }`;
  for (const studentId of riders) {
    const variables = { i: { tripId, stopId: net.stopIds[0], marks: [{ studentId, status: 'BOARDED' }] } };
    const answers = await Promise.all([1, 2].map(() => f.gql(manager, mark, variables)));
    expect(answers.map(codes).sort()).toEqual([[], ['CONFLICT']]);
    const marks = await f.sql(`SELECT count(*)::int AS n FROM "TripStudentMark" WHERE "tripId" = $1 AND "studentId" = $2`, [
      tripId,
      studentId,
    ]);
    expect(marks.rows[0].n).toBe(1);
  }
});
