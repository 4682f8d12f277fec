/**
 * The fleet and the network through the real gateway: buses and stops (with coordinates), routes
 * with ordered stops and a time per stop for each direction, adding, reordering and removing a
 * route's stops, riders, pages, removals refused while something uses a record, and trips that
 * keep the stops they were planned with.
 */
import type { HttpAnswer, Member } from '@syncad/test-support';
import { expectNoLeaks, expectOneError } from '@syncad/test-support';
import { schoolToday, seedStudents, startTransportFixture, type TransportFixture } from './support/transportFixture';

let f: TransportFixture;
let manager: Member;
const answers: HttpAnswer[] = [];

async function ask(query: string, variables?: Record<string, unknown>): Promise<HttpAnswer> {
  const answer = await f.gql(manager, query, variables);
  answers.push(answer);
  return answer;
}

async function ok(query: string, variables?: Record<string, unknown>): Promise<any> {
  const answer = await ask(query, variables);
  if (answer.body?.errors) throw new Error(JSON.stringify(answer.body.errors));
  return answer.body.data;
}

function refusedWith(answer: HttpAnswer, code: string, message: RegExp): void {
  expect(expectOneError(answer, 200, code).message).toMatch(message);
}

const ROUTE = `query($id: ID!) {
  busRoute(id: $id) { name isActive bus { registrationNo } riderCount stops { sequence stop { name } pickupTime dropTime } }
}`;
const stopNames = async (routeId: string) => (await ok(ROUTE, { id: routeId })).busRoute.stops.map((s: any) => s.stop.name);

beforeAll(async () => {
  f = await startTransportFixture();
  manager = await f.member('TRANSPORT_MANAGER');
});
afterAll(async () => {
  for (const a of answers) expectNoLeaks(a);
  await f?.close();
});

it('buses: created, checked, changed, paged by registration number, inactive ones on request', async () => {
  const create = `mutation($i: CreateBusInput!) { createBus(input: $i) { id registrationNo capacity driverName driverPhone isActive routes { id } } }`;
  const made = [];
  for (const n of [3, 1, 2])
    made.push(
      (
        await ok(create, {
          i: { registrationNo: ` KL-0${n} `, capacity: 30 + n, driverName: `Driver ${n}`, driverPhone: '+91 98470 00000' },
        })
      ).createBus,
    );
  expect(made[0]).toMatchObject({
    registrationNo: 'KL-03',
    capacity: 33,
    driverName: 'Driver 3',
    driverPhone: '+91 98470 00000',
    isActive: true,
    routes: [],
  });
  refusedWith(
    await ask(create, { i: { registrationNo: 'KL-03', capacity: 10 } }),
    'CONFLICT',
    /registration number "KL-03" is already used/,
  );
  refusedWith(
    await ask(create, { i: { registrationNo: 'KL-09', capacity: 0 } }),
    'BAD_USER_INPUT',
    /capacity must be a whole number from 1 to 120/,
  );
  refusedWith(await ask(create, { i: { registrationNo: '  ', capacity: 10 } }), 'BAD_USER_INPUT', /registrationNo must not be empty/);

  const changed = await ok(
    `mutation($id: ID!) { updateBus(input: { id: $id, isActive: false, driverPhone: null }) { isActive driverPhone capacity } }`,
    { id: made[1].id },
  );
  expect(changed.updateBus).toEqual({ isActive: false, driverPhone: null, capacity: 31 });

  const page = `query($a: String, $all: Boolean) { buses(first: 1, after: $a, includeInactive: $all) { totalCount nodes { registrationNo } pageInfo { hasNextPage endCursor } } }`;
  const first = (await ok(page, {})).buses;
  expect(first).toMatchObject({ totalCount: 2, nodes: [{ registrationNo: 'KL-02' }], pageInfo: { hasNextPage: true } });
  const second = (await ok(page, { a: first.pageInfo.endCursor })).buses;
  expect(second).toMatchObject({ totalCount: 2, nodes: [{ registrationNo: 'KL-03' }], pageInfo: { hasNextPage: false } });
  expect((await ok(page, { all: true })).buses).toMatchObject({ totalCount: 3, nodes: [{ registrationNo: 'KL-01' }] });
  // A cursor belongs to its list.
  const wrongList = await ask(`query($a: String) { busStops(after: $a) { totalCount } }`, { a: first.pageInfo.endCursor });
  expect(wrongList.body.data).toEqual({ busStops: null });
  expect(wrongList.body.errors.map((e: any) => [e.extensions.code, e.message])).toEqual([
    ['BAD_USER_INPUT', 'after is not a cursor from this list'],
  ]);

  expect((await ok(`mutation($id: ID!) { deleteBus(input: { id: $id }) }`, { id: made[2].id })).deleteBus).toBe(made[2].id);
  expect((await ok(`query($id: ID!) { bus(id: $id) { id } }`, { id: made[2].id })).bus).toBeNull();
});

