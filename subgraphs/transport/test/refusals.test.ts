/**
 * What transport refuses, through the real gateway, each with its code and a clear message, and
 * each writing nothing: a full bus, arrivals out of order or backwards, duplicate marks, a drop
 * before boarding, marks on a trip that is not under way, students not on the route, another
 * school's ids; and the day's plan never puts a bus on two trips of one direction at one time.
 */
import type { HttpAnswer, Member } from '@syncad/test-support';
import { expectNoLeaks, expectOneError } from '@syncad/test-support';
import {
  codes,
  schoolToday,
  seedNetwork,
  seedStudents,
  startTransportFixture,
  transportRows,
  type Network,
  type TransportFixture,
} from './support/transportFixture';

let f: TransportFixture;
let manager: Member;
let net: Network;
/** Riders of `net` (its bus seats 3): r[0] at stop 1, r[1] at stop 2, r[2] at stop 3. */
let r: string[];
/** A student of the school on no route. */
let walker: string;
let pickupTrip: string;
let dropTrip: string;
/** Another school's bus, stop, route, trip and student. */
let foreign: { bus: string; stop: string; route: string; trip: string; student: string };
const day = schoolToday();
const answers: HttpAnswer[] = [];

const ASSIGN = `mutation($i: AssignStudentTransportInput!) { assignStudentTransport(input: $i) { id } }`;
const ARRIVE = `mutation($i: ArriveAtStopInput!) { arriveAtStop(input: $i) { id } }`;
const MARK = `mutation($i: MarkStopStudentsInput!) { markStopStudents(input: $i) { marked } }`;

async function ask(query: string, variables?: Record<string, unknown>, who: Member = manager): Promise<HttpAnswer> {
  const answer = await f.gql(who, query, variables);
  answers.push(answer);
  return answer;
}

/** Runs `work` and expects one error coded `code` (message matching `message`), and not one row changed in either school. */
async function refused(code: string, message: RegExp, work: () => Promise<HttpAnswer>): Promise<void> {
  const before = [await transportRows(f), await otherSchoolRows()];
  const answer = await work();
  const error = expectOneError(answer, 200, code);
  expect(error.message).toMatch(message);
  expect([await transportRows(f), await otherSchoolRows()]).toEqual(before);
}

async function otherSchoolRows() {
  const { rows } = await f.sql(
    `SELECT (SELECT count(*) FROM "StudentTransport")::int AS riders, (SELECT count(*) FROM "TripStudentMark")::int AS marks,
            (SELECT string_agg(status, ',') FROM "Trip") AS statuses, (SELECT count(*) FROM "BusRouteStop")::int AS "routeStops"`,
    [],
    f.other,
  );
  return rows[0];
}

const mark = (stopId: string, marks: Array<[string, string]>, tripId = pickupTrip) =>
  ask(MARK, { i: { tripId, stopId, marks: marks.map(([studentId, status]) => ({ studentId, status })) } });

