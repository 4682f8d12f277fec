/**
 * PostgreSQL faults with real processes over PostgreSQL servers this test owns (embedded, so it
 * can halt and resume them): the server restarted under load answers TENANT_UNAVAILABLE while
 * down and serves again afterwards with the same processes and working pools; one school's
 * database dropped, or on a second server that goes down, fails only that school.
 */
import { provisionSchool } from '@syncad/migrations';
import { central, createCentralDb } from '@syncad/shared-db';
import {
  adminQuery,
  createTestEstate,
  signIn,
  startEmbeddedPostgres,
  startProcessStack,
  type EmbeddedServer,
  type HttpAnswer,
  type ProcessStack,
  type TestEstate,
} from '@syncad/test-support';
import { waitFor } from './waitFor';

const DASHBOARD = 'query Dashboard { me { email } students(first: 1) { totalCount } }';

let server: EmbeddedServer;
let second: EmbeddedServer;
let estate: TestEstate;
let stack: ProcessStack;
const tokens: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };

/** School C: its database on the second server, with a SCHOOL_ADMIN signed in. */
async function schoolOnSecondServer(): Promise<{ userId: string; schoolId: string; roleId: string }> {
  estate.dbConfig.servers.second = second.adminUrl;
  const school = await provisionSchool(estate.dbConfig, {
    name: 'Second Server School',
    subdomain: `c${Date.now().toString(36)}`,
    dbServer: 'second',
  });
  const handle = createCentralDb(estate.centralUrl, 1);
  try {
    const [user] = await handle.db
      .insert(central.User)
      .values({ email: `admin@${school.subdomain}.test`, passwordHash: estate.passwordHash, firstName: 'C', lastName: 'Admin' })
      .returning({ id: central.User.id });
    await handle.db.insert(central.EmployeeUserSchool).values({ userId: user.id, schoolId: school.id, roleId: school.roles.SCHOOL_ADMIN });
    return { userId: user.id, schoolId: school.id, roleId: school.roles.SCHOOL_ADMIN };
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  [server, second] = await Promise.all([startEmbeddedPostgres(), startEmbeddedPostgres()]);
  estate = await createTestEstate({ schools: 2, adminUrl: server.adminUrl });
  const c = await schoolOnSecondServer();
  // Default time limits: the subgraphs' database timeouts (3 s) come before the gateway's (5 s).
  stack = await startProcessStack(estate, { subgraphs: ['identity', 'academics'] });
  const [a, b] = estate.schools;
  tokens.a = await stack.login(a.users.SCHOOL_ADMIN.email, estate.password, a.subdomain);
  tokens.b = await stack.login(b.users.SCHOOL_ADMIN.email, estate.password, b.subdomain);
  tokens.c = (await signIn(estate.centralUrl, { ...c, roleName: 'SCHOOL_ADMIN', selfScoped: false }, stack.jwtSecret)).token;
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await Promise.all([server?.stop(), second?.stop()]);
});

