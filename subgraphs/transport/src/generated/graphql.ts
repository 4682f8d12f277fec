import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AuditEntryRow, Connection, AggregateKey } from '@syncad/subgraph-kit';
import type { StudentRef, BusRow, BusStopRow, BusRouteRow, RouteStopRow, StudentTransportRow, TripRow, TripStopRow, TripProgressModel, TripMarkRow, StudentTripModel, TripManifestModel, ManifestStopModel, TripScheduleModel, SkippedTripModel, StopMarkingModel } from '../shared/rows';
import type { TransportAggregateModel, TransportGroupModel } from '../modules/marks/transportAggregate';
import type { TransportContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day as YYYY-MM-DD, e.g. "2026-06-01"; impossible dates such as 2026-02-30 are refused. */
  Date: { input: string; output: string; }
  /** An instant in ISO 8601 with a time zone, e.g. "2026-06-01T08:30:00.000Z"; answers are always in UTC. */
  DateTime: { input: string; output: Date | string; }
  /**
   * An exact decimal number with two places, as a string, e.g. "1250.50" (money, marks, percentages).
   * Send it as a string too: a JSON number may already have lost precision.
   */
  Decimal: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Input of addRouteStop. */
export type AddRouteStopInput = {
  /** When the bus is due here on a DROP trip, "HH:MM". */
  dropTime?: InputMaybe<Scalars['String']['input']>;
  /** When the bus is due here on a PICKUP trip, "HH:MM". */
  pickupTime?: InputMaybe<Scalars['String']['input']>;
  /** Where it goes, from 1 (PICKUP order); at the end when omitted. Later stops move down one. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** The route. */
  routeId: Scalars['ID']['input'];
  /** The stop (not on the route yet). */
  stopId: Scalars['ID']['input'];
};

/** Input of arriveAtStop. */
export type ArriveAtStopInput = {
  /**
   * Set to true to arrive past stops not reached yet: they are recorded as skipped. Without it
   * only the next stop in order is accepted. Stops already passed are always refused.
   */
  skipped?: InputMaybe<Scalars['Boolean']['input']>;
  /** The stop reached: the next one in order, or a later one with `skipped`. */
  stopId: Scalars['ID']['input'];
  /** The trip (IN_PROGRESS). */
  tripId: Scalars['ID']['input'];
};

/** Input of assignStudentTransport. */
export type AssignStudentTransportInput = {
  /** Where the student gets off the DROP trip (a stop of the route); the pickup stop when omitted. */
  dropStopId?: InputMaybe<Scalars['ID']['input']>;
  /** Where the student boards the PICKUP trip (a stop of the route). */
  pickupStopId: Scalars['ID']['input'];
  /** The route (active, with a bus that has a free seat). */
  routeId: Scalars['ID']['input'];
  /** The student (active). */
  studentId: Scalars['ID']['input'];
};

/** What a change did to its record. */
export enum AuditAction {
  /** The record was made. */
  Created = 'CREATED',
  /** The record was removed. */
  Deleted = 'DELETED',
  /** Some of its fields changed. */
  Updated = 'UPDATED'
}

/** Who made a change the audit trail records. */
export enum AuditActorKind {
  /** An API key (`by` names the key and its role). */
  ApiKey = 'API_KEY',
  /** A change made in the database outside the API (a migration, an operator's SQL): `by` is null. */
  Database = 'DATABASE',
  /** A signed-in person (`by` is their card). */
  User = 'USER'
}

/**
 * One field of a record as a change left it, with its value before and after written as text
 * (numbers and money exactly as stored, records named by their ids, instants in ISO 8601; null
 * where the field was empty, or the record did not exist yet or any more).
 */
export type AuditChange = {
  __typename?: 'AuditChange';
  /** Its value after the change; null when empty or the record was being removed. */
  after?: Maybe<Scalars['String']['output']>;
  /** Its value before the change; null when empty or the record was being created. */
  before?: Maybe<Scalars['String']['output']>;
  /** The changed column as stored, e.g. `status`, `marks`, `studentId` (a role's permissions: `<module>.<read|write|delete>`). */
  field: Scalars['String']['output'];
};

/**
 * One change of an audited record (attendance marks, results, exams, fee structures, vouchers,
 * boarding marks, roles with their permissions, memberships, and guardian links), recorded by the database in the
 * transaction that made it: it cannot be altered or removed, through the API or in the database.
 */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What the change did to the record. */
  action: AuditAction;
  /** Who made it: a person, an API key, or the DATABASE (outside the API). */
  actorKind: AuditActorKind;
  /** When the change was made (the start of its transaction: the entries of one change share it). */
  at: Scalars['DateTime']['output'];
  /** The person or API key that made the change; null for a DATABASE change or someone no longer in the school. */
  by?: Maybe<User>;
  /** The fields the change set: every field of a created or deleted record, those that differ for an update. A bounded list: at most one per column of the record. */
  changes: Array<AuditChange>;
  /** The changed record's id, as its type's `id` answers it (a membership's: its user's). */
  recordId: Scalars['ID']['output'];
  /** The GraphQL type of the changed record, e.g. `AttendanceRecord`, `ExamResult`, `Role`. */
  recordType: Scalars['String']['output'];
};

/** A bus of the school's fleet. */
export type Bus = {
  __typename?: 'Bus';
  /** Seats: a route this bus runs takes at most this many students. */
  capacity: Scalars['Int']['output'];
  /** The driver's name. */
  driverName?: Maybe<Scalars['String']['output']>;
  /** The driver's phone number. */
  driverPhone?: Maybe<Scalars['String']['output']>;
  /** The global id (see Node): opaque, stable, valid only in the caller's school. */
  id: Scalars['ID']['output'];
  /** Whether the bus is in service; the routes of an inactive bus get no new trips. */
  isActive: Scalars['Boolean']['output'];
  /** The registration number, unique within the school, e.g. "KL-07-BUS-1". */
  registrationNo: Scalars['String']['output'];
  /** The routes this bus runs, by name. A bounded list: a bus runs at most 20 routes. */
  routes: Array<BusRoute>;
};

