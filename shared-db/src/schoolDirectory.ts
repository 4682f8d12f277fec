/**
 * School metadata (where a school's database lives) read from the central database and cached
 * briefly. Concurrent lookups of one school share one query; a miss or a failure is not cached,
 * so a school provisioned a moment ago is found on the next request.
 */
import { eq } from 'drizzle-orm';
import type { CentralDb } from './centralDb';
import { isUuid } from './isUuid';
import { School } from './schema/central';
import { UnknownSchoolError } from './tenantErrors';

export interface SchoolRecord {
  id: string;
  name: string;
  subdomain: string;
  databaseName: string;
  dbServer: string;
  timezone: string;
}

export class SchoolDirectory {
  private readonly cache = new Map<string, { expiresAt: number; record: Promise<SchoolRecord> }>();
  /** Lookups answered from the cache and lookups that queried the central database (for metrics). */
  readonly counts = { hits: 0, misses: 0 };

  constructor(
    private readonly central: CentralDb,
    private readonly ttlMillis: number,
  ) {}

  find(schoolId: string): Promise<SchoolRecord> {
    if (!isUuid(schoolId)) {
      return Promise.reject(new UnknownSchoolError(String(schoolId)));
    }
    const id = schoolId.toLowerCase();
    const hit = this.cache.get(id);
    if (hit && hit.expiresAt > Date.now()) {
      this.counts.hits++;
      return hit.record;
    }
    this.counts.misses++;
    const entry = { expiresAt: Date.now() + this.ttlMillis, record: this.load(id) };
    this.cache.set(id, entry);
    entry.record.catch(() => {
      if (this.cache.get(id) === entry) this.cache.delete(id);
    });
    return entry.record;
  }

  private async load(id: string): Promise<SchoolRecord> {
    const rows = await this.central
      .select({
        id: School.id,
        name: School.name,
        subdomain: School.subdomain,
        databaseName: School.databaseName,
        dbServer: School.dbServer,
        timezone: School.timezone,
      })
      .from(School)
      .where(eq(School.id, id))
      .limit(1);
    if (rows.length === 0) throw new UnknownSchoolError(id);
    return rows[0];
  }
}
