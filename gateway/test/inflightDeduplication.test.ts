/**
 * In-flight deduplication over the real stack: identical queries of one caller in flight together
 * reach the subgraph once and all get the same correct answer; two callers (two schools, or two
 * users of one school with different rights) never share one; mutations are never merged; and
 * SYNCAD_DEDUPE_INFLIGHT=false turns it off. A lock on the school's Student table holds the
 * subgraph's first query, so every request is in flight before any answer comes back.
 */
import pg from 'pg';
import { createLogger } from '@syncad/platform';
import { gatewayConfigFromEnv } from '@syncad/gateway';
import {
  createTestEstate,
  databaseUrl,
  startStack,
  testAdminUrl,
  type HttpAnswer,
  type Stack,
  type TestEstate,
} from '@syncad/test-support';

let estate: TestEstate;
let stack: Stack;
const subgraphLines: Array<Record<string, any>> = [];
const gatewayLines: Array<Record<string, any>> = [];
/** school index -> role -> access token */
const tokens: Array<Record<string, string>> = [];
const N = 6;

beforeAll(async () => {
  estate = await createTestEstate({ schools: 2 });
  const capture = (into: Array<Record<string, any>>) => ({ write: (line: string) => void into.push(JSON.parse(line)) });
  stack = await startStack(estate, {
    subgraphs: ['identity', 'academics'],
    logger: (service) =>
      createLogger(service, {
        destination: capture(service === 'gateway' ? gatewayLines : service === 'academics' ? subgraphLines : []),
        pretty: false,
      }),
  });
  for (const school of estate.schools) {
    const byRole: Record<string, string> = {};
    for (const role of ['SCHOOL_ADMIN', 'STUDENT'])
      byRole[role] = await stack.login(school.users[role].email, estate.password, school.subdomain);
    tokens.push(byRole);
  }
  // Three students in school 0, two in school 1: every answer says whose rows it holds.
  for (const [i, count] of [3, 2].entries()) {
    for (let n = 1; n <= count; n++) {
      const created = await stack.graphql(
        `mutation { createStudent(input: { admissionNo: "S${i}-${n}", firstName: "School${i}" }) { id } }`,
        {},
        tokens[i].SCHOOL_ADMIN,
      );
      expect(created.body.errors).toBeUndefined();
    }
  }
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await estate?.drop();
});

/**
 * The access lines of an operation's requests that really reached the subgraph: named as the
 * client named it (sent straight, rootFetches.ts) or as the planner did (`<name>__academics__0`).
 */
const requestsOf = (lines: Array<Record<string, any>>, operation: string) =>
  lines.filter((l) => l.msg === 'request' && (l.operation === operation || l.operation?.startsWith(`${operation}__`))).length;
const reachedAcademics = (operation: string) => requestsOf(subgraphLines, operation);

/**
 * Runs `send` while the Student table of each school in `schools` is locked, releasing the locks
 * once the gateway has planned `fetches` academics fetches (all of them are then in flight together).
 */
async function whileHeld(schools: number[], fetches: number, send: () => Promise<HttpAnswer[]>, on: Stack = stack): Promise<HttpAnswer[]> {
  const gates = schools.map((i) => new pg.Client({ connectionString: databaseUrl(testAdminUrl(), estate.schools[i].databaseName) }));
  try {
    for (const gate of gates) {
      gate.on('error', () => {});
      await gate.connect();
      await gate.query('BEGIN; LOCK TABLE "Student" IN ACCESS EXCLUSIVE MODE');
    }
    const planned = () => on.subgraphRequests.academics ?? 0;
    const before = planned();
    const answers = send();
    for (let tries = 0; tries < 200 && planned() - before < fetches; tries++) await new Promise((r) => setTimeout(r, 25));
    expect(planned() - before).toBe(fetches);
    // From a planned fetch to its fetcher call is a few microtasks; then let the locks go.
    await new Promise((r) => setTimeout(r, 100));
    for (const gate of gates) await gate.query('COMMIT');
    return await answers;
  } finally {
    for (const gate of gates) await gate.end();
  }
}

const roster = (operation: string) => `query ${operation} { students(first: 50) { totalCount nodes { id admissionNo firstName } } }`;
const admissionNos = (answer: HttpAnswer) => answer.body.data.students.nodes.map((n: { admissionNo: string }) => n.admissionNo).sort();

// A caller's signed context is re-signed every 30 s, so in a rare run one caller's requests
// straddle two tokens (two fetches): the counts below allow that, never a fetch per request.

test('identical queries of one caller in flight together reach the subgraph once; every caller gets the same correct answer', async () => {
  const answers = await whileHeld([0], N, () =>
    Promise.all(Array.from({ length: N }, () => stack.graphql(roster('OneCaller'), {}, tokens[0].SCHOOL_ADMIN))),
  );
  for (const answer of answers) {
    expect(answer.body.errors).toBeUndefined();
    expect(admissionNos(answer)).toEqual(['S0-1', 'S0-2', 'S0-3']);
    expect(answer.body).toEqual(answers[0].body);
  }
  const reached = reachedAcademics('OneCaller');
  expect(reached).toBeGreaterThanOrEqual(1);
  expect(reached).toBeLessThanOrEqual(2);
  // The access lines of the requests served by another's fetch say so.
  await new Promise((r) => setTimeout(r, 100));
  const shared = gatewayLines.filter((l) => l.msg === 'request' && l.operation === 'OneCaller' && l.sharedFetches);
  expect(shared).toHaveLength(N - reached);
  expect(shared[0].sharedFetches).toEqual(['academics']);
  // And the metrics count them (this is the file's first test: nothing joined before).
  const joined = await stack.gateway.metrics.registry.getSingleMetricAsString('syncad_gateway_subgraph_fetches_joined_total');
  expect(joined).toMatch(new RegExp(`^syncad_gateway_subgraph_fetches_joined_total\\{subgraph="academics"\\} ${N - reached}$`, 'm'));
});

