/** Buses, routes, stops, trips and who boarded. */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  time,
  integer,
  numeric,
  pgTable,
  pgView,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { createdAt, id, schoolId } from './columns';
import { Student } from './students';

export const TRIP_MARK_STATUSES = ['BOARDED', 'DROPPED', 'ABSENT'] as const;
/** What a mark records: getting on (BOARDED, or ABSENT: did not board) or getting off (DROPPED). */
export const TRIP_MARK_KINDS = ['BOARDING', 'DROP'] as const;
export const TRIP_DIRECTIONS = ['PICKUP', 'DROP'] as const;
export const TRIP_STATUSES = ['SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'] as const;

export const Bus = pgTable(
  'Bus',
  {
    id: id(),
    schoolId: schoolId(),
    registrationNo: varchar('registrationNo', { length: 30 }).notNull(),
    capacity: integer('capacity').notNull(),
    driverName: varchar('driverName', { length: 100 }),
    driverPhone: varchar('driverPhone', { length: 20 }),
    isActive: boolean('isActive').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('Bus_schoolId_registrationNo_key').on(t.schoolId, t.registrationNo),
    check('Bus_capacity_positive', sql`${t.capacity} > 0`),
  ],
);

export const BusRoute = pgTable('BusRoute', {
  id: id(),
  schoolId: schoolId(),
  name: varchar('name', { length: 100 }).notNull(),
  busId: uuid('busId').references(() => Bus.id),
  description: text('description'),
  /** Only active routes get trips from scheduleTrips. */
  isActive: boolean('isActive').notNull().default(true),
  createdAt: createdAt(),
  /**
   * Set on a route made for one trip (a field trip, an extra run: createOneOffTrip), the day it
   * runs: never active (scheduleTrips never plans it), its riders listed in OneOffRider.
   */
  oneOffOn: date('oneOffOn'),
});

export const BusStop = pgTable('BusStop', {
  id: id(),
  schoolId: schoolId(),
  name: varchar('name', { length: 100 }).notNull(),
  address: text('address'),
  latitude: numeric('latitude', { precision: 9, scale: 6 }),
  longitude: numeric('longitude', { precision: 9, scale: 6 }),
  createdAt: createdAt(),
});

/** Supporting table (not in the design): a route's stops in order, the template for its trips. */
export const BusRouteStop = pgTable(
  'BusRouteStop',
  {
    id: id(),
    schoolId: schoolId(),
    routeId: uuid('routeId')
      .notNull()
      .references(() => BusRoute.id, { onDelete: 'cascade' }),
    stopId: uuid('stopId')
      .notNull()
      .references(() => BusStop.id),
    sequence: integer('sequence').notNull(),
    /** When the bus is due here on a PICKUP trip (stops in sequence order), school-local time. */
    pickupTime: time('pickupTime'),
    /** When the bus is due here on a DROP trip (stops in reverse sequence order), school-local time. */
    dropTime: time('dropTime'),
  },
  (t) => [
    uniqueIndex('BusRouteStop_routeId_sequence_key').on(t.routeId, t.sequence),
    uniqueIndex('BusRouteStop_routeId_stopId_key').on(t.routeId, t.stopId),
  ],
);

/**
 * Supporting table (not in the design): which students ride a route, where they board in the
 * morning (`stopId`, the pickup stop) and where they get off in the afternoon (`dropStopId`).
 */
