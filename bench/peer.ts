/**
 * Our gateway against Hive Gateway as shipped, over the same running subgraph processes: ours as
 * production runs it (its bundle, authentication and permission checks included), Hive Gateway
 * 2.15.1 serving the committed supergraph with its defaults (in-flight deduplication of identical
 * subgraph requests on) and signing the same internal context (bench/hive). Three workloads as
 * the school admin, 10 concurrent clients each: a trivial query, the class roster of 40 with the
 * day's attendance, and a two-subgraph query (`me` from identity + a page of students from
 * academics). Both answers must be identical before anything is measured; then the runs
 * alternate ours, hive, hive, ours ... so neither always runs first on a busy machine. Each run
 * also charges the CPU the gateway process and the subgraph processes used (from /proc).
 */
import { createTestEstate, postJson, startProcessStack, type ProcessStack, type TestEstate } from '@syncad/test-support';
import pg from 'pg';
import { schoolToday } from '@syncad/test-support';
import { seedClass } from './academics';
import type { Benchmark, BenchmarkResult } from './Benchmark';
import { startHiveGateway, type HiveGateway } from './hive/hiveGateway';
import { loadTest, type LoadFigures } from './loadTest';
import { cpuMillis, processTree } from './processCpu';
import { mean, range } from './stats';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/** Runs per gateway and workload (even: in pairs ours, hive, hive, ours). */
const RUNS = Math.max(2, Number(process.env.BENCH_PEER_RUNS ?? 4));
const STUDENTS_PAGE = 20;

const WORKLOADS = [
  { name: 'trivial', query: 'query Trivial { me { id } }' },
  {
    name: 'roster of 40',
    query: 'query Roster($c: ID!, $d: Date!) { classRoster(classId: $c) { id fullName rollNo attendanceOn(date: $d) { status } } }',
  },
  {
    name: 'two subgraphs',
    query: `query Dashboard($first: Int!) {
  me { id email firstName currentSchool { name roleName } }
  students(first: $first) { nodes { id admissionNo fullName status class { name } division { name } rollNo } pageInfo { hasNextPage } }
}`,
  },
];

type Side = 'ours' | 'hive';

interface Run {
  figures: LoadFigures;
  gatewayCpuMs: number;
  subgraphCpuMs: number;
}

