/**
 * DataLoaders and set-based SQL keep the statement count constant: a trip's manifest (10 students
 * on 2 stops, or 60 on 12), Student.transport for 10 or 100 students, and a bulk mark of 1 or 40.
 */
import type { Member } from '@syncad/test-support';
import {
  schoolToday,
  seedNetwork,
  seedRiders,
  seedStudents,
  startTransportFixture,
  type Network,
  type TransportFixture,
} from './support/transportFixture';

let f: TransportFixture;
let manager: Member;
const trips: Record<string, string> = {};
const nets: Record<string, Network> = {};
const riders: Record<string, string[]> = {};

const MARK = `mutation($i: MarkStopStudentsInput!) { markStopStudents(input: $i) { marked marks { status student { id } } } }`;
const MANIFEST = `query($t: ID!) {
  trip(id: $t) {
    status route { name bus { registrationNo capacity } }
    progress { stopsReached expected boarded absent onBoard notMarked nextStop { sequence } }
    manifest {
      expectedCount boardedCount absentCount notMarkedCount droppedCount
      stops {
        stop { id name } tripStop { sequence arrivedAt }
        expected { student { admissionNo fullName } boarding { status markedAt } drop { status } }
        notMarked { student { admissionNo } }
      }
      boardedNotDropped { student { id fullName } boarding { stop { name } } }
    }
  }
}`;
const TRANSPORT = `query($s: String!, $n: Int!) {
  students(search: $s, first: $n) {
    nodes {
      id admissionNo fullName
      transport {
        route { name bus { registrationNo } } pickupStop { name } dropStop { name }
        todaysPickup { trip { direction status progress { onBoard } } boarding { status stop { name } markedBy { id } } drop { status } }
        todaysDrop { trip { direction status } boarding { status } }
      }
    }
  }
}`;

/** Starts the route's PICKUP trip and runs it: at each stop its riders board (every fifth is absent, the last stop's are never marked). */
async function runMorning(tag: string): Promise<void> {
  const net = nets[tag];
  const t = trips[`${tag}-PICKUP`];
  await f.ok(manager, `mutation($t: ID!) { startTrip(input: { tripId: $t }) { id } }`, { t });
  for (const [i, stopId] of net.stopIds.entries()) {
    await f.ok(manager, `mutation($i: ArriveAtStopInput!) { arriveAtStop(input: $i) { id } }`, { i: { tripId: t, stopId } });
    if (i === net.stopIds.length - 1) break;
    const here = riders[tag].filter((_, n) => n % net.stopIds.length === i);
    const marks = here.map((studentId, n) => ({ studentId, status: n % 5 === 4 ? 'ABSENT' : 'BOARDED' }));
    if (marks.length > 0) await f.ok(manager, MARK, { i: { tripId: t, stopId, marks } });
  }
}

beforeAll(async () => {
  f = await startTransportFixture();
  manager = await f.member('TRANSPORT_MANAGER');
  for (const [tag, stops, count] of [
    ['Small', 2, 10],
    ['Large', 12, 60],
    ['Hundred', 2, 100],
  ] as const) {
    nets[tag] = await seedNetwork(f, manager, { tag, stops, capacity: Math.max(count, 40) });
    riders[tag] = await seedStudents(f, count, tag);
    await seedRiders(f, nets[tag], riders[tag]);
  }
  const plan = await f.ok(
    manager,
    `mutation($d: Date!) { scheduleTrips(input: { date: $d }) { created trips(first: 10) { nodes { id direction route { name } } } } }`,
    {
      d: schoolToday(),
    },
  );
  expect(plan.scheduleTrips.created).toBe(6);
  for (const t of plan.scheduleTrips.trips.nodes) trips[`${t.route.name.replace('Route ', '')}-${t.direction}`] = t.id;
  await runMorning('Small');
  await runMorning('Large');
});
afterAll(() => f?.close());