export const StudentTransport = pgTable(
  'StudentTransport',
  {
    id: id(),
    schoolId: schoolId(),
    studentId: uuid('studentId')
      .notNull()
      .references(() => Student.id, { onDelete: 'cascade' }),
    routeId: uuid('routeId')
      .notNull()
      .references(() => BusRoute.id),
    /** The pickup stop. */
    stopId: uuid('stopId')
      .notNull()
      .references(() => BusStop.id),
    /** The drop stop (may differ from the pickup stop). */
    dropStopId: uuid('dropStopId')
      .notNull()
      .references(() => BusStop.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('StudentTransport_studentId_key').on(t.studentId), index('StudentTransport_routeId_idx').on(t.routeId)],
);

export const Trip = pgTable(
  'Trip',
  {
    id: id(),
    schoolId: schoolId(),
    busId: uuid('busId')
      .notNull()
      .references(() => Bus.id),
    routeId: uuid('routeId')
      .notNull()
      .references(() => BusRoute.id),
    date: date('date').notNull(),
    direction: varchar('direction', { length: 10 }).notNull(),
    status: varchar('status', { length: 20 }).notNull().default('SCHEDULED'),
    startedAt: timestamp('startedAt', { withTimezone: true }),
    endedAt: timestamp('endedAt', { withTimezone: true }),
    /** When the trip is due at its first stop (from the route's times); null when the route has none. */
    scheduledAt: timestamp('scheduledAt', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('Trip_school_bus_date_idx').on(t.schoolId, t.busId, t.date),
    index('Trip_date_idx').on(t.date),
    // One trip per route, day and direction: scheduleTrips is idempotent on it.
    uniqueIndex('Trip_routeId_date_direction_key').on(t.routeId, t.date, t.direction),
    // A bus cannot run two trips of one direction at the same scheduled time.
    uniqueIndex('Trip_busId_direction_scheduledAt_key').on(t.busId, t.direction, t.scheduledAt),
    check('Trip_direction_check', sql`${t.direction} IN ('PICKUP', 'DROP')`),
    check('Trip_status_check', sql`${t.status} IN ('SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')`),
  ],
);

export const TripStop = pgTable(
  'TripStop',
  {
    id: id(),
    schoolId: schoolId(),
    tripId: uuid('tripId')
      .notNull()
      .references(() => Trip.id, { onDelete: 'cascade' }),
    stopId: uuid('stopId')
      .notNull()
      .references(() => BusStop.id),
    sequence: integer('sequence').notNull(),
    scheduledAt: timestamp('scheduledAt', { withTimezone: true }),
    arrivedAt: timestamp('arrivedAt', { withTimezone: true }),
    /** The bus went past this stop without stopping (recorded when it arrived at a later stop with `skipped`). */
    skipped: boolean('skipped').notNull().default(false),
  },
  (t) => [
    uniqueIndex('TripStop_tripId_sequence_key').on(t.tripId, t.sequence),
    uniqueIndex('TripStop_tripId_stopId_key').on(t.tripId, t.stopId),
  ],
);

/**
 * One event of a student on a trip, with its stop, time and who marked it: boarding (BOARDED, or
 * ABSENT) and, later, the drop (DROPPED). `kind` is derived from the status, so a student has at
 * most one boarding and one drop per trip and a drop never overwrites the boarding.
 */
export const TripStudentMark = pgTable(
  'TripStudentMark',
  {
    id: id(),
    schoolId: schoolId(),
    tripId: uuid('tripId')
      .notNull()
      .references(() => Trip.id, { onDelete: 'cascade' }),
    studentId: uuid('studentId')
      .notNull()
      .references(() => Student.id, { onDelete: 'cascade' }),
    stopId: uuid('stopId').references(() => BusStop.id),
    status: varchar('status', { length: 20 }).notNull(),
    markedBy: uuid('markedBy'),
    markedAt: timestamp('markedAt', { withTimezone: true }).notNull().defaultNow(),
    kind: varchar('kind', { length: 10 })
      .notNull()
      .generatedAlwaysAs(sql`CASE WHEN "status" = 'DROPPED' THEN 'DROP' ELSE 'BOARDING' END`),
  },
  (t) => [
    uniqueIndex('TripStudentMark_tripId_studentId_kind_key').on(t.tripId, t.studentId, t.kind),
    index('TripStudentMark_studentId_markedAt_idx').on(t.studentId, t.markedAt),
    check('TripStudentMark_status_check', sql`${t.status} IN ('BOARDED', 'DROPPED', 'ABSENT')`),
  ],
);

/**
 * Supporting table (not in the design): who rides a one-off route's trip, where they get on and
 * off. A student rides any number of one-off trips besides their regular route (StudentTransport).
 */
export const OneOffRider = pgTable(
  'OneOffRider',
  {
    id: id(),
    schoolId: schoolId(),
    routeId: uuid('routeId')
      .notNull()
      .references(() => BusRoute.id, { onDelete: 'cascade' }),
    studentId: uuid('studentId')
      .notNull()
      .references(() => Student.id, { onDelete: 'cascade' }),
    /** Where the student gets on. */
    stopId: uuid('stopId')
      .notNull()
      .references(() => BusStop.id),
    /** Where the student gets off. */
    dropStopId: uuid('dropStopId')
      .notNull()
      .references(() => BusStop.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('OneOffRider_routeId_studentId_key').on(t.routeId, t.studentId), index('OneOffRider_studentId_idx').on(t.studentId)],
);

/**
 * Everyone a route carries: the regular riders (StudentTransport) and a one-off route's
 * (OneOffRider), one shape. Reads of a route's riders go through it, so a trip's manifest, counts
 * and marking treat both alike; writes go to the tables.
 */
export const RouteRider = pgView('RouteRider', {
  id: uuid('id').notNull(),
  schoolId: uuid('schoolId').notNull(),
  studentId: uuid('studentId').notNull(),
  routeId: uuid('routeId').notNull(),
  stopId: uuid('stopId').notNull(),
  dropStopId: uuid('dropStopId').notNull(),
  createdAt: timestamp('createdAt', { withTimezone: true }).notNull(),
}).as(
  sql`SELECT id, "schoolId", "studentId", "routeId", "stopId", "dropStopId", "createdAt" FROM "StudentTransport"
  UNION ALL SELECT id, "schoolId", "studentId", "routeId", "stopId", "dropStopId", "createdAt" FROM "OneOffRider"`,
);
