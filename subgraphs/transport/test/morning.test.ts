/**
 * A full school day through the real gateway: the transport manager plans the day, runs three
 * morning trips (arrivals in order, a skipped stop, boarding and drop-off in bulk), completes
 * them; the manifest tells exactly who was absent, who was never marked and who never got off;
 * the afternoon DROP trip keeps the morning's marks intact; parents' views (Student.transport,
 * history) show both.
 */
import type { Member } from '@syncad/test-support';
import {
  clock,
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
let a: Network;
let b: Network;
let c: Network;
/** Riders of route A: s[0..7]. */
let s: string[];
let bRiders: string[];
let cRiders: string[];
const day = schoolToday();
const tripIds: Record<string, string> = {};
let morningManifest: any;

const SCHEDULE = `mutation($d: Date!) {
  scheduleTrips(input: { date: $d }) {
    date created alreadyScheduled skipped { route { name } direction reason }
    trips(first: 50) { totalCount nodes { id direction status route { id } bus { id } scheduledAt stops { sequence stop { id } scheduledAt } } }
  }
}`;
const START = `mutation($t: ID!) { startTrip(input: { tripId: $t }) { id status startedAt } }`;
const ARRIVE = `mutation($i: ArriveAtStopInput!) {
  arriveAtStop(input: $i) { id progress { stopsReached stopsSkipped currentStop { stop { id } } nextStop { stop { id } } } }
}`;
const MARK = `mutation($i: MarkStopStudentsInput!) { markStopStudents(input: $i) { marked marks { status stop { id } student { id } markedBy { id } } } }`;
const COMPLETE = `mutation($t: ID!) { completeTrip(input: { tripId: $t }) { id status endedAt stops { arrivedAt skipped } } }`;
const MANIFEST = `query($t: ID!) {
  trip(id: $t) {
    status direction
    manifest {
      expectedCount boardedCount absentCount notMarkedCount droppedCount
      stops {
        stop { id } tripStop { sequence skipped }
        expected { student { id } } boarded { student { id } } absent { student { id } } notMarked { student { id } } dropped { student { id } }
      }
      boardedNotDropped { student { id admissionNo } assigned boarding { status stop { id } } drop { status } }
    }
  }
}`;

const ids = (list: { student: { id: string } }[]) => list.map((l) => l.student.id);
const arrive = (tripId: string, stopId: string, skipped?: boolean) => f.ok(manager, ARRIVE, { i: { tripId, stopId, skipped } });
const mark = (tripId: string, stopId: string, marks: Array<[string, string]>) =>
  f.ok(manager, MARK, { i: { tripId, stopId, marks: marks.map(([studentId, status]) => ({ studentId, status })) } });

beforeAll(async () => {
  f = await startTransportFixture();
  manager = await f.member('TRANSPORT_MANAGER');
  a = await seedNetwork(f, manager, { tag: 'A', stops: 4 });
  b = await seedNetwork(f, manager, { tag: 'B', stops: 3, pickupAt: '07:10' });
  c = await seedNetwork(f, manager, { tag: 'C', stops: 2, pickupAt: '07:20' });
  s = await seedStudents(f, 8, 'A');
  bRiders = await seedStudents(f, 3, 'B');
  cRiders = await seedStudents(f, 2, 'C');
  // Route A: riders board at its first three stops (the fourth is the school gate); s0 gets off at another stop.
  const assign = `mutation($i: AssignStudentTransportInput!) { assignStudentTransport(input: $i) { id pickupStop { id } dropStop { id } } }`;
  for (const [i, studentId] of s.entries()) {
    const pickupStopId = a.stopIds[i % 3];
    const dropStopId = i === 0 ? a.stopIds[1] : undefined;
    const data = await f.ok(manager, assign, { i: { studentId, routeId: a.routeId, pickupStopId, dropStopId } });
    expect(data.assignStudentTransport).toMatchObject({ pickupStop: { id: pickupStopId }, dropStop: { id: dropStopId ?? pickupStopId } });
  }
  for (const [i, studentId] of bRiders.entries())
    await f.ok(manager, assign, { i: { studentId, routeId: b.routeId, pickupStopId: b.stopIds[i] } });
  for (const [i, studentId] of cRiders.entries())
    await f.ok(manager, assign, { i: { studentId, routeId: c.routeId, pickupStopId: c.stopIds[i] } });
});
afterAll(() => f?.close());

it('plans the day once: a PICKUP and a DROP trip per route, stops and times from the route; planning again creates nothing', async () => {
  const first = (await f.ok(manager, SCHEDULE, { d: day })).scheduleTrips;
  expect(first).toMatchObject({ date: day, created: 6, alreadyScheduled: 0, skipped: [] });
  expect(first.trips.totalCount).toBe(6);
  const trips = first.trips.nodes;
  for (const t of trips) tripIds[`${t.route.id === a.routeId ? 'A' : t.route.id === b.routeId ? 'B' : 'C'}-${t.direction}`] = t.id;
  // In scheduled order: the morning runs at 07:00, 07:10, 07:20, then the afternoon runs.
  expect(trips.map((t: any) => [t.id, t.direction])).toEqual([
    [tripIds['A-PICKUP'], 'PICKUP'],
    [tripIds['B-PICKUP'], 'PICKUP'],
    [tripIds['C-PICKUP'], 'PICKUP'],
    // Trips of one time in key order.
    ...[tripIds['A-DROP'], tripIds['B-DROP'], tripIds['C-DROP']]
      .sort((x, y) => (f.keyOf(x) < f.keyOf(y) ? -1 : 1))
      .map((id) => [id, 'DROP']),
  ]);
  const at = (time: string) => new Date(`${day}T${time}:00+05:30`).toISOString();
  const pickupA = trips.find((t: any) => t.id === tripIds['A-PICKUP']);
  expect(pickupA).toMatchObject({ status: 'SCHEDULED', bus: { id: a.busId }, scheduledAt: at('07:00') });
  expect(pickupA.stops).toEqual(a.stopIds.map((id, i) => ({ sequence: i + 1, stop: { id }, scheduledAt: at(clock('07:00', 5 * i)) })));
  // The afternoon run visits the stops in reverse, on the route's drop times.
  const dropA = trips.find((t: any) => t.id === tripIds['A-DROP']);
  expect(dropA.scheduledAt).toBe(at('15:00'));
  expect(dropA.stops.map((x: any) => x.stop.id)).toEqual([...a.stopIds].reverse());
  expect(dropA.stops.map((x: any) => x.scheduledAt)).toEqual(['15:00', '15:05', '15:10', '15:15'].map(at));

  const again = (await f.ok(manager, SCHEDULE, { d: day })).scheduleTrips;
  expect(again).toMatchObject({ created: 0, alreadyScheduled: 6, skipped: [] });
  expect((await f.sql(`SELECT count(*)::int AS n FROM "Trip"`)).rows[0].n).toBe(6);
});

it('runs three morning trips: arrivals in order (one stop skipped), boarding and drop-off in bulk, completion', async () => {
  const pickup = { A: tripIds['A-PICKUP'], B: tripIds['B-PICKUP'], C: tripIds['C-PICKUP'] };
  for (const t of Object.values(pickup)) expect((await f.ok(manager, START, { t })).startTrip.status).toBe('IN_PROGRESS');

  // Route A: riders s0, s3, s6 at stop 1; s1, s4, s7 at stop 2; s2, s5 at stop 3; the school gate is stop 4.
  const first = await arrive(pickup.A, a.stopIds[0]);
  expect(first.arriveAtStop.progress).toEqual({
    stopsReached: 1,
    stopsSkipped: 0,
    currentStop: { stop: { id: a.stopIds[0] } },
    nextStop: { stop: { id: a.stopIds[1] } },
  });
  const marked = await mark(pickup.A, a.stopIds[0], [
    [s[0], 'BOARDED'],
    [s[3], 'BOARDED'],
    [s[6], 'ABSENT'],
  ]);
  expect(marked.markStopStudents.marked).toBe(3);
  expect(marked.markStopStudents.marks).toEqual(
    expect.arrayContaining([
      { status: 'ABSENT', stop: { id: a.stopIds[0] }, student: { id: s[6] }, markedBy: { id: f.globalId('User', manager.userId) } },
    ]),
  );
  await arrive(pickup.A, a.stopIds[1]);
  await mark(pickup.A, a.stopIds[1], [
    [s[1], 'BOARDED'],
    [s[4], 'BOARDED'],
  ]); // s7 is never marked
  await arrive(pickup.A, a.stopIds[2]);
  await mark(pickup.A, a.stopIds[2], [
    [s[2], 'BOARDED'],
    [s[5], 'ABSENT'],
  ]);
  await arrive(pickup.A, a.stopIds[3]);
  await mark(pickup.A, a.stopIds[3], [
    [s[0], 'DROPPED'],
    [s[1], 'DROPPED'],
    [s[2], 'DROPPED'],
    [s[3], 'DROPPED'],
  ]); // s4 stays on board

  // Route B: the bus goes past stop 2 (explicitly skipped).
  await arrive(pickup.B, b.stopIds[0]);
  await mark(pickup.B, b.stopIds[0], [[bRiders[0], 'BOARDED']]);
  const skip = await arrive(pickup.B, b.stopIds[2], true);
  expect(skip.arriveAtStop.progress).toMatchObject({ stopsReached: 2, stopsSkipped: 1, nextStop: null });
  await mark(pickup.B, b.stopIds[2], [[bRiders[2], 'BOARDED']]);

  // Route C: both stops, everyone boards.
  await arrive(pickup.C, c.stopIds[0]);
  await mark(pickup.C, c.stopIds[0], [[cRiders[0], 'BOARDED']]);
  await arrive(pickup.C, c.stopIds[1]);
  await mark(pickup.C, c.stopIds[1], [
    [cRiders[1], 'BOARDED'],
    [cRiders[0], 'DROPPED'],
  ]);

  // Today's trips with progress while they run.
  const live = await f.ok(
    manager,
    `{ trips(status: IN_PROGRESS) { totalCount nodes { id progress { stopCount stopsReached stopsSkipped expected boarded absent dropped onBoard notMarked nextStop { sequence } } } } }`,
  );
  const progress = Object.fromEntries(live.trips.nodes.map((t: any) => [t.id, t.progress]));
  expect(live.trips.totalCount).toBe(3);
  expect(progress[pickup.A]).toEqual({
    stopCount: 4,
    stopsReached: 4,
    stopsSkipped: 0,
    expected: 8,
    boarded: 5,
    absent: 2,
    dropped: 4,
    onBoard: 1,
    notMarked: 1,
    nextStop: null,
  });
  expect(progress[pickup.B]).toEqual({
    stopCount: 3,
    stopsReached: 2,
    stopsSkipped: 1,
    expected: 3,
    boarded: 2,
    absent: 0,
    dropped: 0,
    onBoard: 2,
    notMarked: 1,
    nextStop: null,
  });
  expect(progress[pickup.C]).toEqual({
    stopCount: 2,
    stopsReached: 2,
    stopsSkipped: 0,
    expected: 2,
    boarded: 2,
    absent: 0,
    dropped: 1,
    onBoard: 1,
    notMarked: 0,
    nextStop: null,
  });

  for (const t of Object.values(pickup)) {
    const done = (await f.ok(manager, COMPLETE, { t })).completeTrip;
    expect(done.status).toBe('COMPLETED');
    expect(done.endedAt).not.toBeNull();
    expect(done.stops.every((x: any) => x.arrivedAt !== null || x.skipped)).toBe(true);
  }
});

it('the morning manifest shows exactly who boarded, who was absent, who was never marked and who never got off', async () => {
  const data = await f.ok(manager, MANIFEST, { t: tripIds['A-PICKUP'] });
  morningManifest = data;
  const m = data.trip.manifest;
  expect(data.trip).toMatchObject({ status: 'COMPLETED', direction: 'PICKUP' });
  expect([m.expectedCount, m.boardedCount, m.absentCount, m.notMarkedCount, m.droppedCount]).toEqual([8, 5, 2, 1, 4]);
  expect(
    m.stops.map((x: any) => ({
      stop: x.stop.id,
      sequence: x.tripStop.sequence,
      expected: ids(x.expected),
      boarded: ids(x.boarded),
      absent: ids(x.absent),
      notMarked: ids(x.notMarked),
      dropped: ids(x.dropped),
    })),
  ).toEqual([
    {
      stop: a.stopIds[0],
      sequence: 1,
      expected: [s[0], s[3], s[6]],
      boarded: [s[0], s[3]],
      absent: [s[6]],
      notMarked: [],
      dropped: [s[0], s[3]],
    },
    {
      stop: a.stopIds[1],
      sequence: 2,
      expected: [s[1], s[4], s[7]],
      boarded: [s[1], s[4]],
      absent: [],
      notMarked: [s[7]],
      dropped: [s[1]],
    },
    { stop: a.stopIds[2], sequence: 3, expected: [s[2], s[5]], boarded: [s[2]], absent: [s[5]], notMarked: [], dropped: [s[2]] },
    { stop: a.stopIds[3], sequence: 4, expected: [], boarded: [], absent: [], notMarked: [], dropped: [] },
  ]);
  expect(m.boardedNotDropped).toEqual([
    {
      student: { id: s[4], admissionNo: 'A-00005' },
      assigned: true,
      boarding: { status: 'BOARDED', stop: { id: a.stopIds[1] } },
      drop: null,
    },
  ]);

  const skipped = await f.ok(manager, MANIFEST, { t: tripIds['B-PICKUP'] });
  expect(skipped.trip.manifest.stops.map((x: any) => [x.tripStop.skipped, ids(x.notMarked)])).toEqual([
    [false, []],
    [true, [bRiders[1]]],
    [false, []],
  ]);
});

it('the afternoon DROP trip boards at the school and drops at each drop stop, leaving the morning marks intact', async () => {
  const t = tripIds['A-DROP'];
  await f.ok(manager, START, { t });
  const [gate, third, second, first] = [...a.stopIds].reverse();
  await arrive(t, gate);
  await mark(t, gate, [
    [s[0], 'BOARDED'],
    [s[1], 'BOARDED'],
    [s[2], 'BOARDED'],
    [s[3], 'BOARDED'],
    [s[4], 'BOARDED'],
    [s[5], 'ABSENT'],
    [s[6], 'ABSENT'],
    [s[7], 'ABSENT'],
  ]);
  await arrive(t, third);
  await mark(t, third, [[s[2], 'DROPPED']]);
  await arrive(t, second);
  await mark(t, second, [
    [s[0], 'DROPPED'],
    [s[1], 'DROPPED'],
    [s[4], 'DROPPED'],
  ]);
  await arrive(t, first);
  await mark(t, first, [[s[3], 'DROPPED']]);
  await f.ok(manager, COMPLETE, { t });

  const afternoon = (await f.ok(manager, MANIFEST, { t })).trip.manifest;
  expect([
    afternoon.expectedCount,
    afternoon.boardedCount,
    afternoon.absentCount,
    afternoon.notMarkedCount,
    afternoon.droppedCount,
  ]).toEqual([8, 5, 3, 0, 5]);
  // Grouped by drop stop, in visiting order: s0 gets off at stop 2, not where they board.
  expect(afternoon.stops.map((x: any) => [x.stop.id, ids(x.expected), ids(x.dropped)])).toEqual([
    [gate, [], []],
    [third, [s[2], s[5]], [s[2]]],
    [second, [s[0], s[1], s[4], s[7]], [s[0], s[1], s[4]]],
    [first, [s[3], s[6]], [s[3]]],
  ]);
  expect(afternoon.boardedNotDropped).toEqual([]);

  // The morning is exactly as it was.
  expect(await f.ok(manager, MANIFEST, { t: tripIds['A-PICKUP'] })).toEqual(morningManifest);
  expect((await f.sql(`SELECT count(*)::int AS n FROM "TripStudentMark" WHERE "studentId" = $1`, [s[0]])).rows[0].n).toBe(4);
});

it("a student's transport (route, stops, today's trips with both marks) and history, as a teacher the school let read transport", async () => {
  // The built-in TEACHER reads no transport: this school lets its teachers read it.
  await f.centralSql(
    `UPDATE "Role_Module_Permission" SET read = true
     WHERE "roleId" = $1 AND "moduleId" = (SELECT id FROM "Module" WHERE name = 'transport')`,
    [f.school.roles.TEACHER],
  );
  const teacher = await f.member('TEACHER');
  const query = `query($id: ID!) {
    student(id: $id) {
      admissionNo
      transport {
        route { id name bus { id capacity } } pickupStop { id } dropStop { id }
        todaysPickup { trip { id direction status } boarding { status stop { id } markedBy { id } } drop { status stop { id } } }
        todaysDrop { trip { id direction status } boarding { status stop { id } markedBy { id } } drop { status stop { id } } }
      }
    }
    transportHistory(studentId: $id) { totalCount nodes { trip { id date direction } boarding { status } drop { status stop { id } } } }
  }`;
  const data = await f.ok(teacher, query, { id: s[0] });
  expect(data.student.transport).toEqual({
    route: { id: a.routeId, name: 'Route A', bus: { id: a.busId, capacity: 40 } },
    pickupStop: { id: a.stopIds[0] },
    dropStop: { id: a.stopIds[1] },
    todaysPickup: {
      trip: { id: tripIds['A-PICKUP'], direction: 'PICKUP', status: 'COMPLETED' },
      boarding: { status: 'BOARDED', stop: { id: a.stopIds[0] }, markedBy: { id: f.globalId('User', manager.userId) } },
      drop: { status: 'DROPPED', stop: { id: a.stopIds[3] } },
    },
    todaysDrop: {
      trip: { id: tripIds['A-DROP'], direction: 'DROP', status: 'COMPLETED' },
      boarding: { status: 'BOARDED', stop: { id: a.stopIds[3] }, markedBy: { id: f.globalId('User', manager.userId) } },
      drop: { status: 'DROPPED', stop: { id: a.stopIds[1] } },
    },
  });
  // Newest first: the afternoon before the morning.
  expect(data.transportHistory).toEqual({
    totalCount: 2,
    nodes: [
      {
        trip: { id: tripIds['A-DROP'], date: day, direction: 'DROP' },
        boarding: { status: 'BOARDED' },
        drop: { status: 'DROPPED', stop: { id: a.stopIds[1] } },
      },
      {
        trip: { id: tripIds['A-PICKUP'], date: day, direction: 'PICKUP' },
        boarding: { status: 'BOARDED' },
        drop: { status: 'DROPPED', stop: { id: a.stopIds[3] } },
      },
    ],
  });
  const page = await f.ok(
    teacher,
    `query($id: ID!) { transportHistory(studentId: $id, first: 1) { nodes { trip { id } } pageInfo { hasNextPage endCursor } } }`,
    { id: s[0] },
  );
  expect(page.transportHistory.pageInfo.hasNextPage).toBe(true);
  const next = await f.ok(
    teacher,
    `query($id: ID!, $a: String) { transportHistory(studentId: $id, first: 1, after: $a) { nodes { trip { id } } pageInfo { hasNextPage } } }`,
    {
      id: s[0],
      a: page.transportHistory.pageInfo.endCursor,
    },
  );
  expect(next.transportHistory).toEqual({ nodes: [{ trip: { id: tripIds['A-PICKUP'] } }], pageInfo: { hasNextPage: false } });

  // A teacher reads transport but changes nothing: the gateway refuses before any subgraph.
  const refused = await f.gql(teacher, START, { t: tripIds['B-DROP'] });
  expect(refused.status).toBe(403);
  expect(codes(refused)).toEqual(['FORBIDDEN']);
});

it('a wrong boarding mark is corrected on the finished trip (transport:write); its history keeps what it was', async () => {
  const tripId = tripIds['A-PICKUP'];
  const markOf = async (student: string, kind: string) =>
    (await f.sql(`SELECT id FROM "TripStudentMark" WHERE "tripId" = $1 AND "studentId" = $2 AND kind = $3`, [tripId, student, kind]))
      .rows[0].id;
  const CORRECT = `mutation($i: CorrectTripMarkInput!) { correctTripMark(input: $i) { id status stop { id } markedBy { id } history {
    action by { id } changes { field before after } } } }`;
  const CORRECT_PLAIN = `mutation($i: CorrectTripMarkInput!) { correctTripMark(input: $i) { id status stop { id } } }`;

  // s5 was marked ABSENT at stop 3 but boarded at stop 2.
  const absent = await markOf(s[5], 'BOARDING');
  const fixed = await f.ok(manager, CORRECT_PLAIN, { i: { id: absent, status: 'BOARDED', stopId: a.stopIds[1] } });
  expect(fixed.correctTripMark).toEqual({ id: absent, status: 'BOARDED', stop: { id: a.stopIds[1] } });
  // The admin (audit:read) sees the correction with the mark as it was (a call that changes nothing writes nothing).
  const again = await f.ok(f.admin, CORRECT, { i: { id: absent } });
  expect(again.correctTripMark.history).toHaveLength(2);
  expect(again.correctTripMark.history[0]).toEqual({
    action: 'UPDATED',
    by: { id: f.globalId('User', manager.userId) },
    changes: expect.arrayContaining([
      { field: 'status', before: 'ABSENT', after: 'BOARDED' },
      { field: 'stopId', before: a.stopIds[2], after: a.stopIds[1] },
    ]),
  });

  const codes = async (i: Record<string, unknown>) =>
    ((await f.gql(manager, CORRECT_PLAIN, { i })).body.errors ?? []).map((e: any) => e.extensions.code);
  expect(await codes({ id: await markOf(s[0], 'BOARDING'), status: 'ABSENT' })).toEqual(['CONFLICT']); // s0 was dropped after boarding
  expect(await codes({ id: await markOf(s[0], 'DROP'), status: 'BOARDED' })).toEqual(['BAD_USER_INPUT']); // a drop stays a drop
  expect(await codes({ id: absent, stopId: b.stopIds[0] })).toEqual(['BAD_USER_INPUT']); // not a stop of this trip
  expect(await codes({ id: tripId })).toEqual(['NOT_FOUND']);
  const teacher = await f.member('TEACHER');
  expect((await f.gql(teacher, CORRECT_PLAIN, { i: { id: absent, status: 'ABSENT' } })).status).toBe(403);
});
