/**
 * What our gateway's authentication and permission enforcement cost: on the same running
 * subgraphs, our gateway against a stock @apollo/gateway (bench/plainGateway.ts) serving one
 * cross-subgraph query (`me` from identity + a page of students from academics) as the school
 * admin. Each gateway is its own process, so its CPU time (the scheduler's count, from /proc) is the
 * gateway's alone: the subgraphs and the load generator run in this process. The tax is ours
 * with in-flight deduplication off against stock (which has none); ours with it on (the default)
 * is reported apart. Every answer is checked first; then the gateways are loaded in the order
 * ours, plain, ours+dedup, ours+dedup, plain, ours, so none always runs first on a small machine.
 * Each gateway's idle CPU (timers, samplers) is measured too: at this machine's light traffic it
 * is a visible share of the per-request figure, so the tax is also given without it.
 * BENCH_CPU_PROF=<dir> writes a CPU profile of each gateway process there (bench/cpuProfileHook.mjs).
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import {
  createTestEstate,
  postJson,
  repositorySubgraphs,
  spawnService,
  startStack,
  type ServiceProcess,
  type Stack,
  type TestEstate,
} from '@syncad/test-support';
import { signInternalContext, subgraphUrlVariable, verifyAccessToken } from '@syncad/platform';
import type { Benchmark, BenchmarkResult } from './Benchmark';
import { gatewayData } from './gatewayData';
import { median } from './stats';

/** The gateway's process entry (TypeScript). */
const GATEWAY_SOURCE = path.resolve(__dirname, '..', 'gateway', 'src', 'main.ts');
import { loadTest, type LoadFigures } from './loadTest';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const STUDENTS = 20;
const SEQUENTIAL_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1000);
const IDLE_SECONDS = 10;

const DASHBOARD = `query Dashboard($first: Int!) {
  me { id email firstName currentSchool { name roleName } permissions { module read write delete } }
  students(first: $first) { nodes { id admissionNo fullName status class { name } division { name } rollNo } pageInfo { hasNextPage } }
}`;

async function seedStudents(stack: Stack, token: string): Promise<void> {
  const ok = (query: string, variables: Record<string, unknown>) => gatewayData(stack, token, query, variables);
  const y = new Date().getFullYear();
  await ok(`mutation($i: CreateAcademicYearInput!) { createAcademicYear(input: $i) { id } }`, {
    i: { name: `${y - 1}-${y + 1}`, startDate: `${y - 1}-01-01`, endDate: `${y + 1}-12-31`, isCurrent: true },
  });
  const classId = (await ok(`mutation { createClass(input: { name: "Grade 5" }) { id } }`, {})).createClass.id;
  const divisionId = (await ok(`mutation($c: ID!) { createDivision(input: { classId: $c, name: "A" }) { id } }`, { c: classId }))
    .createDivision.id;
  for (let i = 1; i <= STUDENTS; i++) {
    await ok(`mutation($i: CreateStudentInput!) { createStudent(input: $i) { id } }`, {
      i: { admissionNo: `ADM-${String(i).padStart(3, '0')}`, firstName: `Pupil${i}`, lastName: 'Bench', classId, divisionId, rollNo: i },
    });
  }
}

/** The one answer both gateways must give before they are measured. */
function checkAnswer(label: string, status: number, body: any, email: string): void {
  const nodes = body?.data?.students?.nodes;
  const good =
    status === 200 &&
    !body.errors &&
    body.data.me?.email === email &&
    body.data.me.permissions.length > 0 &&
    Array.isArray(nodes) &&
    nodes.length === STUDENTS &&
    nodes.every((n: any) => n.class?.name === 'Grade 5' && n.fullName.endsWith(' Bench'));
  if (!good) throw new Error(`${label} gateway answered wrongly (${status}): ${JSON.stringify(body).slice(0, 500)}`);
}

type Label = 'ours' | 'plain' | 'dedup';
const NAMES: Record<Label, string> = {
  ours: 'ours, dedup off (auth + permissions)',
  plain: 'plain @apollo/gateway',
  dedup: 'ours, dedup on (default)',
};

