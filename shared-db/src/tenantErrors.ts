/**
 * Errors from resolving a school's database (kit maps them to NOT_FOUND and TENANT_UNAVAILABLE).
 * Messages name the school, never a URL or a password.
 */
export class UnknownSchoolError extends Error {
  constructor(readonly schoolId: string) {
    // The id may be arbitrary caller input: quote it and keep it short.
    super(`No school with id ${JSON.stringify(schoolId.slice(0, 64))}`);
    this.name = 'UnknownSchoolError';
  }
}

export class SchoolUnavailableError extends Error {
  constructor(
    readonly school: { id: string; name: string },
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`School "${school.name}" (${school.id}) is unavailable: ${reason}`, options);
    this.name = 'SchoolUnavailableError';
  }
}
