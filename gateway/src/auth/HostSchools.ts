/**
 * Maps a request's Host to a school: `demo.localhost:4000` with base domain `localhost` is the
 * school whose subdomain is `demo`. Answers (unknown subdomains too) are cached for 5 s, so a
 * school provisioned a moment ago is found shortly and a flood of bogus hosts costs few queries.
 */
import { schoolIdOf, type CentralDb } from '@syncad/shared-db';
import { LoadingCache } from '@syncad/platform';

export type HostSchool =
  /** The Host names no school subdomain (the bare base domain, an IP address). */
  { kind: 'none' } | { kind: 'school'; schoolId: string } | { kind: 'unknown'; subdomain: string };

export class HostSchools {
  readonly cache = new LoadingCache<string | null>(5_000);

  constructor(
    private readonly db: CentralDb,
    private readonly baseDomain: string,
  ) {}

  /** The subdomain part of a Host header, lower-cased, or null. */
  subdomainOf(host: string | undefined): string | null {
    if (!host) return null;
    const name = host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
    const suffix = `.${this.baseDomain.toLowerCase()}`;
    if (!name.endsWith(suffix)) return null;
    const sub = name.slice(0, -suffix.length);
    return sub === '' ? null : sub;
  }

  async resolve(host: string | undefined): Promise<HostSchool> {
    const subdomain = this.subdomainOf(host);
    if (subdomain === null) return { kind: 'none' };
    if (subdomain.length > 63) return { kind: 'unknown', subdomain: subdomain.slice(0, 63) };
    const schoolId = await this.cache.get(subdomain, () => this.load(subdomain));
    return schoolId === null ? { kind: 'unknown', subdomain } : { kind: 'school', schoolId };
  }

  private load(subdomain: string): Promise<string | null> {
    return schoolIdOf(this.db, subdomain);
  }
}
