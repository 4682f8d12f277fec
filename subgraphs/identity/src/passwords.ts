/**
 * Password hashing with argon2id (@node-rs/argon2's default algorithm and OWASP-level costs),
 * off the event loop. Passwords are never logged or returned.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '@syncad/platform';

/** Long enough for passphrases, short enough that hashing cannot be used to burn CPU. */
const PASSWORD_LENGTH = { min: 8, max: 128 };

let dummyHash: Promise<string> | undefined;

export const passwords = {
  /** BAD_USER_INPUT on `field` unless the password has an acceptable length. */
  checkLength(password: string, field: string): void {
    if (password.length < PASSWORD_LENGTH.min || password.length > PASSWORD_LENGTH.max) {
      throw AppError.badInput(`${field} must be ${PASSWORD_LENGTH.min} to ${PASSWORD_LENGTH.max} characters`, field);
    }
  },

  /** A one-time password an admin hands over: 16 letters and digits without look-alikes (about 80 bits). */
  temporary(): string {
    const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
    return Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join('');
  },

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
