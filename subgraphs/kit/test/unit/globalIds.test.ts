/** Global ids: opaque, stable, naming their type, and opening to nothing outside their school or once altered. */
import { randomBytes, randomUUID } from 'node:crypto';
import { GlobalIds } from '../../src/ids/globalIds';

const KEY = randomBytes(32).toString('hex');
const SCHOOL = randomUUID();

test('a record seals to the same opaque id every time and opens back to its type and key', () => {
  const key = randomUUID();
  const id = new GlobalIds(KEY, SCHOOL).seal('Student', key);
  expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(id).not.toContain(key.slice(0, 8));
  expect(new GlobalIds(KEY, SCHOOL).seal('Student', key)).toBe(id);
  expect(new GlobalIds(KEY, SCHOOL).open(id)).toEqual({ type: 'Student', id: key });
  // Another type of the same key is another id; a long type name takes more blocks.
  expect(new GlobalIds(KEY, SCHOOL).seal('Exam', key)).not.toBe(id);
  const long = new GlobalIds(KEY, SCHOOL).seal('StudentTransportAssignment', key);
  expect(new GlobalIds(KEY, SCHOOL).open(long)).toEqual({ type: 'StudentTransportAssignment', id: key });
});

test("another school's id, another key's id and a made-up one open to nothing; an altered one never to its record", () => {
  const key = randomUUID();
  const id = new GlobalIds(KEY, SCHOOL).seal('Student', key);
  expect(new GlobalIds(KEY, randomUUID()).open(id)).toBeNull();
  expect(new GlobalIds(randomBytes(32).toString('hex'), SCHOOL).open(id)).toBeNull();
  const bytes = Buffer.from(id, 'base64url');
  for (let at = 0; at < bytes.length; at++) {
    const altered = Buffer.from(bytes);
    altered[at] ^= 1;
    // A bit of the type's blocks breaks the type's name; a bit of the key's block makes the key noise.
    const opened = new GlobalIds(KEY, SCHOOL).open(altered.toString('base64url'));
    if (opened !== null) expect(opened.id).not.toBe(key);
  }
  for (const made of [randomBytes(32).toString('base64url'), 'abc', '', `${id}=`, 'x'.repeat(400)]) {
    expect(new GlobalIds(KEY, SCHOOL).open(made)).toBeNull();
  }
});

test('keyOf: a global id (of the named type) gives its key; a plain key and anything else pass unchanged', () => {
  const key = randomUUID();
  const ids = new GlobalIds(KEY, SCHOOL);
  const id = ids.seal('Bus', key);
  expect(ids.keyOf(id)).toBe(key);
  expect(ids.keyOf(id, 'Bus')).toBe(key);
  expect(ids.keyOf(id, 'Student')).toBe(id);
  expect(ids.keyOf(key)).toBe(key);
  expect(ids.keyOf('not an id')).toBe('not an id');
  expect(GlobalIds.isWellFormed(id)).toBe(true);
  expect(GlobalIds.isWellFormed(key)).toBe(false);
});