it('stops: optional coordinates, both or neither, in range; search and pages by name', async () => {
  const create = `mutation($i: BusStopInput!) { createBusStop(input: $i) { id name address latitude longitude } }`;
  const market = (await ok(create, { i: { name: 'Market', address: 'MG Road', latitude: 9.9816358, longitude: 76.2998842 } }))
    .createBusStop;
  expect(market).toMatchObject({ name: 'Market', address: 'MG Road', latitude: 9.981636, longitude: 76.299884 });
  const temple = (await ok(create, { i: { name: 'Temple Road' } })).createBusStop;
  expect(temple).toMatchObject({ latitude: null, longitude: null, address: null });
  refusedWith(await ask(create, { i: { name: 'Half', latitude: 9.9 } }), 'BAD_USER_INPUT', /give both latitude and longitude, or neither/);
  refusedWith(await ask(create, { i: { name: 'Pole', latitude: 91, longitude: 0 } }), 'BAD_USER_INPUT', /latitude must be from -90 to 90/);
  refusedWith(await ask(create, { i: { address: 'No name' } }), 'BAD_USER_INPUT', /a new stop needs a name/);

  const update = `mutation($i: UpdateBusStopInput!) { updateBusStop(input: $i) { name address latitude longitude } }`;
  expect((await ok(update, { i: { id: market.id, latitude: null, longitude: null } })).updateBusStop).toEqual({
    name: 'Market',
    address: 'MG Road',
    latitude: null,
    longitude: null,
  });
  expect(
    (await ok(update, { i: { id: temple.id, name: 'Temple Rd', latitude: -33.8688, longitude: 151.2093 } })).updateBusStop,
  ).toMatchObject({
    name: 'Temple Rd',
    latitude: -33.8688,
    longitude: 151.2093,
  });

  const search = await ok(
    `{ busStops(search: "temple") { totalCount nodes { name } } all: busStops(first: 1) { nodes { name } pageInfo { hasNextPage } } }`,
  );
  expect(search.busStops).toEqual({ totalCount: 1, nodes: [{ name: 'Temple Rd' }] });
  expect(search.all).toEqual({ nodes: [{ name: 'Market' }], pageInfo: { hasNextPage: true } });
});

