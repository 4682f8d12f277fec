// The architecture's own floor for bench/floor.ts: each read made by the same processes and HTTP
// hops as its real query plan, running the same SQL, with nothing else in them: no GraphQL, no
// authentication, no logs. Its answer has the gateway answer's shape and cells (ids as raw uuids).
//
// `node bareChain.cjs server` plays a subgraph: a POST {op, args} runs that operation's statements
// (BARE_STATEMENTS: {key: {name, text, parameters}}) on BARE_DATABASE_URL, one after the other
// where the subgraph waits on a result, side by side where it does not, and answers JSON.
// `node bareChain.cjs proxy` plays the gateway: a POST {read, args} makes the read's fetches to
// BARE_UPSTREAMS ({academics, finance, transport} URLs) over keep-alive connections, in the query
// plan's order, merges them and answers. bench/stockChain.cjs reuses the subgraphs' operations.
'use strict';
const http = require('node:http');

const role = process.argv[2];
const readBody = (stream) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
const answer = (res, status, body) => {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
};
const fullName = (firstName, lastName) => (lastName ? `${firstName} ${lastName}` : firstName);

/** The subgraphs' operations: each returns the JSON answer of one fetch. */
function serverOperations() {
  const pg = require('pg');
  const pool = new pg.Pool({ connectionString: process.env.BARE_DATABASE_URL, max: 5 });
  const statements = JSON.parse(process.env.BARE_STATEMENTS);
  /** Runs a statement with its parameters drawn from `named`; the rows as arrays, and each column's index by name (the last of that name). */
  const run = async (key, named) => {
    const { name, text, parameters } = statements[key];
    const values = parameters.map((p) => ('named' in p ? named[p.named] : p.value));
    const { rows, fields } = await pool.query({ name, text, values, rowMode: 'array' });
    const at = new Map(fields.map((f, i) => [f.name, i]));
    return { rows, at: (column) => at.get(column) };
  };
  const roster = JSON.parse(process.env.BARE_ROSTER_CELLS);
  const students = async (ids) => {
    const found = await run('studentsByIds', { ids });
    const [id, admissionNo, first, last] = ['id', 'admissionNo', 'firstName', 'lastName'].map(found.at);
    const byId = new Map(found.rows.map((r) => [r[id], r]));
    // Entity answers come in the order of the keys asked for, as _entities does.
    return ids.map((key) => {
      const r = byId.get(key);
      return { id: r[id], admissionNo: r[admissionNo], fullName: fullName(r[first], r[last]) };
    });
  };
  return {
    // academics: a class's roster with the day's marks (one statement).
    async roster({ classId, date }) {
      const { rows } = await run('roster', { classId, divisionId: null, userId: null, date });
      return rows
        .filter((r) => r[roster.id] !== null)
        .map((r) => ({
          id: r[roster.id],
          fullName: fullName(r[roster.firstName], r[roster.lastName]),
          rollNo: r[roster.rollNo],
          attendanceOn: r[roster.status] === null ? null : { status: r[roster.status] },
        }));
    },
    // academics: the fee page's roster (no day, so no marks).
    async feeRoster({ classId }) {
      const { rows } = await run('roster', { classId, divisionId: null, userId: null, date: null });
      return rows.filter((r) => r[roster.id] !== null).map((r) => ({ id: r[roster.id], admissionNo: r[roster.admissionNo] }));
    },
    // academics: an exam, its ranked results, then their students (three statements in turn).
    async results({ examId }) {
      const exam = await run('examsByIds', { ids: [examId] });
      const ranked = await run('rankedOfExams', { ids: exam.rows.map((r) => r[exam.at('id')]) });
      const cells = ['id', 'marks', 'isAbsent', 'percentage', 'grade', 'rank', 'studentId'].map(ranked.at);
      const lines = ranked.rows.map((r) => cells.map((i) => r[i]));
      const named = new Map((await students([...new Set(lines.map((l) => l[6]))])).map((s) => [s.id, s]));
      return lines.map(([id, marks, absent, percentage, grade, rank, studentId]) => ({
        id,
        marks,
        absent,
        percentage,
        grade,
        rank,
        student: { id: studentId, fullName: named.get(studentId).fullName },
      }));
    },
    // academics: Student entities.
    students: ({ ids }) => students(ids),
    // finance: each student's balance, in the order of the ids (Student entities' feeBalance).
    async balances({ schoolId, ids }) {
      const { rows } = await run('balances', { schoolId, ids, own: null });
      const balanceOf = new Map(rows.map(([studentId, balance]) => [studentId, balance]));
      return ids.map((id) => ({ feeBalance: balanceOf.get(id) ?? '0.00' }));
    },
    // transport: the trip, then its route, bus, stops, riders and marks side by side; the manifest
    // built from them, with each student as a key for academics.
    async manifest({ tripId }) {
      const trip = await run('tripsByIds', { ids: [tripId] });
      const t = trip.rows[0];
      const [route, bus, stops, riders, marks] = await Promise.all([
        run('routesByIds', { ids: [t[trip.at('routeId')]] }),
        run('busesByIds', { ids: [t[trip.at('busId')]] }),
        run('tripStops', { tripIds: [tripId] }),
        run('ridersOfRoutes', { routeIds: [t[trip.at('routeId')]] }),
        run('marksOfTrips', { tripIds: [tripId] }),
      ]);
      const [kind, status, markedAt, markStudent, markStop] = ['kind', 'status', 'markedAt', 'studentId', 'stopId'].map(marks.at);
      const boarding = new Map();
      const drop = new Map();
      for (const m of marks.rows) (m[kind] === 'BOARDING' ? boarding : drop).set(m[markStudent], m);
      // Each rider at their stop (where they board a PICKUP trip, get off a DROP trip), then each
      // other student marked on the trip at the stop of their marks.
      const riderStudent = riders.at('studentId');
      const riderStop = riders.at(t[trip.at('direction')] === 'DROP' ? 'dropStopId' : 'stopId');
      const lines = riders.rows.map((r) => [r[riderStudent], r[riderStop]]);
      const lined = new Set(lines.map(([studentId]) => studentId));
      for (const m of marks.rows) {
        const studentId = m[markStudent];
        if (lined.has(studentId)) continue;
        lined.add(studentId);
        lines.push([studentId, (boarding.get(studentId) ?? drop.get(studentId))[markStop]]);
      }
      const byStop = new Map(
        stops.rows.map((s) => [
          s[stops.at('stopId')],
          {
            stop: { name: s[stops.at('name')] },
            tripStop: { sequence: s[stops.at('sequence')], arrivedAt: s[stops.at('arrivedAt')] },
            expected: [],
          },
        ]),
      );
      const counts = { boarded: 0, absent: 0, notMarked: 0, dropped: 0 };
      const boardedNotDropped = [];
      for (const [studentId, stopId] of lines) {
        const b = boarding.get(studentId);
        const d = drop.get(studentId);
        if (!b) counts.notMarked++;
        else if (b[status] === 'BOARDED') counts.boarded++;
        else if (b[status] === 'ABSENT') counts.absent++;
        if (d) counts.dropped++;
        if (b?.[status] === 'BOARDED' && !d) boardedNotDropped.push({ student: { id: studentId } });
        // (A stop no longer on the trip would come last, named by another statement; the bench's trip has none.)
        byStop.get(stopId)?.expected.push({
          student: { id: studentId },
          boarding: b ? { status: b[status], markedAt: b[markedAt] } : null,
          drop: d ? { status: d[status] } : null,
        });
      }
      return {
        status: t[trip.at('status')],
        direction: t[trip.at('direction')],
        route: { name: route.rows[0][route.at('name')] },
        bus: { registrationNo: bus.rows[0][bus.at('registrationNo')] },
        manifest: {
          expectedCount: lines.length,
          boardedCount: counts.boarded,
          absentCount: counts.absent,
          notMarkedCount: counts.notMarked,
          droppedCount: counts.dropped,
          stops: [...byStop.values()],
          boardedNotDropped,
        },
      };
    },
  };
}

