/**
 * The floor (issue 13): four reads through the real gateway, with every service a real process
 * (test-support's startProcessStack), each against the same statements run directly with pg, in
 * one run, one request at a time, interleaved (gateway, pg, pg, gateway, ...):
 * (a) a class roster of 40 with the day's attendance (academics),
 * (b) an exam's results with rank, grade and each student's name (academics),
 * (c) a 300-student page with every feeBalance (academics' roster, then finance),
 * (d) a 60-student, 12-stop trip manifest (transport, then academics' student names).
 * Each gateway answer is first checked against the answer built from the pg statements' rows.
 * The pg side runs what the subgraphs run: the same SQL text (imported from the subgraphs where it
 * is theirs), the same statements one after the other where they wait on each other and side by
 * side where the subgraph runs them side by side, over warm connections (a pool opened before
 * timing, one connection per statement in flight; one client would queue side-by-side statements
 * and flatter our ratio). Each read is followed by two floors with the same processes, hops, SQL
 * and answer: stock Apollo Federation (bench/stockChain.cjs: the libraries we are built on, with
 * none of our own work: no authentication, permissions, global ids, logs or limits) and the bare
 * chain (bench/bareChain.cjs: plain node:http, no GraphQL at all). Goal (issue 22): gateway p50
 * <= 1.15x its bare chain's, for each read.
 * BENCH_READ=<text> runs only the reads whose label contains it; BENCH_FLOORS=0 leaves out the
 * floors; BENCH_CPU_PROF=<dir> writes a CPU profile of every process of the run there
 * (bench/cpuProfileHook.mjs).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  createTestEstate,
  postJson,
  spawnService,
  startProcessStack,
  type ProcessStack,
  type ServiceProcess,
  type TestEstate,
} from '@syncad/test-support';
import pg from 'pg';
import { GlobalIdKeys, schoolToday as today } from '@syncad/test-support';
import { seedClass } from './academics';
import type { Benchmark, BenchmarkResult } from './Benchmark';
import { gatewayData } from './gatewayData';
import { ROSTER_LAYOUT } from '@syncad/academics/hotReads';
import { floorStatements, valuesOf, type Statement } from './floorStatements';
import { MANIFEST, seedTrips } from './transport';
import { percentile } from './stats';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 30);
/** The most statements any read sends side by side (the manifest's five). */
const PG_CONNECTIONS = 5;
const FEE_CLASS = 300;

const ROSTER = `query($c: ID!, $d: Date!) { classRoster(classId: $c) { id fullName rollNo attendanceOn(date: $d) { status } } }`;
const RESULTS = `query($e: ID!) { exam(id: $e) { results { id marks absent percentage grade rank student { id fullName } } } }`;
const FEE_PAGE = `query($c: ID!) { classRoster(classId: $c) { id admissionNo feeBalance } }`;
const STATUSES = ['PRESENT', 'ABSENT', 'LATE'];

const fullName = (r: { firstName: string; lastName: string | null }) => [r.firstName, r.lastName].filter(Boolean).join(' ');

/**
 * One read: the gateway request, and the pg statements that answer it (timed: only the statements
 * and what the next one needs from the last); each side's answer in one shape for the check.
 */
interface Read {
  label: string;
  /** The processes whose CPU is counted for it (default: the stack's gateway and subgraphs). */
  processes?: { front: number[]; back: number[] };
  /** Not a read of ours: a floor under it (outside the goal). */
  architectureFloor?: 'stock' | 'bare';
  gateway(): Promise<any>;
  gatewayAnswer?(data: any): unknown;
  pg(): Promise<any>;
  pgAnswer(raw: any): unknown;
  /** Its GraphQL operation, and the part of its data the check reads (for the stock chain). */
  graphql?: { query: string; variables: Record<string, unknown>; pick(data: any): any };
  /** The read through the bare chain (bench/bareChain.cjs): its name there, its arguments, its answer in the check's shape. */
  bare?: { read: string; args: Record<string, unknown>; answer(body: any): unknown };
}