/** A load run and the CPU time the gateway process used during it. */
interface Run extends LoadFigures {
  cpuMs: number;
}

/**
 * The CPU time of a process, all its threads (V8's GC helpers, libuv's pool) included, in ms:
 * the scheduler's own count in ns (/proc/<pid>/task/<tid>/schedstat), not utime + stime, which
 * Linux samples in 10 ms ticks. A thread that ended meanwhile drops out (node keeps its threads).
 */
function processCpuMs(pid: number): number {
  let ns = 0;
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return ns / 1e6;
}

const cpuPerRequestUs = (r: Pick<Run, 'cpuMs' | 'requests'>) => (r.cpuMs * 1000) / r.requests;

function row(label: string, f: Run): string[] {
  return [
    label,
    f.requestsPerSecond.toFixed(0),
    f.p50Ms.toFixed(1),
    f.p99Ms.toFixed(1),
    cpuPerRequestUs(f).toFixed(0),
    String(f.requests),
    String(f.failures),
  ];
}

/**
 * One request at a time, alternating ours and plain: latency differences show without the
 * scheduling noise of concurrent load on a 2-core machine, and each gateway's CPU time over the
 * same stretch of wall time is its CPU per request least disturbed by whatever else runs. Returns
 * the p50 of each in ms and the CPU per request in µs.
 */
async function interleaved(targets: Record<'ours' | 'plain', ServiceProcess>, send: (url: string) => Promise<unknown>) {
  const times = { ours: [] as number[], plain: [] as number[] };
  const cpuBefore = { ours: 0, plain: 0 };
  let started = 0;
  for (let i = 0; i < SEQUENTIAL_ROUNDS + 100; i++) {
    if (i === 100) {
      for (const label of ['ours', 'plain'] as const) cpuBefore[label] = processCpuMs(targets[label].pid);
      started = performance.now();
    }
    for (const label of ['ours', 'plain'] as const) {
      const start = performance.now();
      await send(targets[label].url);
      if (i >= 100) times[label].push(performance.now() - start);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuUs = (label: 'ours' | 'plain') => ((processCpuMs(targets[label].pid) - cpuBefore[label]) * 1000) / SEQUENTIAL_ROUNDS;
  return { ours: median(times.ours), plain: median(times.plain), oursCpuUs: cpuUs('ours'), plainCpuUs: cpuUs('plain'), seconds };
}

const mean = (runs: Run[], pick: (f: Run) => number) => runs.reduce((s, f) => s + pick(f), 0) / runs.length;

/** The runs of one gateway, averaged (requests, failures and CPU time summed). */
function combined(runs: Run[]): Run {
  return {
    requestsPerSecond: mean(runs, (f) => f.requestsPerSecond),
    p50Ms: mean(runs, (f) => f.p50Ms),
    p99Ms: mean(runs, (f) => f.p99Ms),
    requests: runs.reduce((s, f) => s + f.requests, 0),
    failures: runs.reduce((s, f) => s + f.failures, 0),
    cpuMs: runs.reduce((s, f) => s + f.cpuMs, 0),
  };
}

/** Each gateway's CPU use with no requests (timers, samplers), in ms per second: at light traffic it weighs on the per-request figure. */
async function idleCpuMsPerSecond(gateways: Record<Label, ServiceProcess>): Promise<Record<Label, number>> {
  const labels = Object.keys(gateways) as Label[];
  // Let the last load's garbage collection and compilation finish first.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const before = labels.map((label) => processCpuMs(gateways[label].pid));
  await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
  return Object.fromEntries(labels.map((label, i) => [label, (processCpuMs(gateways[label].pid) - before[i]) / IDLE_SECONDS])) as Record<
    Label,
    number
  >;
}

/** Starts the three gateways as processes over the stack's subgraphs. */
async function startGateways(estate: TestEstate, stack: Stack, plainContext: string): Promise<Record<Label, ServiceProcess>> {
  const profileDir = process.env.BENCH_CPU_PROF;
  const env = (name: string): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...(profileDir
      ? {
          NODE_OPTIONS: `--import ${path.join(__dirname, 'cpuProfileHook.mjs')}`,
          CPU_PROFILE_FILE: path.resolve(profileDir, `${name}.cpuprofile`),
        }
      : {}),
    DATABASE_URL: estate.centralUrl,
    SYNCAD_JWT_SECRET: stack.jwtSecret,
    SYNCAD_INTERNAL_KEY: stack.internalKey,
    SYNCAD_LOG_FORMAT: 'json',
    SYNCAD_PLAYGROUND: 'false',
    // SYNCAD_ROOT_FETCHES=false npm run bench -- gatewayOverhead: the tax without sending root plans straight.
    ...(process.env.SYNCAD_ROOT_FETCHES ? { SYNCAD_ROOT_FETCHES: process.env.SYNCAD_ROOT_FETCHES } : {}),
    PORT: '0',
    // Two of ours run at once: each its own operations listener (the default, 9464, is one port).
    SYNCAD_OPS_PORT: '0',
    ...Object.fromEntries(Object.entries(stack.subgraphUrls).map(([name, url]) => [subgraphUrlVariable(name), url])),
  });
  const gateways: Partial<Record<Label, ServiceProcess>> = {};
  try {
    // All three under tsx, so the tax compares the gateways' code, not how it was loaded
    // (bench/bundled.ts measures the bundle against tsx).
    const underTsx = (entry: string) => ['--import', 'tsx', entry];
    gateways.ours = await spawnService('gateway', { ...env('ours'), SYNCAD_DEDUPE_INFLIGHT: 'false' }, underTsx(GATEWAY_SOURCE));
    gateways.dedup = await spawnService('gateway', env('dedup'), underTsx(GATEWAY_SOURCE));
    gateways.plain = await spawnService(
      'gateway',
      { ...env('plain'), SYNCAD_PLAIN_CONTEXT: plainContext },
      underTsx(path.join(__dirname, 'plainGatewayProcess.ts')),
    );
    return gateways as Record<Label, ServiceProcess>;
  } catch (err) {
    await Promise.all(Object.values(gateways).map((g) => g.stop()));
    throw err;
  }
}