async function measure(): Promise<BenchmarkResult> {
  let estate: TestEstate | null = null;
  let stack: ProcessStack | null = null;
  let hive: HiveGateway | null = null;
  try {
    estate = await createTestEstate({ schools: 1 });
    const school = estate.schools[0];
    const admin = school.users.SCHOOL_ADMIN;
    const schoolUrl = new URL(estate.centralUrl);
    schoolUrl.pathname = `/${school.databaseName}`;
    const db = new pg.Pool({ connectionString: schoolUrl.toString(), max: 1 });
    const roster = await seedClass(db, school.id, 'Forty', 40).finally(() => db.end());

    stack = await startProcessStack(estate, { env: { NODE_ENV: 'production' } });
    const token = await stack.login(admin.email, estate.password, school.subdomain);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, host: `${school.subdomain}.localhost` };
    const day = schoolToday();
    const marked = await stack.graphql(
      'mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { marked } }',
      { i: { classId: roster.classId, date: day, entries: roster.ids.map((studentId) => ({ studentId, status: 'PRESENT' })) } },
      token,
      { host: headers.host },
    );
    if (marked.body?.data?.markAttendance?.marked !== 40) throw new Error(`marking attendance failed: ${JSON.stringify(marked.body)}`);

    const subgraphUrls = Object.fromEntries(
      Object.entries(stack.services)
        .filter(([n]) => n !== 'gateway')
        .map(([n, s]) => [n, s.url]),
    );
    hive = await startHiveGateway({ subgraphUrls, jwtSecret: stack.jwtSecret, internalKey: stack.internalKey });
    const targets: Record<Side, { url: string; pids: () => number[] }> = {
      ours: { url: stack.gatewayUrl, pids: () => [stack!.services.gateway.pid] },
      hive: { url: hive.url, pids: () => processTree(hive!.pid) },
    };
    const subgraphPids = Object.entries(stack.services)
      .filter(([n]) => n !== 'gateway')
      .map(([, s]) => s.pid);
    const cpu = (pids: number[]) => pids.reduce((sum, pid) => sum + cpuMillis(pid), 0);

    const variables: Record<string, Record<string, unknown>> = {
      trivial: {},
      'roster of 40': { c: roster.classId, d: day },
      'two subgraphs': { first: STUDENTS_PAGE },
    };
    const rows: string[][] = [];
    const notes: string[] = [];
    for (const workload of WORKLOADS) {
      const body = JSON.stringify({ query: workload.query, variables: variables[workload.name] });
      const answers: Record<Side, string> = { ours: '', hive: '' };
      for (const side of ['ours', 'hive'] as const) {
        const answer = await postJson(targets[side].url, body, headers);
        if (answer.status !== 200 || answer.body?.errors || !answer.body?.data) {
          throw new Error(`${side} answered ${workload.name} wrongly (${answer.status}): ${JSON.stringify(answer.body).slice(0, 500)}`);
        }
        answers[side] = JSON.stringify(answer.body.data);
      }
      if (answers.ours !== answers.hive)
        throw new Error(`the answers to ${workload.name} differ:\nours ${answers.ours.slice(0, 400)}\nhive ${answers.hive.slice(0, 400)}`);

      const load = (side: Side, seconds: number) => loadTest({ url: targets[side].url, headers, body, seconds, connections: CONNECTIONS });
      await load('ours', WARMUP_SECONDS);
      await load('hive', WARMUP_SECONDS);
      const runs: Record<Side, Run[]> = { ours: [], hive: [] };
      const order: Side[] = Array.from(
        { length: RUNS },
        (_, i) =>
          (
            [
              ['ours', 'hive'],
              ['hive', 'ours'],
            ] as const
          )[i % 2],
      ).flat();
      for (const side of order) {
        const gatewayBefore = cpu(targets[side].pids());
        const subgraphsBefore = cpu(subgraphPids);
        const figures = await load(side, SECONDS);
        const per = (ms: number) => ms / Math.max(1, figures.requests);
        runs[side].push({
          figures,
          gatewayCpuMs: per(cpu(targets[side].pids()) - gatewayBefore),
          subgraphCpuMs: per(cpu(subgraphPids) - subgraphsBefore),
        });
      }
      for (const side of ['ours', 'hive'] as const) {
        const r = runs[side];
        const pick = (f: (run: Run) => number) => r.map(f);
        rows.push([
          workload.name,
          side === 'ours' ? 'ours (bundled, auth + permissions)' : 'Hive Gateway 2.15.1 (as shipped)',
          `${mean(pick((x) => x.figures.requestsPerSecond)).toFixed(0)} (${range(pick((x) => x.figures.requestsPerSecond))})`,
          mean(pick((x) => x.figures.p50Ms)).toFixed(1),
          mean(pick((x) => x.figures.p99Ms)).toFixed(1),
          mean(pick((x) => x.gatewayCpuMs)).toFixed(3),
          mean(pick((x) => x.subgraphCpuMs)).toFixed(3),
          String(r.reduce((s, x) => s + x.figures.failures, 0)),
        ]);
      }
      // Each pair of adjacent runs (ours beside hive) gives one ratio: their spread shows the noise.
      const ratios = runs.ours.map((o, i) => o.figures.requestsPerSecond / runs.hive[i].figures.requestsPerSecond);
      const p50 = (side: Side) => mean(runs[side].map((x) => x.figures.p50Ms));
      notes.push(
        `${workload.name}: throughput ours/hive = ${mean(ratios).toFixed(2)} (pairs ${range(ratios, 2)}), p50 ours/hive = ${(p50('ours') / p50('hive')).toFixed(2)}`,
      );
    }
    return {
      title: `Peer: our gateway vs Hive Gateway as shipped, same subgraph processes, ${CONNECTIONS} connections, ${RUNS} x ${SECONDS} s runs each, interleaved`,
      columns: ['workload', 'gateway', 'req/s (runs)', 'p50 ms', 'p99 ms', 'gateway CPU ms/req', 'subgraphs CPU ms/req', 'failures'],
      rows,
      notes: [
        ...notes,
        'Goal: ours at least as fast as Hive Gateway as shipped (ratio >= 1). Answers checked identical before measuring.',
        'Hive deduplicates identical in-flight subgraph requests (its default): under 10 identical clients it sends the subgraphs fewer requests;',
        'the subgraphs CPU column shows that. Everything (gateways, subgraphs, PostgreSQL, autocannon) shares one machine.',
      ],
    };
  } finally {
    await hive?.stop().catch(() => {});
    await stack?.stop().catch(() => {});
    await estate?.drop().catch(() => {});
  }
}

export const peer: Benchmark = { name: 'peer', run: measure };
