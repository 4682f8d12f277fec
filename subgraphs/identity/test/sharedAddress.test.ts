/**
 * Sign-in at a school's shared address, through the real gateway (client addresses from
 * X-Forwarded-For, the school named by its Host): the throttle never fails internally under
 * concurrent logins; a device that signed in before is never kept out by others' failures; a
 * school's registered network is budgeted per account and device, not per address, and spraying
 * from it stays visible (recentLoginFailures, a metric per school); an unregistered address keeps
 * its budget against spraying and says so.
 */
import { central, createCentralDb } from '@syncad/shared-db';
import { like } from 'drizzle-orm';
import { ServiceMetrics, silentLogger } from '@syncad/platform';
import { identityConfig } from '../src/identityConfig';
import { loginThrottle } from '../src/modules/self/loginThrottle';
import { PASSWORD, startIdentityHarness, type IdentityHarness } from './support/identityHarness';

const LOGIN = `mutation($login: String!, $password: String!, $device: String) {
  login(login: $login, password: $password, deviceToken: $device) { accessToken deviceToken }
}`;
const REGISTER = `mutation($cidr: String!, $label: String!) { registerSchoolNetwork(input: { cidr: $cidr, label: $label }) { id cidr label } }`;
const INVALID = 'invalid login or password';

let h: IdentityHarness;
let host: string;

beforeAll(async () => {
  h = await startIdentityHarness();
  host = h.schoolA.subdomain;
});
afterAll(() => h?.close());

const login = (email: string, password: string, address: string, device?: string) =>
  h.request(LOGIN, { login: email, password, device: device ?? null }, { host, address });

const codeOf = (answer: { body: any }) => answer.body.errors?.[0]?.extensions?.code ?? (answer.body.data?.login ? 'OK' : 'NONE');

/** Failed logins of made-up accounts from `address` until its per-address budget (50) is spent. */
async function spray(address: string, count = 50): Promise<void> {
  for (let i = 0; i < count; i++) {
    const answer = await login(`nobody${i}.${address}@example.com`, 'Summer2026!', address);
    expect(answer.body.errors?.[0].message).toBe(INVALID);
  }
}

async function users(prefix: string, count: number): Promise<string[]> {
  const emails = Array.from({ length: count }, (_, i) => `${prefix}${i}@example.com`);
  for (const email of emails) await h.addUser(h.schoolA, { email, role: 'TEACHER' });
  return emails;
}

test('20 logins of one account from one address at once, 30 times over, each succeed or are throttled, never fail internally', async () => {
  const [email] = await users('racer', 1);
  const codes: string[] = [];
  for (let round = 0; round < 30; round++) {
    // A double-submitting app: the right password, all at once, from one address.
    const answers = await Promise.all(Array.from({ length: 20 }, () => login(email, PASSWORD, '10.30.0.1')));
    expect(answers.every((a) => a.status < 500)).toBe(true);
    codes.push(...answers.map(codeOf));
  }
  expect(codes.filter((c) => c !== 'OK' && c !== 'TOO_MANY_REQUESTS')).toEqual([]);
  expect(codes).toContain('OK');
}, 180_000);

