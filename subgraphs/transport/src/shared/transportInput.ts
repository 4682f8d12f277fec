/** Argument checks of the transport module: times of day, coordinates, capacities, and "in use" refusals. */
import { AppError, postgresErrorOf } from '@syncad/platform';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The most seats a bus may have. */
export const MAX_CAPACITY = 120;
/** The most stops a route may have. */
export const MAX_ROUTE_STOPS = 50;
/** The most routes one bus may run. */
export const MAX_ROUTES_PER_BUS = 20;

export const transportInput = {
  /** "HH:MM" (24-hour), or null/undefined as given; anything else is BAD_USER_INPUT naming `field`. */
  time(value: string | null | undefined, field: string): string | null | undefined {
    if (value == null) return value;
    const text = value.trim();
    if (!TIME.test(text)) throw AppError.badInput(`${field} must be a time of day as HH:MM (24-hour), got "${value}"`, field);
    return text;
  },

  /** A database time ("07:30:00") as the API shows it ("07:30"). */
  showTime(value: string | null): string | null {
    return value === null ? null : value.slice(0, 5);
  },

  capacity(value: number): number {
    if (!Number.isInteger(value) || value < 1 || value > MAX_CAPACITY) {
      throw AppError.badInput(`capacity must be a whole number from 1 to ${MAX_CAPACITY}`, 'capacity');
    }
    return value;
  },

  /**
   * Both coordinates or neither (as given: undefined leaves them, null removes them), each in
   * range and kept to six decimal places (about 10 cm), as the columns store them.
   */
  coordinates(
    latitude: number | null | undefined,
    longitude: number | null | undefined,
  ): { latitude?: string | null; longitude?: string | null } {
    if (latitude === undefined && longitude === undefined) return {};
    if ((latitude == null) !== (longitude == null)) {
      throw AppError.badInput('give both latitude and longitude, or neither', latitude == null ? 'latitude' : 'longitude');
    }
    if (latitude == null || longitude == null) return { latitude: null, longitude: null };
    if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90)
      throw AppError.badInput('latitude must be from -90 to 90', 'latitude');
    if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180)
      throw AppError.badInput('longitude must be from -180 to 180', 'longitude');
    return { latitude: latitude.toFixed(6), longitude: longitude.toFixed(6) };
  },

  /** Ids shown in a message: the first five, and how many more. */
  listIds(ids: readonly string[]): string {
    return ids.slice(0, 5).join(', ') + (ids.length > 5 ? ` and ${ids.length - 5} more` : '');
  },
};

/** Runs a removal; a row still referenced elsewhere (a foreign key, 23503) becomes CONFLICT with `message`. */
export async function refusedWhileUsed<T>(work: Promise<T>, message: string): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (postgresErrorOf(err)?.code === '23503') throw AppError.conflict(message);
    throw err;
  }
}
