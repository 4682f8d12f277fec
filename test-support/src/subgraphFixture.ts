/**
 * One call gives a subgraph's tests everything they need, through the real gateway: an estate
 * (a central database and provisioned schools with the built-in roles), the named subgraphs and
 * the gateway on free ports, signed-in members of any role, direct SQL on the school databases,
 * and a recorder of the SQL statements a request sends (subgraphs run in this process).
 */
import { randomUUID } from 'node:crypto';
import { central, createCentralDb } from '@syncad/shared-db';
import { INTERNAL_CONTEXT_HEADER, signInternalContext, type Caller, type Logger } from '@syncad/platform';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { GATEWAY_APPLICATION_NAME, type GatewayConfig } from '@syncad/gateway';
import { createTestEstate, type EstateSchool, type TestEstate } from './estate';
import { GlobalIdKeys } from './globalIdKeys';
import { signIn, type SignedIn } from './sessions';
import { startStack, type Stack } from './stack';
import { postJson, type HttpAnswer } from './stackHttp';
import { databaseUrl, testAdminUrl } from './testDatabase';

export interface Member extends SignedIn {
  email: string;
}

export interface MemberOptions {
  /** The school (default: the fixture's first school). */
  school?: EstateSchool;
  /** false makes the membership inactive. */
  active?: boolean;
  email?: string;
  phone?: string;
}