it('routes: ordered stops with a time per direction; stops added, timed, reordered and removed; times checked', async () => {
  const bus = (await ok(`mutation { createBus(input: { registrationNo: "NET-1", capacity: 20 }) { id } }`)).createBus.id;
  const stops: Record<string, string> = {};
  for (const name of ['North', 'East', 'South', 'West', 'Centre']) {
    stops[name] = (await ok(`mutation($n: String!) { createBusStop(input: { name: $n }) { id } }`, { n: name })).createBusStop.id;
  }
  const created = await ok(`mutation($i: CreateBusRouteInput!) { createBusRoute(input: $i) { id } }`, {
    i: {
      name: 'Ring',
      description: 'Around town',
      busId: bus,
      stops: [
        { stopId: stops.North, pickupTime: '07:00', dropTime: '15:40' },
        { stopId: stops.East, pickupTime: '07:10', dropTime: '15:30' },
        { stopId: stops.South, pickupTime: '07:20', dropTime: '15:20' },
      ],
    },
  });
  const routeId = created.createBusRoute.id;
  expect((await ok(ROUTE, { id: routeId })).busRoute).toEqual({
    name: 'Ring',
    isActive: true,
    bus: { registrationNo: 'NET-1' },
    riderCount: 0,
    stops: [
      { sequence: 1, stop: { name: 'North' }, pickupTime: '07:00', dropTime: '15:40' },
      { sequence: 2, stop: { name: 'East' }, pickupTime: '07:10', dropTime: '15:30' },
      { sequence: 3, stop: { name: 'South' }, pickupTime: '07:20', dropTime: '15:20' },
    ],
  });
  const bad = await ask(`mutation($i: CreateBusRouteInput!) { createBusRoute(input: $i) { id } }`, {
    i: { name: 'Bad', stops: [{ stopId: stops.North, pickupTime: '7:5' }] },
  });
  refusedWith(bad, 'BAD_USER_INPUT', /stops\[0\]\.pickupTime must be a time of day as HH:MM/);
  const twice = await ask(`mutation($i: CreateBusRouteInput!) { createBusRoute(input: $i) { id } }`, {
    i: { name: 'Twice', stops: [{ stopId: stops.North }, { stopId: stops.North }] },
  });
  refusedWith(twice, 'BAD_USER_INPUT', /a stop appears twice in stops/);

  // A morning's trips are planned now: later changes to the route do not move them.
  const plan = await ok(
    `mutation($d: Date!) { scheduleTrips(input: { date: $d }) { created trips { nodes { direction stops { stop { name } } } } } }`,
    { d: schoolToday() },
  );
  expect(plan.scheduleTrips.created).toBe(2);

  const add = `mutation($i: AddRouteStopInput!) { addRouteStop(input: $i) { stops { sequence stop { name } pickupTime } } }`;
  expect((await ok(add, { i: { routeId, stopId: stops.West, position: 2, pickupTime: '07:05' } })).addRouteStop.stops).toEqual([
    { sequence: 1, stop: { name: 'North' }, pickupTime: '07:00' },
    { sequence: 2, stop: { name: 'West' }, pickupTime: '07:05' },
    { sequence: 3, stop: { name: 'East' }, pickupTime: '07:10' },
    { sequence: 4, stop: { name: 'South' }, pickupTime: '07:20' },
  ]);
  await ok(add, { i: { routeId, stopId: stops.Centre } });
  expect(await stopNames(routeId)).toEqual(['North', 'West', 'East', 'South', 'Centre']);
  refusedWith(await ask(add, { i: { routeId, stopId: stops.East } }), 'CONFLICT', /already on route "Ring"/);
  refusedWith(
    await ask(`mutation($i: AddRouteStopInput!) { addRouteStop(input: $i) { id } }`, {
      i: { routeId, stopId: (await ok(`mutation { createBusStop(input: { name: "Far" }) { id } }`)).createBusStop.id, position: 9 },
    }),
    'BAD_USER_INPUT',
    /position must be from 1 to 6/,
  );

  const times = await ok(
    `mutation($i: SetRouteStopTimesInput!) { setRouteStopTimes(input: $i) { stops { stop { name } pickupTime dropTime } } }`,
    {
      i: { routeId, stopId: stops.Centre, pickupTime: '07:30', dropTime: '15:10' },
    },
  );
  expect(times.setRouteStopTimes.stops[4]).toEqual({ stop: { name: 'Centre' }, pickupTime: '07:30', dropTime: '15:10' });

  const reorder = `mutation($r: ID!, $s: [ID!]!) { reorderRouteStops(input: { routeId: $r, stopIds: $s }) { stops { sequence stop { name } pickupTime } } }`;
  const order = ['Centre', 'South', 'East', 'West', 'North'];
  const reordered = await ok(reorder, { r: routeId, s: order.map((n) => stops[n]) });
  expect(reordered.reorderRouteStops.stops.map((s: any) => [s.sequence, s.stop.name, s.pickupTime])).toEqual([
    [1, 'Centre', '07:30'],
    [2, 'South', '07:20'],
    [3, 'East', '07:10'],
    [4, 'West', '07:05'],
    [5, 'North', '07:00'],
  ]);
  refusedWith(
    await ask(reorder, { r: routeId, s: [stops.North, stops.East] }),
    'BAD_USER_INPUT',
    /must list each of the route's 5 stops exactly once/,
  );

  // A stop a rider uses stays; once free, it goes and the rest close up.
  const [rider] = await seedStudents(f, 1, 'NET');
  await ok(`mutation($i: AssignStudentTransportInput!) { assignStudentTransport(input: $i) { id } }`, {
    i: { studentId: rider, routeId, pickupStopId: stops.East, dropStopId: stops.West },
  });
  const remove = `mutation($r: ID!, $s: ID!) { removeRouteStop(input: { routeId: $r, stopId: $s }) { stops { sequence stop { name } } } }`;
  refusedWith(await ask(remove, { r: routeId, s: stops.West }), 'CONFLICT', /1 student\(s\) of route "Ring" board or get off at this stop/);
  refusedWith(
    await ask(`mutation($id: ID!) { deleteBusStop(input: { id: $id }) }`, { id: stops.West }),
    'CONFLICT',
    /this stop is on a route/,
  );
  expect((await ok(remove, { r: routeId, s: stops.South })).removeRouteStop.stops.map((s: any) => [s.sequence, s.stop.name])).toEqual([
    [1, 'Centre'],
    [2, 'East'],
    [3, 'West'],
    [4, 'North'],
  ]);
  refusedWith(await ask(remove, { r: routeId, s: stops.South }), 'BAD_USER_INPUT', /stop .* is not on route "Ring"/);

  // The trips planned earlier still visit North, East, South (and back).
  const trips = await ok(`{ trips { nodes { direction stops { stop { name } } } } }`);
  expect(trips.trips.nodes.map((t: any) => [t.direction, t.stops.map((s: any) => s.stop.name)])).toEqual([
    ['PICKUP', ['North', 'East', 'South']],
    ['DROP', ['South', 'East', 'North']],
  ]);
});

