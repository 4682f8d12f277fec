/** The school's details: read by any member, changed within bounds by an admin. */
import { AppError } from '@syncad/platform';
import type { IdentityContext } from '../../context';
import { schoolData, type SchoolChanges, type SchoolDetails } from './schoolData';

const MAX_SETTINGS = 50;
const SETTING_KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

export interface UpdateSchoolInput {
  name?: string | null;
  district?: string | null;
  board?: string | null;
  evaluationMode?: boolean | null;
  timezone?: string | null;
  settings?: ReadonlyArray<{ key: string; value: string }> | null;
}

function text(value: string, field: string, max: number, required: boolean): string | null {
  const trimmed = value.trim();
  if (trimmed.length > max) throw AppError.badInput(`${field} must be at most ${max} characters`, field);
  if (trimmed === '' && required) throw AppError.badInput(`${field} is required`, field);
  return trimmed === '' ? null : trimmed;
}

/** An IANA zone name both Node and PostgreSQL know (Intl refuses an unknown one; offsets are not names). */
function timezone(value: string): string {
  const zone = value.trim();
  try {
    if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) throw new RangeError(zone);
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    throw AppError.badInput(`timezone "${zone}" is not an IANA time zone such as "Asia/Kolkata"`, 'timezone');
  }
}

function settings(entries: ReadonlyArray<{ key: string; value: string }>): Record<string, string> {
  if (entries.length > MAX_SETTINGS) throw AppError.badInput(`at most ${MAX_SETTINGS} settings`, 'settings');
  const out: Record<string, string> = {};
  for (const { key, value } of entries) {
    if (!SETTING_KEY.test(key)) {
      throw AppError.badInput(
        `setting key "${key.slice(0, 64)}" must be 1 to 64 letters, digits, _ . or - starting with a letter`,
        'settings',
      );
    }
    if (key in out) throw AppError.badInput(`setting key "${key}" is given twice`, 'settings');
    if (value.length > 1000) throw AppError.badInput(`setting "${key}" must be at most 1000 characters`, 'settings');
    out[key] = value;
  }
  return out;
}

export const schoolService = {
  async mine(ctx: IdentityContext): Promise<SchoolDetails | null> {
    return (await schoolData.byId(ctx.central, ctx.requireCaller().schoolId)) ?? null;
  },

  async update(ctx: IdentityContext, input: UpdateSchoolInput): Promise<SchoolDetails> {
    const { schoolId } = ctx.requireCaller();
    const changes: SchoolChanges = {};
    if (input.name != null) changes.name = text(input.name, 'name', 200, true) as string;
    if (input.district != null) changes.district = text(input.district, 'district', 200, false);
    if (input.board != null) changes.board = text(input.board, 'board', 200, false);
    if (input.evaluationMode != null) changes.evaluationMode = input.evaluationMode;
    if (input.timezone != null) changes.timezone = timezone(input.timezone);
    if (input.settings != null) changes.settings = settings(input.settings);
    return schoolData.update(ctx.central, schoolId, changes);
  },

  /** The stored settings by key; a value stored as something other than text reads as its JSON. */
  settingsOf(school: SchoolDetails): { key: string; value: string }[] {
    const stored = school.settings && typeof school.settings === 'object' ? (school.settings as Record<string, unknown>) : {};
    return Object.entries(stored)
      .map(([key, value]) => ({ key, value: typeof value === 'string' ? value : JSON.stringify(value) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  },
};
