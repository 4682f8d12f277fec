/** Refresh tokens: 32 random bytes (base64url) for the client, only their SHA-256 in the database. */
import { createHash, randomBytes } from 'node:crypto';

export const opaqueToken = {
  generate(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: opaqueToken.hash(token) };
  },

  hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  },
};
