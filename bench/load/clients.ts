/**
 * The load generator, run as its own process (runClients in loadGenerator.ts forks it) so that it
 * shares no event loop with the services: every client is a loop sending one request at a time
 * with its own token, Host and bodies over a keep-alive connection, until the deadline. It answers
 * with the latencies and failures by kind and every write it attempted, acknowledged or not, by
 * the rows that write must have made (checked against the databases afterwards).
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { KINDS, MIX, type ClientPlan, type Kind, type WriteKind } from './plan';
import { STUDENTS_PER_WRITE } from './seed';
import { seededRandom } from '../seededRandom';

export interface ClientsJob {
  url: string;
  seconds: number;
  /** The clients start one after the other over this long (users do not all arrive in one millisecond). */
  rampSeconds: number;
  /** Names this run's leave reasons and idempotency keys. */
  runId: string;
  /** The schools' today (all of them share the default time zone). */
  today: string;
  clients: ClientPlan[];
}

export interface WriteAttempt {
  school: number;
  kind: WriteKind;
  /** The rows it makes, as verifyWrites names them. */
  rows: string[];
  acknowledged: boolean;
}

export interface ClientsResult {
  elapsedSeconds: number;
  /** Latencies (ms) of the answers that passed, and the number that failed, by kind. */
  kinds: Record<Kind, { latencies: number[]; failures: number }>;
  /** The first few failures, described. */
  failureSamples: string[];
  /** Failures by cause (HTTP status, error code and message). */
  failureCauses: Record<string, number>;
  writes: WriteAttempt[];
  /** Writes a client could not make any more (it ran out of days or trips) and replaced by another kind. */
  exhausted: number;
  /** Answers that passed and failures, by second of the run (a warm-up or a collapse shows here). */
  timeline: Array<{ passed: number; failed: number }>;
}

const MUTATIONS = {
  attendance: `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { marked } }`,
  leave: `mutation($i: ApplyForLeaveInput!) { applyForLeave(input: $i) { id status } }`,
  payment: `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { voucherNo balanceAfter } }`,
  boarding: `mutation($i: MarkStopStudentsInput!) { markStopStudents(input: $i) { marked } }`,
};
const QUERIES = {
  roster: `query($c: ID!, $d: Date!) { classRoster(classId: $c) { id fullName rollNo attendanceOn(date: $d) { status } } }`,
  feeBalances: `query($c: ID!) { classRoster(classId: $c) { id admissionNo feeBalance } }`,
  manifest: `query($t: ID!) { trip(id: $t) { status manifest { expectedCount boardedCount notMarkedCount stops { stop { name } expected { student { fullName } boarding { status } } } } } }`,
  leaveList: `query($s: ID) { leaveApplications(studentId: $s, first: 20) { totalCount nodes { id fromDate status } } }`,
};
const STATUSES = ['PRESENT', 'ABSENT', 'LATE'];
/** applyForLeave accepts a start from 60 days back to 365 ahead: one single-day leave per day. */
const LEAVE_DAYS_BACK = 60;
const LEAVE_DAYS = LEAVE_DAYS_BACK + 365;
const REQUEST_TIMEOUT_MILLIS = 60_000;
/** A payment whose answer was lost is sent again with its key, at most this often. */
const PAYMENT_RETRIES = 2;

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

interface Operation {
  kind: Kind;
  body: string;
  /** Whether the answer's data is what this request must get. */
  check(data: any): boolean;
  write?: { kind: WriteKind; rows: string[] };
}

/** One client's next requests: its writes walk through what it owns, never repeating a row. */
class Client {
  private readonly pick: () => number;
  private readonly chunks: number;
  private attendanceDay = 0;
  private leaveDay = 0;
  private payments = 0;
  private boardings = 0;
  exhausted = 0;

  constructor(
    readonly plan: ClientPlan,
    private readonly job: ClientsJob,
  ) {
    // Seeded: each client's choice of kinds is reproducible.
    this.pick = seededRandom(plan.index + 1);
    this.chunks = Math.floor(plan.riders.length / STUDENTS_PER_WRITE);
  }

