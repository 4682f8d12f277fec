/**
 * What running the esbuild bundle instead of the TypeScript under tsx buys the gateway (only when
 * named: `npm run bench -- bundled`): two gateway processes over the same subgraph processes,
 * one `node --enable-source-maps dist/gateway.cjs` (what npm start and the image run), one
 * `node --import tsx gateway/src/main.ts`. A small query as the school admin: CPU per request of
 * each gateway under 10 clients (runs interleaved bundle, tsx, tsx, bundle ...), then p50 one
 * request at a time, alternating; plus each one's start time and memory.
 */
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
import type { Benchmark, BenchmarkResult } from './Benchmark';
import { loadTest, type LoadFigures } from './loadTest';
import { cpuMillis, rssMegabytes } from './processCpu';
import { mean, median, range } from './stats';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const RUNS = Math.max(2, Number(process.env.BENCH_BUNDLED_RUNS ?? 4));
const SEQUENTIAL_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1000);
const QUERY = 'query Simple { me { id } }';

type Side = 'bundle' | 'tsx';

async function measure(): Promise<BenchmarkResult> {
  let estate: TestEstate | null = null;
  let stack: ProcessStack | null = null;
  let tsxGateway: ServiceProcess | null = null;
  try {
    estate = await createTestEstate({ schools: 1 });
    const school = estate.schools[0];
    stack = await startProcessStack(estate, { subgraphs: ['identity'], env: { NODE_ENV: 'production' } });
    const token = await stack.login(school.users.SCHOOL_ADMIN.email, estate.password, school.subdomain);
    const started = performance.now();
    tsxGateway = await spawnService('gateway', stack.gatewayEnv, ['--import', 'tsx', 'gateway/src/main.ts']);
    const tsxStartMs = performance.now() - started;
    const bundleStart = performance.now();
    const bundleGateway = await spawnService('gateway', stack.gatewayEnv);
    const bundleStartMs = performance.now() - bundleStart;
    await bundleGateway.stop();
    const gateways: Record<Side, ServiceProcess> = { bundle: stack.services.gateway, tsx: tsxGateway };

    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, host: `${school.subdomain}.localhost` };
    const body = JSON.stringify({ query: QUERY });
    for (const side of ['bundle', 'tsx'] as const) {
      const answer = await postJson(gateways[side].url, body, headers);
      if (answer.status !== 200 || answer.body?.errors || !answer.body?.data?.me?.id)
        throw new Error(`${side} answered wrongly: ${JSON.stringify(answer.body)}`);
    }
    const load = (side: Side, seconds: number) => loadTest({ url: gateways[side].url, headers, body, seconds, connections: CONNECTIONS });
    await load('bundle', WARMUP_SECONDS);
    await load('tsx', WARMUP_SECONDS);
    const runs: Record<Side, Array<{ figures: LoadFigures; cpuMsPerRequest: number }>> = { bundle: [], tsx: [] };
    const order: Side[] = Array.from(
      { length: RUNS },
      (_, i) =>
        (
          [
            ['bundle', 'tsx'],
            ['tsx', 'bundle'],
          ] as const
        )[i % 2],
    ).flat();
    for (const side of order) {
      const before = cpuMillis(gateways[side].pid);
      const figures = await load(side, SECONDS);
      runs[side].push({ figures, cpuMsPerRequest: (cpuMillis(gateways[side].pid) - before) / Math.max(1, figures.requests) });
    }

    // One request at a time, alternating: latency and CPU without the scheduling noise of
    // concurrent load (both see the same machine at the same moments).
    const times: Record<Side, number[]> = { bundle: [], tsx: [] };
    const sequentialCpu: Record<Side, number> = { bundle: 0, tsx: 0 };
    for (let i = 0; i < SEQUENTIAL_ROUNDS + 100; i++) {
      if (i === 100) for (const side of ['bundle', 'tsx'] as const) sequentialCpu[side] = -cpuMillis(gateways[side].pid);
      for (const side of ['bundle', 'tsx'] as const) {
        const start = performance.now();
        await postJson(gateways[side].url, body, headers);
        if (i >= 100) times[side].push(performance.now() - start);
      }
    }
    for (const side of ['bundle', 'tsx'] as const)
      sequentialCpu[side] = (sequentialCpu[side] + cpuMillis(gateways[side].pid)) / SEQUENTIAL_ROUNDS;

    const rows = (['bundle', 'tsx'] as const).map((side) => {
      const r = runs[side];
      return [
        side === 'bundle' ? 'bundle (dist/gateway.cjs)' : 'tsx (gateway/src/main.ts)',
        `${mean(r.map((x) => x.figures.requestsPerSecond)).toFixed(0)} (${range(
          r.map((x) => x.figures.requestsPerSecond),
          0,
        )})`,
        `${mean(r.map((x) => x.cpuMsPerRequest)).toFixed(3)} (${range(
          r.map((x) => x.cpuMsPerRequest),
          3,
        )})`,
        mean(r.map((x) => x.figures.p50Ms)).toFixed(1),
        median(times[side]).toFixed(2),
        sequentialCpu[side].toFixed(3),
        (side === 'bundle' ? bundleStartMs : tsxStartMs).toFixed(0),
        rssMegabytes(gateways[side].pid).toFixed(0),
        String(r.reduce((s, x) => s + x.figures.failures, 0)),
      ];
    });
    const pairs = runs.bundle.map((b, i) => b.cpuMsPerRequest / runs.tsx[i].cpuMsPerRequest);
    return {
      title: `Gateway as a bundle vs under tsx: \`${QUERY}\` (identity), ${CONNECTIONS} connections, ${RUNS} x ${SECONDS} s runs each, interleaved`,
      columns: [
        'gateway',
        'req/s (runs)',
        'CPU ms/req (runs)',
        'p50 ms (load)',
        `p50 ms (1 at a time, ${SEQUENTIAL_ROUNDS})`,
        'CPU ms/req (1 at a time)',
        'start ms',
        'RSS MB',
        'failures',
      ],
      rows,
      notes: [
        `gateway CPU per request bundle/tsx: one at a time ${(sequentialCpu.bundle / sequentialCpu.tsx).toFixed(3)}, under load ${median(pairs).toFixed(3)} (median of ${pairs.length} adjacent pairs, ${range(pairs, 3)})`,
        `p50 one at a time bundle/tsx = ${(median(times.bundle) / median(times.tsx)).toFixed(3)}`,
        'Same subgraph process (identity, bundled) behind both; start = spawn to "gateway ready" (the bundle started after the tsx one, on a warm disk cache).',
      ],
    };
  } finally {
    await tsxGateway?.stop().catch(() => {});
    await stack?.stop().catch(() => {});
    await estate?.drop().catch(() => {});
  }
}

export const bundled: Benchmark = { name: 'bundled', onlyWhenNamed: true, run: measure };