async function measure(): Promise<BenchmarkResult> {
  let estate: TestEstate | null = null;
  let stack: Stack | null = null;
  let gateways: Record<Label, ServiceProcess> | null = null;
  try {
    estate = await createTestEstate({ schools: 1 });
    const school = estate.schools[0];
    const admin = school.users.SCHOOL_ADMIN;
    stack = await startStack(estate, { subgraphs: repositorySubgraphs() });
    const token = await stack.login(admin.email, estate.password, school.subdomain);
    await seedStudents(stack, token);

    // Signed once for the whole run, valid long enough to outlast it.
    const caller = verifyAccessToken(token, stack.jwtSecret);
    const internalContext = signInternalContext({ caller, hostSchool: caller.schoolId }, stack.internalKey, 3600);
    gateways = await startGateways(estate, stack, internalContext);

    const body = JSON.stringify({ query: DASHBOARD, variables: { first: STUDENTS } });
    const headers = { authorization: `Bearer ${token}`, host: `${school.subdomain}.localhost` };
    const labels: Label[] = ['ours', 'plain', 'dedup'];
    for (const label of labels) {
      const answer = await postJson(gateways[label].url, body, { 'content-type': 'application/json', ...headers });
      checkAnswer(label, answer.status, answer.body, admin.email);
    }

    const load = async (label: Label, seconds: number): Promise<Run> => {
      const { pid, url } = gateways![label];
      const cpuBefore = processCpuMs(pid);
      const figures = await loadTest({ url, headers, body, seconds, connections: CONNECTIONS });
      return { ...figures, cpuMs: processCpuMs(pid) - cpuBefore };
    };
    for (const label of labels) await load(label, WARMUP_SECONDS);
    const idle = await idleCpuMsPerSecond(gateways);
    const runs: Array<{ label: Label; figures: Run }> = [];
    for (const label of ['ours', 'plain', 'dedup', 'dedup', 'plain', 'ours'] as const) {
      runs.push({ label, figures: await load(label, SECONDS) });
    }

    const sequential = await interleaved({ ours: gateways.ours, plain: gateways.plain }, (url) =>
      postJson(url, body, { 'content-type': 'application/json', ...headers }),
    );

    const of = (label: Label) => combined(runs.filter((r) => r.label === label).map((r) => r.figures));
    const [ours, base, dedup] = [of('ours'), of('plain'), of('dedup')];
    const ratio = ours.requestsPerSecond / base.requestsPerSecond;
    const cpuRatio = cpuPerRequestUs(ours) / cpuPerRequestUs(base);
    // The spread: each ours run against the plain run next to it (runs 1-2 and 6-5).
    const pairs = [
      [runs[0].figures, runs[1].figures],
      [runs[5].figures, runs[4].figures],
    ].map(([o, p]) => cpuPerRequestUs(o) / cpuPerRequestUs(p));
    const extraMs = ours.p50Ms - base.p50Ms;
    // The idle share of the sequential stretch (timers run whether or not requests come).
    const netSequential = {
      ours: sequential.oursCpuUs - (idle.ours * sequential.seconds * 1000) / SEQUENTIAL_ROUNDS,
      plain: sequential.plainCpuUs - (idle.plain * sequential.seconds * 1000) / SEQUENTIAL_ROUNDS,
    };
    return {
      title: `Gateway overhead: me (identity) + ${STUDENTS} students (academics), ${CONNECTIONS} connections, ${SECONDS} s per run, each gateway its own process`,
      columns: ['run', 'req/s', 'p50 ms', 'p99 ms', 'gateway CPU µs/req', 'requests', 'failures'],
      rows: [
        ...runs.map((r, i) => row(`${i + 1}. ${NAMES[r.label]}`, r.figures)),
        row('mean ours (dedup off)', ours),
        row('mean plain', base),
        row('mean ours (dedup on)', dedup),
      ],
      notes: [
        `permission tax, gateway CPU per request ours/plain: one request at a time, interleaved ${(sequential.oursCpuUs / sequential.plainCpuUs).toFixed(3)}` +
          ` (without each one's idle CPU: ${(netSequential.ours / netSequential.plain).toFixed(3)})` +
          ` (${sequential.oursCpuUs.toFixed(0)} / ${sequential.plainCpuUs.toFixed(0)} µs); under load ${cpuRatio.toFixed(3)} (adjacent pairs ${pairs.map((p) => p.toFixed(3)).join(', ')}); goal <= 1.05`,
        `throughput ours/plain = ${(ratio * 100).toFixed(1)}%; p50 difference ${extraMs >= 0 ? '+' : ''}${extraMs.toFixed(2)} ms`,
        `ours with in-flight deduplication on (the default): ${(dedup.requestsPerSecond / base.requestsPerSecond).toFixed(2)}x plain's throughput, ` +
          `${(cpuPerRequestUs(dedup) / cpuPerRequestUs(base)).toFixed(3)}x its CPU per request (identical concurrent queries of one caller share a fetch)`,
        `one request at a time, interleaved (${SEQUENTIAL_ROUNDS} each): p50 ours ${sequential.ours.toFixed(2)} ms, plain ${sequential.plain.toFixed(2)} ms` +
          ` => ours runs at ${((sequential.plain / sequential.ours) * 100).toFixed(1)}% of plain's speed`,
        `idle CPU, ms per second: ours ${idle.ours.toFixed(1)}, plain ${idle.plain.toFixed(1)}, ours+dedup ${idle.dedup.toFixed(1)} (over ${IDLE_SECONDS} s)`,
        'Each gateway is a process started the same way (test-support spawnService); the subgraphs and the load generator (a worker thread) share this process.',
        'Both use the same HTTP surface (gateway/src/http/handleHttp, one access line per request) and subgraph fetcher; the plain one forwards one context signed up front, ours',
        'authenticates, checks the session (cached 2 s), the Host school and the role flags (cached 3 s), walks the operation and signs a context (cached 30 s per caller).',
      ],
    };
  } finally {
    if (gateways) await Promise.all(Object.values(gateways).map((g) => g.stop().catch(() => {})));
    await stack?.stop().catch(() => {});
    await estate?.drop().catch(() => {});
  }
}

export const gatewayOverhead: Benchmark = { name: 'gatewayOverhead', run: measure };