/** An exam of the 40-student class: marks with ties, two absentees, a grading scale. */
async function seedExam(db: pg.Pool, schoolId: string, yearId: string, classId: string, ids: string[]): Promise<string> {
  await db.query(`INSERT INTO "GradeBand" ("schoolId", grade, "minPercent") VALUES ($1, 'A', 80), ($1, 'B', 60), ($1, 'C', 40)`, [
    schoolId,
  ]);
  const subject = await db.query(`INSERT INTO "Subject" ("schoolId", name, code) VALUES ($1, 'Mathematics', 'MATH') RETURNING id`, [
    schoolId,
  ]);
  const exam = await db.query(
    `INSERT INTO "Exam" ("schoolId", "academicYearId", "classId", "subjectId", name, "maxMarks", "examDate")
     VALUES ($1, $2, $3, $4, 'Mid-term', 80, current_date - 7) RETURNING id`,
    [schoolId, yearId, classId, subject.rows[0].id],
  );
  await db.query(
    `INSERT INTO "Result" ("schoolId", "examId", "studentId", marks, "isAbsent")
     SELECT $1, $2, s.id, CASE WHEN s.n % 20 = 7 THEN NULL ELSE 20 + (s.n * 37) % 60 + (s.n % 4) * 0.25 END, s.n % 20 = 7
     FROM unnest($3::uuid[]) WITH ORDINALITY AS s(id, n)`,
    [schoolId, exam.rows[0].id, ids],
  );
  return exam.rows[0].id;
}