beforeAll(async () => {
  f = await startTransportFixture();
  manager = await f.member('TRANSPORT_MANAGER');
  net = await seedNetwork(f, manager, { tag: 'R', stops: 3, capacity: 3 });
  [walker, ...r] = await seedStudents(f, 4, 'R');
  for (const [i, studentId] of r.entries())
    await f.ok(manager, ASSIGN, { i: { studentId, routeId: net.routeId, pickupStopId: net.stopIds[i] } });
  const plan = await f.ok(manager, `mutation($d: Date!) { scheduleTrips(input: { date: $d }) { trips { nodes { id direction } } } }`, {
    d: day,
  });
  pickupTrip = plan.scheduleTrips.trips.nodes.find((t: any) => t.direction === 'PICKUP').id;
  dropTrip = plan.scheduleTrips.trips.nodes.find((t: any) => t.direction === 'DROP').id;
  await f.ok(manager, `mutation($t: ID!) { startTrip(input: { tripId: $t }) { id } }`, { t: pickupTrip });

  // Another school with its own network, trip and student (by SQL: only its ids matter here).
  const q = async (text: string, params: unknown[]) => (await f.sql(text, params, f.other)).rows[0].id as string;
  const o = f.other.id;
  const bus = await q(`INSERT INTO "Bus" ("schoolId", "registrationNo", capacity) VALUES ($1, 'OTHER-1', 40) RETURNING id`, [o]);
  const stop = await q(`INSERT INTO "BusStop" ("schoolId", name) VALUES ($1, 'Elsewhere') RETURNING id`, [o]);
  const route = await q(`INSERT INTO "BusRoute" ("schoolId", name, "busId") VALUES ($1, 'Other route', $2) RETURNING id`, [o, bus]);
  await f.sql(`INSERT INTO "BusRouteStop" ("schoolId", "routeId", "stopId", sequence) VALUES ($1, $2, $3, 1)`, [o, route, stop], f.other);
  const student = await q(`INSERT INTO "Student" ("schoolId", "admissionNo", "firstName") VALUES ($1, 'O-1', 'Other') RETURNING id`, [o]);
  await f.sql(
    `INSERT INTO "StudentTransport" ("schoolId", "studentId", "routeId", "stopId", "dropStopId") VALUES ($1, $2, $3, $4, $4)`,
    [o, student, route, stop],
    f.other,
  );
  const trip = await q(
    `INSERT INTO "Trip" ("schoolId", "busId", "routeId", date, direction, status, "startedAt") VALUES ($1, $2, $3, $4, 'PICKUP', 'IN_PROGRESS', now()) RETURNING id`,
    [o, bus, route, day],
  );
  await f.sql(
    `INSERT INTO "TripStop" ("schoolId", "tripId", "stopId", sequence, "arrivedAt") VALUES ($1, $2, $3, 1, now())`,
    [o, trip, stop],
    f.other,
  );
  foreign = { bus, stop, route, trip, student };
});
afterAll(async () => {
  for (const a of answers) expectNoLeaks(a);
  await f?.close();
});

describe('capacity', () => {
  it('a route whose bus is full takes no more riders', async () => {
    await refused('CONFLICT', /route "Route R" is full: its bus BUS-R seats 3 and 3 student\(s\) are assigned/, () =>
      ask(ASSIGN, { i: { studentId: walker, routeId: net.routeId, pickupStopId: net.stopIds[0] } }),
    );
    // A rider changing stops keeps their seat.
    const moved = await ask(
      `mutation($i: AssignStudentTransportInput!) { assignStudentTransport(input: $i) { pickupStop { id } dropStop { id } } }`,
      {
        i: { studentId: r[0], routeId: net.routeId, pickupStopId: net.stopIds[0], dropStopId: net.stopIds[2] },
      },
    );
    expect(moved.body.data.assignStudentTransport).toEqual({ pickupStop: { id: net.stopIds[0] }, dropStop: { id: net.stopIds[2] } });
  });

  it('a bus cannot shrink below a route’s riders, nor a route move to a bus too small or lose its bus', async () => {
    await refused('CONFLICT', /cannot seat only 2: route "Route R" has 3 students assigned/, () =>
      ask(`mutation($id: ID!) { updateBus(input: { id: $id, capacity: 2 }) { id } }`, { id: net.busId }),
    );
    const small = await f.ok(manager, `mutation { createBus(input: { registrationNo: "MINI-1", capacity: 2 }) { id } }`);
    await refused('CONFLICT', /is full: its bus MINI-1 seats 2 and 3/, () =>
      ask(`mutation($id: ID!, $b: ID) { updateBusRoute(input: { id: $id, busId: $b }) { id } }`, {
        id: net.routeId,
        b: small.createBus.id,
      }),
    );
    await refused('CONFLICT', /has 3 student\(s\) assigned: it keeps a bus/, () =>
      ask(`mutation($id: ID!) { updateBusRoute(input: { id: $id, busId: null }) { id } }`, { id: net.routeId }),
    );
  });
});