it('a manifest takes the same statements for 10 students on 2 stops and 60 on 12', async () => {
  let small: any;
  let large: any;
  // Once first, so every subgraph has opened its pool to the school (a first lease checks it).
  await f.ok(manager, MANIFEST, { t: trips['Small-PICKUP'] });
  const forSmall = await f.statements(async () => {
    small = await f.ok(manager, MANIFEST, { t: trips['Small-PICKUP'] });
  });
  const forLarge = await f.statements(async () => {
    large = await f.ok(manager, MANIFEST, { t: trips['Large-PICKUP'] });
  });
  const m = large.trip.manifest;
  expect(m.stops).toHaveLength(12);
  expect([m.expectedCount, m.boardedCount, m.absentCount, m.notMarkedCount, m.droppedCount]).toEqual([60, 44, 11, 5, 0]);
  expect(m.stops[11].notMarked).toHaveLength(5);
  expect(m.stops[0].expected[0]).toMatchObject({
    student: { admissionNo: 'Large-00001', fullName: 'Rider Large 1' },
    boarding: { status: 'BOARDED' },
    drop: null,
  });
  expect(small.trip.manifest.expectedCount).toBe(10);
  expect(forLarge.length).toBe(forSmall.length);
  // transport: trip, route, bus, progress counts, trip stops with their names, riders, marks; academics: the students of
  // each list asked for (expected, notMarked, boardedNotDropped: one entity fetch each).
  expect(forSmall.length).toBe(10);
});

it('Student.transport takes the same statements for 10 and 100 students', async () => {
  await runMorning('Hundred');
  let ten: any;
  let hundred: any;
  const forTen = await f.statements(async () => {
    ten = await f.ok(manager, TRANSPORT, { s: 'Small', n: 10 });
  });
  const forHundred = await f.statements(async () => {
    hundred = await f.ok(manager, TRANSPORT, { s: 'Hundred', n: 100 });
  });
  expect(ten.students.nodes).toHaveLength(10);
  expect(hundred.students.nodes).toHaveLength(100);
  const first = hundred.students.nodes.find((s: any) => s.admissionNo === 'Hundred-00001');
  expect(first.transport).toMatchObject({
    route: { name: 'Route Hundred', bus: { registrationNo: 'BUS-Hundred' } },
    pickupStop: { name: 'Hundred stop 1' },
    todaysPickup: {
      trip: { direction: 'PICKUP', status: 'IN_PROGRESS' },
      boarding: { status: 'BOARDED', stop: { name: 'Hundred stop 1' } },
      drop: null,
    },
    todaysDrop: { trip: { direction: 'DROP', status: 'SCHEDULED' }, boarding: null },
  });
  expect(forHundred.length).toBe(forTen.length);
  expect(forTen.length).toBeLessThanOrEqual(12);
});

it('marking 1 or 40 students at a stop is the same few statements, the insert one of them', async () => {
  const t = trips['Hundred-DROP'];
  const [gate, other] = [...nets.Hundred.stopIds].reverse();
  await f.ok(manager, `mutation($t: ID!) { completeTrip(input: { tripId: $t }) { id } }`, { t: trips['Hundred-PICKUP'] });
  await f.ok(manager, `mutation($t: ID!) { startTrip(input: { tripId: $t }) { id } }`, { t });
  await f.ok(manager, `mutation($i: ArriveAtStopInput!) { arriveAtStop(input: $i) { id } }`, { i: { tripId: t, stopId: gate } });
  const mark = (stopId: string, ids: string[], status: string) =>
    f.ok(manager, MARK, { i: { tripId: t, stopId, marks: ids.map((studentId) => ({ studentId, status })) } });
  let forty: any;
  const forOne = await f.statements(() => mark(gate, riders.Hundred.slice(0, 1), 'BOARDED'));
  const forForty = await f.statements(async () => {
    forty = await mark(gate, riders.Hundred.slice(1, 41), 'BOARDED');
  });
  expect(forty.markStopStudents.marked).toBe(40);
  expect(forForty.length).toBe(forOne.length);
  expect(forForty.filter((s) => /^\s*insert/i.test(s))).toHaveLength(1);
  expect(forForty.length).toBeLessThanOrEqual(6);

  await f.ok(manager, `mutation($i: ArriveAtStopInput!) { arriveAtStop(input: $i) { id } }`, { i: { tripId: t, stopId: other } });
  const drops = await f.statements(() => mark(other, riders.Hundred.slice(0, 41), 'DROPPED'));
  expect(drops.length).toBe(forOne.length);
});
