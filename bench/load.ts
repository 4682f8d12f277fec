/**
 * `npm run bench -- load [--clients 200] [--schools 50] [--seconds 60]` (or BENCH_LOAD_CLIENTS,
 * BENCH_LOAD_SCHOOLS, BENCH_LOAD_SECONDS; the pools: --connections-per-school 1, --central-connections 10;
 * --patient: the test's far longer time limits, to show correctness apart from speed): clients over schools through the real gateway with
 * every service a real process, reads and writes mixed (attendance marks, leave applications,
 * payments, boarding marks; rosters, fee balances, manifests, leave lists). Prints requests/s and
 * p50/p99 by kind, failures, lost writes, each process's RSS and the peak PostgreSQL connections
 * against the configured cap. The run itself is bench/load/runLoad.ts (the test suite runs it short).
 */
import { parseArgs } from 'node:util';
import type { Benchmark, BenchmarkResult } from './Benchmark';
import { formatTable } from './formatTable';
import { PATIENT_LIMITS, runLoad, type LoadOptions, type LoadReport } from './load/runLoad';
import { WRITE_KINDS } from './load/plan';

function options(): LoadOptions {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      clients: { type: 'string' },
      schools: { type: 'string' },
      seconds: { type: 'string' },
      'connections-per-school': { type: 'string' },
      'central-connections': { type: 'string' },
      patient: { type: 'boolean' },
    },
    strict: false,
    allowPositionals: true,
  });
  const env = process.env;
  return {
    clients: Number(values.clients ?? env.BENCH_LOAD_CLIENTS ?? 200),
    schools: Number(values.schools ?? env.BENCH_LOAD_SCHOOLS ?? 50),
    seconds: Number(values.seconds ?? env.BENCH_LOAD_SECONDS ?? 60),
    ...(values['connections-per-school'] ? { connectionsPerSchool: Number(values['connections-per-school']) } : {}),
    ...(values['central-connections'] ? { centralConnections: Number(values['central-connections']) } : {}),
    ...(values.patient ? { env: PATIENT_LIMITS } : {}),
  };
}

const f1 = (n: number) => n.toFixed(1);
/** More growth than this between the middle and the last third of the run counts as memory not stable. */
const STABLE_GROWTH = 0.1;

/** The summary lines: failures, lost writes, memory, connections. */
function loadNotes(r: LoadReport): string[] {
  const sum = (of: (k: (typeof WRITE_KINDS)[number]) => number) => WRITE_KINDS.map(of).reduce((a, b) => a + b, 0);
  const ofFailed = sum((k) => r.writes[k].unacknowledgedOfFailed);
  const ofNone = sum((k) => r.writes[k].unacknowledgedUnknown);
  const notes = [
    `${r.total.requests} answers in ${f1(r.elapsedSeconds)} s = ${r.total.perSecond.toFixed(0)}/s; failures ${r.total.failures}; ` +
      `lost writes ${sum((k) => r.writes[k].lost)}, unacknowledged rows ${ofFailed} (of requests that failed) + ${ofNone} (of no request); services exited: ${r.exitedServices.join(', ') || 'none'}`,
    'writes (acknowledged calls / rows -> rows found): ' +
      WRITE_KINDS.map((k) => `${k} ${r.writes[k].acknowledgedWrites} / ${r.writes[k].acknowledgedRows} -> ${r.writes[k].rowsFound}`).join(
        ', ',
      ),
    `PostgreSQL connections to the run's databases: peak ${r.connections.peak} of cap ${r.cap.connections} (${r.connections.samples} samples, every 250 ms; server max_connections ${r.serverMaxConnections})`,
    `  cap = ${r.cap.formula}`,
    `  peak by application: ${Object.entries(r.connections.peakByApplication)
      .map(([app, n]) => `${app || '(LISTEN)'} ${n}`)
      .join(', ')}`,
    `request times in each service's log (p99 / longest ms): ` +
      Object.entries(r.serviceRequests)
        .map(([name, t]) => `${name} ${f1(t.p99)} / ${f1(t.max)} (${t.requests})`)
        .join(', '),
    `answers passed/failed by second: ${r.timeline.map((s) => `${s.passed}/${s.failed}`).join(' ')}`,
    `setup: provision ${f1(r.setupSeconds.provision)} s, seed ${f1(r.setupSeconds.seed)} s, start the processes ${f1(r.setupSeconds.start)} s` +
      (r.exhausted ? `; ${r.exhausted} writes replaced by reads (a client ran out of days or trips)` : ''),
  ];
  const growing = Object.entries(r.memory).filter(([, m]) => m.growth > STABLE_GROWTH);
  notes.push(
    `memory stable (each process's mean RSS over the last third of the run at most ${STABLE_GROWTH * 100}% above the middle third's): ` +
      (growing.length ? `no: ${growing.map(([name, m]) => `${name} +${(m.growth * 100).toFixed(1)}%`).join(', ')}` : 'yes'),
  );
  // Every fifth second of a process that grew: steady growth and a step look different.
  for (const [name, m] of growing)
    notes.push(
      `  ${name} RSS MB every 5 s: ${m.samples
        .filter((_, i) => i % 5 === 0)
        .map((mb) => mb.toFixed(0))
        .join(' ')}`,
    );
  notes.push(...Object.entries(r.failureCauses).map(([cause, n]) => `  ${n} failures: ${cause}`));
  for (const k of WRITE_KINDS) notes.push(...r.writes[k].samples.map((s) => `  ${k}: ${s}`));
  notes.push(...r.failureSamples.slice(0, 5).map((s) => `  failure: ${s}`));
  notes.push(...r.serviceErrors.map((s) => `  ${s.count} service log lines: ${s.example}`));
  return notes;
}

async function run(): Promise<BenchmarkResult> {
  const o = options();
  const r = await runLoad({ ...o, log: (line) => console.log(`  ${line}`) });
  const rows = r.kinds.map((k) => [k.kind, k.perSecond.toFixed(1), f1(k.p50), f1(k.p99), String(k.requests), String(k.failures)]);
  rows.push(['all', r.total.perSecond.toFixed(1), '', '', String(r.total.requests), String(r.total.failures)]);
  const memory = Object.entries(r.memory).map(([name, m]) => [
    name,
    f1(m.start),
    f1(m.peak),
    f1(m.end),
    f1(m.middleMean),
    f1(m.lastMean),
    `${(m.growth * 100).toFixed(1)}%`,
  ]);
  return {
    title: `Load: ${o.clients} clients over ${o.schools} schools for ${o.seconds} s, every service a process${o.env ? ' (patient time limits)' : ''}`,
    columns: ['kind', 'answers/s', 'p50 ms', 'p99 ms', 'answers', 'failures'],
    rows,
    notes: [
      ...loadNotes(r),
      '',
      formatTable(['RSS MB (1 s samples)', 'start', 'peak', 'end', 'middle third', 'last third', 'last/middle'], memory),
      '',
      'Each client is a loop of one request at a time with its own session (teachers, accountants, transport managers, admins),',
      'in a process of its own; every write makes rows no other write makes, so each acknowledged one is looked up afterwards.',
    ],
  };
}

export const load: Benchmark = { name: 'load', run, onlyWhenNamed: true };
