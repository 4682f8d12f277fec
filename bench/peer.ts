/**
 * Our gateway against its peers, each at its fastest documented setting, over the same running
 * subgraph processes and database: ours as production runs it (its bundle, authentication and
 * permission checks included); stock @apollo/gateway (no authentication or permissions: the
 * baseline of the permission tax; bundled); Hive Gateway 2.15.1 as shipped; Hive Gateway with its
 * Rust query planner (`--hive-router-runtime`). The stock and Hive gateways sign each caller's
 * context from their bearer token as ours does (bench/hive), so every one answers as the caller.
 * Beside them, the floor under every gateway: a bare relay (bench/relayGateway.ts) that verifies the
 * token, signs the context, sends each root field to its subgraph and merges the data, with no
 * GraphQL work at all; no gateway can use less CPU or answer faster than it on these workloads.
 *
 * Distinct traffic is the default and the headline, as a school's traffic is: every request draws
 * its caller (one of many signed-in teachers, each with their own token) and its variables (a class
 * and a school day; a page size from 1 to 100) from the estate, from a seeded sequence so runs
 * repeat. The identical-request workloads stay, reported apart as the "hot query" case that
 * in-flight merging serves (the trust work's goal against Hive as shipped is judged on them).
 * Answers are checked identical across contenders first (a sample of distinct requests); runs
 * alternate contenders; CPU is charged per request to each role: the gateway, the subgraphs and
 * PostgreSQL (every `postgres` process on the machine: the bench's server).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleModule } from '@syncad/scripts/build';
import { subgraphUrlVariable } from '@syncad/platform';
import {
  createTestEstate,
  postJson,
  schoolToday,
  spawnService,
  startProcessStack,
  type ProcessStack,
  type ServiceProcess,
  type TestEstate,
} from '@syncad/test-support';
import pg from 'pg';
import { seedClass } from './academics';
import type { Benchmark, BenchmarkResult } from './Benchmark';
import { startHiveGateway, type HiveGateway } from './hive/hiveGateway';
import { loadTest, type LoadFigures } from './loadTest';
import { seededRandom } from './seededRandom';
import { cpuMillis, postgresPids, processTree } from './processCpu';
import { mean, range } from './stats';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/** Rounds: in each, every contender runs once, in an order that rotates. */
const ROUNDS = Math.max(1, Number(process.env.BENCH_PEER_RUNS ?? 3));
const CLASSES = 6;
const STUDENTS_PER_CLASS = 40;
const DAYS = 5;
const TEACHERS = 24;
/** Requests prepared per distinct workload (each connection cycles through them from its own offset). */
const PREPARED = 2_000;

const ROSTER = 'query Roster($c: ID!, $d: Date!) { classRoster(classId: $c) { id fullName rollNo attendanceOn(date: $d) { status } } }';
const DASHBOARD = `query Dashboard($first: Int!) {
  me { id email firstName currentSchool { name roleName } }
  students(first: $first) { nodes { id admissionNo fullName status class { name } division { name } rollNo } pageInfo { hasNextPage } }
}`;

type Contender = 'ours' | 'stock' | 'hive' | 'hiveRust' | 'relay';
const ALL_CONTENDERS: Contender[] = ['ours', 'stock', 'hive', 'hiveRust', 'relay'];
/** BENCH_CONTENDERS=ours,hiveRust runs only those (ours and Hive + Rust planner are always in: the ratios are theirs). */
const CONTENDERS = ALL_CONTENDERS.filter(
  (c) => !process.env.BENCH_CONTENDERS || c === 'ours' || c === 'hiveRust' || process.env.BENCH_CONTENDERS.split(',').includes(c),
);
/** BENCH_WORKLOAD=dashboard (or =distinct) runs only the workloads whose kind and name contain it. */
const WORKLOAD_FILTER = process.env.BENCH_WORKLOAD ?? '';
const LABELS: Record<Contender, string> = {
  ours: 'ours (bundled, auth + permissions)',
  stock: 'stock @apollo/gateway 2.14.4 (bundled, no permissions)',
  hive: 'Hive Gateway 2.15.1 (as shipped)',
  hiveRust: 'Hive Gateway 2.15.1 + Rust query planner',
  relay: 'floor: a bare relay (bench/relayGateway.ts)',
};
/** The subgraph owning each root field the workloads ask for (the bare relay's whole query plan). */
const ROOT_OWNERS = { me: 'identity', classRoster: 'academics', students: 'academics' };

