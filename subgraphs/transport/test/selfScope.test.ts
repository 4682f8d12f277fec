/**
 * A STUDENT sees only their own transport data: their assignment, their line of a manifest,
 * their marks and history; the route's other riders never appear, whatever the path (root
 * fields, a route's riders, a manifest, an entity reference asked of the subgraph directly).
 * Of the fleet they see their own route, its bus and stops and its trips, with counts of their
 * own marks only: never another route's trips, progress, bus, driver or stops. They change
 * nothing, even asking the subgraph directly. A TEACHER reads no transport by default.
 */
import type { Member } from '@syncad/test-support';
import {
  codes,
  schoolToday,
  seedNetwork,
  seedStudents,
  startTransportFixture,
  type Network,
  type TransportFixture,
} from './support/transportFixture';

let f: TransportFixture;
let manager: Member;
let pupil: Member;
let net: Network;
let me: string;
let peer: string;
let tripId: string;
let elsewhere: Network;
let otherTripId: string;

beforeAll(async () => {
  f = await startTransportFixture();
  manager = await f.member('TRANSPORT_MANAGER');
  net = await seedNetwork(f, manager, { tag: 'S', stops: 2 });
  elsewhere = await seedNetwork(f, manager, { tag: 'T', stops: 3 });
  [me, peer] = await seedStudents(f, 2, 'S');
  pupil = await f.member('STUDENT');
  await f.sql(`UPDATE "Student" SET "userId" = $1 WHERE id = $2`, [pupil.userId, me]);
  for (const studentId of [me, peer]) {
    await f.ok(manager, `mutation($i: AssignStudentTransportInput!) { assignStudentTransport(input: $i) { id } }`, {
      i: { studentId, routeId: net.routeId, pickupStopId: net.stopIds[0] },
    });
  }
  const plan = await f.ok(
    manager,
    `mutation($d: Date!) { scheduleTrips(input: { date: $d }) { trips { nodes { id direction route { id } } } } }`,
    {
      d: schoolToday(),
    },
  );
  const pickupOf = (routeId: string) =>
    plan.scheduleTrips.trips.nodes.find((t: any) => t.direction === 'PICKUP' && t.route.id === routeId).id;
  tripId = pickupOf(net.routeId);
  otherTripId = pickupOf(elsewhere.routeId);
  await f.ok(manager, `mutation($t: ID!) { startTrip(input: { tripId: $t }) { id } }`, { t: otherTripId });
  await f.ok(manager, `mutation($t: ID!) { startTrip(input: { tripId: $t }) { id } }`, { t: tripId });
  await f.ok(manager, `mutation($i: ArriveAtStopInput!) { arriveAtStop(input: $i) { id } }`, { i: { tripId, stopId: net.stopIds[0] } });
  await f.ok(manager, `mutation($i: MarkStopStudentsInput!) { markStopStudents(input: $i) { marked } }`, {
    i: {
      tripId,
      stopId: net.stopIds[0],
      marks: [
        { studentId: me, status: 'BOARDED' },
        { studentId: peer, status: 'ABSENT' },
      ],
    },
  });
});
afterAll(() => f?.close());

const EVERYTHING = `query($me: ID!, $peer: ID!, $t: ID!, $r: ID!) {
  mine: student(id: $me) { transport { pickupStop { id } todaysPickup { boarding { status } } todaysDrop { boarding { status } } } }
  other: student(id: $peer) { id transport { id } }
  myHistory: transportHistory(studentId: $me) { totalCount nodes { boarding { status student { id } } } }
  trip(id: $t) {
    progress { expected boarded absent }
    manifest {
      expectedCount boardedCount absentCount
      stops { expected { student { id } } boarded { student { id } } absent { student { id } } }
      boardedNotDropped { student { id } }
    }
  }
  busRoute(id: $r) { riders { totalCount nodes { student { id } } } }
  trips { totalCount }
}`;

it('reads their own assignment, marks, history and manifest line; nobody else’s', async () => {
  const data = await f.ok(pupil, EVERYTHING, { me, peer, t: tripId, r: net.routeId });
  expect(data.mine).toEqual({
    transport: { pickupStop: { id: net.stopIds[0] }, todaysPickup: { boarding: { status: 'BOARDED' } }, todaysDrop: { boarding: null } },
  });
  expect(data.other).toBeNull();
  expect(data.myHistory).toEqual({ totalCount: 1, nodes: [{ boarding: { status: 'BOARDED', student: { id: me } } }] });
  expect(data.trip.manifest).toEqual({
    expectedCount: 1,
    boardedCount: 1,
    absentCount: 0,
    stops: [
      { expected: [{ student: { id: me } }], boarded: [{ student: { id: me } }], absent: [] },
      { expected: [], boarded: [], absent: [] },
    ],
    boardedNotDropped: [{ student: { id: me } }],
  });
  // Counts of their own marks only; the trips of their own route only.
  expect(data.trip.progress).toEqual({ expected: 1, boarded: 1, absent: 0 });
  expect(data.busRoute.riders).toEqual({ totalCount: 1, nodes: [{ student: { id: me } }] });
  expect(data.trips.totalCount).toBe(2);
});

