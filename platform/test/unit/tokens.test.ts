/**
 * Token and key verification, without a database: access tokens (identity signs, the gateway
 * verifies), the signed internal context (the gateway signs, subgraphs verify) and API keys. Each
 * forgery a caller could try is refused with UNAUTHENTICATED, never accepted or crashed on.
 */
import { createHmac } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { GraphQLError } from 'graphql';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  generateApiKey,
  internalKeyFromEnv,
  isApiKey,
  jwtSecretFromEnv,
  parseApiKey,
  sameHash,
  signAccessToken,
  signInternalContext,
  verifyAccessToken,
  verifyAccessTokenWithExpiry,
  verifyInternalContext,
  type Caller,
  type InternalContext,
} from '../../src';
import { secretKey } from '../../src/auth/secretKey';

const SECRET = 'a'.repeat(32);
const OTHER_SECRET = 'b'.repeat(32);
const caller: Caller = {
  userId: 'user-1',
  sessionId: 'session-1',
  schoolId: 'school-1',
  roleId: 'role-1',
  roleName: 'TEACHER',
  selfScoped: false,
};
const ACCESS = { algorithm: 'HS256', issuer: 'syncad-identity', audience: 'syncad-api', expiresIn: 60 } as const;
const CLAIMS = { sub: 'user-1', sid: 'session-1', sch: 'school-1', rol: 'role-1', rnm: 'TEACHER', ss: false };

/** The code and HTTP status `run` fails with, or 'accepted'. */
function outcome(run: () => unknown): string {
  try {
    run();
    return 'accepted';
  } catch (err) {
    const e = err as GraphQLError;
    const status = (e.extensions?.http as { status?: number } | undefined)?.status;
    return `${String(e.extensions?.code)}${status ? ` ${status}` : ''}`;
  }
}