  next(): Operation {
    const mix = Object.entries(MIX[this.plan.role]) as Array<[Kind, number]>;
    let r = this.pick() * mix.reduce((sum, [, w]) => sum + w, 0);
    const chosen = mix.find(([, w]) => (r -= w) < 0)?.[0] ?? mix[0][0];
    const op = this.operation(chosen);
    if (op) return op;
    this.exhausted++;
    // Out of rows of that kind: a read of the role instead.
    return this.operation(mix.map(([k]) => k).find((k) => k in QUERIES)!)!;
  }

  private operation(kind: Kind): Operation | null {
    const p = this.plan;
    const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
    switch (kind) {
      case 'attendance': {
        if (this.attendanceDay > p.attendanceDays) return null;
        const date = addDays(this.job.today, -this.attendanceDay++);
        const entries = p.attendanceStudents.map((studentId, i) => ({ studentId, status: STATUSES[(i + this.attendanceDay) % 3] }));
        return {
          kind,
          body: body(MUTATIONS.attendance, { i: { classId: p.classId, date, entries } }),
          check: (d) => d.markAttendance?.marked === entries.length,
          write: { kind, rows: entries.map((e) => `${e.studentId}|${date}|${e.status}`) },
        };
      }
      case 'leave': {
        if (this.leaveDay >= LEAVE_DAYS) return null;
        const day = addDays(this.job.today, this.leaveDay++ - LEAVE_DAYS_BACK);
        const reason = `load ${this.job.runId} client ${p.index} leave ${this.leaveDay}`;
        return {
          kind,
          body: body(MUTATIONS.leave, { i: { studentId: p.leaveStudent, fromDate: day, toDate: day, reason } }),
          check: (d) => typeof d.applyForLeave?.id === 'string' && d.applyForLeave.status === 'PENDING',
          write: { kind, rows: [`${p.leaveStudent}|${day}|${reason}`] },
        };
      }
      case 'payment': {
        const n = ++this.payments;
        const idempotencyKey = `load-${this.job.runId}-${p.index}-${n}`;
        const amount = `${1 + (n % 50)}.${String(n % 100).padStart(2, '0')}`;
        return {
          kind,
          body: body(MUTATIONS.payment, { i: { studentId: p.payer, amount, mode: n % 2 ? 'CASH' : 'BANK', idempotencyKey } }),
          check: (d) => typeof d.recordPayment?.voucherNo === 'string',
          write: { kind, rows: [`${idempotencyKey}|${p.payer}|${amount}`] },
        };
      }
      case 'boarding': {
        const trip = p.trips[Math.floor(this.boardings / this.chunks)];
        if (!trip) return null;
        const chunk = this.boardings++ % this.chunks;
        const students = p.riders.slice(chunk * STUDENTS_PER_WRITE, (chunk + 1) * STUDENTS_PER_WRITE);
        return {
          kind,
          body: body(MUTATIONS.boarding, {
            i: { tripId: trip, stopId: p.firstStopId, marks: students.map((studentId) => ({ studentId, status: 'BOARDED' })) },
          }),
          check: (d) => d.markStopStudents?.marked === students.length,
          write: { kind, rows: students.map((s) => `${trip}|${s}|BOARDED`) },
        };
      }
      case 'roster':
        return {
          kind,
          body: body(QUERIES.roster, { c: p.classId, d: this.job.today }),
          check: (d) => d.classRoster?.length === p.riders.length,
        };
      case 'feeBalances':
        return { kind, body: body(QUERIES.feeBalances, { c: p.classId }), check: (d) => d.classRoster?.length === p.riders.length };
      case 'manifest': {
        // The trip it boards students on now (its first before any boarding).
        const trip = p.trips[Math.min(Math.floor(this.boardings / this.chunks), p.trips.length - 1)];
        return { kind, body: body(QUERIES.manifest, { t: trip }), check: (d) => d.trip?.manifest?.expectedCount === p.riders.length };
      }
      case 'leaveList':
        return { kind, body: body(QUERIES.leaveList, { s: p.leaveStudent }), check: (d) => Array.isArray(d.leaveApplications?.nodes) };
    }
  }
}

