/**
 * Page cursors: opaque and sealed (AES-256-GCM) with the internal key, bound to the caller's
 * school and to the list they came from. A cursor from another school, another list, or one
 * made up or altered opens to nothing, and every such failure gives the same BAD_USER_INPUT,
 * so a cursor can never be used to ask about another school's rows.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from 'node:crypto';
import { AppError } from '@syncad/platform';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const keys = new Map<string, { cipher: Buffer; iv: Buffer }>();

/** An encryption key and, apart, a key that derives each cursor's IV from what it seals. */
function cursorKeys(internalKey: string): { cipher: Buffer; iv: Buffer } {
  let derived = keys.get(internalKey);
  if (!derived) {
    derived = {
      cipher: Buffer.from(hkdfSync('sha256', internalKey, 'syncad', 'page cursors', 32)),
      iv: Buffer.from(hkdfSync('sha256', internalKey, 'syncad', 'page cursor ivs', 32)),
    };
    keys.set(internalKey, derived);
  }
  return derived;
}

/** A position in a list: the values of its sort key, e.g. [createdAt, id]. */
export type CursorPosition = readonly (string | number)[];

export class Cursors {
  private readonly keys: { cipher: Buffer; iv: Buffer };

  /** `scope` is what the cursors are bound to besides the list: the caller's school. */
  constructor(
    internalKey: string,
    private readonly scope: string,
  ) {
    this.keys = cursorKeys(internalKey);
  }

  /**
   * The same position in the same list seals to the same cursor (the IV is a MAC of what is
   * sealed), so a page's endCursor equals its last edge's cursor.
   */
  seal(list: string, position: CursorPosition): string {
    const aad = `${this.scope}\n${list}`;
    const plain = JSON.stringify(position);
    const iv = createHmac('sha256', this.keys.iv).update(aad).update('\n').update(plain).digest().subarray(0, IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys.cipher, iv);
    cipher.setAAD(Buffer.from(aad));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** The position sealed in `cursor` for this list and scope, or BAD_USER_INPUT naming `field`. */
  open(list: string, cursor: string, field = 'after'): CursorPosition {
    const refused = () => AppError.badInput(`${field} is not a cursor from this list`, field);
    const raw = Buffer.from(cursor, 'base64url');
    if (raw.length <= IV_BYTES + TAG_BYTES || raw.toString('base64url') !== cursor) throw refused();
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.keys.cipher, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(`${this.scope}\n${list}`));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const text = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      const position = JSON.parse(text) as unknown;
      if (!Array.isArray(position)) throw refused();
      return position as CursorPosition;
    } catch {
      throw refused();
    }
  }
}