/** The gateway's reads: each returns the JSON answer, made of the subgraphs' answers. */
function proxyReads() {
  const upstreams = JSON.parse(process.env.BARE_UPSTREAMS);
  const agent = new http.Agent({ keepAlive: true });
  const fetchJson = async (subgraph, op, args) => {
    const body = Buffer.from(JSON.stringify({ op, args }));
    const url = new URL(upstreams[subgraph]);
    const headers = { 'content-type': 'application/json', 'content-length': body.length };
    const reply = await new Promise((resolve, reject) => {
      const out = http.request({ host: url.hostname, port: url.port, path: '/', method: 'POST', agent, headers }, resolve);
      out.on('error', reject);
      out.end(body);
    });
    const text = (await readBody(reply)).toString('utf8');
    if (reply.statusCode !== 200) throw new Error(`${subgraph} answered ${reply.statusCode}: ${text}`);
    return JSON.parse(text);
  };
  return {
    roster: (args) => fetchJson('academics', 'roster', args),
    results: (args) => fetchJson('academics', 'results', args),
    // academics' roster, then finance for its students.
    async feePage({ classId, schoolId }) {
      const students = await fetchJson('academics', 'feeRoster', { classId });
      const balances = await fetchJson('finance', 'balances', { schoolId, ids: students.map((s) => s.id) });
      return students.map((s, i) => ({ ...s, ...balances[i] }));
    },
    // transport's manifest, then academics for the expected students and the boarded ones, side by side.
    async manifest({ tripId }) {
      const trip = await fetchJson('transport', 'manifest', { tripId });
      const expected = trip.manifest.stops.flatMap((s) => s.expected.map((e) => e.student));
      const boarded = trip.manifest.boardedNotDropped.map((b) => b.student);
      const [expectedStudents, boardedStudents] = await Promise.all([
        fetchJson('academics', 'students', { ids: expected.map((s) => s.id) }),
        fetchJson('academics', 'students', { ids: boarded.map((s) => s.id) }),
      ]);
      expected.forEach((s, i) => Object.assign(s, expectedStudents[i]));
      boarded.forEach((s, i) => {
        delete s.id;
        s.fullName = boardedStudents[i].fullName;
      });
      return trip;
    },
  };
}

module.exports = { serverOperations };
if (require.main === module) main();

function main() {
  let handle;
  if (role === 'server') {
    const operations = serverOperations();
    handle = async (body) => {
      const { op, args } = JSON.parse(body);
      return operations[op](args);
    };
  } else if (role === 'proxy') {
    const reads = proxyReads();
    handle = async (body) => {
      const { read, args } = JSON.parse(body);
      return reads[read](args);
    };
  } else {
    throw new Error('usage: node bareChain.cjs server|proxy');
  }

  const server = http.createServer(async (req, res) => {
    try {
      const body = (await readBody(req)).toString('utf8');
      answer(res, 200, Buffer.from(JSON.stringify(await handle(body))));
    } catch (err) {
      if (res.headersSent) res.destroy();
      else answer(res, 500, Buffer.from(JSON.stringify({ error: String(err) })));
    }
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    console.log(JSON.stringify({ msg: 'listening', url: `http://127.0.0.1:${server.address().port}/` }));
  });
  process.on('SIGTERM', () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