describe('arrivals', () => {
  it('skipping ahead needs skipped: true; going back is refused', async () => {
    await refused('BAD_USER_INPUT', /is not the next stop: the next is "R stop 1" \(stop 1\); pass skipped: true to skip 2 stop\(s\)/, () =>
      ask(ARRIVE, { i: { tripId: pickupTrip, stopId: net.stopIds[2] } }),
    );
    await f.ok(manager, ARRIVE, { i: { tripId: pickupTrip, stopId: net.stopIds[0] } });
    await refused('CONFLICT', /already arrived at stop "R stop 1" \(stop 1\): going back is refused/, () =>
      ask(ARRIVE, { i: { tripId: pickupTrip, stopId: net.stopIds[0] } }),
    );
  });

  it('a trip not under way takes no arrival; a stop not on the trip is BAD_USER_INPUT', async () => {
    await refused('CONFLICT', /the trip is SCHEDULED: arrivals are recorded on an IN_PROGRESS trip/, () =>
      ask(ARRIVE, { i: { tripId: dropTrip, stopId: net.stopIds[2] } }),
    );
    const stray = await f.ok(manager, `mutation { createBusStop(input: { name: "Nowhere" }) { id } }`);
    await refused('BAD_USER_INPUT', /stop "Nowhere" is not on this trip/, () =>
      ask(ARRIVE, { i: { tripId: pickupTrip, stopId: stray.createBusStop.id } }),
    );
  });
});

describe('marks (the bus is at stop 1)', () => {
  it('a student not assigned to the route, or not a student at all, refuses the whole call', async () => {
    await refused('BAD_USER_INPUT', new RegExp(`1 student\\(s\\) are not assigned to this trip's route: ${f.keyOf(walker)}`), () =>
      mark(net.stopIds[0], [
        [r[0], 'BOARDED'],
        [walker, 'BOARDED'],
      ]),
    );
    await refused('NOT_FOUND', /student 0000.* not found/, () =>
      mark(net.stopIds[0], [
        [r[0], 'BOARDED'],
        ['00000000-0000-4000-8000-000000000009', 'BOARDED'],
      ]),
    );
  });

  it('a stop the bus has not reached takes no marks', async () => {
    await refused('CONFLICT', /has not arrived at this stop yet/, () => mark(net.stopIds[1], [[r[1], 'BOARDED']]));
  });

  it('a duplicate boarding mark refuses the whole call', async () => {
    expect((await mark(net.stopIds[0], [[r[0], 'BOARDED']])).body.data).toEqual({ markStopStudents: { marked: 1 } });
    await refused('CONFLICT', new RegExp(`1 student\\(s\\) already have a boarding mark on this trip: ${f.keyOf(r[0])}`), () =>
      mark(net.stopIds[0], [
        [r[1], 'BOARDED'],
        [r[0], 'ABSENT'],
      ]),
    );
    await refused('BAD_USER_INPUT', /a student appears twice in marks/, () =>
      mark(net.stopIds[0], [
        [r[1], 'BOARDED'],
        [r[1], 'ABSENT'],
      ]),
    );
  });

  it('a drop before boarding (not marked, or ABSENT) refuses the whole call; a second drop too', async () => {
    await refused('CONFLICT', new RegExp(`cannot be dropped before they board \\(no BOARDED mark on this trip\\): ${f.keyOf(r[1])}`), () =>
      mark(net.stopIds[0], [[r[1], 'DROPPED']]),
    );
    await f.ok(manager, ARRIVE, { i: { tripId: pickupTrip, stopId: net.stopIds[1] } });
    await mark(net.stopIds[1], [[r[1], 'ABSENT']]);
    await refused('CONFLICT', /cannot be dropped before they board/, () =>
      mark(net.stopIds[1], [
        [r[0], 'DROPPED'],
        [r[1], 'DROPPED'],
      ]),
    );
    await mark(net.stopIds[1], [[r[0], 'DROPPED']]);
    await refused('CONFLICT', /already marked DROPPED on this trip/, () => mark(net.stopIds[1], [[r[0], 'DROPPED']]));
  });

  it('a COMPLETED trip takes no marks, no arrivals and does not start again', async () => {
    await f.ok(manager, `mutation($t: ID!) { completeTrip(input: { tripId: $t }) { status } }`, { t: pickupTrip });
    await refused('CONFLICT', /the trip is COMPLETED: students are marked only on an IN_PROGRESS trip/, () =>
      mark(net.stopIds[2], [[r[2], 'BOARDED']]),
    );
    await refused('CONFLICT', /the trip is COMPLETED/, () => ask(ARRIVE, { i: { tripId: pickupTrip, stopId: net.stopIds[2] } }));
    await refused('CONFLICT', /the trip is COMPLETED: only a SCHEDULED trip can start/, () =>
      ask(`mutation($t: ID!) { startTrip(input: { tripId: $t }) { id } }`, { t: pickupTrip }),
    );
    await refused('CONFLICT', /only a SCHEDULED or IN_PROGRESS trip can be cancelled/, () =>
      ask(`mutation($t: ID!) { cancelTrip(input: { tripId: $t }) { id } }`, { t: pickupTrip }),
    );
  });
});