/** POSTs `body`; resolves with the status and the text, or rejects on a connection fault or the time limit. */
function post(agent: http.Agent, url: URL, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.setTimeout(REQUEST_TIMEOUT_MILLIS, () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MILLIS} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

export async function runClientsHere(job: ClientsJob): Promise<ClientsResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const url = new URL(job.url);
  const kinds = Object.fromEntries(KINDS.map((k) => [k, { latencies: [] as number[], failures: 0 }])) as ClientsResult['kinds'];
  const failureSamples: string[] = [];
  const writes: WriteAttempt[] = [];
  const clients = job.clients.map((plan) => new Client(plan, job));
  const started = performance.now();
  const timeline: ClientsResult['timeline'] = [];
  const second = () => (timeline[Math.floor((performance.now() - started) / 1000)] ??= { passed: 0, failed: 0 });
  const failureCauses: Record<string, number> = {};
  const fail = (client: Client, op: Operation, what: string, cause: string) => {
    kinds[op.kind].failures++;
    second().failed++;
    failureCauses[cause] = (failureCauses[cause] ?? 0) + 1;
    const at = ((performance.now() - started) / 1000).toFixed(1);
    if (failureSamples.length < 20)
      failureSamples.push(`at ${at} s, client ${client.plan.index} (${client.plan.role}) ${op.kind}: ${what.slice(0, 400)}`);
  };
  const deadline = started + job.seconds * 1000;
  await Promise.all(
    clients.map(async (client, i) => {
      await new Promise((resolve) => setTimeout(resolve, (i / clients.length) * job.rampSeconds * 1000));
      const headers = { authorization: `Bearer ${client.plan.token}`, host: client.plan.host };
      while (performance.now() < deadline) {
        const op = client.next();
        let acknowledged = false;
        for (let attempt = 0; attempt <= (op.kind === 'payment' ? PAYMENT_RETRIES : 0); attempt++) {
          const sent = performance.now();
          let answer: { status: number; text: string };
          try {
            answer = await post(agent, url, op.body, headers);
          } catch (err) {
            // The payment may have been posted: the same key again must return its receipt and post nothing more.
            fail(client, op, `attempt ${attempt + 1}: ${(err as Error).message}`, (err as Error).message);
            continue;
          }
          let parsed: any = null;
          try {
            parsed = JSON.parse(answer.text);
          } catch {
            // reported below as a bad answer
          }
          if (answer.status === 200 && parsed && !parsed.errors && parsed.data && op.check(parsed.data)) {
            kinds[op.kind].latencies.push(performance.now() - sent);
            second().passed++;
            acknowledged = true;
          } else {
            const first = parsed?.errors?.[0];
            const cause = first
              ? `HTTP ${answer.status} ${first.extensions?.code} ${String(first.message).slice(0, 80)}`
              : `HTTP ${answer.status} unexpected answer`;
            fail(client, op, `HTTP ${answer.status}: ${answer.text}`, cause);
          }
          break;
        }
        if (op.write) writes.push({ school: client.plan.school, kind: op.write.kind, rows: op.write.rows, acknowledged });
      }
    }),
  );
  const elapsedSeconds = (performance.now() - started) / 1000;
  agent.destroy();
  const seconds = Array.from(timeline, (s) => s ?? { passed: 0, failed: 0 });
  return {
    elapsedSeconds,
    kinds,
    failureSamples,
    failureCauses,
    writes,
    exhausted: clients.reduce((sum, c) => sum + c.exhausted, 0),
    timeline: seconds,
  };
}

// As a forked process: one job in, one result out.
if (require.main === module) {
  process.once('message', (job: ClientsJob) => {
    runClientsHere(job).then(
      (result) => process.send!(result, () => process.exit(0)),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  });
}
