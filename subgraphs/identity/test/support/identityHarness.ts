/**
 * A real identity subgraph for tests: a fresh central database, two provisioned schools, users,
 * and the subgraph listening on a free port. Requests carry a context signed with the internal
 * key, exactly as the gateway sends it.
 */
import { randomBytes } from 'node:crypto';
import { applyMigrations, provisionSchool, type ProvisionedSchool } from '@syncad/migrations';
import { central, createCentralDb, type CentralDbHandle } from '@syncad/shared-db';
import {
  INTERNAL_CONTEXT_HEADER,
  signInternalContext,
  verifyAccessToken,
  type Caller,
  type InternalContext,
  type ListeningSubgraph,
  listenSubgraph,
} from '@syncad/subgraph-kit';
import { adminUrlFrom, createTestDatabase, dropDatabase, type TestDatabase } from '@syncad/test-support';
import { identityContextFactory } from '../../src/context';
import { identityConfig } from '../../src/identityConfig';
import { buildIdentityServer } from '../../src/server';
import { passwords } from '../../src/services/passwords';

export const PASSWORD = 'correct horse battery';

export interface GraphQLResponse {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** How a request proves it came through the gateway: a context to sign, a raw header, or nothing. */
export type Via = InternalContext | { header: string } | 'none';

export interface IdentityHarness {
  jwtSecret: string;
  internalKey: string;
  centralDb: CentralDbHandle;
  schoolA: ProvisionedSchool;
  schoolB: ProvisionedSchool;
  subgraph: ListeningSubgraph;
  /** Inserts a user with PASSWORD and a role in the school (by role name). */
  addUser(school: ProvisionedSchool, user: { email?: string; phone?: string; firstName?: string; role: string }): Promise<string>;
  request(query: string, variables?: Record<string, unknown>, via?: Via): Promise<GraphQLResponse>;
  /** Logs in through the subgraph and returns the caller its access token names (what the gateway would forward). */
  loginAs(login: string, school?: string): Promise<Caller>;
  as(caller: Caller): InternalContext;
  close(): Promise<void>;
}

export async function startIdentityHarness(prefix: string): Promise<IdentityHarness> {
  const jwtSecret = randomBytes(32).toString('hex');
  const internalKey = randomBytes(32).toString('hex');
  const db: TestDatabase = await createTestDatabase(prefix);
  await applyMigrations(db.url, 'central');
  const config = { centralUrl: db.url, servers: { default: db.url } };
  const suffix = randomBytes(3).toString('hex');
  const schoolA = await provisionSchool(config, { name: 'Green Valley', subdomain: `green-${suffix}` });
  const schoolB = await provisionSchool(config, { name: 'Blue Hill', subdomain: `blue-${suffix}` });
  const centralDb = createCentralDb(db.url, 5);
  const subgraph = await listenSubgraph(buildIdentityServer(), {
    port: 0,
    internalKey,
    createContext: identityContextFactory(centralDb.db, identityConfig(jwtSecret)),
  });

  const harness: IdentityHarness = {
    jwtSecret,
    internalKey,
    centralDb,
    schoolA,
    schoolB,
    subgraph,
    async addUser(school, user) {
      const passwordHash = await passwords.hash(PASSWORD);
      const [row] = await centralDb.db
        .insert(central.User)
        .values({ email: user.email ?? null, phone: user.phone ?? null, firstName: user.firstName ?? 'Test', passwordHash })
        .returning({ id: central.User.id });
      await centralDb.db
        .insert(central.EmployeeUserSchool)
        .values({ userId: row.id, schoolId: school.id, roleId: school.roles[user.role] });
      return row.id;
    },
    async request(query, variables = {}, via = { caller: null, hostSchool: null }) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (via !== 'none') headers[INTERNAL_CONTEXT_HEADER] = 'header' in via ? via.header : signInternalContext(via, internalKey);
      const res = await fetch(subgraph.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return { status: res.status, body: (await res.json()) as GraphQLResponse['body'] };
    },
    async loginAs(login, school) {
      const res = await harness.request(
        'mutation($login: String!, $password: String!, $school: String) { login(login: $login, password: $password, school: $school) { accessToken } }',
        { login, password: PASSWORD, school },
      );
      if (!res.body.data?.login) throw new Error(`login as ${login} failed: ${JSON.stringify(res.body.errors)}`);
      return verifyAccessToken(res.body.data.login.accessToken, jwtSecret);
    },
    as: (caller) => ({ caller, hostSchool: null }),
    async close() {
      await subgraph.stop();
      await centralDb.close();
      for (const s of [schoolA, schoolB]) await dropDatabase(s.databaseName, adminUrlFrom(db.url));
      await db.drop();
    },
  };
  return harness;
}
