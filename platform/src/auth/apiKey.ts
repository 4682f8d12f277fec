/**
 * API keys: `syk_<key id>_<secret>`. The id finds the key's row, the secret proves possession;
 * only its SHA-256 is stored. Identity makes keys, the gateway checks them.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const PREFIX = 'syk_';
const FORMAT = /^syk_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

function hashOf(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Whether a bearer token is an API key (rather than an access token). */
export function isApiKey(token: string): boolean {
  return token.startsWith(PREFIX);
}

/** A new key for the row `keyId`: the whole key (shown once) and the hash to store. */
export function generateApiKey(keyId: string): { key: string; secretHash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { key: `${PREFIX}${keyId.replace(/-/g, '')}_${secret}`, secretHash: hashOf(secret) };
}

/** The key's row id and the hash of its secret, or null when the token is not a well-formed key. */
export function parseApiKey(token: string): { keyId: string; secretHash: string } | null {
  const m = FORMAT.exec(token);
  if (!m) return null;
  const hex = m[1];
  const keyId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { keyId, secretHash: hashOf(m[2]) };
}

/** Compares two SHA-256 hex digests in constant time. */
export function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