/** A token with the same header and claims and a signature by `secret` (for tampering with the payload). */
function resigned(token: string, mutate: (claims: Record<string, unknown>) => void, secret = SECRET): string {
  const [header, payload] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  mutate(claims);
  const body = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

afterEach(() => jest.restoreAllMocks());

describe('access tokens', () => {
  test('a token identity signed names its caller and when it expires', () => {
    const before = Date.now();
    const { caller: verified, expiresAt } = verifyAccessTokenWithExpiry(signAccessToken(caller, SECRET), SECRET);
    expect(verified).toEqual(caller);
    expect(expiresAt).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + ACCESS_TOKEN_TTL_SECONDS * 1000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000);
    expect(verifyAccessToken(signAccessToken({ ...caller, selfScoped: true }, SECRET, 30), SECRET)).toEqual({
      ...caller,
      selfScoped: true,
    });
  });

  test('a refused token is told one thing, whatever was wrong with it', () => {
    expect(() => verifyAccessToken('forged', SECRET)).toThrow('invalid or expired access token');
    expect(() => verifyAccessToken(signAccessToken(caller, SECRET, -1), SECRET)).toThrow('invalid or expired access token');
    const withoutSubject = resigned(signAccessToken(caller, SECRET), (c) => delete c.sub);
    expect(() => verifyAccessToken(withoutSubject, SECRET)).toThrow('invalid or expired access token');
  });

  test('a forged, re-signed, expired or foreign token is UNAUTHENTICATED', () => {
    const token = signAccessToken(caller, SECRET);
    expect(outcome(() => verifyAccessToken(token, OTHER_SECRET))).toBe('UNAUTHENTICATED');
    expect(
      outcome(() =>
        verifyAccessToken(
          resigned(token, (c) => (c.rol = 'admin-role'), OTHER_SECRET),
          SECRET,
        ),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(outcome(() => verifyAccessToken(`${token.slice(0, -2)}xx`, SECRET))).toBe('UNAUTHENTICATED');
    expect(outcome(() => verifyAccessToken('not a token', SECRET))).toBe('UNAUTHENTICATED');
    expect(outcome(() => verifyAccessToken(signAccessToken(caller, SECRET, -1), SECRET))).toBe('UNAUTHENTICATED');
    // alg none, another HMAC, another issuer or audience (the internal context is signed with the same kind of key).
    const unsigned = jwt.sign(CLAIMS, null, { ...ACCESS, algorithm: 'none' });
    expect(outcome(() => verifyAccessToken(unsigned, SECRET))).toBe('UNAUTHENTICATED');
    expect(outcome(() => verifyAccessToken(jwt.sign(CLAIMS, SECRET, { ...ACCESS, algorithm: 'HS512' }), SECRET))).toBe('UNAUTHENTICATED');
    expect(outcome(() => verifyAccessToken(jwt.sign(CLAIMS, SECRET, { ...ACCESS, issuer: 'syncad-gateway' }), SECRET))).toBe(
      'UNAUTHENTICATED',
    );
    expect(outcome(() => verifyAccessToken(jwt.sign(CLAIMS, SECRET, { ...ACCESS, audience: 'syncad-subgraph' }), SECRET))).toBe(
      'UNAUTHENTICATED',
    );
    expect(outcome(() => verifyAccessToken(signInternalContext({ caller, hostSchool: null }, SECRET), SECRET))).toBe('UNAUTHENTICATED');
  });

  test('a validly signed token whose claims are missing or of the wrong type is UNAUTHENTICATED', () => {
    expect(outcome(() => verifyAccessToken(jwt.sign(CLAIMS, SECRET, ACCESS), SECRET))).toBe('accepted');
    for (const claim of Object.keys(CLAIMS)) {
      const { [claim]: _left, ...without } = CLAIMS as Record<string, unknown>;
      expect([claim, outcome(() => verifyAccessToken(jwt.sign(without, SECRET, ACCESS), SECRET))]).toEqual([claim, 'UNAUTHENTICATED']);
      const wrongType = { ...CLAIMS, [claim]: claim === 'ss' ? 'false' : 1 };
      expect([claim, outcome(() => verifyAccessToken(jwt.sign(wrongType, SECRET, ACCESS), SECRET))]).toEqual([claim, 'UNAUTHENTICATED']);
    }
    const { expiresIn: _never, ...noExpiry } = ACCESS;
    expect(outcome(() => verifyAccessToken(jwt.sign(CLAIMS, SECRET, noExpiry), SECRET))).toBe('UNAUTHENTICATED');
  });

  test('the secret must be at least 32 characters', () => {
    expect(() => jwtSecretFromEnv({})).toThrow('SYNCAD_JWT_SECRET must be set to at least 32 characters');
    expect(() => jwtSecretFromEnv({ SYNCAD_JWT_SECRET: 'x'.repeat(31) })).toThrow('at least 32');
    expect(jwtSecretFromEnv({ SYNCAD_JWT_SECRET: SECRET })).toBe(SECRET);
  });

  test('one key object per secret, made once', () => {
    // A secret no other test used, so this test is the one that makes its key.
    const fresh = 'f'.repeat(40);
    expect(secretKey(fresh)).toBe(secretKey(fresh));
    expect(secretKey(SECRET)).toBe(secretKey(SECRET));
    expect(secretKey(SECRET)).not.toBe(secretKey(OTHER_SECRET));
    expect(secretKey(SECRET).export().toString()).toBe(SECRET);
  });
});

describe('the internal context', () => {
  const context: InternalContext = { caller, hostSchool: 'school-1', idempotencyKey: 'k-1' };

  test('a context the gateway signed reaches the subgraph whole, again and again', () => {
    const token = signInternalContext(context, SECRET);
    expect(verifyInternalContext(token, SECRET)).toEqual(context);
    expect(verifyInternalContext(token, SECRET)).toEqual(context);
  });

  test('no token, a forged one, another key, an access token or an expired context is a 401', () => {
    expect(outcome(() => verifyInternalContext(undefined, SECRET))).toBe('UNAUTHENTICATED 401');
    expect(outcome(() => verifyInternalContext('', SECRET))).toBe('UNAUTHENTICATED 401');
    const token = signInternalContext(context, SECRET);
    expect(outcome(() => verifyInternalContext(token, OTHER_SECRET))).toBe('UNAUTHENTICATED 401');
    expect(
      outcome(() =>
        verifyInternalContext(
          resigned(token, (c) => (c.ctx = { caller: null, hostSchool: 'x' }), OTHER_SECRET),
          SECRET,
        ),
      ),
    ).toBe('UNAUTHENTICATED 401');
    expect(outcome(() => verifyInternalContext(signAccessToken(caller, SECRET), SECRET))).toBe('UNAUTHENTICATED 401');
    expect(outcome(() => verifyInternalContext(signInternalContext(context, SECRET, -1), SECRET))).toBe('UNAUTHENTICATED 401');
  });

  test('a verified context is remembered only for the key that verified it, and only until it expires', () => {
    const token = signInternalContext(context, SECRET, 60);
    expect(verifyInternalContext(token, SECRET)).toEqual(context);
    // Remembered: still refused for another key.
    expect(outcome(() => verifyInternalContext(token, OTHER_SECRET))).toBe('UNAUTHENTICATED 401');
    const now = Date.now();
    jest.spyOn(Date, 'now').mockReturnValue(now + 61_000);
    expect(outcome(() => verifyInternalContext(token, SECRET))).toBe('UNAUTHENTICATED 401');
  });

  test('a verified context is checked once, then answered from memory until the millisecond it expires', () => {
    const token = signInternalContext({ ...context, idempotencyKey: 'k-remembered' }, SECRET, 60);
    const exp = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).exp as number;
    const verify = jest.spyOn(jwt, 'verify');
    verifyInternalContext(token, SECRET);
    verifyInternalContext(token, SECRET);
    expect(verify).toHaveBeenCalledTimes(1);
    jest.spyOn(Date, 'now').mockReturnValue(exp * 1000 - 1);
    expect(verifyInternalContext(token, SECRET).idempotencyKey).toBe('k-remembered');
    expect(verify).toHaveBeenCalledTimes(1);
    jest.spyOn(Date, 'now').mockReturnValue(exp * 1000);
    expect(() => verifyInternalContext(token, SECRET)).toThrow('requests must come through the gateway');
  });

  test('every refusal says the same: requests must come through the gateway', () => {
    expect(() => verifyInternalContext(undefined, SECRET)).toThrow('requests must come through the gateway');
    expect(() => verifyInternalContext('forged', SECRET)).toThrow('requests must come through the gateway');
  });

  test('the internal key must be at least 32 characters', () => {
    expect(() => internalKeyFromEnv({})).toThrow('SYNCAD_INTERNAL_KEY must be set to at least 32 characters');
    expect(() => internalKeyFromEnv({ SYNCAD_INTERNAL_KEY: 'x'.repeat(31) })).toThrow('at least 32');
    expect(internalKeyFromEnv({ SYNCAD_INTERNAL_KEY: SECRET })).toBe(SECRET);
  });
});

describe('API keys', () => {
  const KEY_ID = '0b9e4c7a-58d1-4f0e-9a3b-6c2d1e8f7a90';

  test('a new key parses back to its row id and the hash stored for it', () => {
    const { key, secretHash } = generateApiKey(KEY_ID);
    expect(key).toMatch(/^syk_0b9e4c7a58d14f0e9a3b6c2d1e8f7a90_[A-Za-z0-9_-]{43}$/);
    expect(isApiKey(key)).toBe(true);
    expect(parseApiKey(key)).toEqual({ keyId: KEY_ID, secretHash });
    expect(secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(generateApiKey(KEY_ID).secretHash).not.toBe(secretHash);
  });

  test('only the syk_ prefix marks a key; a malformed key parses to nothing', () => {
    expect(isApiKey(signAccessToken(caller, SECRET))).toBe(false);
    expect(isApiKey('xsyk_')).toBe(false);
    const { key } = generateApiKey(KEY_ID);
    for (const malformed of [
      key.replace('syk_', 'syx_'),
      `x${key}`,
      `${key}x`,
      key.slice(0, -1),
      key.replace('_0b9e', '_0B9E'),
      key.replace('0b9e4c7a', '0b9e4c7'),
      `${key.slice(0, 37)}!${key.slice(38)}`,
    ]) {
      expect([malformed, parseApiKey(malformed)]).toEqual([malformed, null]);
    }
  });

  test('hashes compare equal only when they are equal', () => {
    const a = generateApiKey(KEY_ID).secretHash;
    const b = generateApiKey(KEY_ID).secretHash;
    expect(sameHash(a, a)).toBe(true);
    expect(sameHash(a, b)).toBe(false);
    expect(sameHash(a, a.slice(0, -1))).toBe(false);
  });
});
