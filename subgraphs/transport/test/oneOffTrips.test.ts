/**
 * One-off trips: a field trip with its own stops and riders (students who also ride a regular
 * route, and one who rides none), run like any trip: started, stops reached, riders marked; its
 * manifest and counts hold its riders only. scheduleTrips never plans its route, busRoutes does
 * not list it, and the route is not changed on its own. A rider (STUDENT) sees the trip; another
 * student does not. Refusals write nothing.
 */
import { central } from '@syncad/shared-db';
import type { Member } from '@syncad/test-support';
import {
  codes,
  schoolToday,
  seedNetwork,
  seedRiders,
  seedStudents,
  startTransportFixture,
  transportRows,
  type Network,
  type TransportFixture,
} from './support/transportFixture';

let f: TransportFixture;
let manager: Member;
let regular: Network;
/** The museum run's stops: school gate, museum. */
let museum: Network;
/** s[0], s[1] ride route A daily; s[2] rides nothing daily; s[3] stays behind. */
let s: string[];
const day = schoolToday();

const CREATE = `mutation($i: CreateOneOffTripInput!) {
  createOneOffTrip(input: $i) {
    id date direction status scheduledAt
    route { id name isActive oneOffOn riderCount riders { nodes { student { id } pickupStop { id } dropStop { id } } } }
    bus { id } stops { sequence stop { id } scheduledAt }
  }
}`;
const MANIFEST = `query($t: ID!) {
  trip(id: $t) {
    progress { expected boarded dropped notMarked }
    manifest { expectedCount boardedCount droppedCount boardedNotDropped { student { id } } stops { stop { id } expected { student { id } } } }
  }
}`;

/** Who the manifest expects at a stop (on a DROP trip: where they get off). */
function atStop(trip: any, stopId: string) {
  return trip.manifest.stops.find((m: { stop: { id: string } }) => m.stop.id === stopId).expected;
}

function fieldTrip(overrides: Record<string, unknown> = {}) {
  const [gate, hall] = museum.stopIds;
  return {
    name: 'Field trip: Science Museum',
    date: day,
    direction: 'DROP',
    busId: museum.busId,
    stops: [
      { stopId: gate, time: '09:30' },
      { stopId: hall, time: '10:15' },
    ],
    riders: s.slice(0, 3).map((studentId) => ({ studentId, boardAt: gate, getOffAt: hall })),
    ...overrides,
  };
}

beforeAll(async () => {
  f = await startTransportFixture();
  manager = await f.member('TRANSPORT_MANAGER');
  regular = await seedNetwork(f, manager, { tag: 'A', stops: 3 });
  museum = await seedNetwork(f, manager, { tag: 'M', stops: 2, capacity: 3 });
  s = await seedStudents(f, 4, 'F');
  await seedRiders(f, regular, s.slice(0, 2));
});
afterAll(() => f?.close());

it('refuses what cannot run, writing nothing: past days, unknown or doubled stops and riders, wrong order, too few seats, no transport:write', async () => {
  const before = await transportRows(f);
  const [gate, hall] = museum.stopIds;
  const refusals: Array<[Record<string, unknown>, string]> = [
    [{ date: '2020-01-01' }, 'BAD_USER_INPUT'],
    [{ stops: [{ stopId: gate }] }, 'BAD_USER_INPUT'],
    [{ stops: [{ stopId: gate }, { stopId: gate }] }, 'BAD_USER_INPUT'],
    [{ stops: [{ stopId: gate, time: '9.30' }, { stopId: hall }] }, 'BAD_USER_INPUT'],
    [{ riders: [] }, 'BAD_USER_INPUT'],
    [{ riders: [{ studentId: s[0], boardAt: hall, getOffAt: gate }] }, 'BAD_USER_INPUT'],
    [{ riders: [{ studentId: s[0], boardAt: regular.stopIds[0], getOffAt: hall }] }, 'BAD_USER_INPUT'],
    [{ riders: s.map((studentId) => ({ studentId, boardAt: gate, getOffAt: hall })) }, 'BAD_USER_INPUT'],
    [{ riders: [s[0], s[0]].map((studentId) => ({ studentId, boardAt: gate, getOffAt: hall })) }, 'BAD_USER_INPUT'],
    [{ riders: [{ studentId: regular.routeId, boardAt: gate, getOffAt: hall }] }, 'NOT_FOUND'],
    [{ busId: regular.stopIds[0] }, 'NOT_FOUND'],
  ];
  for (const [overrides, code] of refusals) {
    const answer = await f.gql(manager, CREATE, { i: fieldTrip(overrides) });
    expect({ overrides, codes: codes(answer) }).toEqual({ overrides, codes: [code] });
  }
  const teacher = await f.member('TEACHER');
  expect(codes(await f.gql(teacher, CREATE, { i: fieldTrip() }))).toEqual(['FORBIDDEN']);
  expect(await transportRows(f)).toEqual(before);
});

