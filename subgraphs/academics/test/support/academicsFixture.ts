/**
 * One academics subgraph on port 0 over a real estate: a migrated central database with one
 * School row, and that school's own migrated database. Requests carry a context signed exactly
 * as the gateway signs it. A pg hook counts the SQL statements sent to the school database.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { applyMigrations } from '@syncad/migrations';
import { central, createCentralDb, SchoolDatabases, type CentralDbHandle } from '@syncad/shared-db';
import { INTERNAL_CONTEXT_HEADER, listenSubgraph, signInternalContext, type Caller, type ListeningSubgraph } from '@syncad/subgraph-kit';
import { createTestDatabase, testAdminUrl, type TestDatabase } from '@syncad/test-support';
import pg from 'pg';
import { buildAcademicsServer, createAcademicsContext } from '../../src/server';

export interface GraphqlAnswer {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

export interface AcademicsFixture {
  url: string;
  schoolId: string;
  schoolDbUrl: string;
  internalKey: string;
  admin: Caller;
  /** A staff or student caller of this school. */
  caller(overrides?: Partial<Caller>): Caller;
  /** POSTs an operation as `caller` (null: no signed header at all). */
  gql(caller: Caller | null, query: string, variables?: Record<string, unknown>): Promise<GraphqlAnswer>;
  /** Like gql, but fails the test on any error and returns data. */
  ok(caller: Caller, query: string, variables?: Record<string, unknown>): Promise<any>;
  /** Runs SQL on the school database directly (seeding, checking). */
  sql(text: string, params?: unknown[]): Promise<pg.QueryResult>;
  /** The statements `work` sent to the school database, in order. */
  statements(work: () => Promise<unknown>): Promise<string[]>;
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
  const [school] = await handle.db
    .insert(central.School)
    .values({ name: `Academics ${prefix}`, databaseName: schoolDb.name, subdomain: `a${randomBytes(5).toString('hex')}` })
    .returning({ id: central.School.id });
  const schools = new SchoolDatabases({
    central: handle.db,
    servers: { default: adminUrl },
    limits: { maxOpenPools: 4, maxTotalConnections: 40, maxConnectionsPerPool: 10, idleMillis: 60_000, acquireTimeoutMillis: 5_000, statementTimeoutMillis: 15_000 },
  });
  const internalKey = randomBytes(32).toString('hex');
  const subgraph: ListeningSubgraph = await listenSubgraph(buildAcademicsServer(), {
    port: 0,
    internalKey,
    createContext: createAcademicsContext(schools),
  });

  // The statement hook: every query a pg client sends to the school database is recorded.
  let recording: string[] | null = null;
  const originalQuery = pg.Client.prototype.query as unknown as QueryFn;
  (pg.Client.prototype as unknown as { query: QueryFn }).query = function (this: pg.Client, ...args: unknown[]) {
    const database = (this as unknown as { connectionParameters: { database: string } }).connectionParameters.database;
    if (recording && database === schoolDb.name) {
      const q = args[0] as string | { text: string };
      recording.push(typeof q === 'string' ? q : q.text);
    }
    return originalQuery.apply(this, args);
  };

  const direct = new pg.Pool({ connectionString: schoolDb.url, max: 2 });
  const caller = (overrides: Partial<Caller> = {}): Caller => ({
    userId: randomUUID(),
    sessionId: randomUUID(),
    schoolId: school.id,
    roleId: randomUUID(),
    roleName: 'SCHOOL_ADMIN',
    selfScoped: false,
    ...overrides,
  });
  const admin = caller();

  const gql: AcademicsFixture['gql'] = async (who, query, variables) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (who) headers[INTERNAL_CONTEXT_HEADER] = signInternalContext({ caller: who, hostSchool: null }, internalKey);
    const res = await fetch(subgraph.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return { status: res.status, body: (await res.json()) as GraphqlAnswer['body'] };
  };

  return {
    url: subgraph.url,
    schoolId: school.id,
    schoolDbUrl: schoolDb.url,
    internalKey,
    admin,
    caller,
    gql,
    async ok(who, query, variables) {
      const answer = await gql(who, query, variables);
      if (answer.body.errors) throw new Error(`unexpected errors: ${JSON.stringify(answer.body.errors)}`);
      return answer.body.data;
    },
    sql: (text, params) => direct.query(text, params as unknown[]),
    async statements(work) {
      recording = [];
      try {
        await work();
        return recording;
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