/** One request: its caller's token and its body. */
interface Request {
  token: string;
  body: string;
}

interface Workload {
  name: string;
  kind: 'distinct' | 'hot';
  /** The requests it sends: many (distinct), or one (hot). */
  requests: Request[];
}

interface Run {
  figures: LoadFigures;
  gatewayCpuMs: number;
  subgraphCpuMs: number;
  postgresCpuMs: number;
}

/** The school days before `today`, `count` of them, oldest first. */
function schoolDays(today: string, count: number): string[] {
  const days: string[] = [];
  for (let d = new Date(`${today}T00:00:00Z`); days.length < count; d.setUTCDate(d.getUTCDate() - 1)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.unshift(d.toISOString().slice(0, 10));
  }
  return days;
}

async function seedEstate(estate: TestEstate, stack: ProcessStack) {
  const school = estate.schools[0];
  const schoolUrl = new URL(estate.centralUrl);
  schoolUrl.pathname = `/${school.databaseName}`;
  const db = new pg.Pool({ connectionString: schoolUrl.toString(), max: 1 });
  const classes: { classId: string; ids: string[] }[] = [];
  try {
    for (let i = 0; i < CLASSES; i++) classes.push(await seedClass(db, school.id, `Class ${i + 1}`, STUDENTS_PER_CLASS));
  } finally {
    await db.end();
  }
  const host = `${school.subdomain}.localhost`;
  const adminToken = await stack.login(school.users.SCHOOL_ADMIN.email, estate.password, school.subdomain);
  const days = schoolDays(schoolToday(), DAYS);
  const statuses = ['PRESENT', 'ABSENT', 'LATE'];
  for (const { classId, ids } of classes) {
    for (const [d, date] of days.entries()) {
      const entries = ids.map((studentId, i) => ({ studentId, status: statuses[(i + d) % statuses.length] }));
      const marked = await stack.graphql(
        'mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { marked } }',
        { i: { classId, date, entries } },
        adminToken,
        { host },
      );
      if (marked.body?.data?.markAttendance?.marked !== ids.length)
        throw new Error(`marking attendance failed: ${JSON.stringify(marked.body)}`);
    }
  }
  // Many signed-in callers, each with their own token and session.
  const central = new pg.Pool({ connectionString: estate.centralUrl, max: 1 });
  const tokens: string[] = [];
  try {
    for (let i = 0; i < TEACHERS; i++) {
      const email = `teacher${i}@bench.test`;
      const user = await central.query(`INSERT INTO "User" (email, "passwordHash", "firstName") VALUES ($1, $2, $3) RETURNING id`, [
        email,
        estate.passwordHash,
        `Teacher ${i}`,
      ]);
      await central.query(`INSERT INTO "EmployeeUserSchool" ("userId", "schoolId", "roleId") VALUES ($1, $2, $3)`, [
        user.rows[0].id,
        school.id,
        school.roles.TEACHER,
      ]);
      tokens.push(await stack.login(email, estate.password, school.subdomain));
    }
  } finally {
    await central.end();
  }
  return { host, adminToken, tokens, classes, days };
}

function workloads(seed: Awaited<ReturnType<typeof seedEstate>>): Workload[] {
  const random = seededRandom(20261206);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const distinct = (make: () => Request) => Array.from({ length: PREPARED }, make);
  const admin = (query: string, variables: Record<string, unknown>) => [{ token: seed.adminToken, body: body(query, variables) }];
  const first = seed.classes[0];
  return [
    {
      name: 'roster: any class, any school day',
      kind: 'distinct',
      requests: distinct(() => ({ token: pick(seed.tokens), body: body(ROSTER, { c: pick(seed.classes).classId, d: pick(seed.days) }) })),
    },
    {
      name: 'dashboard: me + a page of 1-100 students',
      kind: 'distinct',
      requests: distinct(() => ({ token: pick(seed.tokens), body: body(DASHBOARD, { first: 1 + Math.floor(random() * 100) }) })),
    },
    { name: 'hot: trivial', kind: 'hot', requests: admin('query Trivial { me { id } }', {}) },
    { name: 'hot: roster of 40', kind: 'hot', requests: admin(ROSTER, { c: first.classId, d: seed.days.at(-1) }) },
    { name: 'hot: two subgraphs', kind: 'hot', requests: admin(DASHBOARD, { first: 20 }) },
  ];
}

