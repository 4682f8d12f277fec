/**
 * Errors from resolving a school's database. `code` is the GraphQL `extensions.code` the API
 * reports. Messages name the school, never a URL or a password: they may reach a client.
 */
export class UnknownSchoolError extends Error {
  readonly code = 'NOT_FOUND';

  constructor(readonly schoolId: string) {
    // The id may be arbitrary caller input: quote it and keep it short.
    super(`No school with id ${JSON.stringify(schoolId.slice(0, 64))}`);
    this.name = 'UnknownSchoolError';
  }
}

export class SchoolUnavailableError extends Error {
  readonly code = 'TENANT_UNAVAILABLE';

  constructor(
    readonly school: { id: string; name: string },
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`School "${school.name}" (${school.id}) is unavailable: ${reason}`, options);
    this.name = 'SchoolUnavailableError';
  }
}