it('riders: a page of the route’s assignments, the bus’s routes; removals refused while in use', async () => {
  const bus = (await ok(`mutation { createBus(input: { registrationNo: "RIDE-1", capacity: 10 }) { id } }`)).createBus.id;
  const stop = (await ok(`mutation { createBusStop(input: { name: "Riders' stop" }) { id } }`)).createBusStop.id;
  const routeId = (
    await ok(`mutation($i: CreateBusRouteInput!) { createBusRoute(input: $i) { id } }`, {
      i: { name: 'Riders', busId: bus, stops: [{ stopId: stop }] },
    })
  ).createBusRoute.id;
  const students = await seedStudents(f, 5, 'RIDE');
  for (const studentId of students) {
    await ok(`mutation($i: AssignStudentTransportInput!) { assignStudentTransport(input: $i) { id } }`, {
      i: { studentId, routeId, pickupStopId: stop },
    });
  }
  const page = `query($id: ID!, $a: String) { busRoute(id: $id) { riderCount riders(first: 3, after: $a) { totalCount nodes { student { id } pickupStop { id } dropStop { id } route { name } } pageInfo { hasNextPage endCursor } } } }`;
  const first = (await ok(page, { id: routeId })).busRoute;
  expect(first.riderCount).toBe(5);
  expect(first.riders.totalCount).toBe(5);
  expect(first.riders.nodes.map((n: any) => n.student.id)).toEqual(students.slice(0, 3));
  expect(first.riders.nodes[0]).toMatchObject({ pickupStop: { id: stop }, dropStop: { id: stop }, route: { name: 'Riders' } });
  const second = (await ok(page, { id: routeId, a: first.riders.pageInfo.endCursor })).busRoute.riders;
  expect(second.nodes.map((n: any) => n.student.id)).toEqual(students.slice(3));
  expect(second.pageInfo.hasNextPage).toBe(false);
  expect((await ok(`query($id: ID!) { bus(id: $id) { routes { name } } }`, { id: bus })).bus.routes).toEqual([{ name: 'Riders' }]);

  refusedWith(
    await ask(`mutation($id: ID!) { deleteBus(input: { id: $id }) }`, { id: bus }),
    'CONFLICT',
    /runs a route or has trips: deactivate it instead/,
  );
  refusedWith(
    await ask(`mutation($id: ID!) { deleteBusRoute(input: { id: $id }) }`, { id: routeId }),
    'CONFLICT',
    /has students assigned or trips: deactivate it instead/,
  );
  for (const studentId of students)
    expect(
      (await ok(`mutation($s: ID!) { unassignStudentTransport(input: { studentId: $s }) }`, { s: studentId })).unassignStudentTransport,
    ).toBe(studentId);
  refusedWith(
    await ask(`mutation($s: ID!) { unassignStudentTransport(input: { studentId: $s }) }`, { s: students[0] }),
    'NOT_FOUND',
    /transport assignment of student .* not found/,
  );
  expect((await ok(`mutation($id: ID!) { deleteBusRoute(input: { id: $id }) }`, { id: routeId })).deleteBusRoute).toBe(routeId);
  expect((await f.sql(`SELECT count(*)::int AS n FROM "BusRouteStop" WHERE "routeId" = $1`, [routeId])).rows[0].n).toBe(0);

  // An inactive route takes no riders and gets no trips.
  const idle = (
    await ok(`mutation($i: CreateBusRouteInput!) { createBusRoute(input: $i) { id } }`, {
      i: { name: 'Idle', busId: bus, stops: [{ stopId: stop }] },
    })
  ).createBusRoute.id;
  await ok(`mutation($id: ID!) { updateBusRoute(input: { id: $id, isActive: false }) { isActive } }`, { id: idle });
  refusedWith(
    await ask(`mutation($i: AssignStudentTransportInput!) { assignStudentTransport(input: $i) { id } }`, {
      i: { studentId: students[0], routeId: idle, pickupStopId: stop },
    }),
    'BAD_USER_INPUT',
    /route "Idle" is not active/,
  );
  expect((await ok(`{ busRoutes(first: 100) { nodes { name } } }`)).busRoutes.nodes.map((r: any) => r.name)).not.toContain('Idle');
  expect(
    (await ok(`{ busRoutes(first: 100, includeInactive: true) { nodes { name } } }`)).busRoutes.nodes.map((r: any) => r.name),
  ).toContain('Idle');
});

