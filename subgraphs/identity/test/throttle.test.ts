/**
 * Login throttling through the real gateway, with client addresses from X-Forwarded-For (the
 * gateway trusts one proxy here): guessing is slowed and capped per (account, address), per account
 * and per address, and the real user at another address is never locked out. Waiting out a delay
 * is simulated by moving the throttle's clock back in the database.
 */
import { central } from '@syncad/shared-db';
import { like, sql } from 'drizzle-orm';
import { PASSWORD, startIdentityHarness, type IdentityHarness } from './support/identityHarness';

const LOGIN = `mutation($login: String!, $password: String!) { login(login: $login, password: $password) { accessToken } }`;
const INVALID = 'invalid login or password';
const THROTTLED = 'too many failed attempts, try again later';

let h: IdentityHarness;

beforeAll(async () => {
  h = await startIdentityHarness();
});
afterAll(() => h?.close());

const attempt = (login: string, password: string, address: string) => h.request(LOGIN, { login, password }, { address });

/** As if the delays for `address` had passed (the windows keep running). */
const waitOutDelays = (address: string) =>
  h.centralDb.db
    .update(central.LoginThrottle)
    .set({ lastAttemptAt: sql`now() - interval '61 seconds'` })
    .where(like(central.LoginThrottle.loginKey, `pair:%|${address}`));

/** Guesses a wrong password from `address` until refused with delays waited out; returns how many were checked. */
async function guessUntilCapped(login: string, address: string, tries: number): Promise<number> {
  let checked = 0;
  for (let i = 0; i < tries; i++) {
    const res = await attempt(login, 'wrong guess', address);
    const message = res.body.errors?.[0].message;
    if (message === INVALID) checked++;
    else expect(message).toBe(THROTTLED);
    await waitOutDelays(address);
  }
  return checked;
}

test('from one address, 3 free guesses then growing delays, answered 429 with Retry-After', async () => {
  await h.addUser(h.schoolA, { email: 'slow@example.com', role: 'TEACHER' });
  for (let i = 0; i < 3; i++) expect((await attempt('slow@example.com', 'wrong', '10.1.0.1')).body.errors?.[0].message).toBe(INVALID);
  const delays: number[] = [];
  for (let i = 0; i < 3; i++) {
    const refused = await attempt('slow@example.com', 'wrong', '10.1.0.1');
    expect(refused.status).toBe(429);
    expect(refused.body.errors).toEqual([
      {
        message: THROTTLED,
        path: ['login'],
        extensions: { code: 'TOO_MANY_REQUESTS', retryAfter: expect.any(Number), requestId: refused.headers['x-request-id'] },
      },
    ]);
    expect(refused.headers['retry-after']).toBe(String(refused.body.errors[0].extensions.retryAfter));
    delays.push(refused.body.errors[0].extensions.retryAfter);
    await waitOutDelays('10.1.0.1');
    expect((await attempt('slow@example.com', 'wrong', '10.1.0.1')).body.errors?.[0].message).toBe(INVALID);
  }
  expect(delays).toEqual([1, 2, 4]);
});

test('a client hammering one account gets 10 guesses per 15 minutes, and never stops the right password from another address', async () => {
  await h.addUser(h.schoolA, { email: 'victim@example.com', role: 'TEACHER' });
  expect(await guessUntilCapped('victim@example.com', '10.2.0.1', 25)).toBe(10);
  // Capped for the rest of the window, however long the client waits between guesses.
  const capped = await attempt('victim@example.com', PASSWORD, '10.2.0.1');
  expect(capped.body.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
  expect(capped.body.errors?.[0].extensions?.retryAfter).toBeGreaterThan(60);
  // The real user, elsewhere, signs in at once.
  const real = await attempt('victim@example.com', PASSWORD, '10.2.0.2');
  expect(real.body.errors).toBeUndefined();
  expect(real.body.data.login.accessToken).toBeTruthy();
});

test('an account gets at most 100 guesses per hour from all addresses together', async () => {
  await h.addUser(h.schoolA, { email: 'botnet@example.com', role: 'TEACHER' });
  const addresses = Array.from({ length: 11 }, (_, i) => `10.3.0.${i + 1}`);
  const checked = await Promise.all(addresses.map((a) => guessUntilCapped('botnet@example.com', a, 10)));
  expect(checked.reduce((a, b) => a + b, 0)).toBe(100);
  const elsewhere = await attempt('botnet@example.com', 'wrong guess', '10.3.1.1');
  expect(elsewhere.body.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
}, 120_000);

test('an address spraying many accounts is capped at 50 guesses per 15 minutes', async () => {
  const messages: string[] = [];
  for (let i = 0; i < 52; i++) {
    messages.push((await attempt(`nobody${i}@example.com`, 'Summer2026!', '10.4.0.1')).body.errors?.[0].message);
  }
  expect(messages.filter((m) => m === INVALID)).toHaveLength(50);
  // Refused by the address's budget, and told so (a known device or a registered network is not held by it).
  expect(messages.slice(50)).toEqual([
    expect.stringMatching(/^too many failed sign-ins from this network address/),
    expect.stringMatching(/deviceToken/),
  ]);
  // Other addresses are unaffected.
  expect((await attempt('nobody0@example.com', 'Summer2026!', '10.4.0.2')).body.errors?.[0].message).toBe(INVALID);
}, 60_000);

test('the account is one count by email or phone, through any school named; a success is forgiven', async () => {
  await h.addUser(h.schoolA, { email: 'twoways@example.com', phone: '+919000022222', role: 'TEACHER' });
  for (const login of ['twoways@example.com', '+91-90000-22222', 'TwoWays@Example.com']) {
    expect((await attempt(login, 'wrong', '10.5.0.1')).body.errors?.[0].message).toBe(INVALID);
  }
  // The fourth guess by either name waits: one counter.
  expect((await attempt('+919000022222', 'wrong', '10.5.0.1')).body.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
  await waitOutDelays('10.5.0.1');
  expect((await attempt('twoways@example.com', PASSWORD, '10.5.0.1')).body.errors).toBeUndefined();
  // The success cleared this address's count for the account: three free guesses again.
  for (let i = 0; i < 3; i++) expect((await attempt('twoways@example.com', 'wrong', '10.5.0.1')).body.errors?.[0].message).toBe(INVALID);
});
