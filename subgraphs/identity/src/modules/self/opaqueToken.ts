/**
 * Refresh tokens: 32 random bytes (base64url) for the client, only their SHA-256 in the database;
 * a spent token keeps its successor sealed (AES-256-GCM, key derived from the JWT secret) for the
 * grace window, so a second tab refreshing with it gets the same successor.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

const keys = new Map<string, Buffer>();

function sealingKey(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'syncad', 'refresh token successors', 32));
    keys.set(secret, key);
  }
  return key;
}

export const opaqueToken = {
  generate(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: opaqueToken.hash(token) };
  },

  hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  },

  seal(token: string, secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', sealingKey(secret), iv);
    const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  },

  /** The sealed token, or null when it cannot be opened (another secret, a damaged value). */
  open(sealed: string, secret: string): string | null {
    try {
      const raw = Buffer.from(sealed, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', sealingKey(secret), raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  },
};
