/**
 * What our gateway's authentication and permission enforcement cost: on the same running
 * subgraphs, our gateway against a stock @apollo/gateway (bench/plainGateway.ts) serving one
 * cross-subgraph query (`me` from identity + a page of students from academics) as the school
 * admin. Both answers are checked first; then each is warmed up and loaded in the order
 * ours, plain, plain, ours, so neither side always runs first on a small machine.
 */
import { performance } from 'node:perf_hooks';
import { composeSupergraph } from '@syncad/gateway';
import { signInternalContext, verifyAccessToken } from '@syncad/subgraph-kit';
import { createTestEstate, postJson, repositorySubgraphs, startStack, type Stack, type TestEstate } from '@syncad/test-support';
import type { Benchmark, BenchmarkResult } from './Benchmark';
import { loadTest, type LoadFigures } from './loadTest';
import { startPlainGateway, type PlainGateway } from './plainGateway';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const STUDENTS = 20;
const SEQUENTIAL_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1000);

const DASHBOARD = `query Dashboard($first: Int!) {
  me { id email firstName currentSchool { name roleName } permissions { module read write delete } }
  students(first: $first) { nodes { id admissionNo fullName status class { name } division { name } rollNo } pageInfo { hasNextPage } }
}`;

async function seedStudents(stack: Stack, token: string): Promise<void> {
  const ok = async (query: string, variables: Record<string, unknown>) => {
    const answer = await stack.graphql(query, variables, token);
    if (answer.status !== 200 || answer.body?.errors) throw new Error(`seeding failed: ${JSON.stringify(answer.body)}`);
    return answer.body.data;
  };
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

function row(label: string, f: LoadFigures): string[] {
  return [label, f.requestsPerSecond.toFixed(0), f.p50Ms.toFixed(1), f.p99Ms.toFixed(1), String(f.requests), String(f.failures)];
}

/**
 * One request at a time, alternating ours and plain: latency differences show without the
 * scheduling noise of concurrent load on a 2-core machine. Returns the p50 of each, in ms.
 */
async function interleavedP50(targets: Record<'ours' | 'plain', string>, send: (url: string) => Promise<unknown>) {
  const times = { ours: [] as number[], plain: [] as number[] };
  for (let i = 0; i < SEQUENTIAL_ROUNDS + 100; i++) {
    for (const label of ['ours', 'plain'] as const) {
      const start = performance.now();
      await send(targets[label]);
      if (i >= 100) times[label].push(performance.now() - start);
    }
  }
  const p50 = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
  return { ours: p50(times.ours), plain: p50(times.plain) };
}

const mean = (runs: LoadFigures[], pick: (f: LoadFigures) => number) => runs.reduce((s, f) => s + pick(f), 0) / runs.length;

/** The runs of one gateway, averaged (requests and failures summed). */
function combined(runs: LoadFigures[]): LoadFigures {
  return {
    requestsPerSecond: mean(runs, (f) => f.requestsPerSecond),
    p50Ms: mean(runs, (f) => f.p50Ms),
    p99Ms: mean(runs, (f) => f.p99Ms),
    requests: runs.reduce((s, f) => s + f.requests, 0),
    failures: runs.reduce((s, f) => s + f.failures, 0),
  };
}

async function measure(): Promise<BenchmarkResult> {
  let estate: TestEstate | null = null;
  let stack: Stack | null = null;
  let plain: PlainGateway | null = null;
  try {
    estate = await createTestEstate({ schools: 1 });
    const school = estate.schools[0];
    const admin = school.users.SCHOOL_ADMIN;
    const subgraphs = repositorySubgraphs();
    stack = await startStack(estate, { subgraphs });
    const token = await stack.login(admin.email, estate.password, school.subdomain);
    await seedStudents(stack, token);

    // Signed once for the whole run, valid long enough to outlast it.
    const caller = verifyAccessToken(token, stack.jwtSecret);
    const internalContext = signInternalContext({ caller, hostSchool: caller.schoolId }, stack.internalKey, 3600);
    const supergraphSdl = composeSupergraph(subgraphs.map((s) => ({ name: s.name, sdl: s.sdl })));
    plain = await startPlainGateway(supergraphSdl, stack.subgraphUrls, internalContext);

    const body = JSON.stringify({ query: DASHBOARD, variables: { first: STUDENTS } });
    const headers = { authorization: `Bearer ${token}`, host: `${school.subdomain}.localhost` };
    const targets = { ours: stack.gatewayUrl, plain: plain.url };
    for (const [label, url] of Object.entries(targets)) {
      const answer = await postJson(url, body, { 'content-type': 'application/json', ...headers });
      checkAnswer(label, answer.status, answer.body, admin.email);
    }

    const load = (url: string, seconds: number) => loadTest({ url, headers, body, seconds, connections: CONNECTIONS });
    await load(targets.ours, WARMUP_SECONDS);
    await load(targets.plain, WARMUP_SECONDS);
    const runs: Array<{ label: 'ours' | 'plain'; figures: LoadFigures }> = [];
    for (const label of ['ours', 'plain', 'plain', 'ours'] as const) {
      runs.push({ label, figures: await load(targets[label], SECONDS) });
    }

    const sequential = await interleavedP50(targets, (url) =>
      postJson(url, body, { 'content-type': 'application/json', ...headers }),
    );

    const ours = combined(runs.filter((r) => r.label === 'ours').map((r) => r.figures));
    const base = combined(runs.filter((r) => r.label === 'plain').map((r) => r.figures));
    const ratio = ours.requestsPerSecond / base.requestsPerSecond;
    const extraMs = ours.p50Ms - base.p50Ms;
    return {
      title: `Gateway overhead: me (identity) + ${STUDENTS} students (academics), ${CONNECTIONS} connections, ${SECONDS} s per run`,
      columns: ['run', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'failures'],
      rows: [
        ...runs.map((r, i) => row(`${i + 1}. ${r.label === 'ours' ? 'ours (auth + permissions)' : 'plain @apollo/gateway'}`, r.figures)),
        row('mean ours', ours),
        row('mean plain', base),
      ],
      notes: [
        `throughput ours/plain = ${(ratio * 100).toFixed(1)}% (goal >= 95%); p50 difference ${extraMs >= 0 ? '+' : ''}${extraMs.toFixed(2)} ms`,
        `one request at a time, interleaved (${SEQUENTIAL_ROUNDS} each): p50 ours ${sequential.ours.toFixed(2)} ms, plain ${sequential.plain.toFixed(2)} ms` +
          ` => ours runs at ${((sequential.plain / sequential.ours) * 100).toFixed(1)}% of plain's speed`,
        'Both gateways, both subgraphs and the load generator (a worker thread) share one Node process; PostgreSQL is its own process.',
        'Both use the same HTTP surface (gateway/src/handleHttp) and subgraph fetcher; the plain one forwards one context signed up front, ours authenticates,',
        'checks the session (cached 2 s), the Host school and the role flags (cached 3 s), walks the operation and signs a context per request.',
      ],
    };
  } finally {
    await plain?.stop().catch(() => {});
    await stack?.stop().catch(() => {});
    await estate?.drop().catch(() => {});
  }
}

export const gatewayOverhead: Benchmark = { name: 'gatewayOverhead', run: measure };