async function run(): Promise<BenchmarkResult> {
  let estate: TestEstate | null = null;
  let stack: ProcessStack | null = null;
  let direct: pg.Pool | null = null;
  let chains: FloorChains | null = null;
  const loadBefore = loadavg();
  try {
    estate = await createTestEstate({ schools: 1 });
    const school = estate.schools[0];
    const schoolUrl = new URL(estate.centralUrl);
    schoolUrl.pathname = `/${school.databaseName}`;
    direct = new pg.Pool({ connectionString: schoolUrl.toString(), max: PG_CONNECTIONS, idleTimeoutMillis: 0 });
    const db = direct;
    const forty = await seedClass(db, school.id, 'Forty', 40);
    const fees = await seedClass(db, school.id, 'Fees', FEE_CLASS);
    const examId = await seedExam(db, school.id, forty.yearId, forty.classId, forty.ids);
    const trips = await seedTrips(db, school.id, 0);

    const profileDir = process.env.BENCH_CPU_PROF;
    const profiling = profileDir && {
      NODE_OPTIONS: `--import ${path.join(__dirname, 'cpuProfileHook.mjs')}`,
      CPU_PROFILE_DIR: path.resolve(profileDir),
    };
    stack = await startProcessStack(estate, profiling ? { env: profiling } : {});
    const gw = stack;
    const host = { host: `${school.subdomain}.localhost` };
    const admin = await stack.login(school.users.SCHOOL_ADMIN.email, estate.password, school.subdomain);
    const accountant = await stack.login(school.users.ACCOUNTANT.email, estate.password, school.subdomain);
    const ok = (token: string, query: string, variables: Record<string, unknown>) => gatewayData(gw, token, query, variables, host);
    const day = today();
    await ok(admin, `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { marked } }`, {
      i: {
        classId: forty.classId,
        date: day,
        entries: forty.ids.slice(0, 36).map((studentId, i) => ({ studentId, status: STATUSES[i % 3] })),
      },
    });
    const structure = await ok(admin, `mutation($i: CreateFeeStructureInput!) { createFeeStructure(input: $i) { id } }`, {
      i: { academicYearId: fees.yearId, classId: fees.classId, name: 'Tuition', amount: '25000.00', dueDate: '2020-01-01' },
    });
    await ok(accountant, `mutation($f: ID!, $c: ID!) { chargeFees(input: { feeStructureId: $f, classId: $c }) { charged } }`, {
      f: structure.createFeeStructure.id,
      c: fees.classId,
    });
    await ok(accountant, `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { voucherNo } }`, {
      i: { studentId: fees.ids[3], amount: '1234.50', mode: 'CASH', idempotencyKey: 'floor-bench-1' },
    });

    const sqlOf = await floorStatements(db);
    const q = (statement: Statement, named: Record<string, unknown>) =>
      db.query({ name: statement.name, text: statement.text, values: valuesOf(statement, named), rowMode: 'array' });
    /** Rows as objects by the statement's column names (single-table statements: unique names). */
    const objects = (result: pg.QueryResult<any[]>): any[] =>
      result.rows.map((r) => Object.fromEntries(result.fields.map((f, i) => [f.name, r[i]])));
    /** A column's values, by name (the last column of that name). */
    const column = (result: pg.QueryResult<any[]>, name: string): any[] => {
      const at = result.fields.map((f) => f.name).lastIndexOf(name);
      return result.rows.map((r) => r[at]);
    };
    // The API names a student by its global id: the pg side's answers (built once, to check the
    // gateway's) name them so too.
    const keys = new GlobalIdKeys(gw.internalKey, [school.id]);
    const studentId = (key: string) => keys.globalId('Student', key, school.id);
    const rosterNamed = { classId: forty.classId, divisionId: null, userId: null, date: day };
    const rosterEntry = (
      student: { id: string; firstName: string; lastName: string | null },
      rollNo: number | null,
      status: string | null,
    ) => ({
      id: studentId(student.id),
      fullName: fullName(student),
      rollNo,
      attendanceOn: status === null ? null : { status },
    });
    const rosterShape = (rows: any[][]) => rosterAnswer(rows, rosterEntry);
    /** A read's operation through our gateway as the admin; the same text for the stock chain. */
    const operation = (query: string, variables: Record<string, unknown>, pick: (data: any) => any) => ({
      gateway: async () => pick(await ok(admin, query, variables)),
      graphql: { query, variables, pick },
    });
    const withGlobalId = <T extends { id: string }>(entry: T): T => ({ ...entry, id: studentId(entry.id) });
    const allReads: Read[] = [
      {
        label: 'roster of 40 + attendance',
        ...operation(ROSTER, { c: forty.classId, d: day }, (data) => data.classRoster),
        pg: () => q(sqlOf.roster, rosterNamed),
        pgAnswer: (roster) => rosterShape(roster.rows),
        bare: { read: 'roster', args: { classId: forty.classId, date: day }, answer: (rows: any[]) => rows.map(withGlobalId) },
      },
      {
        label: 'exam results of 40 with rank',
        ...operation(RESULTS, { e: examId }, (data) => data.exam.results),
        pg: async () => {
          // The exam, then its ranked results, then the students named (ExamResult.student).
          const exam = await q(sqlOf.examsByIds, { ids: [examId] });
          const results = await q(sqlOf.rankedOfExams, { ids: column(exam, 'id') });
          const students = await q(sqlOf.studentsByIds, { ids: [...new Set(column(results, 'studentId'))] });
          return { results, students };
        },
        pgAnswer: ({ results, students }) => {
          const byId = new Map(objects(students).map((st) => [st.id, st]));
          return objects(results).map((r) => ({
            id: r.id,
            marks: r.marks,
            absent: r.isAbsent,
            percentage: r.percentage,
            grade: r.grade,
            rank: r.rank,
            student: { id: studentId(r.studentId), fullName: fullName(byId.get(r.studentId)) },
          }));
        },
        bare: {
          read: 'results',
          args: { examId },
          answer: (rows: any[]) => rows.map((r) => ({ ...r, student: withGlobalId(r.student) })),
        },
      },
      {
        label: `fee page: roster of ${FEE_CLASS} + feeBalance`,
        ...operation(FEE_PAGE, { c: fees.classId }, (data) => data.classRoster),
        pg: async () => {
          const roster = await q(sqlOf.roster, { classId: fees.classId, divisionId: null, userId: null, date: null });
          // The roster's student ids (the second column, after the class's id).
          const balances = await q(sqlOf.balances, { schoolId: school.id, ids: roster.rows.map((r) => r[1]), own: null });
          return { roster, balances };
        },
        pgAnswer: ({ roster, balances }) => {
          const balanceOf = new Map(objects(balances).map((b) => [b.studentId, b.balance]));
          return rosterAnswer(roster.rows, (st) => ({
            id: studentId(st.id),
            admissionNo: st.admissionNo,
            feeBalance: balanceOf.get(st.id) ?? '0.00',
          }));
        },
        bare: { read: 'feePage', args: { classId: fees.classId, schoolId: school.id }, answer: (rows: any[]) => rows.map(withGlobalId) },
      },
      {
        label: 'trip manifest, 60 students / 12 stops',
        ...operation(MANIFEST, { t: trips.manifestTrip }, (data) => data.trip),
        gatewayAnswer: (trip: any) => summariseGatewayManifest(trip.manifest),
        pg: async () => {
          // Transport: the trip; then its route, bus, stops, riders and marks side by side; then
          // academics' two entity fetches (riders, boarded) side by side.
          const [trip] = objects(await q(sqlOf.tripsByIds, { ids: [trips.manifestTrip] }));
          const [, , stops, riders, marks] = await Promise.all([
            q(sqlOf.routesByIds, { ids: [trip.routeId] }),
            q(sqlOf.busesByIds, { ids: [trip.busId] }),
            q(sqlOf.tripStops, { tripIds: [trip.id] }),
            q(sqlOf.ridersOfRoutes, { routeIds: [trip.routeId] }).then(objects),
            q(sqlOf.marksOfTrips, { tripIds: [trip.id] }).then(objects),
          ]);
          const ids = [...new Set(riders.map((r) => r.studentId))];
          const dropped = new Set(marks.filter((m) => m.kind === 'DROP').map((m) => m.studentId));
          const boarded = marks
            .filter((m) => m.kind === 'BOARDING' && m.status === 'BOARDED' && !dropped.has(m.studentId))
            .map((m) => m.studentId);
          const [students, boardedStudents] = await Promise.all([
            q(sqlOf.studentsByIds, { ids }),
            q(sqlOf.studentsByIds, { ids: boarded }),
          ]);
          return { stops, riders, marks, students, boardedStudents };
        },
        pgAnswer: ({ stops, riders, marks, students, boardedStudents }) =>
          manifestSummary(column(stops, 'name'), riders, marks, objects(students), objects(boardedStudents)),
        bare: { read: 'manifest', args: { tripId: trips.manifestTrip }, answer: (trip: any) => summariseGatewayManifest(trip.manifest) },
      },
    ];

    // BENCH_READ=<text> keeps the reads whose label contains it (e.g. to profile one); each is
    // followed by its floors, the stock Federation chain and the bare chain (BENCH_FLOORS=0: none).
    const ours = allReads.filter((r) => r.label.includes(process.env.BENCH_READ ?? ''));
    if (process.env.BENCH_FLOORS !== '0') chains = await startFloorChains(schoolUrl.toString(), school.id, sqlOf, profiling || {});
    const floors = chains;
    const reads = ours.flatMap(({ bare, graphql, ...read }) => {
      if (!floors || !bare || !graphql) return [read];
      const { stock, bare: plain } = floors;
      return [
        read,
        floorTwin(
          read,
          'stock',
          stock,
          async () => graphql.pick((await floorAnswer(stock, { query: graphql.query, variables: graphql.variables })).data),
          bare,
        ),
        floorTwin(read, 'bare', plain, () => floorAnswer(plain, { read: bare.read, args: bare.args }), bare),
      ];
    });
    if (reads.length === 0) throw new Error(`no read's label contains BENCH_READ=${process.env.BENCH_READ}`);
    // Identical answers first (order included), then warm-up, then the timed rounds.
    for (const read of reads) {
      const fromGateway = JSON.stringify((read.gatewayAnswer ?? ((x) => x))(await read.gateway()));
      const fromPg = JSON.stringify(read.pgAnswer(await read.pg()));
      if (fromGateway !== fromPg)
        throw new Error(`${read.label}: the gateway and pg answers differ:\n${fromGateway.slice(0, 800)}\n${fromPg.slice(0, 800)}`);
    }
    for (let i = 0; i < WARMUP; i++) for (const read of reads) await Promise.all([read.gateway(), read.pg()]);
    const times = reads.map(() => ({ gateway: [] as number[], pg: [] as number[] }));
    // CPU the services spend on each gateway request (read outside the timed window): robust to
    // a busy machine where latency is not, so what a change buys shows even under load.
    const subgraphPids = Object.values(stack.services)
      .filter((s) => s.name !== 'gateway')
      .map((s) => s.pid);
    const gatewayPid = [stack.services.gateway.pid];
    const cpu = reads.map(() => ({ subgraphs: 0, gateway: 0 }));
    const timed = async (
      into: number[],
      call: () => Promise<unknown>,
      cpuOf?: { subgraphs: number; gateway: number },
      processes?: Read['processes'],
    ) => {
      const [back, front] = processes ? [processes.back, processes.front] : [subgraphPids, gatewayPid];
      const before = cpuOf && [cpuMillis(back), cpuMillis(front)];
      const start = performance.now();
      await call();
      into.push(performance.now() - start);
      if (cpuOf && before) {
        cpuOf.subgraphs += cpuMillis(back) - before[0];
        cpuOf.gateway += cpuMillis(front) - before[1];
      }
    };
    for (let i = 0; i < ROUNDS; i++) {
      for (const [n, read] of reads.entries()) {
        // Alternate which side goes first, so a busy moment of the shared machine weighs on both.
        if (i % 2 === 0) {
          await timed(times[n].gateway, read.gateway, cpu[n], read.processes);
          await timed(times[n].pg, read.pg);
        } else {
          await timed(times[n].pg, read.pg);
          await timed(times[n].gateway, read.gateway, cpu[n], read.processes);
        }
      }
    }
    const loadAfter = loadavg();
    const p50 = (n: number) =>
      percentile(
        [...times[n].gateway].sort((x, y) => x - y),
        50,
      );
    const rows = reads.map((read, n) => {
      const g = [...times[n].gateway].sort((a, b) => a - b);
      const p = [...times[n].pg].sort((a, b) => a - b);
      const ratio = percentile(g, 50) / percentile(p, 50);
      const perRequest = (ms: number) => (Number.isNaN(ms) ? '-' : (ms / ROUNDS).toFixed(2));
      // Our read's p50 (and the stock chain's) against its bare chain's, among the rows after it.
      const twin = reads.findIndex((r, i) => i > n && r.architectureFloor === 'bare');
      return [
        read.label,
        percentile(g, 50).toFixed(2),
        percentile(p, 50).toFixed(2),
        `${ratio.toFixed(2)}x`,
        read.architectureFloor === 'bare' || twin < 0 ? '' : `${(p50(n) / p50(twin)).toFixed(2)}x`,
        percentile(g, 99).toFixed(1),
        percentile(p, 99).toFixed(1),
        perRequest(cpu[n].subgraphs),
        perRequest(cpu[n].gateway),
        String(ROUNDS),
      ];
    });
    const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
    const goalRows = rows.filter((_, n) => !reads[n].architectureFloor);
    const within = (column: number, goal: number) => goalRows.filter((r) => r[column] !== '' && parseFloat(r[column]) <= goal).length;
    return {
      title:
        'The floor: four reads through the gateway (services as processes), each against two floor chains and the same SQL with pg (one request at a time, interleaved)',
      columns: [
        'read',
        'gateway p50 ms',
        'pg p50 ms',
        'gateway/pg',
        'gateway/bare chain',
        'gateway p99',
        'pg p99',
        'subgraphs CPU ms/req',
        'gateway CPU ms/req',
        'n',
      ],
      rows,
      notes: [
        `goal: gateway/bare chain p50 <= 1.15x for each read; ${within(4, 1.15)} of ${goalRows.length} within it`,
        `(the former goal, gateway/pg p50 <= 2x: ${within(3, 2)} of ${goalRows.length}; two HTTP hops alone put it below the floor)`,
        "Under each read, two floors with its processes, hops and SQL, answering the same cells; their CPU columns are their own processes':",
        '- the stock Apollo Federation chain (bench/stockChain.cjs): @apollo/subgraph schemas on @apollo/server, a stock @apollo/gateway;',
        '  the libraries we are built on, with none of our work (no authentication, permissions, global ids, logs or limits);',
        "- the bare chain (bench/bareChain.cjs): plain node:http processes making the query plan's fetches in its order, no GraphQL at all.",
        `load average before ${load(loadBefore)}, after ${load(loadAfter)} (2 cores)`,
        'The gateway side includes HTTP, authentication, permission checks, the signed context and each subgraph (separate processes);',
        'the pg side runs the statements those subgraphs run, in the same order and side by side where they are, from this process.',
        "CPU ms/req: on-CPU time of the services' main threads (/proc/<pid>/schedstat) per gateway request, summed over the subgraphs.",
      ],
    };
  } finally {
    await direct?.end().catch(() => {});
    await stopChains(chains);
    await stack?.stop().catch(() => {});
    await estate?.drop().catch(() => {});
  }
}