it('runs a field trip with its own stops and riders; regular routes and schedules are untouched', async () => {
  const created = (await f.ok(manager, CREATE, { i: fieldTrip() })).createOneOffTrip;
  const [gate, hall] = museum.stopIds;
  expect(created).toMatchObject({
    date: day,
    direction: 'DROP',
    status: 'SCHEDULED',
    route: { name: 'Field trip: Science Museum', isActive: false, oneOffOn: day, riderCount: 3 },
    bus: { id: museum.busId },
    stops: [
      { sequence: 1, stop: { id: gate } },
      { sequence: 2, stop: { id: hall } },
    ],
  });
  // Riders listed in one call come in one instant: compared as a set.
  const byStudent = (a: { student: { id: string } }, b: { student: { id: string } }) => a.student.id.localeCompare(b.student.id);
  expect([...created.route.riders.nodes].sort(byStudent)).toEqual(
    s
      .slice(0, 3)
      .map((id) => ({ student: { id }, pickupStop: { id: gate }, dropStop: { id: hall } }))
      .sort(byStudent),
  );
  expect(new Date(created.scheduledAt).getTime()).toBeLessThan(new Date(created.stops[1].scheduledAt).getTime());

  // Not a route of the network: never listed, never scheduled, not changed on its own.
  const routes = await f.ok(manager, `{ busRoutes(includeInactive: true) { nodes { id } } }`);
  expect(routes.busRoutes.nodes.map((r: { id: string }) => r.id).sort()).toEqual([regular.routeId, museum.routeId].sort());
  const schedule = await f.ok(manager, `mutation($d: Date!) { scheduleTrips(input: { date: $d }) { created } }`, { d: day });
  expect(schedule.scheduleTrips.created).toBe(4);
  // Nor among its bus's routes (nor counted against its 20); but its riders hold their seats until it has run.
  const busRoutes = await f.ok(manager, `query($b: ID!) { bus(id: $b) { routes { id } } }`, { b: museum.busId });
  expect(busRoutes.bus.routes).toEqual([{ id: museum.routeId }]);
  const shrink = await f.gql(manager, `mutation($i: UpdateBusInput!) { updateBus(input: $i) { id } }`, {
    i: { id: museum.busId, capacity: 2 },
  });
  expect(codes(shrink)).toEqual(['CONFLICT']);
  const edit = await f.gql(manager, `mutation($i: UpdateBusRouteInput!) { updateBusRoute(input: $i) { id } }`, {
    i: { id: created.route.id, isActive: true },
  });
  expect(codes(edit)).toEqual(['CONFLICT']);
  // The same bus cannot run another DROP trip at 09:30 that day.
  expect(
    codes(
      await f.gql(manager, CREATE, { i: fieldTrip({ name: 'Second run', riders: [{ studentId: s[3], boardAt: gate, getOffAt: hall }] }) }),
    ),
  ).toEqual(['CONFLICT']);

  // Run it: riders marked like on any trip; a student of route A who is not on the list is refused.
  await f.ok(manager, `mutation($t: ID!) { startTrip(input: { tripId: $t }) { id } }`, { t: created.id });
  await f.ok(manager, `mutation($i: ArriveAtStopInput!) { arriveAtStop(input: $i) { id } }`, { i: { tripId: created.id, stopId: gate } });
  const MARK = `mutation($i: MarkStopStudentsInput!) { markStopStudents(input: $i) { marked } }`;
  const board = (stopId: string, marks: Array<[string, string]>) =>
    f.gql(manager, MARK, { i: { tripId: created.id, stopId, marks: marks.map(([studentId, status]) => ({ studentId, status })) } });
  expect(codes(await board(gate, [[s[3], 'BOARDED']]))).toEqual(['BAD_USER_INPUT']);
  expect(
    (
      await board(gate, [
        [s[0], 'BOARDED'],
        [s[2], 'BOARDED'],
        [s[1], 'ABSENT'],
      ])
    ).body.data.markStopStudents.marked,
  ).toBe(3);
  await f.ok(manager, `mutation($i: ArriveAtStopInput!) { arriveAtStop(input: $i) { id } }`, { i: { tripId: created.id, stopId: hall } });
  expect((await board(hall, [[s[0], 'DROPPED']])).body.data.markStopStudents.marked).toBe(1);

  const manifest = (await f.ok(manager, MANIFEST, { t: created.id })).trip;
  expect(manifest.progress).toEqual({ expected: 3, boarded: 2, dropped: 1, notMarked: 0 });
  expect(manifest.manifest).toMatchObject({
    expectedCount: 3,
    boardedCount: 2,
    droppedCount: 1,
    boardedNotDropped: [{ student: { id: s[2] } }],
  });
  expect(
    atStop(manifest, museum.stopIds[1])
      .map((e: { student: { id: string } }) => e.student.id)
      .sort(),
  ).toEqual(s.slice(0, 3).sort());

  // A rider sees the trip among theirs; a student who stayed behind does not.
  const rider = await f.member('STUDENT');
  await f.sql(`UPDATE "Student" SET "userId" = $1 WHERE id = $2`, [rider.userId, s[2]]);
  const riderTrips = await f.ok(rider, `query($d: Date!) { trips(date: $d) { nodes { id } } }`, { d: day });
  expect(riderTrips.trips.nodes).toEqual([{ id: created.id }]);
  const own = (await f.ok(rider, MANIFEST, { t: created.id })).trip;
  expect(own.progress).toEqual({ expected: 1, boarded: 1, dropped: 0, notMarked: 0 });
  expect(atStop(own, museum.stopIds[1])).toEqual([{ student: { id: s[2] } }]);
  const stayed = await f.member('STUDENT');
  await f.sql(`UPDATE "Student" SET "userId" = $1 WHERE id = $2`, [stayed.userId, s[3]]);
  expect(await f.ok(stayed, `query($t: ID!) { trip(id: $t) { id } }`, { t: created.id })).toEqual({ trip: null });
  expect((await f.ok(stayed, `query($d: Date!) { trips(date: $d) { nodes { id } } }`, { d: day })).trips.nodes).toEqual([]);
});