describe("another school's ids are NOT_FOUND and change nothing in either school", () => {
  it('in every kind of change', async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      [`mutation($id: ID!) { updateBus(input: { id: $id, capacity: 10 }) { id } }`, { id: foreign.bus }],
      [`mutation($id: ID!) { deleteBus(input: { id: $id }) }`, { id: foreign.bus }],
      [`mutation($id: ID!) { updateBusStop(input: { id: $id, name: "Mine" }) { id } }`, { id: foreign.stop }],
      [`mutation($id: ID!) { deleteBusStop(input: { id: $id }) }`, { id: foreign.stop }],
      [`mutation($id: ID!) { updateBusRoute(input: { id: $id, name: "Mine" }) { id } }`, { id: foreign.route }],
      [`mutation($id: ID!) { deleteBusRoute(input: { id: $id }) }`, { id: foreign.route }],
      [`mutation($r: ID!, $s: ID!) { addRouteStop(input: { routeId: $r, stopId: $s }) { id } }`, { r: net.routeId, s: foreign.stop }],
      [`mutation($r: ID!, $s: ID!) { removeRouteStop(input: { routeId: $r, stopId: $s }) { id } }`, { r: foreign.route, s: foreign.stop }],
      [
        `mutation($r: ID!, $s: [ID!]!) { reorderRouteStops(input: { routeId: $r, stopIds: $s }) { id } }`,
        { r: net.routeId, s: [foreign.stop, ...net.stopIds.slice(1)] },
      ],
      [`mutation($b: ID!) { createBusRoute(input: { name: "X", busId: $b }) { id } }`, { b: foreign.bus }],
      [`mutation($s: ID!) { createBusRoute(input: { name: "X", stops: [{ stopId: $s }] }) { id } }`, { s: foreign.stop }],
      [ASSIGN, { i: { studentId: foreign.student, routeId: net.routeId, pickupStopId: net.stopIds[0] } }],
      [ASSIGN, { i: { studentId: r[0], routeId: foreign.route, pickupStopId: foreign.stop } }],
      [ASSIGN, { i: { studentId: r[0], routeId: net.routeId, pickupStopId: foreign.stop } }],
      [`mutation($s: ID!) { unassignStudentTransport(input: { studentId: $s }) }`, { s: foreign.student }],
      [`mutation($t: ID!) { startTrip(input: { tripId: $t }) { id } }`, { t: foreign.trip }],
      [`mutation($t: ID!) { completeTrip(input: { tripId: $t }) { id } }`, { t: foreign.trip }],
      [`mutation($t: ID!) { cancelTrip(input: { tripId: $t }) { id } }`, { t: foreign.trip }],
      [ARRIVE, { i: { tripId: foreign.trip, stopId: foreign.stop } }],
      [MARK, { i: { tripId: foreign.trip, stopId: foreign.stop, marks: [{ studentId: foreign.student, status: 'BOARDED' }] } }],
      [MARK, { i: { tripId: dropTrip, stopId: foreign.stop, marks: [{ studentId: r[0], status: 'BOARDED' }] } }],
    ];
    for (const [query, variables] of cases) await refused('NOT_FOUND', /not found/, () => ask(query, variables));
  });

  it('in reads: lookups are null, a history is NOT_FOUND, a student reference has no transport', async () => {
    const data = await f.ok(
      manager,
      `query($b: ID!, $s: ID!, $r: ID!, $t: ID!) { bus(id: $b) { id } busStop(id: $s) { id } busRoute(id: $r) { id } trip(id: $t) { id } }`,
      { b: foreign.bus, s: foreign.stop, r: foreign.route, t: foreign.trip },
    );
    expect(data).toEqual({ bus: null, busStop: null, busRoute: null, trip: null });
    const history = await ask(`query($s: ID!) { transportHistory(studentId: $s) { totalCount } }`, { s: foreign.student });
    expect(codes(history)).toEqual(['NOT_FOUND']);
    expect(history.body.data).toEqual({ transportHistory: null });
    const reference = await f.direct(
      'transport',
      manager,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id transport { id } } } }`,
      {
        r: [{ __typename: 'Student', id: foreign.student }],
      },
    );
    expect(reference.body).toEqual({ data: { _entities: [{ id: f.globalId('Student', foreign.student), transport: null }] } });
  });
});

describe('planning the day', () => {
  it('one bus on two routes at the same time: the second route direction is skipped, with why; past days are refused', async () => {
    const shared = await f.ok(manager, `mutation { createBus(input: { registrationNo: "SHARED-1", capacity: 30 }) { id } }`);
    const stop = await f.ok(
      manager,
      `mutation { createBusStop(input: { name: "Crossing", latitude: 9.931233, longitude: 76.267304 }) { id latitude longitude } }`,
    );
    expect(stop.createBusStop).toMatchObject({ latitude: 9.931233, longitude: 76.267304 });
    for (const [name, drop] of [
      ['Second', '16:00'],
      ['First', '15:00'],
    ]) {
      await f.ok(manager, `mutation($i: CreateBusRouteInput!) { createBusRoute(input: $i) { id } }`, {
        i: { name, busId: shared.createBus.id, stops: [{ stopId: stop.createBusStop.id, pickupTime: '06:30', dropTime: drop }] },
      });
    }
    const tomorrow = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const plan = await f.ok(
      manager,
      `mutation($d: Date!) { scheduleTrips(input: { date: $d }) { created alreadyScheduled skipped { route { name } direction reason } } }`,
      {
        d: tomorrow,
      },
    );
    expect(plan.scheduleTrips).toEqual({
      created: 5,
      alreadyScheduled: 0,
      // Routes are planned by name: the later name is the one skipped.
      skipped: [
        { route: { name: 'Second' }, direction: 'PICKUP', reason: 'bus SHARED-1 already runs a PICKUP trip at 06:30 (route "First")' },
      ],
    });
    const trips = await f.sql(`SELECT direction, count(*)::int AS n FROM "Trip" WHERE date = $1 AND "busId" = $2 GROUP BY 1 ORDER BY 1`, [
      tomorrow,
      shared.createBus.id,
    ]);
    expect(trips.rows).toEqual([
      { direction: 'DROP', n: 2 },
      { direction: 'PICKUP', n: 1 },
    ]);

    const yesterday = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await refused('BAD_USER_INPUT', /is in the past/, () =>
      ask(`mutation($d: Date!) { scheduleTrips(input: { date: $d }) { created } }`, { d: yesterday }),
    );
    await refused('CONFLICT', new RegExp(`the trip is on ${tomorrow}: only today's trips`), async () => {
      const t = await f.sql(`SELECT id FROM "Trip" WHERE date = $1 LIMIT 1`, [tomorrow]);
      return ask(`mutation($t: ID!) { startTrip(input: { tripId: $t }) { id } }`, { t: t.rows[0].id });
    });
  });
});

describe('permissions', () => {
  it('a STUDENT, a TEACHER and an ACCOUNTANT change nothing', async () => {
    const pupil = await f.member('STUDENT');
    const teacher = await f.member('TEACHER');
    const accountant = await f.member('ACCOUNTANT');
    for (const who of [pupil, teacher, accountant]) {
      const answer = await ask(`mutation($t: ID!) { cancelTrip(input: { tripId: $t }) { id } }`, { t: dropTrip }, who);
      expect(answer.status).toBe(403);
      expect(codes(answer)).toEqual(['FORBIDDEN']);
    }
    // The accountant reads no transport at all; the subgraph is never asked.
    const read = await ask(`{ trips { totalCount } }`, undefined, accountant);
    expect(read.body.errors[0].extensions.missing).toEqual([{ module: 'transport', action: 'read', paths: ['trips', 'trips.totalCount'] }]);
    expect((await f.sql(`SELECT status FROM "Trip" WHERE id = $1`, [dropTrip])).rows[0].status).toBe('SCHEDULED');
  });
});
