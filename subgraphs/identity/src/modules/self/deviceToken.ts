/**
 * Device tokens, as OWASP's "device cookies": a successful login hands the device a token bound to
 * the account; a later login of that account presenting it is judged only by its own (account,
 * device) budget, never by the account-wide or per-address ones, so no one elsewhere (another
 * address, the same shared address) can keep a known device from signing in. Stateless: an HMAC
 * under a key derived from the JWT secret, over the account and a random device id; the token
 * itself names no account.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const PREFIX = 'sdt1';
const FORM = /^sdt1\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

function signature(secret: string, userId: string, deviceId: string): Buffer {
  const key = createHmac('sha256', secret).update('syncad device token v1').digest();
  return createHmac('sha256', key).update(`${userId}.${deviceId}`).digest();
}

export const deviceTokens = {
  /** A new device's token for the account. */
  issue(secret: string, userId: string): string {
    const deviceId = randomBytes(16).toString('base64url');
    return `${PREFIX}.${deviceId}.${signature(secret, userId, deviceId).toString('base64url')}`;
  },

  /** The device id when `token` was issued to this account by this deployment; null for anything else. */
  deviceOf(secret: string, token: string | null | undefined, userId: string): string | null {
    const match = token ? FORM.exec(token) : null;
    if (!match) return null;
    const [, deviceId, presented] = match;
    const expected = signature(secret, userId, deviceId);
    const given = Buffer.from(presented, 'base64url');
    return given.length === expected.length && timingSafeEqual(given, expected) ? deviceId : null;
  },
};