/** A chain in our processes' places: one in front (the gateway's) and one per subgraph. */
interface Chain {
  front: ServiceProcess;
  /** academics', finance's and transport's places. */
  subgraphs: ServiceProcess[];
}

/** The two floors under our stack: plain node:http (bench/bareChain.cjs) and stock Apollo Federation (bench/stockChain.cjs). */
interface FloorChains {
  bare: Chain;
  stock: Chain;
}

/** The same read through a floor chain: the same pg side and check, the chain's processes for CPU, its answer read as the bare chain's (plain ids). */
function floorTwin(read: Read, floor: 'stock' | 'bare', chain: Chain, answer: () => Promise<any>, bare: NonNullable<Read['bare']>): Read {
  return {
    label: floor === 'bare' ? '  the same read, bare chain' : '  the same read, stock Apollo Federation chain',
    architectureFloor: floor,
    processes: { front: [chain.front.pid], back: chain.subgraphs.map((s) => s.pid) },
    gateway: answer,
    gatewayAnswer: bare.answer,
    pg: read.pg,
    pgAnswer: read.pgAnswer,
  };
}

/** A floor chain's answer to `body`, or a throw. */
async function floorAnswer(chain: Chain, body: unknown): Promise<any> {
  const answer = await postJson(chain.front.url, body);
  if (answer.status !== 200 || answer.body?.errors)
    throw new Error(`a floor chain answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

const SUBGRAPHS = ['academics', 'finance', 'transport'];

/** Starts one chain: its subgraph places (`subgraphArgs(name)`), then its front with their URLs. */
async function startChain(
  label: string,
  env: NodeJS.ProcessEnv,
  subgraphArgs: (name: string) => string[],
  frontArgs: string[],
  frontEnv: (urls: Record<string, string>) => NodeJS.ProcessEnv,
): Promise<Chain> {
  const started = await Promise.allSettled(SUBGRAPHS.map((name) => spawnService(`${label}-${name}`, env, subgraphArgs(name))));
  const subgraphs = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  try {
    if (subgraphs.length < SUBGRAPHS.length)
      throw new Error(
        `a ${label} chain subgraph did not start: ${started.map((s) => (s.status === 'rejected' ? s.reason : '')).join(' ')}`,
      );
    const urls = Object.fromEntries(SUBGRAPHS.map((name, i) => [name, subgraphs[i].url]));
    return { front: await spawnService(`${label}-front`, { ...env, ...frontEnv(urls) }, frontArgs), subgraphs };
  } catch (err) {
    await Promise.all(subgraphs.map((s) => s.stop()));
    throw err;
  }
}

/**
 * The floors (bench/bareChain.cjs, bench/stockChain.cjs): each a front process in front of three
 * subgraph places able to run the floor's statements; the roster's cells by name.
 */
async function startFloorChains(
  databaseUrl: string,
  schoolId: string,
  statements: Record<string, Statement>,
  extraEnv: NodeJS.ProcessEnv,
): Promise<FloorChains> {
  const bareScript = path.join(__dirname, 'bareChain.cjs');
  const stockScript = path.join(__dirname, 'stockChain.cjs');
  const { studentKeys, studentAt, rollAt, markKeys, markAt } = ROSTER_LAYOUT;
  const rosterCells = {
    ...Object.fromEntries(['id', 'firstName', 'lastName', 'admissionNo'].map((c) => [c, studentAt + studentKeys.indexOf(c)])),
    rollNo: rollAt,
    status: markAt + markKeys.indexOf('status'),
  };
  const env = {
    PATH: process.env.PATH,
    ...extraEnv,
    BARE_DATABASE_URL: databaseUrl,
    BARE_STATEMENTS: JSON.stringify(statements),
    BARE_ROSTER_CELLS: JSON.stringify(rosterCells),
    STOCK_SCHOOL_ID: schoolId,
    // Stock Apollo would otherwise report usage to Apollo; a benchmark reaches nothing beyond this machine.
    APOLLO_TELEMETRY_DISABLED: 'true',
  };
  const bare = await startChain(
    'bare',
    env,
    () => [bareScript, 'server'],
    [bareScript, 'proxy'],
    (urls) => ({
      BARE_UPSTREAMS: JSON.stringify(urls),
    }),
  );
  try {
    const stock = await startChain(
      'stock',
      env,
      (name) => [stockScript, name],
      [stockScript, 'gateway'],
      (urls) => ({
        STOCK_SUBGRAPHS: JSON.stringify(urls),
      }),
    );
    return { bare, stock };
  } catch (err) {
    await stopChains({ bare });
    throw err;
  }
}

async function stopChains(chains: Partial<FloorChains> | null): Promise<void> {
  const all = [chains?.bare, chains?.stock].flatMap((c) => (c ? [c.front, ...c.subgraphs] : []));
  await Promise.all(all.map((p) => p.stop().catch(() => {})));
}

/** On-CPU milliseconds of the processes' main threads so far (Linux /proc; NaN elsewhere). */
function cpuMillis(pids: number[]): number {
  let nanos = 0;
  for (const pid of pids) {
    try {
      nanos += Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      return Number.NaN;
    }
  }
  return nanos / 1e6;
}

/** The roster statement's rows (class id, the students' columns, roll number, the marks' columns) as answers; the class's own row when it has no students is skipped. */
function rosterAnswer<T>(rows: any[][], answer: (student: any, rollNo: number | null, status: string | null) => T): T[] {
  const { studentKeys, studentAt, rollAt, markKeys, markAt } = ROSTER_LAYOUT;
  const statusAt = markAt + markKeys.indexOf('status');
  return rows
    .filter((r) => r[studentAt] !== null)
    .map((r) => answer(Object.fromEntries(studentKeys.map((c, i) => [c, r[studentAt + i]])), r[rollAt], r[statusAt]));
}

interface ManifestSummary {
  counts: number[];
  stops: string[];
  expected: Array<[admissionNo: string, fullName: string, boarding: string | null]>;
  boardedNotDropped: string[];
}

function summariseGatewayManifest(m: any): ManifestSummary {
  return {
    counts: [m.expectedCount, m.boardedCount, m.absentCount, m.notMarkedCount, m.droppedCount],
    stops: m.stops.map((s: any) => s.stop.name),
    expected: m.stops
      .flatMap((s: any) => s.expected.map((e: any) => [e.student.admissionNo, e.student.fullName, e.boarding?.status ?? null]))
      .sort((a: string[], b: string[]) => a[0].localeCompare(b[0])),
    boardedNotDropped: m.boardedNotDropped.map((b: any) => b.student.fullName).sort(),
  };
}

/** The same summary from the pg rows: the riders of each stop with their boarding mark, and the counts. */
function manifestSummary(stopNames: string[], riders: any[], marks: any[], students: any[], boarded: any[]): ManifestSummary {
  const student = new Map(students.map((s) => [s.id, s]));
  const boarding = new Map(marks.filter((m) => m.kind === 'BOARDING').map((m) => [m.studentId, m.status]));
  const droppedIds = new Set(marks.filter((m) => m.kind === 'DROP').map((m) => m.studentId));
  const statuses = riders.map((r) => boarding.get(r.studentId) ?? null);
  return {
    counts: [
      riders.length,
      statuses.filter((s) => s === 'BOARDED').length,
      statuses.filter((s) => s === 'ABSENT').length,
      statuses.filter((s) => s === null).length,
      droppedIds.size,
    ],
    stops: stopNames,
    expected: riders
      .map((r): [string, string, string | null] => [
        student.get(r.studentId).admissionNo,
        fullName(student.get(r.studentId)),
        boarding.get(r.studentId) ?? null,
      ])
      .sort((a, b) => a[0].localeCompare(b[0])),
    boardedNotDropped: boarded.map(fullName).sort(),
  };
}

export const floor: Benchmark = { name: 'floor', run };