it('a cancelled trip keeps its marks', async () => {
  const bus = (await ok(`mutation { createBus(input: { registrationNo: "CAN-1", capacity: 10 }) { id } }`)).createBus.id;
  const stop = (await ok(`mutation { createBusStop(input: { name: "Cancel stop" }) { id } }`)).createBusStop.id;
  const routeId = (
    await ok(`mutation($i: CreateBusRouteInput!) { createBusRoute(input: $i) { id } }`, {
      i: { name: 'Cancelled', busId: bus, stops: [{ stopId: stop, pickupTime: '09:00' }] },
    })
  ).createBusRoute.id;
  const [student] = await seedStudents(f, 1, 'CAN');
  await ok(`mutation($i: AssignStudentTransportInput!) { assignStudentTransport(input: $i) { id } }`, {
    i: { studentId: student, routeId, pickupStopId: stop },
  });
  await ok(`mutation($d: Date!) { scheduleTrips(input: { date: $d }) { created } }`, { d: schoolToday() });
  const trip = (await ok(`query($r: ID!) { trips(routeId: $r, status: SCHEDULED) { nodes { id direction } } }`, { r: routeId })).trips
    .nodes[0];
  expect(trip.direction).toBe('PICKUP');
  await ok(`mutation($t: ID!) { startTrip(input: { tripId: $t }) { id } }`, { t: trip.id });
  await ok(`mutation($i: ArriveAtStopInput!) { arriveAtStop(input: $i) { id } }`, { i: { tripId: trip.id, stopId: stop } });
  await ok(`mutation($i: MarkStopStudentsInput!) { markStopStudents(input: $i) { marked } }`, {
    i: { tripId: trip.id, stopId: stop, marks: [{ studentId: student, status: 'BOARDED' }] },
  });
  const cancelled = await ok(
    `mutation($t: ID!) { cancelTrip(input: { tripId: $t }) { status endedAt manifest { boardedCount boardedNotDropped { student { id } } } } }`,
    { t: trip.id },
  );
  expect(cancelled.cancelTrip).toMatchObject({
    status: 'CANCELLED',
    manifest: { boardedCount: 1, boardedNotDropped: [{ student: { id: student } }] },
  });
});

it('a bus runs at most 20 routes', async () => {
  const bus = (await ok(`mutation { createBus(input: { registrationNo: "BUSY-1", capacity: 10 }) { id } }`)).createBus.id;
  const create = `mutation($n: String!, $b: ID) { createBusRoute(input: { name: $n, busId: $b }) { id } }`;
  for (let i = 1; i <= 20; i++) await ok(create, { n: `Busy ${i}`, b: bus });
  refusedWith(await ask(create, { n: 'Busy 21', b: bus }), 'CONFLICT', /bus BUSY-1 already runs 20 routes, the most a bus may run/);
  const spare = (await ok(create, { n: 'Spare', b: null })).createBusRoute.id;
  refusedWith(
    await ask(`mutation($id: ID!, $b: ID) { updateBusRoute(input: { id: $id, busId: $b }) { id } }`, { id: spare, b: bus }),
    'CONFLICT',
    /already runs 20 routes/,
  );
  expect((await ok(`query($id: ID!) { bus(id: $id) { routes { name } } }`, { id: bus })).bus.routes).toHaveLength(20);
});