export interface SubgraphFixture {
  estate: TestEstate;
  stack: Stack;
  /** The school tests work in, and a second one (for tenant isolation). */
  school: EstateSchool;
  other: EstateSchool;
  /** The school's SCHOOL_ADMIN, signed in. */
  admin: Member;
  /** A new central user holding `roleName` in the school, signed in (their password is estate.password). */
  member(roleName: string, options?: MemberOptions): Promise<Member>;
  /** POSTs an operation to the gateway as `who` (null: no token); `headers` may set Host. */
  gql(who: SignedIn | null, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<HttpAnswer>;
  /**
   * POSTs straight to a subgraph, bypassing the gateway, with the internal context the gateway
   * would sign for `caller` (null: a public request; 'unsigned': no context header at all).
   */
  direct(subgraph: string, caller: Caller | null | 'unsigned', query: string, variables?: Record<string, unknown>): Promise<HttpAnswer>;
  /** Like gql, but fails on any error and returns data. */
  ok(who: SignedIn, query: string, variables?: Record<string, unknown>): Promise<any>;
  /** SQL on a school's database (default: the fixture's school); a global id among the parameters is its plain key. */
  sql(text: string, params?: unknown[], school?: EstateSchool): Promise<pg.QueryResult>;
  /** The plain key (the database's id) of a global id the API gave; anything else unchanged. */
  keyOf(globalId: string): string;
  /** The global id the API gives the `type` record with plain key `key` (default: in the fixture's school). */
  globalId(type: string, key: string, school?: EstateSchool): string;
  /** SQL on the central database (global ids among the parameters as in `sql`). */
  centralSql(text: string, params?: unknown[]): Promise<pg.QueryResult>;
  /** The statements the subgraphs sent to the school's database (or the central one) during `work`, in order (not the gateway's own). */
  statements(work: () => Promise<unknown>, database?: 'school' | 'central'): Promise<string[]>;
  close(): Promise<void>;
}

type QueryFn = (...args: unknown[]) => unknown;

export interface FixtureOptions {
  /** Schools in the estate (at least 2, the default). */
  schools?: number;
  /** The estate's user per built-in role in each school (default true); the fixture's own admin is made either way. */
  estateUsers?: boolean;
  /** Gateway settings beyond the stack's own (e.g. trustedProxies). */
  gateway?: Partial<GatewayConfig>;
  /** Each service's logger, by service name (default: no logs). */
  logger?: (service: string) => Logger;
}

/** Starts `subgraphs` (folder names; all by default) behind a real gateway over a fresh estate. */
export async function startSubgraphFixture(subgraphs?: string[], options: FixtureOptions = {}): Promise<SubgraphFixture> {
  const estate = await createTestEstate({ schools: Math.max(2, options.schools ?? 2), users: options.estateUsers });
  const pools = new Map<string, pg.Pool>();
  const poolFor = (url: string) => {
    let pool = pools.get(url);
    if (!pool) {
      pool = new pg.Pool({ connectionString: url, max: 2 });
      pool.on('error', () => {});
      pools.set(url, pool);
    }
    return pool;
  };
  let stack: Stack | undefined;
  let restoreQuery: (() => void) | undefined;
  const close = async () => {
    restoreQuery?.();
    await stack?.stop();
    await Promise.all([...pools.values()].map((p) => p.end()));
    await estate.drop();
  };
  try {
    stack = await startStack(estate, { ...(subgraphs ? { subgraphs } : {}), gateway: options.gateway, logger: options.logger });
    const [school, other] = estate.schools;
    const jwtSecret = stack.jwtSecret;
    const centralHandle = createCentralDb(estate.centralUrl, 2);
    pools.set('central-drizzle', centralHandle.pool);

    const member: SubgraphFixture['member'] = async (roleName, opts = {}) => {
      const at = opts.school ?? school;
      const roleId = at.roles[roleName];
      if (!roleId) throw new Error(`no role ${roleName} in school ${at.subdomain}`);
      const email = opts.email ?? `${randomUUID()}@fixture.test`;
      const [user] = await centralHandle.db
        .insert(central.User)
        .values({ email, phone: opts.phone ?? null, passwordHash: estate.passwordHash, firstName: roleName, lastName: 'Fixture' })
        .returning({ id: central.User.id });
      await centralHandle.db
        .insert(central.EmployeeUserSchool)
        .values({ userId: user.id, schoolId: at.id, roleId, isActive: opts.active ?? true });
      const [role] = await centralHandle.db
        .select({ selfScoped: central.Role.isSelfScoped })
        .from(central.Role)
        .where(eq(central.Role.id, roleId));
      const signedIn = await signIn(
        estate.centralUrl,
        { userId: user.id, schoolId: at.id, roleId, roleName, selfScoped: role.selfScoped },
        jwtSecret,
      );
      return { ...signedIn, email };
    };

    const gql: SubgraphFixture['gql'] = (who, query, variables, headers = {}) => stack!.graphql(query, variables, who?.token, headers);

    // The statement recorder: while recording, every query a pg client of this process sends to the chosen database is kept.
    let recording: { database: string; texts: string[] } | null = null;
    const originalQuery = pg.Client.prototype.query as unknown as QueryFn;
    (pg.Client.prototype as unknown as { query: QueryFn }).query = function (this: pg.Client, ...args: unknown[]) {
      const { database, application_name: service } = (
        this as unknown as { connectionParameters: { database: string; application_name?: string } }
      ).connectionParameters;
      if (recording && database === recording.database && service !== GATEWAY_APPLICATION_NAME) {
        const q = args[0] as string | { text: string };
        recording.texts.push(typeof q === 'string' ? q : q.text);
      }
      return originalQuery.apply(this, args);
    };
    restoreQuery = () => {
      (pg.Client.prototype as unknown as { query: QueryFn }).query = originalQuery;
    };
    const centralName = new URL(estate.centralUrl).pathname.slice(1);
    const keys = new GlobalIdKeys(
      stack.internalKey,
      estate.schools.map((s) => s.id),
    );

    return {
      estate,
      stack,
      school,
      other,
      admin: await member('SCHOOL_ADMIN'),
      member,
      gql,
      direct(name, caller, query, variables) {
        const url = stack!.subgraphUrls[name];
        if (!url) throw new Error(`subgraph ${name} is not running in this fixture`);
        const headers: Record<string, string> =
          caller === 'unsigned' ? {} : { [INTERNAL_CONTEXT_HEADER]: signInternalContext({ caller, hostSchool: null }, stack!.internalKey) };
        return postJson(url, { query, variables }, headers);
      },
      async ok(who, query, variables) {
        const answer = await gql(who, query, variables);
        if (answer.body?.errors || answer.status !== 200)
          throw new Error(`unexpected answer ${answer.status}: ${JSON.stringify(answer.body)}`);
        return answer.body.data;
      },
      sql: (text, params, at = school) => poolFor(databaseUrl(testAdminUrl(), at.databaseName)).query(text, keys.params(params)),
      keyOf: (globalId) => keys.keyOf(globalId),
      globalId: (type, key, at = school) => keys.globalId(type, key, at.id),
      centralSql: (text, params) => poolFor(estate.centralUrl).query(text, keys.params(params)),
      async statements(work, database = 'school') {
        const texts: string[] = [];
        recording = { database: database === 'school' ? school.databaseName : centralName, texts };
        try {
          await work();
          return texts;
        } finally {
          recording = null;
        }
      },
      close,
    };
  } catch (err) {
    await close().catch(() => {});
    throw err;
  }
}
