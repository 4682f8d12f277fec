/**
 * Password hashing with argon2id (@node-rs/argon2's default algorithm and OWASP-level costs),
 * off the event loop. Passwords are never logged or returned.
 */
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

let dummyHash: Promise<string> | undefined;

export const passwords = {
  hash(password: string): Promise<string> {
    return hash(password);
  },

  /** False for a wrong password or an unreadable hash, never an exception. */
  verify(passwordHash: string, password: string): Promise<boolean> {
    return verify(passwordHash, password).catch(() => false);
  },

  /** Spends the time of one verify, so an unknown login answers as slowly as a known one. */
  async verifyDummy(password: string): Promise<void> {
    dummyHash ??= hash(randomBytes(16).toString('base64'));
    await verify(await dummyHash, password).catch(() => false);
  },
};
