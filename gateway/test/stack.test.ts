/**
 * The real stack: every real subgraph and the gateway on port 0 over a real estate. The
 * permission matrix is derived from the composed rules, so new subgraphs' modules join it.
 */
import { createTestEstate, startStack, type HttpAnswer, type Stack, type TestEstate } from '@syncad/test-support';
import pg from 'pg';
import { expectNoLeaks, expectOneError } from '@syncad/test-support';
import { matrixOperations, type MatrixOperation } from './matrixOperations';

let estate: TestEstate;
let stack: Stack;
const tokens: Record<string, string> = {};
const answers: HttpAnswer[] = [];
let host: Record<string, string>;

async function ask(query: string, variables?: Record<string, unknown>, token?: string) {
  const answer = await stack.graphql(query, variables, token, host);
  answers.push(answer);
  return answer;
}

async function pollUntil(check: () => Promise<boolean>, seconds = 5): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not within ${seconds} s`);
}

const codes = (a: HttpAnswer): string[] => (a.body?.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code ?? '');

const LOGIN = `mutation ($login: String!, $password: String!) {
  login(login: $login, password: $password) { accessToken refreshToken }
}`;

beforeAll(async () => {
  estate = await createTestEstate({ schools: 2 });
  stack = await startStack(estate);
  host = { host: `${estate.schools[0].subdomain}.localhost` };
  for (const [role, user] of Object.entries(estate.schools[0].users)) {
    tokens[role] = await stack.login(user.email, estate.password, estate.schools[0].subdomain);
  }
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await estate?.drop();
});

afterAll(() => {
  for (const a of answers) expectNoLeaks(a);
});

async function centralQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: estate.centralUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function flagsOf(roleId: string): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: estate.centralUrl });
  return client.connect().then(async () => {
    try {
      const { rows } = await client.query(
        `SELECT m.name, p.read, p.write, p.delete FROM "Role_Module_Permission" p JOIN "Module" m ON m.id = p."moduleId" WHERE p."roleId" = $1`,
        [roleId],
      );
      return new Set(rows.flatMap((r) => ['read', 'write', 'delete'].filter((a) => r[a]).map((a) => `${r.name}:${a}`)));
    } finally {
      await client.end();
    }
  });
}

function operations(): MatrixOperation[] {
  return matrixOperations(stack.gateway.apiSchema()!, stack.gateway.rules()!);
}

describe('the real stack', () => {
  it('logs every built-in role in through the gateway and answers me', async () => {
    expect(Object.keys(tokens).sort()).toEqual([
      'ACCOUNTANT',
      'GUARDIAN',
      'LIBRARIAN',
      'SCHOOL_ADMIN',
      'STUDENT',
      'TEACHER',
      'TRANSPORT_MANAGER',
    ]);
    const me = await ask('{ me { email currentSchool { subdomain roleName } } }', undefined, tokens.TEACHER);
    expect(me.body).toEqual({
      data: {
        me: {
          email: estate.schools[0].users.TEACHER.email,
          currentSchool: { subdomain: estate.schools[0].subdomain, roleName: 'TEACHER' },
        },
      },
    });
  });

  it('a flag flipped with setRolePermission is obeyed within 5 s, both ways', async () => {
    const op =
      operations().find((o) => o.module === 'exam' && o.action === 'read') ??
      operations().find((o) => o.action === 'read' && o.module !== 'user')!;
    const flip = (read: boolean) =>
      ask(
        'mutation ($m: String!, $r: Boolean!) { setRolePermission(input: { roleName: "LIBRARIAN", module: $m, read: $r, write: false, delete: false }) { read } }',
        { m: op.module, r: read },
        tokens.SCHOOL_ADMIN,
      );
    const allowed = async () => !codes(await ask(op.query, op.variables, tokens.LIBRARIAN)).includes('FORBIDDEN');
    const before = await allowed();
    expect((await flip(!before)).body.data).toEqual({ setRolePermission: { read: !before } });
    await pollUntil(async () => (await allowed()) === !before);
    await flip(before);
    await pollUntil(async () => (await allowed()) === before);
  });

  it('school A token on school B host is refused', async () => {
    const answer = await stack.graphql('{ me { email } }', undefined, tokens.TEACHER, { host: `${estate.schools[1].subdomain}.localhost` });
    answers.push(answer);
    expectOneError(answer, 401, 'UNAUTHENTICATED');
  });

  it('logout: the access token stops working within 5 s', async () => {
    const token = await stack.login(estate.schools[0].users.LIBRARIAN.email, estate.password, estate.schools[0].subdomain);
    expect((await ask('{ me { email } }', undefined, token)).status).toBe(200);
    expect((await ask('mutation { logout }', undefined, token)).body).toEqual({ data: { logout: true } });
    await pollUntil(async () => (await ask('{ me { email } }', undefined, token)).status === 401);
    expectOneError(await ask('{ me { email } }', undefined, token), 401, 'UNAUTHENTICATED');
  });

  it('a refresh token used again after the grace window revokes the session: its access tokens stop working', async () => {
    const user = estate.schools[0].users.ACCOUNTANT;
    const first = (await ask(LOGIN, { login: user.email, password: estate.password })).body.data.login;
    const refresh = 'mutation ($t: String!) { refreshToken(token: $t) { accessToken refreshToken } }';
    const second = (await ask(refresh, { t: first.refreshToken })).body.data.refreshToken;
    expect((await ask('{ me { email } }', undefined, second.accessToken)).status).toBe(200);
    // Past the 10 s grace window (two tabs refreshing at once get the same successor within it).
    await centralQuery(`UPDATE "RefreshToken" SET "usedAt" = now() - interval '1 minute' WHERE "usedAt" IS NOT NULL`);
    const reuse = await ask(refresh, { t: first.refreshToken });
    expect(reuse.body.data ?? null).toBeNull();
    expect(codes(reuse)).toEqual(['UNAUTHENTICATED']);
    await pollUntil(async () => (await ask('{ me { email } }', undefined, second.accessToken)).status === 401);
    expectOneError(await ask('{ me { email } }', undefined, first.accessToken), 401, 'UNAUTHENTICATED');
  });

  it('a mixed operation over identity and academics lists both missing modules and calls no subgraph', async () => {
    const ops = operations().filter((o) => o.action === 'read' && !o.query.includes('$'));
    const userRead = ops.find((o) => o.module === 'user')!;
    const other = ops.find((o) => o.module !== 'user' && o.module !== 'student')!;
    const body = (q: string) => q.slice(q.indexOf('{') + 1, q.lastIndexOf('}'));
    const before = stack.subgraphRequestCount();
    const answer = await ask(`{ ${body(userRead.query)} ${body(other.query)} }`, undefined, tokens.TRANSPORT_MANAGER);
    const missing = expectOneError(answer, 403, 'FORBIDDEN').extensions.missing;
    expect(missing).toEqual([
      { module: 'user', action: 'read', paths: [userRead.field] },
      { module: other.module, action: 'read', paths: [other.field] },
    ]);
    expect(stack.subgraphRequestCount()).toBe(before);
  });

  it('permission matrix: every built-in role x every module of the composed rules, read and write', async () => {
    const ops = operations();
    const modules = new Set(ops.map((o) => o.module));
    expect([...modules]).toEqual(expect.arrayContaining(['user', 'student']));
    const outcome = await runMatrix(
      ops,
      (query, variables, role) => ask(query, variables, tokens[role]),
      (op, answer, label) => {
        const error = expectOneError(answer, 403, 'FORBIDDEN');
        expect({ label, missing: error.extensions.missing }).toEqual({
          label,
          missing: [{ module: op.module, action: op.action, paths: [op.field] }],
        });
      },
    );
    expect(outcome.allowed).toBeGreaterThan(0);
    expect(outcome.refused).toBeGreaterThan(0);
  });

  it('the same matrix in filter mode: a refused query answers null at its field with FORBIDDEN there; a refused mutation is still 403', async () => {
    const filtering = await startStack(estate, { gateway: { unauthorized: 'filter' } });
    try {
      const filterTokens: Record<string, string> = {};
      for (const [role, user] of Object.entries(estate.schools[0].users)) {
        filterTokens[role] = await filtering.login(user.email, estate.password, estate.schools[0].subdomain);
      }
      const outcome = await runMatrix(
        operations(),
        async (query, variables, role) => {
          const answer = await filtering.graphql(query, variables, filterTokens[role], host);
          answers.push(answer);
          return answer;
        },
        (op, answer, label) => {
          if (op.query.startsWith('mutation')) {
            expectOneError(answer, 403, 'FORBIDDEN');
            return;
          }
          expect({ label, status: answer.status, data: answer.body.data }).toEqual({ label, status: 200, data: { [op.field]: null } });
          expect({ label, errors: answer.body.errors }).toEqual({
            label,
            errors: [
              {
                message: `missing permission: ${op.module}:${op.action}`,
                path: [op.field],
                extensions: {
                  code: 'FORBIDDEN',
                  missing: [{ module: op.module, action: op.action, paths: [op.field] }],
                  requestId: answer.headers['x-request-id'],
                },
              },
            ],
          });
        },
      );
      expect(outcome.refused).toBeGreaterThan(0);
    } finally {
      await filtering.stop();
    }
  });
});

/** Every built-in role against every matrix operation: allowed ones must not be refused; `refused` checks the others. */
async function runMatrix(
  ops: MatrixOperation[],
  send: (query: string, variables: Record<string, unknown>, role: string) => Promise<HttpAnswer>,
  refused: (op: MatrixOperation, answer: HttpAnswer, label: string) => void,
): Promise<{ allowed: number; refused: number }> {
  const counts = { allowed: 0, refused: 0 };
  for (const [role, user] of Object.entries(estate.schools[0].users)) {
    const flags = await flagsOf(user.roleId);
    for (const op of ops) {
      const answer = await send(op.query, op.variables, role);
      const label = `${role} ${op.module}:${op.action} via ${op.field}`;
      if (flags.has(`${op.module}:${op.action}`)) {
        counts.allowed++;
        expect({
          label,
          codes: codes(answer).filter((c) => ['FORBIDDEN', 'UNAUTHENTICATED', 'INTERNAL_SERVER_ERROR'].includes(c)),
        }).toEqual({ label, codes: [] });
      } else {
        counts.refused++;
        refused(op, answer, label);
      }
    }
  }
  return counts;
}

describe('custom scalars are checked at the gateway, before any subgraph', () => {
  const classId = '00000000-0000-4000-8000-000000000001';

  it('refuses an impossible Date literal and a number where a Decimal string belongs (400)', async () => {
    for (const query of [
      `{ me { email } classRegister(classId: "${classId}", from: "2025-02-30", to: "2025-03-01") { from } }`,
      `mutation { enterMarks(input: { examId: "${classId}", entries: [{ studentId: "${classId}", marks: 44.5 }] }) { marks } }`,
    ]) {
      const before = stack.subgraphRequestCount();
      const error = expectOneError(await ask(query, undefined, tokens.SCHOOL_ADMIN), 400, 'GRAPHQL_VALIDATION_FAILED');
      expect(error.message).toMatch(/Date must be a real calendar day|Decimal must be a string/);
      expect(stack.subgraphRequestCount()).toBe(before);
    }
  });

  it('refuses an impossible Date variable with BAD_USER_INPUT (400)', async () => {
    const before = stack.subgraphRequestCount();
    const answer = await ask(
      'query ($from: Date!) { classRegister(classId: "' + classId + '", from: $from, to: "2025-03-01") { from } }',
      { from: '2025-02-30' },
      tokens.SCHOOL_ADMIN,
    );
    expectOneError(answer, 400, 'BAD_USER_INPUT');
    expect(stack.subgraphRequestCount()).toBe(before);
  });
});
