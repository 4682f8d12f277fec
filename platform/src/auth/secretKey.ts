/**
 * HMAC secrets as KeyObjects, made once per secret: jsonwebtoken otherwise builds a key from
 * the string on every sign and verify, which was ~10% of a request's CPU in the benchmark.
 */
import { createSecretKey, type KeyObject } from 'node:crypto';

const keys = new Map<string, KeyObject>();

export function secretKey(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return key;
}