it("sees their own route, bus, stops and trips; another route's are as if they did not exist", async () => {
  const FLEET = `query($t: ID!, $b: ID!, $r: ID!, $s: ID!) {
    trips { nodes { route { id } bus { id driverName } } }
    otherRouteTrips: trips(routeId: $r) { totalCount }
    trip(id: $t) { id progress { stopsReached expected } }
    bus(id: $b) { id driverPhone }
    busRoute(id: $r) { id }
    busStop(id: $s) { id latitude }
    buses { nodes { id routes { id riderCount } } }
    busRoutes { nodes { id riderCount } }
    busStops { nodes { id } }
  }`;
  const seen = await f.ok(pupil, FLEET, { t: otherTripId, b: elsewhere.busId, r: elsewhere.routeId, s: elsewhere.stopIds[0] });
  expect(seen).toEqual({
    trips: { nodes: [0, 1].map(() => ({ route: { id: net.routeId }, bus: { id: net.busId, driverName: 'Driver S' } })) },
    otherRouteTrips: { totalCount: 0 },
    trip: null,
    bus: null,
    busRoute: null,
    busStop: null,
    buses: { nodes: [{ id: net.busId, routes: [{ id: net.routeId, riderCount: 1 }] }] },
    busRoutes: { nodes: [{ id: net.routeId, riderCount: 1 }] },
    busStops: { nodes: expect.arrayContaining(net.stopIds.map((id) => ({ id }))) },
  });
  expect(seen.busStops.nodes).toHaveLength(net.stopIds.length);
  // The same questions from the transport office see every route.
  const staff = await f.ok(manager, FLEET, { t: otherTripId, b: elsewhere.busId, r: elsewhere.routeId, s: elsewhere.stopIds[0] });
  expect(staff.trip).toEqual({ id: otherTripId, progress: { stopsReached: 0, expected: 0 } });
  expect(staff.trips.nodes).toHaveLength(4);
  expect(staff.bus).toEqual({ id: elsewhere.busId, driverPhone: null });
  expect(staff.busRoutes.nodes.find((r: any) => r.id === net.routeId).riderCount).toBe(2);
});

it('a TEACHER reads no transport by default (a manifest names every rider and guardian)', async () => {
  const teacher = await f.member('TEACHER');
  const answer = await f.gql(teacher, `query($t: ID!) { trip(id: $t) { manifest { expectedCount } } }`, { t: tripId });
  expect([answer.status, codes(answer)]).toEqual([403, ['FORBIDDEN']]);
});

it("another student's history is NOT_FOUND; their entity reference, asked of the subgraph directly, has no transport", async () => {
  const history = await f.gql(pupil, `query($s: ID!) { transportHistory(studentId: $s) { totalCount } }`, { s: peer });
  expect(codes(history)).toEqual(['NOT_FOUND']);
  const direct = await f.direct(
    'transport',
    pupil,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id transport { id student { id } } } } }`,
    {
      r: [
        { __typename: 'Student', id: me },
        { __typename: 'Student', id: peer },
      ],
    },
  );
  expect(direct.body.data._entities[0].transport.student).toEqual({ id: me });
  expect(direct.body.data._entities[1]).toEqual({ id: peer, transport: null });
});

it('changes nothing: the gateway refuses, and so does the subgraph asked directly', async () => {
  const mark = `mutation($i: MarkStopStudentsInput!) { markStopStudents(input: $i) { marked } }`;
  const variables = { i: { tripId, stopId: net.stopIds[0], marks: [{ studentId: me, status: 'DROPPED' }] } };
  const viaGateway = await f.gql(pupil, mark, variables);
  expect([viaGateway.status, codes(viaGateway)]).toEqual([403, ['FORBIDDEN']]);
  const direct = await f.direct('transport', pupil, mark, variables);
  expect(codes(direct)).toEqual(['FORBIDDEN']);
  expect((await f.sql(`SELECT count(*)::int AS n FROM "TripStudentMark"`)).rows[0].n).toBe(2);
});

it('a student account linked to no student sees no one', async () => {
  const stranger = await f.member('STUDENT');
  const data = await f.ok(
    stranger,
    `query($t: ID!, $r: ID!) { trip(id: $t) { manifest { expectedCount stops { expected { student { id } } } } } busRoute(id: $r) { riders { totalCount } } }`,
    {
      t: tripId,
      r: net.routeId,
    },
  );
  // They ride no route: every route and trip is as if it did not exist.
  expect(data).toEqual({ trip: null, busRoute: null });
  const history = await f.gql(stranger, `query($s: ID!) { transportHistory(studentId: $s) { totalCount } }`, { s: me });
  expect(codes(history)).toEqual(['NOT_FOUND']);
});
