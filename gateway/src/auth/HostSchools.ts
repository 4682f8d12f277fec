/**
 * Maps a request's Host to a school: `demo.localhost:4000` with base domain `localhost` is the
 * school whose subdomain is `demo`. Answers (unknown subdomains too) are cached for 5 s, so a
 * school provisioned a moment ago is found shortly and a flood of bogus hosts costs few queries.
 * A Host that is neither the base domain, one of its subdomains nor an IP address (direct access,
 * as a load balancer's check makes) is foreign: another name pointed at the gateway (DNS
 * rebinding, a stolen name) is refused.
 */
import { isIP } from 'node:net';
import { schoolIdOf, type CentralDb } from '@syncad/shared-db';
import { LoadingCache } from '@syncad/platform';

export type HostSchool =
  /** The Host names no school subdomain (the bare base domain, an IP address, no Host at all). */
  | { kind: 'none' }
  | { kind: 'school'; schoolId: string }
  | { kind: 'unknown'; subdomain: string }
  /** A name outside the base domain. */
  | { kind: 'foreign' };

export class HostSchools {
  readonly cache = new LoadingCache<string | null>(5_000);

  constructor(
    private readonly db: CentralDb,
    private readonly baseDomain: string,
  ) {}

  /** The subdomain part of a Host header, lower-cased; null when it names none; 'foreign' outside the base domain. */
  subdomainOf(host: string | undefined): string | null | 'foreign' {
    if (!host) return null;
    const name = host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
    const base = this.baseDomain.toLowerCase();
    if (name === base || isIP(name.replace(/^\[(.*)\]$/, '$1'))) return null;
    if (!name.endsWith(`.${base}`)) return 'foreign';
    return name.slice(0, -base.length - 1);
  }

  async resolve(host: string | undefined): Promise<HostSchool> {
    const subdomain = this.subdomainOf(host);
    if (subdomain === null) return { kind: 'none' };
    if (subdomain === 'foreign') return { kind: 'foreign' };
    if (subdomain.length > 63) return { kind: 'unknown', subdomain: subdomain.slice(0, 63) };
    const schoolId = await this.cache.get(subdomain, () => this.load(subdomain));
    return schoolId === null ? { kind: 'unknown', subdomain } : { kind: 'school', schoolId };
  }

  private load(subdomain: string): Promise<string | null> {
    return schoolIdOf(this.db, subdomain);
  }
}
