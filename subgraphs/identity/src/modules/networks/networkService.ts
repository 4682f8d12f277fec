/**
 * A school's registered networks and its recent sign-in failures. Only the caller's own school:
 * another school's network is NOT_FOUND. Ranges are validated here (form, family, width) and by
 * PostgreSQL's cidr type (no bits set after the prefix).
 */
import { isIP } from 'node:net';
import { parseId, parseText } from '@syncad/subgraph-kit';
import { AppError, conflictAs, postgresErrorOf } from '@syncad/platform';
import type { IdentityContext } from '../../context';
import { networkData, type FailuresByAddressRow, type SchoolNetworkRow } from './networkData';

/** Networks per school: a school has a handful of public addresses, never thousands. */
const MAX_NETWORKS = 50;
/** The widest ranges a school may register: wider would cover other people's addresses too. */
const MIN_PREFIX = { 4: 16, 6: 32 } as const;

/** "203.0.113.0/28" or a bare address (a /32 or /128), as PostgreSQL will store it; BAD_USER_INPUT otherwise. */
function parseCidr(text: string): string {
  const trimmed = text.trim();
  const [address, prefixText, extra] = trimmed.split('/');
  const family = isIP(address ?? '') as 0 | 4 | 6;
  const refuse = (why: string) => AppError.badInput(`"${trimmed.slice(0, 60)}" is not a network range of the school: ${why}`, 'cidr');
  if (family === 0 || extra !== undefined) throw refuse('write it as an address and a prefix length, e.g. 203.0.113.0/28');
  const widest = family === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? widest : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= widest)) throw refuse(`the prefix length must be 0 to ${widest}`);
  if (prefix < MIN_PREFIX[family]) throw refuse(`an IPv${family} range may be at most a /${MIN_PREFIX[family]}`);
  return `${address}/${prefix}`;
}

export const networkService = {
  list(ctx: IdentityContext): Promise<SchoolNetworkRow[]> {
    return networkData.ofSchool(ctx.central, ctx.requireCaller().schoolId);
  },

  async register(ctx: IdentityContext, input: { cidr: string; label: string }): Promise<SchoolNetworkRow> {
    const caller = ctx.requireCaller();
    const cidr = parseCidr(input.cidr);
    const label = parseText(input.label, 'label', 100);
    if ((await networkData.countOfSchool(ctx.central, caller.schoolId)) >= MAX_NETWORKS) {
      throw AppError.conflict(`the school has ${MAX_NETWORKS} registered networks, the most it may have: remove one first`);
    }
    try {
      return await conflictAs(
        networkData.insert(ctx.central, { schoolId: caller.schoolId, cidr, label, createdBy: caller.userId }),
        `${cidr} is registered already`,
      );
    } catch (err) {
      // 22P02: PostgreSQL's cidr refuses an address with bits set after the prefix (203.0.113.5/28).
      if (postgresErrorOf(err)?.code !== '22P02') throw err;
      throw AppError.badInput(`"${cidr}" has bits set after its prefix: write the network's first address (e.g. 203.0.113.0/28)`, 'cidr');
    }
  },

  async remove(ctx: IdentityContext, input: { id: string }): Promise<string> {
    const id = parseId(input.id, 'id');
    if (!(await networkData.remove(ctx.central, ctx.requireCaller().schoolId, id))) throw AppError.notFound(`network ${input.id}`);
    return id;
  },

  recentFailures(ctx: IdentityContext, hours: number | null | undefined): Promise<FailuresByAddressRow[]> {
    const span = hours ?? 24;
    if (!Number.isInteger(span) || span < 1 || span > 168) throw AppError.badInput('hours must be 1 to 168', 'hours');
    return networkData.failuresByAddress(ctx.central, ctx.requireCaller().schoolId, span);
  },
};