/** A page of buses, by registration number. */
export type BusConnection = {
  __typename?: 'BusConnection';
  /** The buses of this page, each with its cursor. */
  edges: Array<BusEdge>;
  /** The buses of this page, without cursors. */
  nodes: Array<Bus>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many buses match, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A bus in a page. */
export type BusEdge = {
  __typename?: 'BusEdge';
  /** Pass as `after` to continue after this bus. */
  cursor: Scalars['String']['output'];
  /** The bus. */
  node: Bus;
};

/** A route: an ordered list of stops one bus runs, morning (PICKUP) and afternoon (DROP). */
export type BusRoute = {
  __typename?: 'BusRoute';
  /** The bus that runs the route; null while none is assigned (such a route takes no students and gets no trips). */
  bus?: Maybe<Bus>;
  /** A description for staff. */
  description?: Maybe<Scalars['String']['output']>;
  /** The global id (see Node): opaque, stable, valid only in the caller's school. */
  id: Scalars['ID']['output'];
  /** Whether scheduleTrips plans trips for this route. */
  isActive: Scalars['Boolean']['output'];
  /** The route's name, e.g. "Route 1". */
  name: Scalars['String']['output'];
  /** The day of the one-off trip this route was made for (createOneOffTrip); null for a regular route. */
  oneOffOn?: Maybe<Scalars['Date']['output']>;
  /** How many students are assigned to the route (at most the bus's capacity). */
  riderCount: Scalars['Int']['output'];
  /** The students assigned to the route, in the order they were assigned; a STUDENT caller sees only their own assignment. */
  riders: StudentTransportConnection;
  /**
   * The route's stops in PICKUP order, each with its time for both directions; a DROP trip visits
   * them in reverse order. A bounded list: a route has at most 50 stops.
   */
  stops: Array<RouteStop>;
};


/** A route: an ordered list of stops one bus runs, morning (PICKUP) and afternoon (DROP). */
export type BusRouteRidersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of routes, by name. */
export type BusRouteConnection = {
  __typename?: 'BusRouteConnection';
  /** The routes of this page, each with its cursor. */
  edges: Array<BusRouteEdge>;
  /** The routes of this page, without cursors. */
  nodes: Array<BusRoute>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many routes match, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A route in a page. */
export type BusRouteEdge = {
  __typename?: 'BusRouteEdge';
  /** Pass as `after` to continue after this route. */
  cursor: Scalars['String']['output'];
  /** The route. */
  node: BusRoute;
};

/** A place where buses stop. */
export type BusStop = {
  __typename?: 'BusStop';
  /** The street address, if recorded. */
  address?: Maybe<Scalars['String']['output']>;
  /** The global id (see Node): opaque, stable, valid only in the caller's school. */
  id: Scalars['ID']['output'];
  /** Latitude in degrees (-90 to 90, six decimal places), if recorded. */
  latitude?: Maybe<Scalars['Float']['output']>;
  /** Longitude in degrees (-180 to 180, six decimal places), if recorded. */
  longitude?: Maybe<Scalars['Float']['output']>;
  /** The stop's name, e.g. "Market". */
  name: Scalars['String']['output'];
};

/** A page of stops, by name. */
export type BusStopConnection = {
  __typename?: 'BusStopConnection';
  /** The stops of this page, each with its cursor. */
  edges: Array<BusStopEdge>;
  /** The stops of this page, without cursors. */
  nodes: Array<BusStop>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many stops match, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A stop in a page. */
export type BusStopEdge = {
  __typename?: 'BusStopEdge';
  /** Pass as `after` to continue after this stop. */
  cursor: Scalars['String']['output'];
  /** The stop. */
  node: BusStop;
};

/** Input of createBusStop and updateBusStop. */
export type BusStopInput = {
  /** The street address (null removes it). */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Latitude in degrees, -90 to 90; give both coordinates or neither (null removes them). */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Longitude in degrees, -180 to 180. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** The stop's name (at most 100 characters); required when creating. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Input of cancelTrip. */
export type CancelTripInput = {
  /** The trip. */
  tripId: Scalars['ID']['input'];
};

/** Input of completeTrip. */
export type CompleteTripInput = {
  /** The trip. */
  tripId: Scalars['ID']['input'];
};

/** Input of correctTripMark: the mark's id, and the fields to correct. */
export type CorrectTripMarkInput = {
  /** The mark. */
  id: Scalars['ID']['input'];
  /** Its correct status (of the same kind: BOARDED or ABSENT for a boarding). */
  status?: InputMaybe<TripMarkStatus>;
  /** The stop where it really happened (a stop of the trip). */
  stopId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of createBus. */
export type CreateBusInput = {
  /** Seats, 1 to 120. */
  capacity: Scalars['Int']['input'];
  /** The driver's name. */
  driverName?: InputMaybe<Scalars['String']['input']>;
  /** The driver's phone number. */
  driverPhone?: InputMaybe<Scalars['String']['input']>;
  /** Unique within the school (at most 30 characters). */
  registrationNo: Scalars['String']['input'];
};

/** Input of createBusRoute. */
export type CreateBusRouteInput = {
  /** The bus that runs it. */
  busId?: InputMaybe<Scalars['ID']['input']>;
  /** A description for staff. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The route's name (at most 100 characters). */
  name: Scalars['String']['input'];
  /** The stops in PICKUP order (each once, at most 50). */
  stops?: InputMaybe<Array<RouteStopInput>>;
};

/** Input of createOneOffTrip. */
export type CreateOneOffTripInput = {
  /** The bus (in service, with a seat for every rider). */
  busId: Scalars['ID']['input'];
  /** The day (today at the school or later, within a year). */
  date: Scalars['Date']['input'];
  /** How the trip is listed with the day's others; riders get on and off where `riders` says. */
  direction: TripDirection;
  /**
   * An extra run of this regular route, instead of `stops` and `riders`: its stops in the direction's
   * visiting order with that direction's times, and its riders, who get on at their pickup stop and
   * off at the last stop (PICKUP), or on at the first stop and off at their drop stop (DROP).
   */
  fromRouteId?: InputMaybe<Scalars['ID']['input']>;
  /** What the trip is, e.g. "Field trip: Science Museum" (1 to 100 characters): its route's name. */
  name: Scalars['String']['input'];
  /** Who rides (at least one, each once), and where they get on and off. Required unless `fromRouteId` is given. */
  riders?: InputMaybe<Array<OneOffTripRiderInput>>;
  /** With `fromRouteId`: when the run is due at its first stop, "HH:MM"; the route's times move with it. */
  startAt?: InputMaybe<Scalars['String']['input']>;
  /** The stops in visiting order: 2 to 50, each once. Required unless `fromRouteId` is given. */
  stops?: InputMaybe<Array<OneOffTripStopInput>>;
};

/** Input of deleteBus. */
export type DeleteBusInput = {
  /** The bus. */
  id: Scalars['ID']['input'];
};

/** Input of deleteBusRoute. */
export type DeleteBusRouteInput = {
  /** The route. */
  id: Scalars['ID']['input'];
};

/** Input of deleteBusStop. */
export type DeleteBusStopInput = {
  /** The stop. */
  id: Scalars['ID']['input'];
};

/**
 * The closed set of `extensions.code` values an error of this API carries (the README's error table
 * gives each one's HTTP status). Clients branch on the code, never on the message.
 */
export enum ErrorCode {
  /** The HTTP request itself is wrong: malformed JSON, no query, a batch, a body over the limit (HTTP 400 or 413). */
  BadRequest = 'BAD_REQUEST',
  /** A bad argument or variable (`extensions.field` names it), or an operation too costly to run (HTTP 400). */
  BadUserInput = 'BAD_USER_INPUT',
  /** A duplicate or a state that forbids the change (an admission number taken, a voucher already reversed). */
  Conflict = 'CONFLICT',
  /** The caller's role lacks a module permission (HTTP 403, `extensions.missing` lists each module:action with its paths). */
  Forbidden = 'FORBIDDEN',
  /** The query is not valid GraphQL syntax (HTTP 400). */
  GraphqlParseFailed = 'GRAPHQL_PARSE_FAILED',
  /** The query does not fit the schema, or is nested too deep or selects too many fields (HTTP 400). */
  GraphqlValidationFailed = 'GRAPHQL_VALIDATION_FAILED',
  /** A bug on our side; the message is masked and the details are in the server log (HTTP 500). */
  InternalServerError = 'INTERNAL_SERVER_ERROR',
  /** No such record in the caller's school, or a Host that names no school (HTTP 404). */
  NotFound = 'NOT_FOUND',
  /** The document holds several operations and `operationName` names none of them (HTTP 400). */
  OperationResolutionFailure = 'OPERATION_RESOLUTION_FAILURE',
  /** A login with a password the school reset: sign in again with it and a `newPassword` of your own (a field error). */
  PasswordChangeRequired = 'PASSWORD_CHANGE_REQUIRED',
  /** An automatic persisted query hash the server does not know: send the query text with it. */
  PersistedQueryNotFound = 'PERSISTED_QUERY_NOT_FOUND',
  /** A persisted-query request this server does not accept (HTTP 400). */
  PersistedQueryNotSupported = 'PERSISTED_QUERY_NOT_SUPPORTED',
  /** A part of the system (`extensions.service` names it) is down, too slow or too busy: its fields are null, the rest is answered; retry shortly. */
  SubgraphUnavailable = 'SUBGRAPH_UNAVAILABLE',
  /** The school's database is unreachable, saturated or too slow: retry shortly (HTTP 503). */
  TenantUnavailable = 'TENANT_UNAVAILABLE',
  /** Too many login attempts: retry after `extensions.retryAfter` seconds (HTTP 429, Retry-After). */
  TooManyRequests = 'TOO_MANY_REQUESTS',
  /** No valid token (HTTP 401), or a failed login or refresh (a field error): one message for every cause. */
  Unauthenticated = 'UNAUTHENTICATED'
}

/** The students of one stop of a manifest. */
export type ManifestStop = {
  __typename?: 'ManifestStop';
  /** Those of `expected` marked ABSENT. A bounded list: a subset of `expected`. */
  absent: Array<StudentTrip>;
  /** Those of `expected` marked BOARDED. A bounded list: a subset of `expected`. */
  boarded: Array<StudentTrip>;
  /** Those of `expected` marked DROPPED. A bounded list: a subset of `expected`. */
  dropped: Array<StudentTrip>;
  /** Every student of this stop with both marks, in the order they were assigned. A bounded list: the trip's students (a route's riders are at most its bus's seats). */
  expected: Array<StudentTrip>;
  /** Those of `expected` with no boarding mark yet. A bounded list: a subset of `expected`. */
  notMarked: Array<StudentTrip>;
  /** The stop. */
  stop: BusStop;
  /** The stop on this trip (arrival, skipped); null for a stop not on the trip (a route changed after scheduling). */
  tripStop?: Maybe<TripStop>;
};

/** Input of markStopStudents. */
export type MarkStopStudentsInput = {
  /** One entry per student, at most 200. */
  marks: Array<StudentMarkInput>;
  /** The stop where the marks happen (reached by the trip, not skipped). */
  stopId: Scalars['ID']['input'];
  /** The trip (IN_PROGRESS). */
  tripId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Puts a stop on a route. Trips already scheduled keep their stops. */
  addRouteStop: BusRoute;
  /** Records the bus's arrival at the trip's next stop (or a later one with `skipped`); going back is refused. */
  arriveAtStop: Trip;
  /**
   * Assigns a student to a route with a pickup and a drop stop (replacing any earlier assignment);
   * CONFLICT when the route's bus has no free seat.
   */
  assignStudentTransport: StudentTransport;
  /** Cancels a SCHEDULED or IN_PROGRESS trip; marks already made are kept. */
  cancelTrip: Trip;
  /** Completes an IN_PROGRESS trip; stops not reached are recorded as skipped. */
  completeTrip: Trip;
  /**
   * Corrects a boarding or drop mark made in error, on a trip of any status: the status within its
   * kind (BOARDED and ABSENT are boardings; a drop stays DROPPED) and the stop, which must be on the
   * trip. A boarding with a drop after it stays BOARDED (CONFLICT). The mark's time stays; `markedBy`
   * becomes the corrector, and the audit trail keeps what it was (`history`).
   */
  correctTripMark: TripMark;
  /** Adds a bus to the fleet; CONFLICT on a registration number already used. */
  createBus: Bus;
  /** Creates a route with its stops. */
  createBusRoute: BusRoute;
  /** Adds a stop. */
  createBusStop: BusStop;
  /**
   * Plans a one-off trip (a field trip, an extra run) on a day: the stops in visiting order and who
   * rides, each with where they get on and off; or, for an extra run, a regular route to copy them
   * from (`fromRouteId`, with `startAt`). It gets a route of its own (BusRoute.oneOffOn: never
   * planned by scheduleTrips, not in busRoutes, not changed on its own), then runs like any trip:
   * started, stops reached, riders marked; its manifest lists its riders. Students who ride it see it
   * in their `trips`. CONFLICT when the bus already runs a trip of that direction at that time.
   */
  createOneOffTrip: Trip;
  /** Removes a bus that never ran a trip nor runs a route (CONFLICT otherwise: deactivate it instead); returns its global id. */
  deleteBus: Scalars['ID']['output'];
  /** Removes a route with no riders and no trips (CONFLICT otherwise: deactivate it instead); returns its global id. */
  deleteBusRoute: Scalars['ID']['output'];
  /** Removes a stop no route, rider or trip uses (CONFLICT otherwise); returns its global id. */
  deleteBusStop: Scalars['ID']['output'];
  /**
   * Marks students at a stop of an IN_PROGRESS trip, all in one statement: any refused entry (a
   * student not on the route, a duplicate mark, a drop before boarding) refuses the whole call and
   * writes nothing.
   */
  markStopStudents: StopMarking;
  /** Takes a stop off a route; CONFLICT while students board or get off there. */
  removeRouteStop: BusRoute;
  /** Puts a route's stops in a new order: `stopIds` lists every stop of the route once, in PICKUP order. */
  reorderRouteStops: BusRoute;
  /**
   * Plans a day's trips: one PICKUP and one DROP trip for every active route with a bus and stops,
   * each with the route's stops and times. Idempotent: trips already planned are kept, never doubled.
   * Routes are taken by name: a route direction whose bus already runs a trip of that direction at
   * the same time (an existing trip, or one of a route earlier by name) is skipped, with why.
   */
  scheduleTrips: TripSchedule;
  /** Sets the times of a route's stop for both directions. */
  setRouteStopTimes: BusRoute;
  /** Starts a SCHEDULED trip of today; CONFLICT when its bus is still on another trip. */
  startTrip: Trip;
  /** Ends a student's assignment (their marks stay); returns the student's global id. */
  unassignStudentTransport: Scalars['ID']['output'];
  /** Changes a bus; CONFLICT when its capacity would fall below a route's riders. */
  updateBus: Bus;
  /** Changes a route: only the fields given change. Trips already scheduled keep their bus. */
  updateBusRoute: BusRoute;
  /** Changes a stop: only the fields given change. */
  updateBusStop: BusStop;
};


export type MutationAddRouteStopArgs = {
  input: AddRouteStopInput;
};


export type MutationArriveAtStopArgs = {
  input: ArriveAtStopInput;
};


export type MutationAssignStudentTransportArgs = {
  input: AssignStudentTransportInput;
};


export type MutationCancelTripArgs = {
  input: CancelTripInput;
};


export type MutationCompleteTripArgs = {
  input: CompleteTripInput;
};


export type MutationCorrectTripMarkArgs = {
  input: CorrectTripMarkInput;
};


export type MutationCreateBusArgs = {
  input: CreateBusInput;
};


export type MutationCreateBusRouteArgs = {
  input: CreateBusRouteInput;
};


export type MutationCreateBusStopArgs = {
  input: BusStopInput;
};


export type MutationCreateOneOffTripArgs = {
  input: CreateOneOffTripInput;
};


export type MutationDeleteBusArgs = {
  input: DeleteBusInput;
};


export type MutationDeleteBusRouteArgs = {
  input: DeleteBusRouteInput;
};


export type MutationDeleteBusStopArgs = {
  input: DeleteBusStopInput;
};


export type MutationMarkStopStudentsArgs = {
  input: MarkStopStudentsInput;
};


export type MutationRemoveRouteStopArgs = {
  input: RemoveRouteStopInput;
};


export type MutationReorderRouteStopsArgs = {
  input: ReorderRouteStopsInput;
};


export type MutationScheduleTripsArgs = {
  input: ScheduleTripsInput;
};


export type MutationSetRouteStopTimesArgs = {
  input: SetRouteStopTimesInput;
};


export type MutationStartTripArgs = {
  input: StartTripInput;
};


export type MutationUnassignStudentTransportArgs = {
  input: UnassignStudentTransportInput;
};


export type MutationUpdateBusArgs = {
  input: UpdateBusInput;
};


export type MutationUpdateBusRouteArgs = {
  input: UpdateBusRouteInput;
};


export type MutationUpdateBusStopArgs = {
  input: UpdateBusStopInput;
};

/** A rider of a one-off trip. */
export type OneOffTripRiderInput = {
  /** Where they get on: one of the trip's stops. */
  boardAt: Scalars['ID']['input'];
  /** Where they get off: one of the trip's stops, after `boardAt`. */
  getOffAt: Scalars['ID']['input'];
  /** The student. */
  studentId: Scalars['ID']['input'];
};

/** A stop of a one-off trip. */
export type OneOffTripStopInput = {
  /** The stop. */
  stopId: Scalars['ID']['input'];
  /** When the bus is due there, school-local "HH:MM" (24-hour); the first stop's time is the trip's. */
  time?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Where a page of a connection starts and ends, as the Relay connection specification has it.
 * Shared by every subgraph's connections; reachable only through connection fields that carry
 * their own module rules.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page (pass as `after`); null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items come before this page: true when it was asked for `after` a cursor, false for the first page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item of this page; null for an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** A bus by id; null when unknown. */
  bus?: Maybe<Bus>;
  /** A route by id; null when unknown. */
  busRoute?: Maybe<BusRoute>;
  /** The school's routes, by name (a one-off trip's route is seen through its trip). */
  busRoutes?: Maybe<BusRouteConnection>;
  /** A stop by id; null when unknown. */
  busStop?: Maybe<BusStop>;
  /** The school's bus stops, by name. */
  busStops?: Maybe<BusStopConnection>;
  /** The school's buses, by registration number. */
  buses?: Maybe<BusConnection>;
  /**
   * The boarding and drop marks of trips from `from` to `to` (at most 366 days; the last 366 when omitted): students boarded,
   * dropped and absent, with the trips and students marked, grouped by the keys in `groupBy`: one SQL
   * statement whatever the number of groups. A student's or guardian's aggregate covers their own
   * students' marks only.
   * Example: `transportAggregate(input: { from: "2026-11-01", to: "2026-11-30", groupBy: [ROUTE, DAY] })
   * { groups { key { route { name } day } boarded absent } }`.
   */
  transportAggregate?: Maybe<TransportAggregate>;
  /**
   * A student's transport history: every trip they were marked on (boarded, absent or dropped),
   * newest first, with both marks. NOT_FOUND for an unknown student, or another student for a
   * STUDENT caller.
   */
  transportHistory?: Maybe<StudentTripConnection>;
  /** A trip by id; null when unknown. */
  trip?: Maybe<Trip>;
  /**
   * The trips of a day (today at the school when `date` is omitted) with their progress, in
   * scheduled order; null only on an error.
   */
  trips?: Maybe<TripConnection>;
};


export type QueryBusArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBusRouteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBusRoutesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryBusStopArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBusStopsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryBusesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryTransportAggregateArgs = {
  input: TransportAggregateInput;
};


export type QueryTransportHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  studentId: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryTripArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTripsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  routeId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<TripStatus>;
};

/** Input of removeRouteStop. */
export type RemoveRouteStopInput = {
  /** The route. */
  routeId: Scalars['ID']['input'];
  /** The stop. */
  stopId: Scalars['ID']['input'];
};

/** Input of reorderRouteStops. */
export type ReorderRouteStopsInput = {
  /** The route. */
  routeId: Scalars['ID']['input'];
  /** Every stop of the route, in the new order. */
  stopIds: Array<Scalars['ID']['input']>;
};

/** A stop of a route, with when the bus is due there in each direction. */
export type RouteStop = {
  __typename?: 'RouteStop';
  /** When the bus is due here on a DROP trip, school-local "HH:MM" (24-hour); null when not set. */
  dropTime?: Maybe<Scalars['String']['output']>;
  /** When the bus is due here on a PICKUP trip, school-local "HH:MM" (24-hour); null when not set. */
  pickupTime?: Maybe<Scalars['String']['output']>;
  /** The position on the route, from 1 (PICKUP order). */
  sequence: Scalars['Int']['output'];
  /** The stop. */
  stop: BusStop;
};

/** A stop of a route, with its times. */
export type RouteStopInput = {
  /** When the bus is due here on a DROP trip, school-local "HH:MM" (24-hour). */
  dropTime?: InputMaybe<Scalars['String']['input']>;
  /** When the bus is due here on a PICKUP trip, school-local "HH:MM" (24-hour). */
  pickupTime?: InputMaybe<Scalars['String']['input']>;
  /** The stop. */
  stopId: Scalars['ID']['input'];
};

/** Input of scheduleTrips. */
export type ScheduleTripsInput = {
  /** The day (today at the school or later, within a year). */
  date: Scalars['Date']['input'];
};

/** Input of setRouteStopTimes. */
export type SetRouteStopTimesInput = {
  /** When the bus is due here on a DROP trip, "HH:MM"; null clears it. */
  dropTime?: InputMaybe<Scalars['String']['input']>;
  /** When the bus is due here on a PICKUP trip, "HH:MM"; null clears it. */
  pickupTime?: InputMaybe<Scalars['String']['input']>;
  /** The route. */
  routeId: Scalars['ID']['input'];
  /** The stop (on the route). */
  stopId: Scalars['ID']['input'];
};

/** A route direction scheduleTrips did not plan a trip for. */
export type SkippedTrip = {
  __typename?: 'SkippedTrip';
  /** The direction. */
  direction: TripDirection;
  /** Why, e.g. "the route has no bus" or "bus KL-1 already runs a PICKUP trip at 07:30". */
  reason: Scalars['String']['output'];
  /** The route. */
  route: BusRoute;
};

/** Input of startTrip. */
export type StartTripInput = {
  /** The trip. */
  tripId: Scalars['ID']['input'];
};

/** What markStopStudents stored. */
export type StopMarking = {
  __typename?: 'StopMarking';
  /** How many marks were stored. */
  marked: Scalars['Int']['output'];
  /** The stored marks. A bounded list: one per entry of the call, at most 200. */
  marks: Array<TripMark>;
  /** The stop. */
  stop: BusStop;
  /** The trip. */
  trip: Trip;
};

/**
 * A student of the school, as the academics subgraph owns it; transport adds how the student
 * travels. A STUDENT-role caller sees only their own.
 */
export type Student = {
  __typename?: 'Student';
  /** The student's id (the academics subgraph's key: its rule applies). */
  id: Scalars['ID']['output'];
  /**
   * The student's route, pickup and drop stops and today's two trips with their marks; null when
   * the student is not assigned to a route.
   */
  transport?: Maybe<StudentTransport>;
};

/** One student's mark in markStopStudents. */
export type StudentMarkInput = {
  /** BOARDED or ABSENT (once per trip), or DROPPED (once, after BOARDED). */
  status: TripMarkStatus;
  /** The student (assigned to the trip's route). */
  studentId: Scalars['ID']['input'];
};

/** How a student travels: their route, where they get on in the morning and off in the afternoon. */
export type StudentTransport = {
  __typename?: 'StudentTransport';
  /** Where the student gets off the DROP trip (may differ from the pickup stop). */
  dropStop: BusStop;
  /** The assignment's id. */
  id: Scalars['ID']['output'];
  /** Where the student boards the PICKUP trip. */
  pickupStop: BusStop;
  /** The route. */
  route: BusRoute;
  /** The student. */
  student: Student;
  /** Today's DROP trip of the route (at the school's date) with this student's marks; null when none is planned. */
  todaysDrop?: Maybe<StudentTrip>;
  /** Today's PICKUP trip of the route (at the school's date) with this student's marks; null when none is planned. */
  todaysPickup?: Maybe<StudentTrip>;
};

/** A page of route assignments, in the order they were made. */
export type StudentTransportConnection = {
  __typename?: 'StudentTransportConnection';
  /** The assignments of this page, each with its cursor. */
  edges: Array<StudentTransportEdge>;
  /** The assignments of this page, without cursors. */
  nodes: Array<StudentTransport>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many assignments match, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A route assignment in a page. */
export type StudentTransportEdge = {
  __typename?: 'StudentTransportEdge';
  /** Pass as `after` to continue after this assignment. */
  cursor: Scalars['String']['output'];
  /** The assignment. */
  node: StudentTransport;
};

/** One student on one trip: their boarding mark and their drop mark, each null while not made. */
export type StudentTrip = {
  __typename?: 'StudentTrip';
  /** Whether the student is assigned to the trip's route now. */
  assigned: Scalars['Boolean']['output'];
  /** BOARDED or ABSENT; null while not marked. */
  boarding?: Maybe<TripMark>;
  /** DROPPED; null while not dropped. */
  drop?: Maybe<TripMark>;
  /** The student. */
  student: Student;
  /** The trip. */
  trip: Trip;
};

/** A page of a student's trips, newest first. */
export type StudentTripConnection = {
  __typename?: 'StudentTripConnection';
  /** The trips of this page, each with its cursor. */
  edges: Array<StudentTripEdge>;
  /** The trips of this page, without cursors. */
  nodes: Array<StudentTrip>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many trips match, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A student's trip in a page. */
export type StudentTripEdge = {
  __typename?: 'StudentTripEdge';
  /** Pass as `after` to continue after this trip. */
  cursor: Scalars['String']['output'];
  /** The student's trip. */
  node: StudentTrip;
};

/** Trip marks counted: the total and one line per group (at most 1000; more is refused with BAD_USER_INPUT). */
export type TransportAggregate = {
  __typename?: 'TransportAggregate';
  /** A bounded list: the keys grouped by, as asked (duplicates dropped). */
  groupBy: Array<TransportGroupBy>;
  /** A bounded list: one group per combination of key values met (at most 1000), in key order; with no key, the total. */
  groups: Array<TransportGroup>;
  /** Every mark counted: the total (its key is empty). */
  total: TransportGroup;
};

/** Which marks to count and how to group them. */
export type TransportAggregateInput = {
  /** The first day; with `to` omitted too, the 366 days ending today at the school. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** The keys to group by, in the order the groups are sorted; none: the total alone. */
  groupBy: Array<TransportGroupBy>;
  /** Only trips of this route. */
  routeId?: InputMaybe<Scalars['ID']['input']>;
  /** The last day (at most 366 days after `from`); give both or neither. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** The marks of one group, counted. */
export type TransportGroup = {
  __typename?: 'TransportGroup';
  /** ABSENT marks (expected at a pickup, did not come). */
  absent: Scalars['Int']['output'];
  /** BOARDED marks. */
  boarded: Scalars['Int']['output'];
  /** DROPPED marks. */
  dropped: Scalars['Int']['output'];
  /** The group's key values: the keys grouped by are set, the others null. */
  key: TransportGroupKey;
  /** Students marked in the group. */
  students: Scalars['Int']['output'];
  /** Trips with marks in the group. */
  trips: Scalars['Int']['output'];
};

/** A key trip marks can be grouped by. */
export enum TransportGroupBy {
  /** The trip's day. */
  Day = 'DAY',
  /** PICKUP or DROP. */
  Direction = 'DIRECTION',
  /** The trip's route. */
  Route = 'ROUTE',
  /** The stop the mark was made at; null for marks without one. */
  Stop = 'STOP'
}

/** The key of a transport group: the keys grouped by are set, the others null. */
export type TransportGroupKey = {
  __typename?: 'TransportGroupKey';
  /** The day (DAY). */
  day?: Maybe<Scalars['Date']['output']>;
  /** The direction (DIRECTION). */
  direction?: Maybe<TripDirection>;
  /** The route (ROUTE). */
  route?: Maybe<BusRoute>;
  /** The stop (STOP). */
  stop?: Maybe<BusStop>;
};

/** One run of a route by a bus on a day, in one direction. */
export type Trip = {
  __typename?: 'Trip';
  /** The bus. */
  bus: Bus;
  /** The day. */
  date: Scalars['Date']['output'];
  /** Which way it runs. */
  direction: TripDirection;
  /** When the trip was completed or cancelled. */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The global id (see Node): opaque, stable, valid only in the caller's school. */
  id: Scalars['ID']['output'];
  /** Per stop: who is expected, boarded, absent or not marked yet; and who boarded but was not dropped. */
  manifest: TripManifest;
  /** Stops reached, the next stop, and how many students are on board. */
  progress: TripProgress;
  /** The route. */
  route: BusRoute;
  /** When the bus is due at the first stop; null when the route has no time for it. */
  scheduledAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the trip was started. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: TripStatus;
  /** The stops in visiting order, as planned when the trip was scheduled. A bounded list: the route's stops, at most 50. */
  stops: Array<TripStop>;
};

/** A page of trips, in scheduled order (trips without a time last). */
export type TripConnection = {
  __typename?: 'TripConnection';
  /** The trips of this page, each with its cursor. */
  edges: Array<TripEdge>;
  /** The trips of this page, without cursors. */
  nodes: Array<Trip>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many trips match, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** Which way a trip runs. */
export enum TripDirection {
  /** The afternoon run: the bus visits the route's stops in reverse order and takes students home. */
  Drop = 'DROP',
  /** The morning run: the bus visits the route's stops in order and takes students to school. */
  Pickup = 'PICKUP'
}

/** A trip in a page. */
export type TripEdge = {
  __typename?: 'TripEdge';
  /** Pass as `after` to continue after this trip. */
  cursor: Scalars['String']['output'];
  /** The trip. */
  node: Trip;
};

/**
 * A trip's manifest: its students grouped by stop (the pickup stop on a PICKUP trip, the drop stop
 * on a DROP trip; students marked but no longer assigned go by the stop of their mark). The lists are
 * bounded by the bus's capacity. A STUDENT caller sees only their own line.
 */
export type TripManifest = {
  __typename?: 'TripManifest';
  /** Students marked ABSENT. */
  absentCount: Scalars['Int']['output'];
  /** Students marked BOARDED. */
  boardedCount: Scalars['Int']['output'];
  /** Students who boarded and have not been dropped: at the end of a trip, those never dropped. A bounded list: the trip's students. */
  boardedNotDropped: Array<StudentTrip>;
  /** Students marked DROPPED. */
  droppedCount: Scalars['Int']['output'];
  /** Every student of the manifest. */
  expectedCount: Scalars['Int']['output'];
  /** Students with no boarding mark yet. */
  notMarkedCount: Scalars['Int']['output'];
  /** One entry per stop, in visiting order (stops with no student included). A bounded list: the trip's stops, at most 50, and any stop a student of the trip was marked at instead. */
  stops: Array<ManifestStop>;
  /** The trip. */
  trip: Trip;
};

/** A boarding or drop mark: what happened, where, when and who marked it. */
export type TripMark = {
  __typename?: 'TripMark';
  /** Its changes, newest first, from the audit trail. A bounded list: the latest 100 (`auditTrail` pages through all). */
  history: Array<AuditEntry>;
  /** The mark's id. */
  id: Scalars['ID']['output'];
  /** When it was marked. */
  markedAt: Scalars['DateTime']['output'];
  /** Who marked it; null once they are no longer a member of the school. */
  markedBy?: Maybe<User>;
  /** BOARDED or ABSENT (boarding), or DROPPED. */
  status: TripMarkStatus;
  /** The stop where it happened (null only on marks made before stops were recorded). */
  stop?: Maybe<BusStop>;
  /** The student. */
  student: Student;
};

/** What a mark records about a student on a trip. */
export enum TripMarkStatus {
  /** Expected but did not get on (a boarding mark). */
  Absent = 'ABSENT',
  /** Got on the bus (a boarding mark). */
  Boarded = 'BOARDED',
  /** Got off the bus (a drop mark; only after BOARDED on the same trip). */
  Dropped = 'DROPPED'
}

/** How far a trip has got. The counts are trip-wide (no names), the same for every caller. */
export type TripProgress = {
  __typename?: 'TripProgress';
  /** Students marked ABSENT. */
  absent: Scalars['Int']['output'];
  /** Students marked BOARDED. */
  boarded: Scalars['Int']['output'];
  /** The last stop the bus arrived at; null before the first. */
  currentStop?: Maybe<TripStop>;
  /** Students marked DROPPED. */
  dropped: Scalars['Int']['output'];
  /** Students assigned to the route. */
  expected: Scalars['Int']['output'];
  /** The next stop to reach; null once every stop is reached or skipped. */
  nextStop?: Maybe<TripStop>;
  /** Students assigned to the route with no boarding mark yet. */
  notMarked: Scalars['Int']['output'];
  /** Students on board now: boarded and not dropped. */
  onBoard: Scalars['Int']['output'];
  /** The trip's stops. */
  stopCount: Scalars['Int']['output'];
  /** Stops the bus has arrived at. */
  stopsReached: Scalars['Int']['output'];
  /** Stops the bus went past. */
  stopsSkipped: Scalars['Int']['output'];
};

/** What scheduleTrips did for a day. */
export type TripSchedule = {
  __typename?: 'TripSchedule';
  /** Trips that already existed (scheduling again creates nothing). */
  alreadyScheduled: Scalars['Int']['output'];
  /** Trips created by this call. */
  created: Scalars['Int']['output'];
  /** The day. */
  date: Scalars['Date']['output'];
  /** Route directions that got no trip, and why. A bounded list: at most two per active route. */
  skipped: Array<SkippedTrip>;
  /** The day's trips, in scheduled order. */
  trips: TripConnection;
};


/** What scheduleTrips did for a day. */
export type TripScheduleTripsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a trip stands. */
export enum TripStatus {
  /** Called off; marks already made are kept. */
  Cancelled = 'CANCELLED',
  /** Finished; stops never reached were recorded as skipped. */
  Completed = 'COMPLETED',
  /** Started and under way: stops are reached and students marked. */
  InProgress = 'IN_PROGRESS',
  /** Planned (by scheduleTrips) and not started. */
  Scheduled = 'SCHEDULED'
}

/** A stop of a trip. */
export type TripStop = {
  __typename?: 'TripStop';
  /** When the bus arrived; null while not reached (or skipped). */
  arrivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The trip stop's id. */
  id: Scalars['ID']['output'];
  /** When the bus is due here; null when the route has no time for it. */
  scheduledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The position in the trip's visiting order, from 1. */
  sequence: Scalars['Int']['output'];
  /** Whether the bus went past without stopping. */
  skipped: Scalars['Boolean']['output'];
  /** The stop. */
  stop: BusStop;
};

/** Input of unassignStudentTransport. */
export type UnassignStudentTransportInput = {
  /** The student. */
  studentId: Scalars['ID']['input'];
};

/** Input of updateBus: only the fields given change. */
export type UpdateBusInput = {
  /** Seats, 1 to 120; not below the riders of any route the bus runs. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** The driver's name (null removes it). */
  driverName?: InputMaybe<Scalars['String']['input']>;
  /** The driver's phone number (null removes it). */
  driverPhone?: InputMaybe<Scalars['String']['input']>;
  /** The bus's id. */
  id: Scalars['ID']['input'];
  /** Whether the bus is in service. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Unique within the school. */
  registrationNo?: InputMaybe<Scalars['String']['input']>;
};

/** Input of updateBusRoute: only the fields given change. */
export type UpdateBusRouteInput = {
  /** The bus (null unassigns it; refused while students ride the route). Its capacity must hold the route's riders. */
  busId?: InputMaybe<Scalars['ID']['input']>;
  /** A description for staff (null removes it). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The route's id. */
  id: Scalars['ID']['input'];
  /** Whether scheduleTrips plans trips for the route. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** The route's name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Input of updateBusStop: the stop and its changes (as BusStopInput has them). */
export type UpdateBusStopInput = {
  /** The street address (null removes it). */
  address?: InputMaybe<Scalars['String']['input']>;
  /** The stop's id. */
  id: Scalars['ID']['input'];
  /** Latitude in degrees, -90 to 90; give both coordinates or neither (null removes them). */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Longitude in degrees, -180 to 180. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** The stop's name (at most 100 characters); required when creating. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A member of the school (owned by the identity subgraph, which resolves their directory card). */
export type User = {
  __typename?: 'User';
  /** The user's global id. */
  id: Scalars['ID']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Bus: Bus;
  BusRoute: BusRoute;
  BusStop: BusStop;
  Student: Student;
  Trip: Trip;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Bus:
    ( { __typename: 'Bus' }
    & GraphQLRecursivePick<FederationTypes['Bus'], {"id":true}> );
  BusRoute:
    ( { __typename: 'BusRoute' }
    & GraphQLRecursivePick<FederationTypes['BusRoute'], {"id":true}> );
  BusStop:
    ( { __typename: 'BusStop' }
    & GraphQLRecursivePick<FederationTypes['BusStop'], {"id":true}> );
  Student:
    ( { __typename: 'Student' }
    & GraphQLRecursivePick<FederationTypes['Student'], {"id":true}> );
  Trip:
    ( { __typename: 'Trip' }
    & GraphQLRecursivePick<FederationTypes['Trip'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddRouteStopInput: AddRouteStopInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ArriveAtStopInput: ArriveAtStopInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AssignStudentTransportInput: AssignStudentTransportInput;
  AuditAction: AuditAction;
  AuditActorKind: AuditActorKind;
  AuditChange: ResolverTypeWrapper<AuditChange>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  Bus: ResolverTypeWrapper<BusRow>;
  BusConnection: ResolverTypeWrapper<Connection<BusRow>>;
  BusEdge: ResolverTypeWrapper<Omit<BusEdge, 'node'> & { node: ResolversTypes['Bus'] }>;
  BusRoute: ResolverTypeWrapper<BusRouteRow>;
  BusRouteConnection: ResolverTypeWrapper<Connection<BusRouteRow>>;
  BusRouteEdge: ResolverTypeWrapper<Omit<BusRouteEdge, 'node'> & { node: ResolversTypes['BusRoute'] }>;
  BusStop: ResolverTypeWrapper<BusStopRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  BusStopConnection: ResolverTypeWrapper<Connection<BusStopRow>>;
  BusStopEdge: ResolverTypeWrapper<Omit<BusStopEdge, 'node'> & { node: ResolversTypes['BusStop'] }>;
  BusStopInput: BusStopInput;
  CancelTripInput: CancelTripInput;
  CompleteTripInput: CompleteTripInput;
  CorrectTripMarkInput: CorrectTripMarkInput;
  CreateBusInput: CreateBusInput;
  CreateBusRouteInput: CreateBusRouteInput;
  CreateOneOffTripInput: CreateOneOffTripInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeleteBusInput: DeleteBusInput;
  DeleteBusRouteInput: DeleteBusRouteInput;
  DeleteBusStopInput: DeleteBusStopInput;
  ErrorCode: ErrorCode;
  ManifestStop: ResolverTypeWrapper<ManifestStopModel>;
  MarkStopStudentsInput: MarkStopStudentsInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OneOffTripRiderInput: OneOffTripRiderInput;
  OneOffTripStopInput: OneOffTripStopInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RemoveRouteStopInput: RemoveRouteStopInput;
  ReorderRouteStopsInput: ReorderRouteStopsInput;
  RouteStop: ResolverTypeWrapper<RouteStopRow>;
  RouteStopInput: RouteStopInput;
  ScheduleTripsInput: ScheduleTripsInput;
  SetRouteStopTimesInput: SetRouteStopTimesInput;
  SkippedTrip: ResolverTypeWrapper<SkippedTripModel>;
  StartTripInput: StartTripInput;
  StopMarking: ResolverTypeWrapper<StopMarkingModel>;
  Student: ResolverTypeWrapper<StudentRef>;
  StudentMarkInput: StudentMarkInput;
  StudentTransport: ResolverTypeWrapper<StudentTransportRow>;
  StudentTransportConnection: ResolverTypeWrapper<Connection<StudentTransportRow>>;
  StudentTransportEdge: ResolverTypeWrapper<Omit<StudentTransportEdge, 'node'> & { node: ResolversTypes['StudentTransport'] }>;
  StudentTrip: ResolverTypeWrapper<StudentTripModel>;
  StudentTripConnection: ResolverTypeWrapper<Connection<StudentTripModel>>;
  StudentTripEdge: ResolverTypeWrapper<Omit<StudentTripEdge, 'node'> & { node: ResolversTypes['StudentTrip'] }>;
  TransportAggregate: ResolverTypeWrapper<TransportAggregateModel>;
  TransportAggregateInput: TransportAggregateInput;
  TransportGroup: ResolverTypeWrapper<TransportGroupModel>;
  TransportGroupBy: TransportGroupBy;
  TransportGroupKey: ResolverTypeWrapper<AggregateKey>;
  Trip: ResolverTypeWrapper<TripRow>;
  TripConnection: ResolverTypeWrapper<Connection<TripRow>>;
  TripDirection: TripDirection;
  TripEdge: ResolverTypeWrapper<Omit<TripEdge, 'node'> & { node: ResolversTypes['Trip'] }>;
  TripManifest: ResolverTypeWrapper<TripManifestModel>;
  TripMark: ResolverTypeWrapper<TripMarkRow>;
  TripMarkStatus: TripMarkStatus;
  TripProgress: ResolverTypeWrapper<TripProgressModel>;
  TripSchedule: ResolverTypeWrapper<TripScheduleModel>;
  TripStatus: TripStatus;
  TripStop: ResolverTypeWrapper<TripStopRow>;
  UnassignStudentTransportInput: UnassignStudentTransportInput;
  UpdateBusInput: UpdateBusInput;
  UpdateBusRouteInput: UpdateBusRouteInput;
  UpdateBusStopInput: UpdateBusStopInput;
  User: ResolverTypeWrapper<User>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddRouteStopInput: AddRouteStopInput;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  ArriveAtStopInput: ArriveAtStopInput;
  Boolean: Scalars['Boolean']['output'];
  AssignStudentTransportInput: AssignStudentTransportInput;
  AuditChange: AuditChange;
  AuditEntry: AuditEntryRow;
  Bus: BusRow;
  BusConnection: Connection<BusRow>;
  BusEdge: Omit<BusEdge, 'node'> & { node: ResolversParentTypes['Bus'] };
  BusRoute: BusRouteRow;
  BusRouteConnection: Connection<BusRouteRow>;
  BusRouteEdge: Omit<BusRouteEdge, 'node'> & { node: ResolversParentTypes['BusRoute'] };
  BusStop: BusStopRow;
  Float: Scalars['Float']['output'];
  BusStopConnection: Connection<BusStopRow>;
  BusStopEdge: Omit<BusStopEdge, 'node'> & { node: ResolversParentTypes['BusStop'] };
  BusStopInput: BusStopInput;
  CancelTripInput: CancelTripInput;
  CompleteTripInput: CompleteTripInput;
  CorrectTripMarkInput: CorrectTripMarkInput;
  CreateBusInput: CreateBusInput;
  CreateBusRouteInput: CreateBusRouteInput;
  CreateOneOffTripInput: CreateOneOffTripInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DeleteBusInput: DeleteBusInput;
  DeleteBusRouteInput: DeleteBusRouteInput;
  DeleteBusStopInput: DeleteBusStopInput;
  ManifestStop: ManifestStopModel;
  MarkStopStudentsInput: MarkStopStudentsInput;
  Mutation: Record<PropertyKey, never>;
  OneOffTripRiderInput: OneOffTripRiderInput;
  OneOffTripStopInput: OneOffTripStopInput;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RemoveRouteStopInput: RemoveRouteStopInput;
  ReorderRouteStopsInput: ReorderRouteStopsInput;
  RouteStop: RouteStopRow;
  RouteStopInput: RouteStopInput;
  ScheduleTripsInput: ScheduleTripsInput;
  SetRouteStopTimesInput: SetRouteStopTimesInput;
  SkippedTrip: SkippedTripModel;
  StartTripInput: StartTripInput;
  StopMarking: StopMarkingModel;
  Student: StudentRef;
  StudentMarkInput: StudentMarkInput;
  StudentTransport: StudentTransportRow;
  StudentTransportConnection: Connection<StudentTransportRow>;
  StudentTransportEdge: Omit<StudentTransportEdge, 'node'> & { node: ResolversParentTypes['StudentTransport'] };
  StudentTrip: StudentTripModel;
  StudentTripConnection: Connection<StudentTripModel>;
  StudentTripEdge: Omit<StudentTripEdge, 'node'> & { node: ResolversParentTypes['StudentTrip'] };
  TransportAggregate: TransportAggregateModel;
  TransportAggregateInput: TransportAggregateInput;
  TransportGroup: TransportGroupModel;
  TransportGroupKey: AggregateKey;
  Trip: TripRow;
  TripConnection: Connection<TripRow>;
  TripEdge: Omit<TripEdge, 'node'> & { node: ResolversParentTypes['Trip'] };
  TripManifest: TripManifestModel;
  TripMark: TripMarkRow;
  TripProgress: TripProgressModel;
  TripSchedule: TripScheduleModel;
  TripStop: TripStopRow;
  UnassignStudentTransportInput: UnassignStudentTransportInput;
  UpdateBusInput: UpdateBusInput;
  UpdateBusRouteInput: UpdateBusRouteInput;
  UpdateBusStopInput: UpdateBusStopInput;
  User: User;
  String: Scalars['String']['output'];
}>;

export type ModuleDirectiveArgs = {
  action: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type ModuleDirectiveResolver<Result, Parent, ContextType = TransportContext, Args = ModuleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuditChangeResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['AuditActorKind'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditChange']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BusResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['Bus'] = ResolversParentTypes['Bus'], FederationReferenceType extends FederationReferenceTypes['Bus'] = FederationReferenceTypes['Bus']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Bus']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  driverName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  driverPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registrationNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  routes?: Resolver<Array<ResolversTypes['BusRoute']>, ParentType, ContextType>;
}>;

export type BusConnectionResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['BusConnection'] = ResolversParentTypes['BusConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BusEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Bus']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BusEdgeResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['BusEdge'] = ResolversParentTypes['BusEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Bus'], ParentType, ContextType>;
}>;

export type BusRouteResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['BusRoute'] = ResolversParentTypes['BusRoute'], FederationReferenceType extends FederationReferenceTypes['BusRoute'] = FederationReferenceTypes['BusRoute']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BusRoute']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bus?: Resolver<Maybe<ResolversTypes['Bus']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  oneOffOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  riderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  riders?: Resolver<ResolversTypes['StudentTransportConnection'], ParentType, ContextType, RequireFields<BusRouteRidersArgs, 'first'>>;
  stops?: Resolver<Array<ResolversTypes['RouteStop']>, ParentType, ContextType>;
}>;

export type BusRouteConnectionResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['BusRouteConnection'] = ResolversParentTypes['BusRouteConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BusRouteEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['BusRoute']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BusRouteEdgeResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['BusRouteEdge'] = ResolversParentTypes['BusRouteEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BusRoute'], ParentType, ContextType>;
}>;

export type BusStopResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['BusStop'] = ResolversParentTypes['BusStop'], FederationReferenceType extends FederationReferenceTypes['BusStop'] = FederationReferenceTypes['BusStop']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BusStop']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BusStopConnectionResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['BusStopConnection'] = ResolversParentTypes['BusStopConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BusStopEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['BusStop']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BusStopEdgeResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['BusStopEdge'] = ResolversParentTypes['BusStopEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BusStop'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type ManifestStopResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['ManifestStop'] = ResolversParentTypes['ManifestStop']> = ResolversObject<{
  absent?: Resolver<Array<ResolversTypes['StudentTrip']>, ParentType, ContextType>;
  boarded?: Resolver<Array<ResolversTypes['StudentTrip']>, ParentType, ContextType>;
  dropped?: Resolver<Array<ResolversTypes['StudentTrip']>, ParentType, ContextType>;
  expected?: Resolver<Array<ResolversTypes['StudentTrip']>, ParentType, ContextType>;
  notMarked?: Resolver<Array<ResolversTypes['StudentTrip']>, ParentType, ContextType>;
  stop?: Resolver<ResolversTypes['BusStop'], ParentType, ContextType>;
  tripStop?: Resolver<Maybe<ResolversTypes['TripStop']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addRouteStop?: Resolver<ResolversTypes['BusRoute'], ParentType, ContextType, RequireFields<MutationAddRouteStopArgs, 'input'>>;
  arriveAtStop?: Resolver<ResolversTypes['Trip'], ParentType, ContextType, RequireFields<MutationArriveAtStopArgs, 'input'>>;
  assignStudentTransport?: Resolver<ResolversTypes['StudentTransport'], ParentType, ContextType, RequireFields<MutationAssignStudentTransportArgs, 'input'>>;
  cancelTrip?: Resolver<ResolversTypes['Trip'], ParentType, ContextType, RequireFields<MutationCancelTripArgs, 'input'>>;
  completeTrip?: Resolver<ResolversTypes['Trip'], ParentType, ContextType, RequireFields<MutationCompleteTripArgs, 'input'>>;
  correctTripMark?: Resolver<ResolversTypes['TripMark'], ParentType, ContextType, RequireFields<MutationCorrectTripMarkArgs, 'input'>>;
  createBus?: Resolver<ResolversTypes['Bus'], ParentType, ContextType, RequireFields<MutationCreateBusArgs, 'input'>>;
  createBusRoute?: Resolver<ResolversTypes['BusRoute'], ParentType, ContextType, RequireFields<MutationCreateBusRouteArgs, 'input'>>;
  createBusStop?: Resolver<ResolversTypes['BusStop'], ParentType, ContextType, RequireFields<MutationCreateBusStopArgs, 'input'>>;
  createOneOffTrip?: Resolver<ResolversTypes['Trip'], ParentType, ContextType, RequireFields<MutationCreateOneOffTripArgs, 'input'>>;
  deleteBus?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteBusArgs, 'input'>>;
  deleteBusRoute?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteBusRouteArgs, 'input'>>;
  deleteBusStop?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteBusStopArgs, 'input'>>;
  markStopStudents?: Resolver<ResolversTypes['StopMarking'], ParentType, ContextType, RequireFields<MutationMarkStopStudentsArgs, 'input'>>;
  removeRouteStop?: Resolver<ResolversTypes['BusRoute'], ParentType, ContextType, RequireFields<MutationRemoveRouteStopArgs, 'input'>>;
  reorderRouteStops?: Resolver<ResolversTypes['BusRoute'], ParentType, ContextType, RequireFields<MutationReorderRouteStopsArgs, 'input'>>;
  scheduleTrips?: Resolver<ResolversTypes['TripSchedule'], ParentType, ContextType, RequireFields<MutationScheduleTripsArgs, 'input'>>;
  setRouteStopTimes?: Resolver<ResolversTypes['BusRoute'], ParentType, ContextType, RequireFields<MutationSetRouteStopTimesArgs, 'input'>>;
  startTrip?: Resolver<ResolversTypes['Trip'], ParentType, ContextType, RequireFields<MutationStartTripArgs, 'input'>>;
  unassignStudentTransport?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationUnassignStudentTransportArgs, 'input'>>;
  updateBus?: Resolver<ResolversTypes['Bus'], ParentType, ContextType, RequireFields<MutationUpdateBusArgs, 'input'>>;
  updateBusRoute?: Resolver<ResolversTypes['BusRoute'], ParentType, ContextType, RequireFields<MutationUpdateBusRouteArgs, 'input'>>;
  updateBusStop?: Resolver<ResolversTypes['BusStop'], ParentType, ContextType, RequireFields<MutationUpdateBusStopArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  bus?: Resolver<Maybe<ResolversTypes['Bus']>, ParentType, ContextType, RequireFields<QueryBusArgs, 'id'>>;
  busRoute?: Resolver<Maybe<ResolversTypes['BusRoute']>, ParentType, ContextType, RequireFields<QueryBusRouteArgs, 'id'>>;
  busRoutes?: Resolver<Maybe<ResolversTypes['BusRouteConnection']>, ParentType, ContextType, RequireFields<QueryBusRoutesArgs, 'first' | 'includeInactive'>>;
  busStop?: Resolver<Maybe<ResolversTypes['BusStop']>, ParentType, ContextType, RequireFields<QueryBusStopArgs, 'id'>>;
  busStops?: Resolver<Maybe<ResolversTypes['BusStopConnection']>, ParentType, ContextType, RequireFields<QueryBusStopsArgs, 'first'>>;
  buses?: Resolver<Maybe<ResolversTypes['BusConnection']>, ParentType, ContextType, RequireFields<QueryBusesArgs, 'first' | 'includeInactive'>>;
  transportAggregate?: Resolver<Maybe<ResolversTypes['TransportAggregate']>, ParentType, ContextType, RequireFields<QueryTransportAggregateArgs, 'input'>>;
  transportHistory?: Resolver<Maybe<ResolversTypes['StudentTripConnection']>, ParentType, ContextType, RequireFields<QueryTransportHistoryArgs, 'first' | 'studentId'>>;
  trip?: Resolver<Maybe<ResolversTypes['Trip']>, ParentType, ContextType, RequireFields<QueryTripArgs, 'id'>>;
  trips?: Resolver<Maybe<ResolversTypes['TripConnection']>, ParentType, ContextType, RequireFields<QueryTripsArgs, 'first'>>;
}>;

export type RouteStopResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['RouteStop'] = ResolversParentTypes['RouteStop']> = ResolversObject<{
  dropTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pickupTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stop?: Resolver<ResolversTypes['BusStop'], ParentType, ContextType>;
}>;

export type SkippedTripResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['SkippedTrip'] = ResolversParentTypes['SkippedTrip']> = ResolversObject<{
  direction?: Resolver<ResolversTypes['TripDirection'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  route?: Resolver<ResolversTypes['BusRoute'], ParentType, ContextType>;
}>;

export type StopMarkingResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['StopMarking'] = ResolversParentTypes['StopMarking']> = ResolversObject<{
  marked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  marks?: Resolver<Array<ResolversTypes['TripMark']>, ParentType, ContextType>;
  stop?: Resolver<ResolversTypes['BusStop'], ParentType, ContextType>;
  trip?: Resolver<ResolversTypes['Trip'], ParentType, ContextType>;
}>;

export type StudentResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['Student'] = ResolversParentTypes['Student'], FederationReferenceType extends FederationReferenceTypes['Student'] = FederationReferenceTypes['Student']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Student']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  transport?: Resolver<Maybe<ResolversTypes['StudentTransport']>, ParentType, ContextType>;
}>;

export type StudentTransportResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['StudentTransport'] = ResolversParentTypes['StudentTransport']> = ResolversObject<{
  dropStop?: Resolver<ResolversTypes['BusStop'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pickupStop?: Resolver<ResolversTypes['BusStop'], ParentType, ContextType>;
  route?: Resolver<ResolversTypes['BusRoute'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
  todaysDrop?: Resolver<Maybe<ResolversTypes['StudentTrip']>, ParentType, ContextType>;
  todaysPickup?: Resolver<Maybe<ResolversTypes['StudentTrip']>, ParentType, ContextType>;
}>;

export type StudentTransportConnectionResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['StudentTransportConnection'] = ResolversParentTypes['StudentTransportConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StudentTransportEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['StudentTransport']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StudentTransportEdgeResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['StudentTransportEdge'] = ResolversParentTypes['StudentTransportEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StudentTransport'], ParentType, ContextType>;
}>;

export type StudentTripResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['StudentTrip'] = ResolversParentTypes['StudentTrip']> = ResolversObject<{
  assigned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  boarding?: Resolver<Maybe<ResolversTypes['TripMark']>, ParentType, ContextType>;
  drop?: Resolver<Maybe<ResolversTypes['TripMark']>, ParentType, ContextType>;
  student?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
  trip?: Resolver<ResolversTypes['Trip'], ParentType, ContextType>;
}>;

export type StudentTripConnectionResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['StudentTripConnection'] = ResolversParentTypes['StudentTripConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StudentTripEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['StudentTrip']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StudentTripEdgeResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['StudentTripEdge'] = ResolversParentTypes['StudentTripEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StudentTrip'], ParentType, ContextType>;
}>;

export type TransportAggregateResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['TransportAggregate'] = ResolversParentTypes['TransportAggregate']> = ResolversObject<{
  groupBy?: Resolver<Array<ResolversTypes['TransportGroupBy']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['TransportGroup']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['TransportGroup'], ParentType, ContextType>;
}>;

export type TransportGroupResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['TransportGroup'] = ResolversParentTypes['TransportGroup']> = ResolversObject<{
  absent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  boarded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dropped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['TransportGroupKey'], ParentType, ContextType>;
  students?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trips?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TransportGroupKeyResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['TransportGroupKey'] = ResolversParentTypes['TransportGroupKey']> = ResolversObject<{
  day?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['TripDirection']>, ParentType, ContextType>;
  route?: Resolver<Maybe<ResolversTypes['BusRoute']>, ParentType, ContextType>;
  stop?: Resolver<Maybe<ResolversTypes['BusStop']>, ParentType, ContextType>;
}>;

export type TripResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['Trip'] = ResolversParentTypes['Trip'], FederationReferenceType extends FederationReferenceTypes['Trip'] = FederationReferenceTypes['Trip']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Trip']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bus?: Resolver<ResolversTypes['Bus'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['TripDirection'], ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  manifest?: Resolver<ResolversTypes['TripManifest'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['TripProgress'], ParentType, ContextType>;
  route?: Resolver<ResolversTypes['BusRoute'], ParentType, ContextType>;
  scheduledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TripStatus'], ParentType, ContextType>;
  stops?: Resolver<Array<ResolversTypes['TripStop']>, ParentType, ContextType>;
}>;

export type TripConnectionResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['TripConnection'] = ResolversParentTypes['TripConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TripEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Trip']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TripEdgeResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['TripEdge'] = ResolversParentTypes['TripEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Trip'], ParentType, ContextType>;
}>;

export type TripManifestResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['TripManifest'] = ResolversParentTypes['TripManifest']> = ResolversObject<{
  absentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  boardedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  boardedNotDropped?: Resolver<Array<ResolversTypes['StudentTrip']>, ParentType, ContextType>;
  droppedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notMarkedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stops?: Resolver<Array<ResolversTypes['ManifestStop']>, ParentType, ContextType>;
  trip?: Resolver<ResolversTypes['Trip'], ParentType, ContextType>;
}>;

export type TripMarkResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['TripMark'] = ResolversParentTypes['TripMark']> = ResolversObject<{
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  markedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  markedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TripMarkStatus'], ParentType, ContextType>;
  stop?: Resolver<Maybe<ResolversTypes['BusStop']>, ParentType, ContextType>;
  student?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
}>;

export type TripProgressResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['TripProgress'] = ResolversParentTypes['TripProgress']> = ResolversObject<{
  absent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  boarded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currentStop?: Resolver<Maybe<ResolversTypes['TripStop']>, ParentType, ContextType>;
  dropped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextStop?: Resolver<Maybe<ResolversTypes['TripStop']>, ParentType, ContextType>;
  notMarked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onBoard?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stopCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stopsReached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stopsSkipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TripScheduleResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['TripSchedule'] = ResolversParentTypes['TripSchedule']> = ResolversObject<{
  alreadyScheduled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['SkippedTrip']>, ParentType, ContextType>;
  trips?: Resolver<ResolversTypes['TripConnection'], ParentType, ContextType, RequireFields<TripScheduleTripsArgs, 'first'>>;
}>;

export type TripStopResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['TripStop'] = ResolversParentTypes['TripStop']> = ResolversObject<{
  arrivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scheduledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stop?: Resolver<ResolversTypes['BusStop'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = TransportContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = TransportContext> = ResolversObject<{
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Bus?: BusResolvers<ContextType>;
  BusConnection?: BusConnectionResolvers<ContextType>;
  BusEdge?: BusEdgeResolvers<ContextType>;
  BusRoute?: BusRouteResolvers<ContextType>;
  BusRouteConnection?: BusRouteConnectionResolvers<ContextType>;
  BusRouteEdge?: BusRouteEdgeResolvers<ContextType>;
  BusStop?: BusStopResolvers<ContextType>;
  BusStopConnection?: BusStopConnectionResolvers<ContextType>;
  BusStopEdge?: BusStopEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  ManifestStop?: ManifestStopResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RouteStop?: RouteStopResolvers<ContextType>;
  SkippedTrip?: SkippedTripResolvers<ContextType>;
  StopMarking?: StopMarkingResolvers<ContextType>;
  Student?: StudentResolvers<ContextType>;
  StudentTransport?: StudentTransportResolvers<ContextType>;
  StudentTransportConnection?: StudentTransportConnectionResolvers<ContextType>;
  StudentTransportEdge?: StudentTransportEdgeResolvers<ContextType>;
  StudentTrip?: StudentTripResolvers<ContextType>;
  StudentTripConnection?: StudentTripConnectionResolvers<ContextType>;
  StudentTripEdge?: StudentTripEdgeResolvers<ContextType>;
  TransportAggregate?: TransportAggregateResolvers<ContextType>;
  TransportGroup?: TransportGroupResolvers<ContextType>;
  TransportGroupKey?: TransportGroupKeyResolvers<ContextType>;
  Trip?: TripResolvers<ContextType>;
  TripConnection?: TripConnectionResolvers<ContextType>;
  TripEdge?: TripEdgeResolvers<ContextType>;
  TripManifest?: TripManifestResolvers<ContextType>;
  TripMark?: TripMarkResolvers<ContextType>;
  TripProgress?: TripProgressResolvers<ContextType>;
  TripSchedule?: TripScheduleResolvers<ContextType>;
  TripStop?: TripStopResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = TransportContext> = ResolversObject<{
  module?: ModuleDirectiveResolver<any, any, ContextType>;
}>;