const dashboard = (school: keyof typeof tokens) => stack.graphql(DASHBOARD, undefined, tokens[school]);
const codes = (answer: HttpAnswer): string[] =>
  (answer.body?.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
const served = (answer: HttpAnswer) => answer.status === 200 && !answer.body.errors && answer.body.data.students.totalCount === 0;

/** The answer of a school whose database is unavailable: its students are null with TENANT_UNAVAILABLE, `me` still answers. */
function expectSchoolUnavailable(answer: HttpAnswer): void {
  expect(answer.status).toBe(200);
  expect(answer.body.data.students).toBeNull();
  expect(typeof answer.body.data.me.email).toBe('string');
  expect(codes(answer)).toEqual(['TENANT_UNAVAILABLE']);
}

test('PostgreSQL restarted under load: TENANT_UNAVAILABLE while down (never a 500), served again right after, same processes, working pools', async () => {
  const pids = Object.fromEntries(Object.entries(stack.services).map(([name, s]) => [name, s.pid]));
  for (const school of ['a', 'b', 'c'] as const) expect(served(await dashboard(school))).toBe(true);

  const answers: Array<{ at: number; status: number; codes: string[]; requestId: string }> = [];
  let running = true;
  const worker = async () => {
    while (running) {
      const answer = await dashboard('a');
      answers.push({ at: Date.now(), status: answer.status, codes: codes(answer), requestId: String(answer.headers['x-request-id']) });
    }
  };
  const workers = Array.from({ length: 4 }, worker);
  await waitFor(() => answers.length >= 20, 10_000);

  const haltedAt = Date.now();
  await server.halt();
  // Down for a while: the session and permission caches (2 s, 3 s) run out, every path meets the outage.
  await new Promise((r) => setTimeout(r, 4_000));
  const resumedAt = Date.now();
  await server.resume();
  const recovery = await waitFor(async () => served(await dashboard('a')), 10_000, 50);
  const recoveredAt = Date.now();
  console.log(
    `PostgreSQL restart under load: ${answers.length} answers before recovery; served again ${recovery} ms after the server accepted connections`,
  );
  await new Promise((r) => setTimeout(r, 1_000));
  running = false;
  await Promise.all(workers);

  // Every answer was served, or refused with TENANT_UNAVAILABLE only (HTTP 200 field errors, or 503 from the gateway's own checks).
  const unexpected = answers.filter(
    (a) =>
      !(a.codes.length === 0 && a.status === 200) && !(a.codes.every((c) => c === 'TENANT_UNAVAILABLE') && [200, 503].includes(a.status)),
  );
  const linesOf = (some: typeof answers) => stack.logs().filter((l) => some.some((a) => a.requestId === l.requestId));
  if (unexpected.length) console.log(JSON.stringify(linesOf(unexpected)));
  expect(unexpected).toEqual([]);
  const whileDown = answers.filter((a) => a.at > haltedAt + 2_500 && a.at < resumedAt);
  expect(whileDown.length).toBeGreaterThan(0);
  expect(whileDown.every((a) => a.codes.includes('TENANT_UNAVAILABLE'))).toBe(true);
  expect(whileDown.some((a) => a.status === 503)).toBe(true);
  const late = answers.filter((a) => a.at > recoveredAt + 200 && a.codes.length > 0);
  if (late.length) console.log(JSON.stringify(late.map((a) => ({ ...a, after: a.at - recoveredAt }))), JSON.stringify(linesOf(late)));
  expect(late).toEqual([]);
  expect(recovery).toBeLessThan(5_000);

  // No process was restarted, and the pools serve a burst larger than a pool.
  for (const [name, s] of Object.entries(stack.services)) expect(s.pid).toBe(pids[name]);
  const burst = await Promise.all(Array.from({ length: 24 }, (_, i) => dashboard(i % 2 ? 'a' : 'b')));
  expect(burst.filter((a) => !served(a))).toEqual([]);
  // The operator saw it: the subgraphs logged the outage with request ids, never as internal errors.
  const logs = stack.logs();
  expect(logs.some((l) => l.level === 'warn' && l.code === 'TENANT_UNAVAILABLE' && typeof l.requestId === 'string')).toBe(true);
  expect(logs.filter((l) => l.level === 'error')).toEqual([]);
}, 90_000);

test("one school's database dropped: only that school's requests fail, with TENANT_UNAVAILABLE", async () => {
  const [, b] = estate.schools;
  await adminQuery(`DROP DATABASE "${b.databaseName}" WITH (FORCE)`, server.adminUrl);
  for (let i = 0; i < 3; i++) {
    expectSchoolUnavailable(await dashboard('b'));
    expect(served(await dashboard('a'))).toBe(true);
    expect(served(await dashboard('c'))).toBe(true);
  }
});

test('a second PostgreSQL server down: only its school fails; back when it is', async () => {
  await second.halt();
  try {
    for (let i = 0; i < 3; i++) {
      expectSchoolUnavailable(await dashboard('c'));
      expect(served(await dashboard('a'))).toBe(true);
    }
  } finally {
    await second.resume();
  }
  expect(await waitFor(async () => served(await dashboard('c')), 5_000, 50)).toBeLessThan(5_000);
  expect(stack.logs().filter((l) => l.level === 'error')).toEqual([]);
}, 30_000);