it('an extra run copies a regular route’s stops and riders, its times moved to startAt', async () => {
  const extra = { name: 'Route A, late run', date: day, direction: 'PICKUP', busId: regular.busId, fromRouteId: regular.routeId };
  const refused = async (overrides: Record<string, unknown>) => codes(await f.gql(manager, CREATE, { i: { ...extra, ...overrides } }));
  expect(await refused({ stops: fieldTrip().stops })).toEqual(['BAD_USER_INPUT']);
  expect(await refused({ fromRouteId: undefined, startAt: '16:30' })).toEqual(['BAD_USER_INPUT']);
  expect(await refused({ startAt: '23:55' })).toEqual(['BAD_USER_INPUT']);
  const oneOff = (await f.sql(`SELECT id FROM "BusRoute" WHERE "oneOffOn" IS NOT NULL LIMIT 1`)).rows[0].id;
  expect(await refused({ fromRouteId: f.globalId('BusRoute', oneOff) })).toEqual(['BAD_USER_INPUT']);

  const run = (await f.ok(manager, CREATE, { i: { ...extra, startAt: '16:30' } })).createOneOffTrip;
  expect(run.route).toMatchObject({ name: 'Route A, late run', oneOffOn: day, riderCount: 2 });
  expect(run.stops.map((s: { stop: { id: string } }) => s.stop.id)).toEqual(regular.stopIds);
  const clock = (at: string) =>
    new Date(at).toLocaleTimeString('en-GB', { timeZone: central.DEFAULT_SCHOOL_TIMEZONE, hour: '2-digit', minute: '2-digit' });
  expect(run.stops.map((s: { scheduledAt: string }) => clock(s.scheduledAt))).toEqual(['16:30', '16:35', '16:40']);
  // Each rider expected where they board on the route's own PICKUP trips.
  const manifest = (await f.ok(manager, MANIFEST, { t: run.id })).trip;
  expect(atStop(manifest, regular.stopIds[0])).toEqual([{ student: { id: s[0] } }]);
  expect(atStop(manifest, regular.stopIds[1])).toEqual([{ student: { id: s[1] } }]);
  expect(manifest.progress.expected).toBe(2);
});