test('concurrent logins of many accounts from one address never fail internally', async () => {
  const emails = await users('crowd', 20);
  for (let round = 0; round < 3; round++) {
    const answers = await Promise.all(emails.map((email, i) => login(email, i % 3 === 0 ? 'wrong' : PASSWORD, '10.31.0.1')));
    expect(answers.map(codeOf).filter((c) => !['OK', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS'].includes(c))).toEqual([]);
  }
}, 120_000);

test('after any number of failures from an address, a device that signed in before gets in at once; others are told why they wait', async () => {
  const [teacher, admin] = await users('known', 2);
  // Earlier, at home: each signs in and keeps the device token.
  const device = (await login(teacher, PASSWORD, '10.32.9.9')).body.data.login.deviceToken;
  expect(device).toMatch(/^sdt1\./);
  // At school, one lab machine sprays 50 wrong passwords at made-up accounts.
  await spray('10.32.0.1');
  const refused = await login(admin, PASSWORD, '10.32.0.1');
  expect(refused.status).toBe(429);
  expect(refused.body.errors[0].message).toMatch(/from this network address.*deviceToken.*register its network/);
  const known = await login(teacher, PASSWORD, '10.32.0.1', device);
  expect(known.body.errors).toBeUndefined();
  // The device keeps its token; another account's token is no token for this one.
  expect(known.body.data.login.deviceToken).toBe(device);
  expect(codeOf(await login(admin, PASSWORD, '10.32.0.1', device))).toBe('TOO_MANY_REQUESTS');
}, 120_000);

test("a known device is judged by its own attempts only: guesses on it wait, the owner's other device does not", async () => {
  const [email] = await users('devicebudget', 1);
  const phone = (await login(email, PASSWORD, '10.33.0.1')).body.data.login.deviceToken;
  const laptop = (await login(email, PASSWORD, '10.33.0.2')).body.data.login.deviceToken;
  expect(phone).not.toBe(laptop);
  for (let i = 0; i < 3; i++) expect(codeOf(await login(email, 'wrong', '10.33.0.1', phone))).toBe('UNAUTHENTICATED');
  // As if the phone had spent its whole budget (10 per 15 minutes): capped for the window, however
  // slowly the machine runs (the growing delays alone last only seconds).
  const phoneDevice = phone.split('.')[1];
  const capped = await h.centralDb.db
    .update(central.LoginThrottle)
    .set({ failures: 10 })
    .where(like(central.LoginThrottle.loginKey, `device:%|${phoneDevice}`))
    .returning({ key: central.LoginThrottle.loginKey });
  expect(capped).toHaveLength(1);
  expect(codeOf(await login(email, PASSWORD, '10.33.0.1', phone))).toBe('TOO_MANY_REQUESTS');
  expect(codeOf(await login(email, PASSWORD, '10.33.0.1', laptop))).toBe('OK');
});

test("from the school's registered network, 50 wrong passwords block nobody, a burst of 60 sign-ins all get in, and the spraying shows", async () => {
  const registered = await h.request(REGISTER, { cidr: '10.34.0.0/24', label: 'computer lab' }, h.fixture.admin);
  expect(registered.body.data.registerSchoolNetwork).toMatchObject({ cidr: '10.34.0.0/24', label: 'computer lab' });
  await spray('10.34.0.7');
  const emails = await users('morning', 60);
  const answers = await Promise.all(emails.map((email) => login(email, PASSWORD, '10.34.0.7')));
  expect(answers.map(codeOf)).toEqual(emails.map(() => 'OK'));
  // Only the school's own accounts are lifted: naming this school opens no spraying at another's.
  await h.addUser(h.schoolB, { email: 'elsewhere@example.com', role: 'TEACHER' });
  const outsider = await login('elsewhere@example.com', 'Summer2026!', '10.34.0.7');
  expect(outsider.body.errors[0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS' } });
  expect(outsider.body.errors[0].message).toMatch(/from this network address/);

  const failures = await h.request('{ recentLoginFailures { address failures registered } }', {}, h.fixture.admin);
  expect(failures.body.data.recentLoginFailures).toContainEqual({ address: '10.34.0.7', failures: 50, registered: true });
  const metrics = await (await fetch(new URL('metrics', h.fixture.stack.subgraphUrls.identity))).text();
  const line = metrics
    .split('\n')
    .find((l) => l.startsWith(`syncad_identity_login_failures_total{school="${h.schoolA.id}",network="registered"}`));
  expect(Number(line?.split(' ').pop())).toBeGreaterThanOrEqual(50);
}, 180_000);

test('from an unregistered address, 60 accounts at once get in when each presents its device token', async () => {
  const emails = await users('burst', 60);
  const devices = await Promise.all(
    emails.map(async (email, i) => (await login(email, PASSWORD, `10.35.1.${i + 1}`)).body.data.login.deviceToken),
  );
  await spray('10.35.0.1');
  const answers = await Promise.all(emails.map((email, i) => login(email, PASSWORD, '10.35.0.1', devices[i])));
  expect(answers.map(codeOf)).toEqual(emails.map(() => 'OK'));
}, 180_000);

describe('registering networks', () => {
  const register = (cidr: string, who = h.fixture.admin) => h.request(REGISTER, { cidr, label: 'office' }, who);

  test('ranges are validated: form, width, bits after the prefix, duplicates', async () => {
    for (const [cidr, why] of [
      ['10.0.0.0/8', /at most a \/16/],
      ['2001:db8::/16', /at most a \/32/],
      ['10.36.0.5/24', /bits set after its prefix/],
      ['10.36.0.0/33', /prefix length must be 0 to 32/],
      ['not-an-address', /address and a prefix length/],
    ] as const) {
      const answer = await register(cidr);
      expect(answer.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'cidr' } });
      expect(answer.body.errors[0].message).toMatch(why);
    }
    expect((await register('10.36.1.9')).body.data.registerSchoolNetwork.cidr).toBe('10.36.1.9/32');
    expect((await register('10.36.1.9/32')).body.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  test("only the school's admins see and change its networks; another school's is NOT_FOUND", async () => {
    const id = (await register('10.37.0.0/28')).body.data.registerSchoolNetwork.id;
    const teacher = await h.fixture.member('TEACHER');
    expect((await h.request('{ schoolNetworks { id } }', {}, teacher)).body.errors?.[0].extensions.code).toBe('FORBIDDEN');
    await h.addUser(h.schoolB, { email: 'other-admin@example.com', role: 'SCHOOL_ADMIN' });
    const otherAdmin = await h.loginAs('other-admin@example.com', h.schoolB.subdomain);
    expect(
      (await h.request('{ schoolNetworks { id } }', {}, otherAdmin)).body.data.schoolNetworks.map((n: { id: string }) => n.id),
    ).not.toContain(id);
    const remove = `mutation($id: ID!) { removeSchoolNetwork(input: { id: $id }) }`;
    expect((await h.request(remove, { id }, otherAdmin)).body.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await h.request(remove, { id }, h.fixture.admin)).body.data.removeSchoolNetwork).toBe(id);
  });
});

describe('the throttle alone, raced on real PostgreSQL with a pool as large as the race', () => {
  // The identity process's own policy.
  const { throttle: policy } = identityConfig({
    internalKey: 'k'.repeat(32),
    jwtSecret: 'j'.repeat(32),
    metrics: new ServiceMetrics('syncad_test'),
    logger: silentLogger(),
    peerUrl: () => undefined,
  });

  test('admits and forgives of one account from one address, 20 at once, 30 times over: none throws', async () => {
    const db = createCentralDb(h.fixture.estate.centralUrl, 20);
    try {
      const attempt = { account: 'user:race-direct', address: '10.38.0.1', device: null, sharedNetwork: false };
      const outcomes: string[] = [];
      for (let round = 0; round < 30; round++) {
        const results = await Promise.allSettled(
          Array.from({ length: 20 }, async () => {
            const { wait } = await loginThrottle.admit(db.db, attempt, policy);
            if (wait > 0) return 'throttled';
            await loginThrottle.forgive(db.db, attempt, policy);
            return 'admitted';
          }),
        );
        outcomes.push(...results.map((r) => (r.status === 'fulfilled' ? r.value : `threw: ${(r.reason as Error).message}`)));
      }
      expect(outcomes.filter((o) => o.startsWith('threw'))).toEqual([]);
      expect(outcomes).toContain('admitted');
    } finally {
      await db.close();
    }
  }, 120_000);
});