/** The bare relay (bench/relayGateway.ts), bundled as the others are. */
async function startRelay(stack: ProcessStack): Promise<ServiceProcess> {
  const bundle = await bundleModule('relayGateway', path.join(__dirname, 'relayGateway.ts'), path.join(__dirname, '..', 'dist', 'bench'));
  const owners = Object.fromEntries(Object.entries(ROOT_OWNERS).map(([field, name]) => [field, stack.services[name].url]));
  return spawnService(
    'relay',
    {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      SYNCAD_JWT_SECRET: stack.jwtSecret,
      SYNCAD_INTERNAL_KEY: stack.internalKey,
      RELAY_OWNERS: JSON.stringify(owners),
    },
    ['--no-warnings', bundle],
  );
}

async function startStockGateway(stack: ProcessStack): Promise<ServiceProcess> {
  // Bundled as ours is, and beside the repository's node_modules (for what a bundle leaves external).
  const bundle = await bundleModule(
    'stockGateway',
    path.join(__dirname, 'plainGatewayProcess.ts'),
    path.join(__dirname, '..', 'dist', 'bench'),
  );
  const urls = Object.fromEntries(
    Object.entries(stack.services)
      .filter(([n]) => n !== 'gateway')
      .map(([n, s]) => [subgraphUrlVariable(n), s.url]),
  );
  return spawnService(
    'gateway',
    {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      SYNCAD_LOG_FORMAT: 'json',
      SYNCAD_JWT_SECRET: stack.jwtSecret,
      SYNCAD_INTERNAL_KEY: stack.internalKey,
      PORT: '0',
      ...urls,
    },
    ['--no-warnings', bundle],
  );
}

