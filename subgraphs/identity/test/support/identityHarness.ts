/**
 * The identity subgraph behind the real gateway (test-support's one-call fixture) over two
 * provisioned schools that start with no users but the fixture's admin of school A. Requests go
 * through the gateway with the caller's access token; `direct` reaches the subgraph itself.
 */
import { central, createCentralDb, type CentralDbHandle } from '@syncad/shared-db';
import { verifyAccessToken } from '@syncad/platform';
import {
  ESTATE_PASSWORD,
  startSubgraphFixture,
  type EstateSchool,
  type HttpAnswer,
  type SignedIn,
  type SubgraphFixture,
} from '@syncad/test-support';

export const PASSWORD = ESTATE_PASSWORD;

/** Who a request is sent as: a signed-in caller (its token), or nobody from a Host (naming a school) and a client address. */
export type Via = SignedIn | { host?: string; address?: string; userAgent?: string };

export interface IdentityHarness {
  fixture: SubgraphFixture;
  jwtSecret: string;
  centralDb: CentralDbHandle;
  schoolA: EstateSchool;
  schoolB: EstateSchool;
  /** Inserts a user with PASSWORD and a role in the school (by role name); returns the user's id. */
  addUser(school: EstateSchool, user: { email?: string; phone?: string; firstName?: string; role: string }): Promise<string>;
  /** Through the gateway, as nobody (public operations), a signed-in caller, or with a Host. */
  request(query: string, variables?: Record<string, unknown>, via?: Via): Promise<HttpAnswer>;
  /** Logs in through the gateway (from `via`'s address and device); the caller its access token names, with that token. */
  loginAs(login: string, school?: string, via?: Via): Promise<SignedIn>;
  close(): Promise<void>;
}

export async function startIdentityHarness(): Promise<IdentityHarness> {
  // Dozens of logins at once (argon2 each) on a loaded 2-core machine can outlast the gateway's 5 s
  // subgraph timeout: these tests are about the throttle, not latency.
  const fixture = await startSubgraphFixture(['identity'], {
    estateUsers: false,
    gateway: { trustedProxies: 1, subgraphLimits: { timeoutMillis: 60_000 } },
  });
  const centralDb = createCentralDb(fixture.estate.centralUrl, 3);
  const request: IdentityHarness['request'] = (query, variables = {}, via) => {
    if (via && 'token' in via) return fixture.gql(via, query, variables);
    const headers: Record<string, string> = {};
    if (via?.host) headers.host = `${via.host}.localhost`;
    // The gateway trusts one proxy here, so X-Forwarded-For plays the client's address.
    if (via?.address) headers['x-forwarded-for'] = via.address;
    if (via?.userAgent) headers['user-agent'] = via.userAgent;
    return fixture.gql(null, query, variables, headers);
  };
  return {
    fixture,
    jwtSecret: fixture.stack.jwtSecret,
    centralDb,
    schoolA: fixture.school,
    schoolB: fixture.other,
    async addUser(school, user) {
      const [row] = await centralDb.db
        .insert(central.User)
        .values({
          email: user.email ?? null,
          phone: user.phone ?? null,
          firstName: user.firstName ?? 'Test',
          passwordHash: fixture.estate.passwordHash,
        })
        .returning({ id: central.User.id });
      await centralDb.db
        .insert(central.EmployeeUserSchool)
        .values({ userId: row.id, schoolId: school.id, roleId: school.roles[user.role] });
      return row.id;
    },
    request,
    async loginAs(login, school, via) {
      const res = await request(
        'mutation($login: String!, $password: String!, $school: String) { login(login: $login, password: $password, school: $school) { accessToken } }',
        { login, password: PASSWORD, school },
        via,
      );
      const token = res.body?.data?.login?.accessToken;
      if (!token) throw new Error(`login as ${login} failed: ${JSON.stringify(res.body)}`);
      return { ...verifyAccessToken(token, fixture.stack.jwtSecret), token };
    },
    async close() {
      await centralDb.close();
      await fixture.close();
    },
  };
}
