/**
 * One academics subgraph on port 0 over a real estate: a migrated central database with one
 * School row (plus a second, database-less School for "another school's user"), each with the
 * built-in roles, and the first school's own migrated database. Requests carry a context signed
 * exactly as the gateway signs it. A pg hook records the SQL statements sent to either database.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { applyMigrations, seedBuiltinRoles } from '@syncad/migrations';
import { central, createCentralDb, SchoolDatabases, type CentralDbHandle } from '@syncad/shared-db';
import { INTERNAL_CONTEXT_HEADER, listenSubgraph, signInternalContext, type Caller, type ListeningSubgraph } from '@syncad/subgraph-kit';
import { createTestDatabase, testAdminUrl, type TestDatabase } from '@syncad/test-support';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { buildAcademicsServer, createAcademicsContext } from '../../src/server';

export interface GraphqlAnswer {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

export interface AcademicsFixture {
  url: string;
  schoolId: string;
  /** Another school in the same central database (it has no school database). */
  otherSchoolId: string;
  schoolDbUrl: string;
  internalKey: string;
  /** A real SCHOOL_ADMIN member of this school. */
  admin: Caller;
  /** A signed context only: its user is no central user (for callers whose id no check reads). */
  caller(overrides?: Partial<Caller>): Caller;
  /**
   * A real central user holding `roleName` in this school (or `schoolId`), as a caller;
   * `active: false` makes the membership inactive.
   */
  member(roleName: string, options?: { schoolId?: string; active?: boolean }): Promise<Caller>;
  /** POSTs an operation as `caller` (null: no signed header at all). */
  gql(caller: Caller | null, query: string, variables?: Record<string, unknown>): Promise<GraphqlAnswer>;
  /** Like gql, but fails the test on any error and returns data. */
  ok(caller: Caller, query: string, variables?: Record<string, unknown>): Promise<any>;
  /** Runs SQL on the school database directly (seeding, checking). */
  sql(text: string, params?: unknown[]): Promise<pg.QueryResult>;
  /** The statements `work` sent to the school database (or the central one), in order. */
  statements(work: () => Promise<unknown>, database?: 'school' | 'central'): Promise<string[]>;
  close(): Promise<void>;
}

type QueryFn = (...args: unknown[]) => unknown;

export async function startAcademicsFixture(prefix: string): Promise<AcademicsFixture> {
  const adminUrl = testAdminUrl();
  const centralDb: TestDatabase = await createTestDatabase(`${prefix}_c`, adminUrl);
  const schoolDb: TestDatabase = await createTestDatabase(`${prefix}_s`, adminUrl);
  await applyMigrations(centralDb.url, 'central');
  await applyMigrations(schoolDb.url, 'school');

  const handle: CentralDbHandle = createCentralDb(centralDb.url, 2);
  const [school, otherSchool] = await handle.db
    .insert(central.School)
    .values([
      { name: `Academics ${prefix}`, databaseName: schoolDb.name, subdomain: `a${randomBytes(5).toString('hex')}` },
      { name: `Elsewhere ${prefix}`, databaseName: `${schoolDb.name}_none`, subdomain: `b${randomBytes(5).toString('hex')}` },
    ])
    .returning({ id: central.School.id });
  const roles: Record<string, Record<string, string>> = {
    [school.id]: (await seedBuiltinRoles(handle.db, school.id)).roles,
    [otherSchool.id]: (await seedBuiltinRoles(handle.db, otherSchool.id)).roles,
  };
  const schools = new SchoolDatabases({
    central: handle.db,
    servers: { default: adminUrl },
    limits: { maxOpenPools: 4, maxTotalConnections: 40, maxConnectionsPerPool: 10, idleMillis: 60_000, acquireTimeoutMillis: 5_000, statementTimeoutMillis: 15_000 },
  });
  const internalKey = randomBytes(32).toString('hex');
  const subgraph: ListeningSubgraph = await listenSubgraph(buildAcademicsServer(), {
    port: 0,
    internalKey,
    createContext: createAcademicsContext(schools, handle.db),
  });

  // The statement hook: while recording, every query a pg client sends to the chosen database is kept.
  let recording: { database: string; texts: string[] } | null = null;
  const originalQuery = pg.Client.prototype.query as unknown as QueryFn;
  (pg.Client.prototype as unknown as { query: QueryFn }).query = function (this: pg.Client, ...args: unknown[]) {
    const database = (this as unknown as { connectionParameters: { database: string } }).connectionParameters.database;
    if (recording && database === recording.database) {
      const q = args[0] as string | { text: string };
      recording.texts.push(typeof q === 'string' ? q : q.text);
    }
    return originalQuery.apply(this, args);
  };

  const direct = new pg.Pool({ connectionString: schoolDb.url, max: 2 });
  direct.on('error', () => {});
  const caller = (overrides: Partial<Caller> = {}): Caller => ({
    userId: randomUUID(),
    sessionId: randomUUID(),
    schoolId: school.id,
    roleId: randomUUID(),
    roleName: 'SCHOOL_ADMIN',
    selfScoped: false,
    ...overrides,
  });
  const member: AcademicsFixture['member'] = async (roleName, options = {}) => {
    const schoolId = options.schoolId ?? school.id;
    const roleId = roles[schoolId]?.[roleName];
    if (!roleId) throw new Error(`no role ${roleName} in school ${schoolId}`);
    const [user] = await handle.db
      .insert(central.User)
      .values({ email: `${randomUUID()}@fixture.test`, passwordHash: 'not a hash: never logs in', firstName: roleName })
      .returning({ id: central.User.id });
    await handle.db.insert(central.EmployeeUserSchool).values({ userId: user.id, schoolId, roleId, isActive: options.active ?? true });
    const [role] = await handle.db.select({ isSelfScoped: central.Role.isSelfScoped }).from(central.Role).where(eq(central.Role.id, roleId));
    return caller({ userId: user.id, schoolId, roleId, roleName, selfScoped: role.isSelfScoped });
  };
  const admin = await member('SCHOOL_ADMIN');

  const gql: AcademicsFixture['gql'] = async (who, query, variables) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (who) headers[INTERNAL_CONTEXT_HEADER] = signInternalContext({ caller: who, hostSchool: null }, internalKey);
    const res = await fetch(subgraph.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return { status: res.status, body: (await res.json()) as GraphqlAnswer['body'] };
  };

  return {
    url: subgraph.url,
    schoolId: school.id,
    otherSchoolId: otherSchool.id,
    schoolDbUrl: schoolDb.url,
    internalKey,
    admin,
    caller,
    member,
    gql,
    async ok(who, query, variables) {
      const answer = await gql(who, query, variables);
      if (answer.body.errors) throw new Error(`unexpected errors: ${JSON.stringify(answer.body.errors)}`);
      return answer.body.data;
    },
    sql: (text, params) => direct.query(text, params as unknown[]),
    async statements(work, database = 'school') {
      const texts: string[] = [];
      recording = { database: database === 'school' ? schoolDb.name : centralDb.name, texts };
      try {
        await work();
        return texts;
      } finally {
        recording = null;
      }
    },
    async close() {
      (pg.Client.prototype as unknown as { query: QueryFn }).query = originalQuery;
      await subgraph.stop();
      await schools.close();
      await direct.end();
      await handle.close();
      await schoolDb.drop();
      await centralDb.drop();
    },
  };
}