/** The load generator's module for distinct requests (bench/distinctClient.cjs), fed through a file. */
function distinctRequestsFile(dir: string, workload: Workload, host: string): string {
  const file = path.join(dir, `requests-${workload.name.replace(/\W+/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ host, requests: workload.requests }));
  return file;
}

async function measure(): Promise<BenchmarkResult> {
  let estate: TestEstate | null = null;
  let stack: ProcessStack | null = null;
  const hives: HiveGateway[] = [];
  let stock: ServiceProcess | null = null;
  let relay: ServiceProcess | null = null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'syncad-peer-'));
  try {
    estate = await createTestEstate({ schools: 1 });
    // BENCH_CPU_PROF=<dir>: a CPU profile of our gateway and each subgraph, written when they stop.
    const profileDir = process.env.BENCH_CPU_PROF && path.resolve(process.env.BENCH_CPU_PROF);
    const profiling: Record<string, string> = profileDir
      ? { NODE_OPTIONS: `--import ${path.join(__dirname, 'cpuProfileHook.mjs')}`, CPU_PROFILE_DIR: profileDir }
      : {};
    stack = await startProcessStack(estate, { env: { NODE_ENV: 'production', ...profiling } });
    const seed = await seedEstate(estate, stack);
    const subgraphUrls = Object.fromEntries(
      Object.entries(stack.services)
        .filter(([n]) => n !== 'gateway')
        .map(([n, s]) => [n, s.url]),
    );
    const hive = CONTENDERS.includes('hive')
      ? await startHiveGateway({ subgraphUrls, jwtSecret: stack.jwtSecret, internalKey: stack.internalKey })
      : null;
    if (hive) hives.push(hive);
    const hiveRust = await startHiveGateway({
      subgraphUrls,
      jwtSecret: stack.jwtSecret,
      internalKey: stack.internalKey,
      rustPlanner: true,
    });
    hives.push(hiveRust);
    if (CONTENDERS.includes('stock')) stock = await startStockGateway(stack);
    if (CONTENDERS.includes('relay')) relay = await startRelay(stack);
    const targets: Partial<Record<Contender, { url: string; pids: () => number[] }>> = {
      ours: { url: stack.gatewayUrl, pids: () => [stack!.services.gateway.pid] },
      hiveRust: { url: hiveRust.url, pids: () => processTree(hiveRust.pid) },
      ...(stock && { stock: { url: stock.url, pids: () => [stock!.pid] } }),
      ...(hive && { hive: { url: hive.url, pids: () => processTree(hive.pid) } }),
      ...(relay && { relay: { url: relay.url, pids: () => [relay!.pid] } }),
    };
    const target = (c: Contender) => targets[c]!;
    const subgraphPids = Object.entries(stack.services)
      .filter(([n]) => n !== 'gateway')
      .map(([, s]) => s.pid);
    const cpu = (pids: number[]) => pids.reduce((sum, pid) => sum + cpuMillis(pid), 0);
    /** PostgreSQL's processes come and go (backends): CPU by pid, so one that exits takes nothing away. */
    const postgresCpu = () => new Map(postgresPids().map((pid) => [pid, cpuMillis(pid)]));
    const postgresSince = (before: Map<number, number>) => {
      let ms = 0;
      for (const [pid, now] of postgresCpu()) ms += Math.max(0, now - (before.get(pid) ?? 0));
      return ms;
    };

    const rows: string[][] = [];
    const notes: string[] = [];
    const ratios: Record<string, { throughput: number[]; gatewayCpu: number[] }> = {};
    const floorRatios: typeof ratios = {};
    for (const workload of workloads(seed).filter((w) => `${w.kind} ${w.name}`.includes(WORKLOAD_FILTER))) {
      const headersOf = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}`, host: seed.host });
      // The same data from every contender, for a sample of the workload's requests.
      for (const request of workload.requests.slice(0, 12)) {
        const answers = await Promise.all(
          CONTENDERS.map(async (c) => {
            const answer = await postJson(target(c).url, request.body, headersOf(request.token));
            if (answer.status !== 200 || answer.body?.errors || !answer.body?.data) {
              throw new Error(`${c} answered ${workload.name} wrongly (${answer.status}): ${JSON.stringify(answer.body).slice(0, 500)}`);
            }
            return JSON.stringify(answer.body.data);
          }),
        );
        const differing = CONTENDERS.filter((_, i) => answers[i] !== answers[0]);
        if (differing.length > 0)
          throw new Error(
            `the answers to ${workload.name} differ (${differing.join(', ')} from ours):\n${answers.map((a) => a.slice(0, 300)).join('\n')}`,
          );
      }

      const file = workload.kind === 'distinct' ? distinctRequestsFile(dir, workload, seed.host) : null;
      const load = (c: Contender, seconds: number) => {
        const first = workload.requests[0];
        return loadTest({
          url: target(c).url,
          headers: headersOf(first.token),
          body: first.body,
          seconds,
          connections: CONNECTIONS,
          ...(file ? { setupClient: path.join(__dirname, 'distinctClient.cjs'), env: { SYNCAD_BENCH_REQUESTS: file } } : {}),
        });
      };
      for (const c of CONTENDERS) await load(c, WARMUP_SECONDS);
      const runs: Record<Contender, Run[]> = { ours: [], stock: [], hive: [], hiveRust: [], relay: [] };
      for (let round = 0; round < ROUNDS; round++) {
        // Rotated each round, so no contender always runs first (or right after another) on a busy machine.
        const order = CONTENDERS.map((_, i) => CONTENDERS[(i + round) % CONTENDERS.length]);
        for (const c of order) {
          const before = { gateway: cpu(target(c).pids()), subgraphs: cpu(subgraphPids), postgres: postgresCpu() };
          const figures = await load(c, SECONDS);
          const per = (ms: number) => ms / Math.max(1, figures.requests);
          runs[c].push({
            figures,
            gatewayCpuMs: per(cpu(target(c).pids()) - before.gateway),
            subgraphCpuMs: per(cpu(subgraphPids) - before.subgraphs),
            postgresCpuMs: per(postgresSince(before.postgres)),
          });
        }
      }
      for (const c of CONTENDERS) {
        const pick = (f: (run: Run) => number) => runs[c].map(f);
        rows.push([
          workload.name,
          LABELS[c],
          `${mean(pick((x) => x.figures.requestsPerSecond)).toFixed(0)} (${range(pick((x) => x.figures.requestsPerSecond))})`,
          mean(pick((x) => x.figures.p50Ms)).toFixed(1),
          mean(pick((x) => x.figures.p99Ms)).toFixed(1),
          mean(pick((x) => x.gatewayCpuMs)).toFixed(3),
          mean(pick((x) => x.subgraphCpuMs)).toFixed(3),
          mean(pick((x) => x.postgresCpuMs)).toFixed(3),
          String(runs[c].reduce((s, x) => s + x.figures.failures, 0)),
        ]);
      }
      // Each round gives one ratio per peer: their spread shows the noise.
      const against = (peer: Contender, of: Contender = 'ours') => ({
        throughput: runs[of].map((o, i) => o.figures.requestsPerSecond / runs[peer][i].figures.requestsPerSecond),
        gatewayCpu: runs[of].map((o, i) => o.gatewayCpuMs / runs[peer][i].gatewayCpuMs),
      });
      const note = (of: Contender, peer: Contender, r: ReturnType<typeof against>) =>
        `${workload.name}: ${of}/${peer} throughput ${mean(r.throughput).toFixed(2)} (rounds ${range(r.throughput, 2)}), gateway CPU per request ${mean(r.gatewayCpu).toFixed(2)} (${range(r.gatewayCpu, 2)})`;
      for (const peer of (['hiveRust', 'hive', 'stock'] as const).filter((c) => CONTENDERS.includes(c))) {
        const r = against(peer);
        if (peer === 'hiveRust') ratios[workload.name] = r;
        notes.push(note('ours', peer, r));
      }
      // The floor: the best any gateway could do against Hive + Rust planner.
      if (relay) {
        floorRatios[workload.name] = against('hiveRust', 'relay');
        notes.push(note('relay', 'hiveRust', floorRatios[workload.name]));
      }
    }
    const distinctNames = Object.keys(ratios).filter((n) => !n.startsWith('hot:'));
    const met = (ok: (name: string) => boolean) => `${distinctNames.filter(ok).length} of ${distinctNames.length} distinct workloads`;
    return {
      title: `Peer: ${CONTENDERS.join(', ')} over the same subgraph processes, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s, contenders rotated`,
      columns: [
        'workload',
        'gateway',
        'req/s (runs)',
        'p50 ms',
        'p99 ms',
        'gateway CPU ms/req',
        'subgraphs CPU ms/req',
        'PostgreSQL CPU ms/req',
        'failures',
      ],
      rows,
      notes: [
        ...notes,
        `Goals on distinct traffic, against Hive + Rust planner: our gateway CPU per request <= 0.5x (${met((n) => mean(ratios[n].gatewayCpu) <= 0.5)} meet it),`,
        `throughput >= 1.5x (${met((n) => mean(ratios[n].throughput) >= 1.5)} meet it). The hot (identical-request) workloads are the in-flight merging case.`,
        ...(relay
          ? [
              `The floor (a bare relay: the token verified, the context signed, each root field sent to its subgraph, data merged; no GraphQL work)`,
              `reaches gateway CPU <= 0.5x on ${met((n) => mean(floorRatios[n].gatewayCpu) <= 0.5)} and throughput >= 1.5x on ${met((n) => mean(floorRatios[n].throughput) >= 1.5)}.`,
            ]
          : []),
        `Distinct traffic: ${TEACHERS} teachers with their own tokens, ${CLASSES} classes of ${STUDENTS_PER_CLASS} x ${DAYS} school days, page sizes 1-100; ${PREPARED} prepared requests a workload, seeded.`,
        `Answers checked identical across all ${CONTENDERS.length} contenders before measuring. Everything (gateways, subgraphs, PostgreSQL, autocannon) shares one machine.`,
      ],
    };
  } finally {
    await stock?.stop().catch(() => {});
    await relay?.stop().catch(() => {});
    for (const h of hives) await h.stop().catch(() => {});
    await stack?.stop().catch(() => {});
    await estate?.drop().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const peer: Benchmark = { name: 'peer', run: measure };
