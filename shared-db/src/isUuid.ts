/**
 * Ids are UUIDs in canonical form. Checked before any SQL, so a malformed id matches nothing
 * instead of raising PostgreSQL's invalid-uuid error (PostgreSQL would also accept braces or no
 * hyphens, which would split caches keyed by id).
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): boolean {
  return typeof value === 'string' && UUID.test(value);
}