test('two schools asking the same query at the same time never share an answer', async () => {
  const answers = await whileHeld([0, 1], 2 * N, () =>
    Promise.all(Array.from({ length: 2 * N }, (_, i) => stack.graphql(roster('TwoSchools'), {}, tokens[i % 2].SCHOOL_ADMIN))),
  );
  answers.forEach((answer, i) => {
    expect(answer.body.errors).toBeUndefined();
    expect(admissionNos(answer)).toEqual(i % 2 === 0 ? ['S0-1', 'S0-2', 'S0-3'] : ['S1-1', 'S1-2']);
  });
  const reached = reachedAcademics('TwoSchools');
  expect(reached).toBeGreaterThanOrEqual(2);
  expect(reached).toBeLessThanOrEqual(4);
});

test('two users of one school with different rights never share an answer', async () => {
  const callers = ['SCHOOL_ADMIN', 'STUDENT'] as const;
  const answers = await whileHeld([0], 2 * N, () =>
    Promise.all(Array.from({ length: 2 * N }, (_, i) => stack.graphql(roster('TwoUsers'), {}, tokens[0][callers[i % 2]]))),
  );
  answers.forEach((answer, i) => {
    expect(answer.body.errors).toBeUndefined();
    // The admin sees the school's three students; the (self-scoped) student account is linked to none.
    expect(admissionNos(answer)).toEqual(callers[i % 2] === 'SCHOOL_ADMIN' ? ['S0-1', 'S0-2', 'S0-3'] : []);
  });
  const reached = reachedAcademics('TwoUsers');
  expect(reached).toBeGreaterThanOrEqual(2);
  expect(reached).toBeLessThanOrEqual(4);
});

test('identical mutations are each sent', async () => {
  const { id } = (await stack.graphql(roster('FindOne'), {}, tokens[0].SCHOOL_ADMIN)).body.data.students.nodes[0];
  const rename = `mutation Rename($id: ID!) { updateStudent(input: { id: $id, lastName: "Same" }) { id lastName } }`;
  const answers = await whileHeld([0], N, () =>
    Promise.all(Array.from({ length: N }, () => stack.graphql(rename, { id }, tokens[0].SCHOOL_ADMIN))),
  );
  for (const answer of answers) {
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.updateStudent).toEqual({ id, lastName: 'Same' });
  }
  expect(reachedAcademics('Rename')).toBe(N);
});

test("after a caller's mutation, the same query starts a fetch of its own rather than joining one sent before it", async () => {
  const gate = new pg.Client({ connectionString: databaseUrl(testAdminUrl(), estate.schools[0].databaseName) });
  gate.on('error', () => {});
  await gate.connect();
  try {
    await gate.query('BEGIN; LOCK TABLE "Student" IN ACCESS EXCLUSIVE MODE');
    const planned = () => stack.subgraphRequests.academics ?? 0;
    const before = planned();
    const first = stack.graphql(roster('AfterWrite'), {}, tokens[0].SCHOOL_ADMIN);
    for (let tries = 0; tries < 200 && planned() - before < 1; tries++) await new Promise((r) => setTimeout(r, 25));
    // A write of the same caller (classes: not held by the lock) ends while the first query waits.
    const wrote = await stack.graphql('mutation { createClass(input: { name: "After write" }) { id } }', {}, tokens[0].SCHOOL_ADMIN);
    expect(wrote.body.errors).toBeUndefined();
    const second = stack.graphql(roster('AfterWrite'), {}, tokens[0].SCHOOL_ADMIN);
    for (let tries = 0; tries < 200 && planned() - before < 3; tries++) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 100));
    await gate.query('COMMIT');
    for (const answer of await Promise.all([first, second])) expect(admissionNos(answer)).toEqual(['S0-1', 'S0-2', 'S0-3']);
  } finally {
    await gate.end();
  }
  expect(reachedAcademics('AfterWrite')).toBe(2);
});

test('SYNCAD_DEDUPE_INFLIGHT=false turns it off (on by default)', async () => {
  const env = {
    DATABASE_URL: 'postgres://unused',
    SYNCAD_JWT_SECRET: 'j'.repeat(40),
    SYNCAD_INTERNAL_KEY: 'k'.repeat(40),
    SYNCAD_SUBGRAPH_URL_TEMPLATE: 'http://{name}/',
  };
  expect(gatewayConfigFromEnv(env).dedupeInflight).toBe(true);
  expect(gatewayConfigFromEnv({ ...env, SYNCAD_DEDUPE_INFLIGHT: 'false' }).dedupeInflight).toBe(false);

  const offLines: Array<Record<string, any>> = [];
  const off = await startStack(estate, {
    subgraphs: ['identity', 'academics'],
    gateway: { dedupeInflight: false },
    logger: (service) =>
      createLogger(service, {
        destination: { write: (line: string) => void (service === 'academics' && offLines.push(JSON.parse(line))) },
        pretty: false,
      }),
  });
  try {
    const school = estate.schools[0];
    const token = await off.login(school.users.SCHOOL_ADMIN.email, estate.password, school.subdomain);
    // whileHeld waits until all N are planned; without deduplication each one is also sent.
    const answers = await whileHeld([0], N, () => Promise.all(Array.from({ length: N }, () => off.graphql(roster('Off'), {}, token))), off);
    for (const answer of answers) expect(admissionNos(answer)).toEqual(['S0-1', 'S0-2', 'S0-3']);
    expect(requestsOf(offLines, 'Off')).toBe(N);
  } finally {
    await off.stop();
  }
});
