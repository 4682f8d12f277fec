import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AuditEntryRow, Connection } from '@syncad/subgraph-kit';
import type { Caller } from '@syncad/platform';
import type { ActiveMembership, ModulePermissionRow } from '@syncad/shared-db';
import type { DeviceSessionRow } from '../modules/self/sessionData';
import type { AuthPayloadSource } from '../modules/self/authService';
import type { SchoolUser } from '../modules/user/userData';
import type { RoleRow, ModuleRow } from '../modules/user/roleData';
import type { RolePermissionResult } from '../modules/user/roleService';
import type { ApiKeyRow } from '../modules/user/apiKeyData';
import type { SchoolNetworkRow, FailuresByAddressRow } from '../modules/networks/networkData';
import type { SchoolDetails } from '../modules/school/schoolData';
import type { GuardianRow } from '../modules/guardians/guardianData';
import type { GuardianInvitationModel } from '../modules/guardians/guardianService';
import type { ContactInvitationsModel } from '../modules/guardians/contactInvitations';
import type { SavedQueryRow } from '../modules/savedQueries/savedQueryData';
import type { IdentityContext } from '../context';
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

/** An academic year (owned by the academics subgraph): `node(id:)` answers it by reference. */
export type AcademicYear = Node & {
  __typename?: 'AcademicYear';
  /** The global id. */
  id: Scalars['ID']['output'];
};

/** Input of acceptGuardianInvitation. */
export type AcceptGuardianInvitationInput = {
  /** The one-time code the school handed over (16 letters and digits; case and spaces around it do not matter). */
  code: Scalars['String']['input'];
};

/** An API key of the school, for an integration (the secret itself is never shown again). */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** Whether the key works now: not revoked, not expired and not suspended. */
  active: Scalars['Boolean']['output'];
  /** When the key was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created the key, as this school sees its users; null when they are no member of it any more. */
  createdBy?: Maybe<User>;
  /** When the key stops working by itself; null for never. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The key's id. */
  id: Scalars['ID']['output'];
  /** The last request made with the key (recorded at most once a minute); null if never used. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key is for. */
  name: Scalars['String']['output'];
  /** When the key was revoked; null while it is not. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The role whose module flags the key has. */
  role: Role;
  /**
   * Suspended: the person who created the key no longer administers users in this school (demoted,
   * deactivated or removed). It answers UNAUTHENTICATED until that changes; revoke it and make a new one.
   */
  suspended: Scalars['Boolean']['output'];
};

/** Input of assignRole. */
export type AssignRoleInput = {
  /** The name of a role of the caller's school, e.g. "TEACHER". */
  roleName: Scalars['String']['input'];
  /** The user's id. */
  userId: Scalars['ID']['input'];
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

/** The result of a login or refresh. Reachable only through login and refreshToken. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** A signed JWT to send as `Authorization: Bearer <token>`; valid for `expiresIn` seconds. */
  accessToken: Scalars['String']['output'];
  /**
   * After a login: this device's token for the account. Keep it on the device (it is not a
   * credential: it signs in nobody) and send it with every later login of this account from here.
   * Null after a refresh.
   */
  deviceToken?: Maybe<Scalars['String']['output']>;
  /** Seconds until the access token expires. */
  expiresIn: Scalars['Int']['output'];
  /** A single-use token for `refreshToken`; valid for 30 days. Store it safely. */
  refreshToken: Scalars['String']['output'];
  /** The signed-in user, as `me` would show them. */
  user: Me;
};

/** A library book (owned by the academics subgraph): `node(id:)` answers it by reference. */
export type Book = Node & {
  __typename?: 'Book';
  /** The global id. */
  id: Scalars['ID']['output'];
};

/** The built-in roles a school's own role can start from. */
export enum BuiltinRole {
  /** Keeps the fee ledger. */
  Accountant = 'ACCOUNTANT',
  /** Runs the library. */
  Librarian = 'LIBRARIAN',
  /** Runs the school. */
  SchoolAdmin = 'SCHOOL_ADMIN',
  /** A student: reads only their own records. */
  Student = 'STUDENT',
  /** Teaches classes. */
  Teacher = 'TEACHER',
  /** Runs buses, routes and trips. */
  TransportManager = 'TRANSPORT_MANAGER'
}

/** A bus (owned by the transport subgraph): `node(id:)` answers it by reference. */
export type Bus = Node & {
  __typename?: 'Bus';
  /** The global id. */
  id: Scalars['ID']['output'];
};

/** A bus route (owned by the transport subgraph): `node(id:)` answers it by reference. */
export type BusRoute = Node & {
  __typename?: 'BusRoute';
  /** The global id. */
  id: Scalars['ID']['output'];
};

/** A bus stop (owned by the transport subgraph): `node(id:)` answers it by reference. */
export type BusStop = Node & {
  __typename?: 'BusStop';
  /** The global id. */
  id: Scalars['ID']['output'];
};

/** Input of changePassword. */
export type ChangePasswordInput = {
  /** The password the caller signs in with now. */
  currentPassword: Scalars['String']['input'];
  /** The new password: 8 to 128 characters, not the current one. */
  newPassword: Scalars['String']['input'];
};

/** A class (owned by the academics subgraph): `node(id:)` answers it by reference. */
export type Class = Node & {
  __typename?: 'Class';
  /** The global id. */
  id: Scalars['ID']['output'];
};

/** A new API key. */
export type CreateApiKeyInput = {
  /** When the key stops working by itself (in the future); never when omitted. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the key is for (1 to 100 characters), e.g. "Timetable sync". */
  name: Scalars['String']['input'];
  /** The name of a role of the school the key acts as, e.g. "TEACHER" (not a self-scoped role). */
  roleName: Scalars['String']['input'];
};

/** A new role of the school's own. */
export type CreateRoleInput = {
  /** The built-in role whose current flags (and self scope) it starts with. */
  basedOn: BuiltinRole;
  /** What the role is for (up to 500 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /**
   * The name: 2 to 50 capital letters, digits and underscores, starting with a letter, e.g.
   * "CLASS_TEACHER"; not a built-in role's.
   */
  name: Scalars['String']['input'];
};

/** A new user of the caller's school. At least one of email and phone is required. */
export type CreateUserInput = {
  /** The user's email; stored lower-case, unique across the platform. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The user's first name. */
  firstName: Scalars['String']['input'];
  /** The user's last name. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** The initial password: 8 to 128 characters. */
  password: Scalars['String']['input'];
  /**
   * The user's phone number: digits with an optional leading +, spaces and dashes ignored;
   * unique across the platform.
   */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The name of a role of the caller's school, e.g. "TEACHER". */
  roleName: Scalars['String']['input'];
};

/** A new API key and its secret, shown this once. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** The key. */
  apiKey: ApiKey;
  /** The secret to send as `Authorization: Bearer <secret>`. Store it now: it cannot be shown again. */
  secret: Scalars['String']['output'];
};

/** Input of deleteRole. */
export type DeleteRoleInput = {
  /** The role's id. */
  roleId: Scalars['ID']['input'];
};

/** Which saved query to delete. */
export type DeleteSavedQueryInput = {
  /** The saved query's id. */
  id: Scalars['ID']['input'];
};

/** One open session of the signed-in user: a device that logged in and has not logged out. */
export type DeviceSession = {
  __typename?: 'DeviceSession';
  /** The device's IP address at the last login or refresh. */
  clientAddress?: Maybe<Scalars['String']['output']>;
  /** When the session began. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether this is the session of the current request. */
  current: Scalars['Boolean']['output'];
  /** When the session ends unless refreshed. */
  expiresAt: Scalars['DateTime']['output'];
  /** The session's id (pass to endSession). */
  id: Scalars['ID']['output'];
  /** The last login or refresh. */
  lastSeenAt: Scalars['DateTime']['output'];
  /** The school the session is signed in to. */
  schoolName: Scalars['String']['output'];
  /** The device's browser or app, as it names itself, at the last login or refresh. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** A division of a class (owned by the academics subgraph): `node(id:)` answers it by reference. */
export type Division = Node & {
  __typename?: 'Division';
  /** The global id. */
  id: Scalars['ID']['output'];
};

/** Input of endSession. */
export type EndSessionInput = {
  /** The session's id, from `me { sessions { id } }`. */
  id: Scalars['ID']['input'];
};

/** Input of endUserSession. */
export type EndUserSessionInput = {
  /** The session's id, from `sessions(userId:)`. */
  sessionId: Scalars['ID']['input'];
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

/** An exam (owned by the academics subgraph): `node(id:)` answers it by reference. */
export type Exam = Node & {
  __typename?: 'Exam';
  /** The global id. */
  id: Scalars['ID']['output'];
};

/** A fee structure (owned by the finance subgraph): `node(id:)` answers it by reference. */
export type FeeStructure = Node & {
  __typename?: 'FeeStructure';
  /** The global id. */
  id: Scalars['ID']['output'];
};

/** A guardian of a student: an account linked to the student (or invited to be). */
export type Guardian = {
  __typename?: 'Guardian';
  /** Whether they accepted the invitation: only then do they see the student. */
  accepted: Scalars['Boolean']['output'];
  /** When they accepted; null while the invitation waits. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the school invited them (last). */
  invitedAt: Scalars['DateTime']['output'];
  /** Whether they are the student's primary contact. */
  isPrimary: Scalars['Boolean']['output'];
  /** How they are related to the student, e.g. MOTHER. */
  relation: Scalars['String']['output'];
  /** The student. */
  student: Student;
  /**
   * The guardian's directory card; null for one the caller may not see (a guardian sees staff and
   * their own children, not another guardian).
   */
  user?: Maybe<User>;
};

/** One of the signed-in guardian's children at the current school. */
export type GuardianChild = {
  __typename?: 'GuardianChild';
  /** Whether the guardian is their primary contact. */
  isPrimary: Scalars['Boolean']['output'];
  /** How the guardian is related to them, e.g. MOTHER. */
  relation: Scalars['String']['output'];
  /** The student. */
  student: Student;
};

/** What inviteGuardiansFromContacts made of a class's contacts. */
export type GuardianContactInvitations = {
  __typename?: 'GuardianContactInvitations';
  /**
   * The invitations made, by admission number, each with its code (shown once).
   * A bounded list: at most 25.
   */
  invitations: Array<GuardianInvitation>;
  /** How many students with a contact and no guardian are left for another call. */
  remaining: Scalars['Int']['output'];
  /**
   * The students whose contact could not be invited, with the reason.
   * A bounded list: at most the class's students (500).
   */
  skipped: Array<SkippedGuardianContact>;
};

/** An invitation just made: the code to hand over, shown once. */
export type GuardianInvitation = {
  __typename?: 'GuardianInvitation';
  /** The one-time code (16 letters and digits): never stored readable, never shown again. */
  code: Scalars['String']['output'];
  /** When the code stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The link, waiting for acceptance. */
  guardian: Guardian;
};

/** Input of inviteGuardian. */
export type InviteGuardianInput = {
  /** The guardian's email (their sign-in); email or phone is needed. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The guardian's first name; default: the first word of the student's guardianName. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Whether the guardian is the student's primary contact (the student's other guardians then are not). Default false. */
  isPrimary?: InputMaybe<Scalars['Boolean']['input']>;
  /** The guardian's last name; default: the rest of the student's guardianName (only when firstName is not given). */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** The guardian's phone (their sign-in); default, when neither email nor phone is given: the student's guardianPhone. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** How the guardian is related to the student, e.g. MOTHER, FATHER, GRANDPARENT (1 to 30 characters, kept upper-case). */
  relation: Scalars['String']['input'];
  /** The student (ACTIVE) the guardian is for. */
  studentId: Scalars['ID']['input'];
};

/** Input of inviteGuardiansFromContacts. */
export type InviteGuardiansFromContactsInput = {
  /** The class. */
  classId: Scalars['ID']['input'];
  /** One of its divisions only; omitted: the whole class. */
  divisionId?: InputMaybe<Scalars['ID']['input']>;
  /** The relation recorded for every invitation (the contacts do not say it); default GUARDIAN. */
  relation?: InputMaybe<Scalars['String']['input']>;
};

/** Failed sign-ins at the school from one address over a recent period. */
export type LoginFailuresByAddress = {
  __typename?: 'LoginFailuresByAddress';
  /** The client address the failures came from (as the gateway saw it; see SYNCAD_TRUST_PROXY). */
  address: Scalars['String']['output'];
  /** How many sign-ins failed from it (wrong password, unknown login, no role in the school). */
  failures: Scalars['Int']['output'];
  /** The most recent failure. */
  lastFailureAt: Scalars['DateTime']['output'];
  /** Whether the address is in one of the school's registered networks. */
  registered: Scalars['Boolean']['output'];
};

/**
 * The signed-in user. Reachable only through me (any signed-in caller) and login/refreshToken
 * (the user who just signed in), so its fields need no module permission of their own.
 */
export type Me = Node & {
  __typename?: 'Me';
  /**
   * The children the signed-in user is a guardian of at the current school (accepted links only),
   * oldest link first; empty for anyone else.
   * A bounded list: a guardian's children.
   */
  children: Array<GuardianChild>;
  /** The school of the current session. */
  currentSchool: MySchool;
  /** The user's email, lower-case. */
  email?: Maybe<Scalars['String']['output']>;
  /** The user's first name. */
  firstName: Scalars['String']['output'];
  /**
   * The global id of the signed-in user's own view (see Node). The user as the school's directory
   * lists them (a message's `sender`, a record's `createdBy`) is `user`, with an id of its own.
   */
  id: Scalars['ID']['output'];
  /** The user's last name. */
  lastName?: Maybe<Scalars['String']['output']>;
  /**
   * What the current role may do, one entry per module, by module name.
   * A bounded list: one per permission module.
   */
  permissions: Array<ModulePermission>;
  /** The user's phone number. */
  phone?: Maybe<Scalars['String']['output']>;
  /**
   * Every school the user belongs to, with their role there, by school name.
   * A bounded list: the user's schools.
   */
  schools: Array<MySchool>;
  /** Whether the current role reads only the records linked to this user (students). */
  selfScoped: Scalars['Boolean']['output'];
  /**
   * The user's open sessions on every device and school, most recently used first (at most 50),
   * the current one marked.
   * A bounded list: at most 50.
   */
  sessions: Array<DeviceSession>;
  /**
   * The signed-in user as the school's directory shows them to other members: compare a record's
   * `sender { id }` or `createdBy { id }` with `me { user { id } }` to tell one's own.
   */
  user?: Maybe<User>;
};

/** A member of the caller's school. */
export type MemberInput = {
  /** The member's id. */
  userId: Scalars['ID']['input'];
};

/** A message thread (owned by the academics subgraph): `node(id:)` answers it by reference. */
export type MessageThread = Node & {
  __typename?: 'MessageThread';
  /** The global id. */
  id: Scalars['ID']['output'];
};

/** A part of the platform permissions are granted on, e.g. attendance. */
export type Module = {
  __typename?: 'Module';
  /** What the module covers. */
  description?: Maybe<Scalars['String']['output']>;
  /** The module's id. */
  id: Scalars['ID']['output'];
  /** The module's name, as used in permissions. */
  name: Scalars['String']['output'];
};

/** What a role may do in one module. Reachable only through me and Role.permissions. */
export type ModulePermission = {
  __typename?: 'ModulePermission';
  /** May delete the module's data. */
  delete: Scalars['Boolean']['output'];
  /** The module's name. */
  module: Scalars['String']['output'];
  /** May read the module's data. */
  read: Scalars['Boolean']['output'];
  /** May create and change the module's data. */
  write: Scalars['Boolean']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accepts an invitation the school gave the signed-in user (with the code it handed over): the
   * child is linked and readable from the next request on. A code that is wrong, spent, expired or
   * someone else's is BAD_USER_INPUT, all alike. Answers the new link.
   */
  acceptGuardianInvitation: GuardianChild;
  /**
   * Gives a user of the caller's school another role there. Their open sessions in this school end,
   * so the new role applies at once. The school's last active SCHOOL_ADMIN cannot be given another role (CONFLICT).
   */
  assignRole: User;
  /**
   * Changes the caller's own password, given the current one, and ends their other sessions (every
   * device and school but this one). A wrong current password is BAD_USER_INPUT and counts like a
   * failed sign-in of the account (TOO_MANY_REQUESTS after a few). Always true.
   */
  changePassword: Scalars['Boolean']['output'];
  /**
   * Creates an API key for an integration: bound to this school and one role (whose module flags
   * then apply), with an optional expiry. The secret is in the answer once and never again (only its
   * hash is stored). Send it as `Authorization: Bearer <secret>`; it works for queries, mutations
   * and introspection, never for login, refreshToken, me or user and key administration.
   */
  createApiKey: CreatedApiKey;
  /**
   * Creates a role of the school's own, starting from a built-in role's current flags (and whether it
   * reads only its holders' own records, as STUDENT does); tune it with setRolePermission and give it
   * with assignRole or createUser. A name the school uses already is CONFLICT. At most 50 roles of
   * the school's own.
   */
  createRole: Role;
  /**
   * Adds a person to the caller's school with the given role. A new email (or phone) gets an account
   * with the given password. One that has an account already, in any school, is invited instead: the
   * account keeps its own password and joins when the person signs in to this school with it (login
   * naming the school); until then the school sees only what it typed here. The answer is the same
   * either way: it does not tell whether an email or phone is in use elsewhere. An email or phone of
   * a member of this school is a CONFLICT.
   */
  createUser: User;
  /**
   * Stops a member from using the school: their sessions in it end at once, and the API keys they
   * created are suspended, within 2 seconds. Their records keep naming them. Not yourself, and not
   * the school's last active SCHOOL_ADMIN (CONFLICT). Deactivating an inactive member changes nothing.
   */
  deactivateMembership: User;
  /**
   * Deletes a role of the school's own that nobody holds (no member, invitation or API key, revoked
   * keys included: CONFLICT). A built-in role is BAD_USER_INPUT. Answers the deleted role's id.
   */
  deleteRole: Scalars['ID']['output'];
  /**
   * Deletes one of the caller's own saved queries and answers its id. Another person's (shared or not)
   * or another school's is NOT_FOUND, like an id that does not exist.
   */
  deleteSavedQuery: Scalars['ID']['output'];
  /**
   * Ends one of the caller's own sessions (another device, or this one): its tokens stop working.
   * A session that is not the caller's, or no longer open, is NOT_FOUND.
   */
  endSession: Scalars['Boolean']['output'];
  /**
   * Ends a session of a member of the school, in this school (a lost phone, a shared computer): its
   * tokens stop working within 2 seconds. Any other session id is NOT_FOUND. Always true.
   */
  endUserSession: Scalars['Boolean']['output'];
  /**
   * Invites a guardian for a student of the school, answering a one-time code (shown here once) that
   * the school hands over on paper or reads out: there is no mail or SMS sender. The name, email and
   * phone default to the student record's guardian contact (`guardianName`, `guardianPhone`). A person
   * without an account gets one, with the code as a one-time password: they sign in with it and a
   * `newPassword` of their own. An account that exists already (in any school) is only invited: its
   * holder signs in with their own password. Either way the guardian then accepts with
   * `acceptGuardianInvitation(code)`, and only then sees the child: never a link without acceptance.
   * The answer is the same either way, so it tells nobody whether an email or phone is in use. The
   * code works for 14 days; inviting the same person again gives a new code. A member of the school
   * with another role is CONFLICT (one account has one role in a school); so is a guardian already
   * linked, or an 11th guardian. A student who is not ACTIVE is NOT_FOUND.
   */
  inviteGuardian: GuardianInvitation;
  /**
   * Turns the guardian contacts kept on student records (`guardianName`, `guardianPhone`) into
   * invitations, for the ACTIVE students of a class (or one of its divisions) who have a phone on
   * record and no guardian yet, linked or invited: each exactly as inviteGuardian makes it, with its
   * own one-time code to print and hand over. A contact that cannot be invited (a malformed phone, a
   * member of the school with another role) is in `skipped` with the reason, and nothing is written
   * for it. At most 25 invitations a call (each code is hashed, which takes time): `remaining` says
   * how many students are left; call again for them. An unknown class, or a division of another
   * class, is NOT_FOUND.
   */
  inviteGuardiansFromContacts: GuardianContactInvitations;
  /**
   * Signs in with an email or phone number and a password, and opens a session (recording the
   * device's user agent and address). Every failure (unknown login, wrong password, inactive user,
   * no role in the school) answers the same UNAUTHENTICATED "invalid login or password".
   * Guessing is slowed, never turned into a lock-out of the real user: from one address an account
   * gets 3 attempts, then growing delays, and at most 10 per 15 minutes; an account gets at most 100
   * per hour from all addresses, and an address at most 50 per 15 minutes across accounts (not an
   * address in one of the named school's registered networks). A login presenting a valid
   * `deviceToken` for the account is judged only by that device's own attempts (3, then growing
   * delays, at most 10 per 15 minutes). A refused attempt is TOO_MANY_REQUESTS (HTTP 429) with
   * `extensions.retryAfter` seconds and a Retry-After header. A successful login is not counted.
   */
  login: AuthPayload;
  /** Ends the caller's session: its access and refresh tokens stop working. Always true. */
  logout: Scalars['Boolean']['output'];
  /** Lets a deactivated member sign in to the school again (their API keys work again too). */
  reactivateMembership: User;
  /**
   * Exchanges a refresh token for a new access token and a new refresh token; the old refresh token
   * is spent. Presented again within 10 seconds (two tabs refreshing at once), it yields the same new
   * refresh token; presented again later, it ends its whole session (it was probably stolen).
   */
  refreshToken: AuthPayload;
  /**
   * Registers one of the school's network ranges: sign-ins from it are then budgeted per account and
   * per device, not per address. A range registered already is a CONFLICT; at most 50 per school.
   */
  registerSchoolNetwork: SchoolNetwork;
  /**
   * Removes a member from the school: their sessions in it end at once and their API keys are
   * suspended; records they wrote then name nobody (`null`). Their account and other schools are
   * untouched. Not yourself, and not the school's last active SCHOOL_ADMIN (CONFLICT). Answers the
   * removed user's id.
   */
  removeMembership: Scalars['ID']['output'];
  /**
   * Removes a registered network: sign-ins from it are budgeted per address again. Answers the
   * removed network's id; another school's network is NOT_FOUND.
   */
  removeSchoolNetwork: Scalars['ID']['output'];
  /**
   * Gives a member a one-time password, shown in the answer once, and ends their sessions. They sign
   * in with it together with a `newPassword` of their own (login without one is
   * PASSWORD_CHANGE_REQUIRED). Only for an account that signs in to this school alone: one that also
   * belongs to another school (or is still an invitation) is FORBIDDEN, since its password is its
   * owner's. Your own password is changed with changePassword.
   */
  resetPassword: PasswordReset;
  /**
   * Revokes an API key of the school: it stops working within 2 seconds. Revoking a revoked key
   * changes nothing; another school's key is NOT_FOUND.
   */
  revokeApiKey: ApiKey;
  /**
   * Saves an operation under a name (new, or with `id` a change to one of the caller's own). Only its
   * author edits or deletes it; shared with the school, everyone there can open and run it, with their
   * own permissions (a field their role may not read is refused to them as for any query). The text
   * must parse as GraphQL (BAD_USER_INPUT otherwise); a name is unique per author (CONFLICT). API keys
   * cannot save queries, and a student or guardian cannot share one (FORBIDDEN).
   */
  saveQuery: SavedQuery;
  /**
   * Sets what a role of the caller's school may do in one module. Write and delete need read.
   * The SCHOOL_ADMIN role always keeps every flag on the "user" module (so the school cannot lock itself out).
   */
  setRolePermission: RolePermission;
  /**
   * Ends a guardian's link to a student, or withdraws an invitation. Their access to the child ends
   * with their next request; a guardian left with no child (or invitation) at the school loses the
   * school at once: membership and sessions. NOT_FOUND when there is no such link. Answers the student.
   */
  unlinkGuardian: Student;
  /**
   * Renames a role of the school's own, or changes any role's description. A built-in role keeps its
   * name (BAD_USER_INPUT); a name the school uses already is CONFLICT. Its holders' sessions go on.
   */
  updateRole: Role;
  /**
   * Changes the caller's school's details; the fields given change, the rest stay. A new time zone
   * applies to "today" (attendance, due dates) within 30 seconds.
   */
  updateSchool: School;
  /**
   * Corrects a member's name. For an invitation not yet accepted, the name the school typed; for an
   * account that signs in to this school alone, the account's own name; an account that also belongs
   * to another school is FORBIDDEN (its owner keeps their name). Email and phone are the sign-in of
   * the person and are not changed here.
   */
  updateUser: User;
};


export type MutationAcceptGuardianInvitationArgs = {
  input: AcceptGuardianInvitationInput;
};


export type MutationAssignRoleArgs = {
  input: AssignRoleInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateRoleArgs = {
  input: CreateRoleInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeactivateMembershipArgs = {
  input: MemberInput;
};


export type MutationDeleteRoleArgs = {
  input: DeleteRoleInput;
};


export type MutationDeleteSavedQueryArgs = {
  input: DeleteSavedQueryInput;
};


export type MutationEndSessionArgs = {
  input: EndSessionInput;
};


export type MutationEndUserSessionArgs = {
  input: EndUserSessionInput;
};


export type MutationInviteGuardianArgs = {
  input: InviteGuardianInput;
};


export type MutationInviteGuardiansFromContactsArgs = {
  input: InviteGuardiansFromContactsInput;
};


export type MutationLoginArgs = {
  deviceToken?: InputMaybe<Scalars['String']['input']>;
  login: Scalars['String']['input'];
  newPassword?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  school?: InputMaybe<Scalars['String']['input']>;
};


export type MutationReactivateMembershipArgs = {
  input: MemberInput;
};


export type MutationRefreshTokenArgs = {
  token: Scalars['String']['input'];
};


export type MutationRegisterSchoolNetworkArgs = {
  input: RegisterSchoolNetworkInput;
};


export type MutationRemoveMembershipArgs = {
  input: MemberInput;
};


export type MutationRemoveSchoolNetworkArgs = {
  input: RemoveSchoolNetworkInput;
};


export type MutationResetPasswordArgs = {
  input: MemberInput;
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


export type MutationSaveQueryArgs = {
  input: SaveQueryInput;
};


export type MutationSetRolePermissionArgs = {
  input: SetRolePermissionInput;
};


export type MutationUnlinkGuardianArgs = {
  input: UnlinkGuardianInput;
};


export type MutationUpdateRoleArgs = {
  input: UpdateRoleInput;
};


export type MutationUpdateSchoolArgs = {
  input: UpdateSchoolInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};

/** A school the signed-in user belongs to. */
export type MySchool = {
  __typename?: 'MySchool';
  /** The school's id. */
  id: Scalars['ID']['output'];
  /** The school's name. */
  name: Scalars['String']['output'];
  /** The name of the user's role in this school. */
  roleName: Scalars['String']['output'];
  /** The school's subdomain. */
  subdomain: Scalars['String']['output'];
};

/**
 * A record with a global id, as the Relay specification has it: `node(id:)` refetches it by that id
 * alone. A global id is opaque, names the record's type and is bound to the caller's school; every
 * argument that takes a record's id takes its global id or its plain key (the `…Id` fields).
 */
export type Node = {
  /** The record's global id: opaque, stable, valid only in the caller's school. */
  id: Scalars['ID']['output'];
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

/** A reset password, to hand to the member. */
export type PasswordReset = {
  __typename?: 'PasswordReset';
  /** The one-time password (16 characters): shown here once, never stored readable. */
  temporaryPassword: Scalars['String']['output'];
  /** The member. */
  user: User;
};

export type Query = {
  __typename?: 'Query';
  /** The school's API keys for integrations, newest first. A bounded list: at most 100 active keys per school. */
  apiKeys?: Maybe<Array<ApiKey>>;
  /**
   * The signed-in user: their profile, the schools they belong to, the current school and role,
   * and what the current role may do in each module.
   */
  me?: Maybe<Me>;
  /**
   * The modules permissions are granted on, by name.
   * A bounded list: one per permission module.
   */
  modules?: Maybe<Array<Module>>;
  /**
   * The record with this global id, or null when it names nothing the caller can see: another
   * school's id, a removed record, a made-up id. Each type's fields need that type's permission.
   */
  node?: Maybe<Node>;
  /**
   * The records with these global ids, in the order asked (null for each that names nothing the
   * caller can see, as `node` answers). A bounded list: at most 100 ids (more is BAD_USER_INPUT).
   */
  nodes?: Maybe<Array<Maybe<Node>>>;
  /**
   * The addresses failed sign-ins at the school came from, most failures first, over the last
   * `hours` hours: where password spraying comes from, registered network or not.
   * A bounded list: the 100 addresses with the most failures.
   */
  recentLoginFailures?: Maybe<Array<LoginFailuresByAddress>>;
  /**
   * The roles of the caller's school, by name.
   * A bounded list: the school's roles.
   */
  roles?: Maybe<Array<Role>>;
  /**
   * A bounded list: the saved queries the caller may open, newest change first: their own (private or
   * shared) and those others shared with the school (at most 200 per person). Another school's are
   * never listed.
   */
  savedQueries?: Maybe<Array<SavedQuery>>;
  /** The caller's school: its name, district, board, time zone and settings. */
  school?: Maybe<School>;
  /** The school's registered networks, by range. A bounded list: at most 50 per school. */
  schoolNetworks?: Maybe<Array<SchoolNetwork>>;
  /**
   * The open sessions of a member of the caller's school, in this school only, most recently used
   * first (at most 50). Someone who is no member of the school is NOT_FOUND.
   * A bounded list: at most 50.
   */
  sessions?: Maybe<Array<DeviceSession>>;
  /** One user of the caller's school; null when no such user belongs to that school. */
  user?: Maybe<User>;
  /** The users of the caller's school, oldest first, a page at a time. */
  users?: Maybe<UserConnection>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryRecentLoginFailuresArgs = {
  hours?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySessionsArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of registerSchoolNetwork. */
export type RegisterSchoolNetworkInput = {
  /**
   * The range in CIDR form: IPv4 with a prefix of /16 or longer, IPv6 /32 or longer, no bits set
   * after the prefix ("203.0.113.0/28", "198.51.100.7/32"; a single address may omit the prefix).
   */
  cidr: Scalars['String']['input'];
  /** What the school calls it (1 to 100 characters). */
  label: Scalars['String']['input'];
};

/** Input of removeSchoolNetwork. */
export type RemoveSchoolNetworkInput = {
  /** The network's id. */
  id: Scalars['ID']['input'];
};

/** Input of revokeApiKey. */
export type RevokeApiKeyInput = {
  /** The key's id. */
  id: Scalars['ID']['input'];
};

/** A role of the caller's school, e.g. TEACHER. */
export type Role = Node & {
  __typename?: 'Role';
  /**
   * Whether every school has this role (SCHOOL_ADMIN, TEACHER, ...): its name is fixed and it cannot
   * be deleted. False for the school's own roles.
   */
  builtIn: Scalars['Boolean']['output'];
  /** What the role is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** Its changes, newest first, from the audit trail. A bounded list: the latest 100 (`auditTrail` pages through all). */
  history: Array<AuditEntry>;
  /** The global id (see Node): opaque, stable, valid only in the caller's school. */
  id: Scalars['ID']['output'];
  /** The role's name, unique in the school. */
  name: Scalars['String']['output'];
  /**
   * What the role may do, one entry per module, by module name.
   * A bounded list: one per permission module.
   */
  permissions: Array<ModulePermission>;
  /** Whether holders read only the records linked to themselves (students). */
  selfScoped: Scalars['Boolean']['output'];
};

/** A role's permission on one module, as just set. */
export type RolePermission = {
  __typename?: 'RolePermission';
  /** May delete the module's data. */
  delete: Scalars['Boolean']['output'];
  /** The module's name. */
  module: Scalars['String']['output'];
  /** May read the module's data. */
  read: Scalars['Boolean']['output'];
  /** The role. */
  role: Role;
  /** May create and change the module's data. */
  write: Scalars['Boolean']['output'];
};

/** A query to save. */
export type SaveQueryInput = {
  /** What it answers (at most 1000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** One of the caller's own saved queries to change; omitted: a new one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** A name (1 to 100 characters), unique among the caller's saved queries. */
  name: Scalars['String']['input'];
  /** The operation text (at most 20000 characters; it must parse as GraphQL). */
  query: Scalars['String']['input'];
  /** Share it with the whole school; false (the default) keeps it private. */
  shared?: InputMaybe<Scalars['Boolean']['input']>;
  /** Its variables as a JSON object in text (at most 5000 characters). */
  variables?: InputMaybe<Scalars['String']['input']>;
};

/** An operation saved from the playground. */
export type SavedQuery = {
  __typename?: 'SavedQuery';
  /** Who wrote it (their card needs `user:read`, as anywhere); null when they are no longer a member of the school. */
  author?: Maybe<User>;
  /** The author's name, for anyone who may open the query; null when they are no longer a member of the school. */
  authorName?: Maybe<Scalars['String']['output']>;
  /** Whether the text holds a mutation: running it may change data (the playground says so). */
  changesData: Scalars['Boolean']['output'];
  /** When it was saved first. */
  createdAt: Scalars['DateTime']['output'];
  /** What it answers, in a sentence or two. */
  description?: Maybe<Scalars['String']['output']>;
  /** The saved query's id. */
  id: Scalars['ID']['output'];
  /** Whether the caller wrote it (and so may change or delete it). */
  mine: Scalars['Boolean']['output'];
  /** Its name, unique per author. */
  name: Scalars['String']['output'];
  /** The operation text. */
  query: Scalars['String']['output'];
  /** Whether the whole school sees it (else only its author). */
  shared: Scalars['Boolean']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its variables as JSON text; null when none. */
  variables?: Maybe<Scalars['String']['output']>;
};

/** The caller's school, as its members see it. */
export type School = {
  __typename?: 'School';
  /** The board the school follows, e.g. "CBSE". */
  board?: Maybe<Scalars['String']['output']>;
  /** The district the school is in. */
  district?: Maybe<Scalars['String']['output']>;
  /** Whether the school is trying the platform out (evaluation mode). */
  evaluationMode: Scalars['Boolean']['output'];
  /** The school's id. */
  id: Scalars['ID']['output'];
  /** The school's name. */
  name: Scalars['String']['output'];
  /** The school's own settings, by key. A bounded list: at most 50. */
  settings: Array<SchoolSetting>;
  /** The school's subdomain: its address, e.g. `demo` in demo.example.org. */
  subdomain: Scalars['String']['output'];
  /** The school's IANA time zone, e.g. "Asia/Kolkata": what "today" means for it. */
  timezone: Scalars['String']['output'];
  /** When the details last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/**
 * A network range of the school (its shared public address, a lab behind one NAT address). Sign-in
 * attempts from it are budgeted per account and per device, never per address, so one person's
 * wrong passwords there cannot keep the rest of the school from signing in.
 */
export type SchoolNetwork = {
  __typename?: 'SchoolNetwork';
  /** The range in CIDR form, e.g. "203.0.113.0/28" or "2001:db8:1::/48". */
  cidr: Scalars['String']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** The network's id. */
  id: Scalars['ID']['output'];
  /** What the school calls it, e.g. "main building". */
  label: Scalars['String']['output'];
};

/** One setting of the school. */
export type SchoolSetting = {
  __typename?: 'SchoolSetting';
  /** The setting's key, e.g. "receiptFooter". */
  key: Scalars['String']['output'];
  /** Its value, as text. */
  value: Scalars['String']['output'];
};

/** A setting to store. */
export type SchoolSettingInput = {
  /** The key. */
  key: Scalars['String']['input'];
  /** The value. */
  value: Scalars['String']['input'];
};

/** Input of setRolePermission. */
export type SetRolePermissionInput = {
  /** May delete the module's data. */
  delete: Scalars['Boolean']['input'];
  /** The module's name, e.g. "attendance". */
  module: Scalars['String']['input'];
  /** May read the module's data. */
  read: Scalars['Boolean']['input'];
  /** The name of a role of the caller's school. */
  roleName: Scalars['String']['input'];
  /** May create and change the module's data. */
  write: Scalars['Boolean']['input'];
};

/** A student whose guardian contact could not be turned into an invitation. */
export type SkippedGuardianContact = {
  __typename?: 'SkippedGuardianContact';
  /** Why, e.g. "phone must be 7 to 15 digits with an optional leading +". */
  reason: Scalars['String']['output'];
  /** The student. */
  student: Student;
};

/** A student (owned by the academics subgraph): `node(id:)` answers it by reference. */
export type Student = Node & {
  __typename?: 'Student';
  /**
   * The student's guardians, primary first, invitations still waiting included.
   * A bounded list: at most 10.
   */
  guardians: Array<Guardian>;
  /** The global id. */
  id: Scalars['ID']['output'];
};

/** A subject (owned by the academics subgraph): `node(id:)` answers it by reference. */
export type Subject = Node & {
  __typename?: 'Subject';
  /** The global id. */
  id: Scalars['ID']['output'];
};

/** A bus trip (owned by the transport subgraph): `node(id:)` answers it by reference. */
export type Trip = Node & {
  __typename?: 'Trip';
  /** The global id. */
  id: Scalars['ID']['output'];
};

/** Input of unlinkGuardian. */
export type UnlinkGuardianInput = {
  /** The student. */
  studentId: Scalars['ID']['input'];
  /** The guardian's user id. */
  userId: Scalars['ID']['input'];
};

/** Input of updateRole: the fields given are changed. */
export type UpdateRoleInput = {
  /** The new description (up to 500 characters; an empty string clears it). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The new name (as in CreateRoleInput); only for a role of the school's own. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The role's id. */
  roleId: Scalars['ID']['input'];
};

/** Input of updateSchool: the fields given are changed. */
export type UpdateSchoolInput = {
  /** The board (up to 200 characters; an empty string clears it). */
  board?: InputMaybe<Scalars['String']['input']>;
  /** The district (up to 200 characters; an empty string clears it). */
  district?: InputMaybe<Scalars['String']['input']>;
  /** Whether the school is in evaluation mode. */
  evaluationMode?: InputMaybe<Scalars['Boolean']['input']>;
  /** The school's name (1 to 200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /**
   * Every setting of the school, replacing the ones it had: at most 50, keys 1 to 64 letters, digits,
   * `_`, `.` or `-` starting with a letter, each once; values up to 1,000 characters.
   */
  settings?: InputMaybe<Array<SchoolSettingInput>>;
  /** An IANA time zone, e.g. "Asia/Kolkata" or "Europe/London". */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

/** Input of updateUser: the fields given are changed. */
export type UpdateUserInput = {
  /** The first name (1 to 100 characters). */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** The last name (up to 100 characters; an empty string clears it). */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** The member's id. */
  userId: Scalars['ID']['input'];
};

/**
 * A member of the caller's school. Every record that names a person (a message's sender, who marked
 * attendance, who posted a voucher) links here. Its directory card (`id`, `displayName`, `roleName`,
 * and a student's `admissionNumber`) is readable by any signed-in member of the school; everything
 * else needs `user:read`.
 */
export type User = Node & {
  __typename?: 'User';
  /** When the user was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The name other members see: first and last name joined by a space. Any signed-in member may read it. */
  displayName: Scalars['String']['output'];
  /** The user's email, lower-case. */
  email?: Maybe<Scalars['String']['output']>;
  /** The user's first name. */
  firstName: Scalars['String']['output'];
  /** Changes of their membership of this school (role, active state, invitation), newest first, from the audit trail. A bounded list: the latest 100 (`auditTrail` pages through all). */
  history: Array<AuditEntry>;
  /** The global id (see Node): opaque, stable, valid only in the caller's school. */
  id: Scalars['ID']['output'];
  /** Whether the user may sign in to the caller's school. */
  isActive: Scalars['Boolean']['output'];
  /** The user's last name. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** The user's phone number. */
  phone?: Maybe<Scalars['String']['output']>;
  /** The user's role in the caller's school. */
  role: Role;
  /** The name of the user's role in the caller's school, e.g. "TEACHER". Any signed-in member may read it. */
  roleName: Scalars['String']['output'];
};

/** A page of users. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The users of this page, each with its cursor. */
  edges: Array<UserEdge>;
  /** The users of this page, without cursors (the edges' nodes, in order). */
  nodes: Array<User>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many users the school has in all. */
  totalCount: Scalars['Int']['output'];
};

/** A user in a page, with the cursor to continue after it. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Pass as `after` to continue after this user. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: User;
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
  AcademicYear: AcademicYear;
  Book: Book;
  Bus: Bus;
  BusRoute: BusRoute;
  BusStop: BusStop;
  Class: Class;
  Division: Division;
  Exam: Exam;
  FeeStructure: FeeStructure;
  Me: Me;
  MessageThread: MessageThread;
  Node: Node;
  Role: Role;
  Student: Student;
  Subject: Subject;
  Trip: Trip;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AcademicYear:
    ( { __typename: 'AcademicYear' }
    & GraphQLRecursivePick<FederationTypes['AcademicYear'], {"id":true}> );
  Book:
    ( { __typename: 'Book' }
    & GraphQLRecursivePick<FederationTypes['Book'], {"id":true}> );
  Bus:
    ( { __typename: 'Bus' }
    & GraphQLRecursivePick<FederationTypes['Bus'], {"id":true}> );
  BusRoute:
    ( { __typename: 'BusRoute' }
    & GraphQLRecursivePick<FederationTypes['BusRoute'], {"id":true}> );
  BusStop:
    ( { __typename: 'BusStop' }
    & GraphQLRecursivePick<FederationTypes['BusStop'], {"id":true}> );
  Class:
    ( { __typename: 'Class' }
    & GraphQLRecursivePick<FederationTypes['Class'], {"id":true}> );
  Division:
    ( { __typename: 'Division' }
    & GraphQLRecursivePick<FederationTypes['Division'], {"id":true}> );
  Exam:
    ( { __typename: 'Exam' }
    & GraphQLRecursivePick<FederationTypes['Exam'], {"id":true}> );
  FeeStructure:
    ( { __typename: 'FeeStructure' }
    & GraphQLRecursivePick<FederationTypes['FeeStructure'], {"id":true}> );
  Me:
    ( { __typename: 'Me' }
    & GraphQLRecursivePick<FederationTypes['Me'], {"id":true}> );
  MessageThread:
    ( { __typename: 'MessageThread' }
    & GraphQLRecursivePick<FederationTypes['MessageThread'], {"id":true}> );
  Node:
    ( { __typename: 'Node' }
    & GraphQLRecursivePick<FederationTypes['Node'], {"id":true}> );
  Role:
    ( { __typename: 'Role' }
    & GraphQLRecursivePick<FederationTypes['Role'], {"id":true}> );
  Student:
    ( { __typename: 'Student' }
    & GraphQLRecursivePick<FederationTypes['Student'], {"id":true}> );
  Subject:
    ( { __typename: 'Subject' }
    & GraphQLRecursivePick<FederationTypes['Subject'], {"id":true}> );
  Trip:
    ( { __typename: 'Trip' }
    & GraphQLRecursivePick<FederationTypes['Trip'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( AcademicYear )
    | ( Book )
    | ( Bus )
    | ( BusRoute )
    | ( BusStop )
    | ( Class )
    | ( Division )
    | ( Exam )
    | ( FeeStructure )
    | ( Caller )
    | ( MessageThread )
    | ( RoleRow )
    | ( { id: string } )
    | ( Subject )
    | ( Trip )
    | ( SchoolUser )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcademicYear: ResolverTypeWrapper<AcademicYear>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AcceptGuardianInvitationInput: AcceptGuardianInvitationInput;
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AssignRoleInput: AssignRoleInput;
  AuditAction: AuditAction;
  AuditActorKind: AuditActorKind;
  AuditChange: ResolverTypeWrapper<AuditChange>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  AuthPayload: ResolverTypeWrapper<AuthPayloadSource>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Book: ResolverTypeWrapper<Book>;
  BuiltinRole: BuiltinRole;
  Bus: ResolverTypeWrapper<Bus>;
  BusRoute: ResolverTypeWrapper<BusRoute>;
  BusStop: ResolverTypeWrapper<BusStop>;
  ChangePasswordInput: ChangePasswordInput;
  Class: ResolverTypeWrapper<Class>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateRoleInput: CreateRoleInput;
  CreateUserInput: CreateUserInput;
  CreatedApiKey: ResolverTypeWrapper<Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeleteRoleInput: DeleteRoleInput;
  DeleteSavedQueryInput: DeleteSavedQueryInput;
  DeviceSession: ResolverTypeWrapper<DeviceSessionRow>;
  Division: ResolverTypeWrapper<Division>;
  EndSessionInput: EndSessionInput;
  EndUserSessionInput: EndUserSessionInput;
  ErrorCode: ErrorCode;
  Exam: ResolverTypeWrapper<Exam>;
  FeeStructure: ResolverTypeWrapper<FeeStructure>;
  Guardian: ResolverTypeWrapper<GuardianRow>;
  GuardianChild: ResolverTypeWrapper<GuardianRow>;
  GuardianContactInvitations: ResolverTypeWrapper<ContactInvitationsModel>;
  GuardianInvitation: ResolverTypeWrapper<GuardianInvitationModel>;
  InviteGuardianInput: InviteGuardianInput;
  InviteGuardiansFromContactsInput: InviteGuardiansFromContactsInput;
  LoginFailuresByAddress: ResolverTypeWrapper<FailuresByAddressRow>;
  Me: ResolverTypeWrapper<Caller>;
  MemberInput: MemberInput;
  MessageThread: ResolverTypeWrapper<MessageThread>;
  Module: ResolverTypeWrapper<ModuleRow>;
  ModulePermission: ResolverTypeWrapper<ModulePermissionRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  MySchool: ResolverTypeWrapper<ActiveMembership>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PasswordReset: ResolverTypeWrapper<Omit<PasswordReset, 'user'> & { user: ResolversTypes['User'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterSchoolNetworkInput: RegisterSchoolNetworkInput;
  RemoveSchoolNetworkInput: RemoveSchoolNetworkInput;
  RevokeApiKeyInput: RevokeApiKeyInput;
  Role: ResolverTypeWrapper<RoleRow>;
  RolePermission: ResolverTypeWrapper<RolePermissionResult>;
  SaveQueryInput: SaveQueryInput;
  SavedQuery: ResolverTypeWrapper<SavedQueryRow>;
  School: ResolverTypeWrapper<SchoolDetails>;
  SchoolNetwork: ResolverTypeWrapper<SchoolNetworkRow>;
  SchoolSetting: ResolverTypeWrapper<SchoolSetting>;
  SchoolSettingInput: SchoolSettingInput;
  SetRolePermissionInput: SetRolePermissionInput;
  SkippedGuardianContact: ResolverTypeWrapper<{ studentId: string; reason: string }>;
  Student: ResolverTypeWrapper<{ id: string }>;
  Subject: ResolverTypeWrapper<Subject>;
  Trip: ResolverTypeWrapper<Trip>;
  UnlinkGuardianInput: UnlinkGuardianInput;
  UpdateRoleInput: UpdateRoleInput;
  UpdateSchoolInput: UpdateSchoolInput;
  UpdateUserInput: UpdateUserInput;
  User: ResolverTypeWrapper<SchoolUser>;
  UserConnection: ResolverTypeWrapper<Connection<SchoolUser>>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcademicYear: AcademicYear | FederationReferenceTypes['AcademicYear'];
  ID: Scalars['ID']['output'];
  AcceptGuardianInvitationInput: AcceptGuardianInvitationInput;
  ApiKey: ApiKeyRow;
  Boolean: Scalars['Boolean']['output'];
  AssignRoleInput: AssignRoleInput;
  AuditChange: AuditChange;
  AuditEntry: AuditEntryRow;
  AuthPayload: AuthPayloadSource;
  Int: Scalars['Int']['output'];
  Book: Book | FederationReferenceTypes['Book'];
  Bus: Bus | FederationReferenceTypes['Bus'];
  BusRoute: BusRoute | FederationReferenceTypes['BusRoute'];
  BusStop: BusStop | FederationReferenceTypes['BusStop'];
  ChangePasswordInput: ChangePasswordInput;
  Class: Class | FederationReferenceTypes['Class'];
  CreateApiKeyInput: CreateApiKeyInput;
  CreateRoleInput: CreateRoleInput;
  CreateUserInput: CreateUserInput;
  CreatedApiKey: Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DeleteRoleInput: DeleteRoleInput;
  DeleteSavedQueryInput: DeleteSavedQueryInput;
  DeviceSession: DeviceSessionRow;
  Division: Division | FederationReferenceTypes['Division'];
  EndSessionInput: EndSessionInput;
  EndUserSessionInput: EndUserSessionInput;
  Exam: Exam | FederationReferenceTypes['Exam'];
  FeeStructure: FeeStructure | FederationReferenceTypes['FeeStructure'];
  Guardian: GuardianRow;
  GuardianChild: GuardianRow;
  GuardianContactInvitations: ContactInvitationsModel;
  GuardianInvitation: GuardianInvitationModel;
  InviteGuardianInput: InviteGuardianInput;
  InviteGuardiansFromContactsInput: InviteGuardiansFromContactsInput;
  LoginFailuresByAddress: FailuresByAddressRow;
  Me: Caller;
  MemberInput: MemberInput;
  MessageThread: MessageThread | FederationReferenceTypes['MessageThread'];
  Module: ModuleRow;
  ModulePermission: ModulePermissionRow;
  Mutation: Record<PropertyKey, never>;
  MySchool: ActiveMembership;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  PasswordReset: Omit<PasswordReset, 'user'> & { user: ResolversParentTypes['User'] };
  Query: Record<PropertyKey, never>;
  RegisterSchoolNetworkInput: RegisterSchoolNetworkInput;
  RemoveSchoolNetworkInput: RemoveSchoolNetworkInput;
  RevokeApiKeyInput: RevokeApiKeyInput;
  Role: RoleRow;
  RolePermission: RolePermissionResult;
  SaveQueryInput: SaveQueryInput;
  SavedQuery: SavedQueryRow;
  School: SchoolDetails;
  SchoolNetwork: SchoolNetworkRow;
  SchoolSetting: SchoolSetting;
  SchoolSettingInput: SchoolSettingInput;
  SetRolePermissionInput: SetRolePermissionInput;
  SkippedGuardianContact: { studentId: string; reason: string };
  Student: { id: string };
  Subject: Subject | FederationReferenceTypes['Subject'];
  Trip: Trip | FederationReferenceTypes['Trip'];
  UnlinkGuardianInput: UnlinkGuardianInput;
  UpdateRoleInput: UpdateRoleInput;
  UpdateSchoolInput: UpdateSchoolInput;
  UpdateUserInput: UpdateUserInput;
  User: SchoolUser;
  UserConnection: Connection<SchoolUser>;
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  String: Scalars['String']['output'];
}>;

export type ModuleDirectiveArgs = {
  action: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type ModuleDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = ModuleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AcademicYearResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AcademicYear'] = ResolversParentTypes['AcademicYear'], FederationReferenceType extends FederationReferenceTypes['AcademicYear'] = FederationReferenceTypes['AcademicYear']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AcademicYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ApiKeyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  suspended?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AuditChangeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['AuditActorKind'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditChange']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuthPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deviceToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
}>;

export type BookResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Book'] = ResolversParentTypes['Book'], FederationReferenceType extends FederationReferenceTypes['Book'] = FederationReferenceTypes['Book']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Book']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BusResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Bus'] = ResolversParentTypes['Bus'], FederationReferenceType extends FederationReferenceTypes['Bus'] = FederationReferenceTypes['Bus']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Bus']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BusRouteResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['BusRoute'] = ResolversParentTypes['BusRoute'], FederationReferenceType extends FederationReferenceTypes['BusRoute'] = FederationReferenceTypes['BusRoute']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BusRoute']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BusStopResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['BusStop'] = ResolversParentTypes['BusStop'], FederationReferenceType extends FederationReferenceTypes['BusStop'] = FederationReferenceTypes['BusStop']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BusStop']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ClassResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Class'] = ResolversParentTypes['Class'], FederationReferenceType extends FederationReferenceTypes['Class'] = FederationReferenceTypes['Class']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Class']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CreatedApiKeyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type DeviceSessionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['DeviceSession'] = ResolversParentTypes['DeviceSession']> = ResolversObject<{
  clientAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  schoolName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DivisionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Division'] = ResolversParentTypes['Division'], FederationReferenceType extends FederationReferenceTypes['Division'] = FederationReferenceTypes['Division']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Division']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExamResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Exam'] = ResolversParentTypes['Exam'], FederationReferenceType extends FederationReferenceTypes['Exam'] = FederationReferenceTypes['Exam']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Exam']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FeeStructureResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['FeeStructure'] = ResolversParentTypes['FeeStructure'], FederationReferenceType extends FederationReferenceTypes['FeeStructure'] = FederationReferenceTypes['FeeStructure']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FeeStructure']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GuardianResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Guardian'] = ResolversParentTypes['Guardian']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  invitedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  isPrimary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type GuardianChildResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['GuardianChild'] = ResolversParentTypes['GuardianChild']> = ResolversObject<{
  isPrimary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
}>;

export type GuardianContactInvitationsResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['GuardianContactInvitations'] = ResolversParentTypes['GuardianContactInvitations']> = ResolversObject<{
  invitations?: Resolver<Array<ResolversTypes['GuardianInvitation']>, ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['SkippedGuardianContact']>, ParentType, ContextType>;
}>;

export type GuardianInvitationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['GuardianInvitation'] = ResolversParentTypes['GuardianInvitation']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  guardian?: Resolver<ResolversTypes['Guardian'], ParentType, ContextType>;
}>;

export type LoginFailuresByAddressResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['LoginFailuresByAddress'] = ResolversParentTypes['LoginFailuresByAddress']> = ResolversObject<{
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastFailureAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me'], FederationReferenceType extends FederationReferenceTypes['Me'] = FederationReferenceTypes['Me']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Me']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<Array<ResolversTypes['GuardianChild']>, ParentType, ContextType>;
  currentSchool?: Resolver<ResolversTypes['MySchool'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['ModulePermission']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  schools?: Resolver<Array<ResolversTypes['MySchool']>, ParentType, ContextType>;
  selfScoped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['DeviceSession']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MessageThreadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['MessageThread'] = ResolversParentTypes['MessageThread'], FederationReferenceType extends FederationReferenceTypes['MessageThread'] = FederationReferenceTypes['MessageThread']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MessageThread']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ModuleResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Module'] = ResolversParentTypes['Module']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ModulePermissionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ModulePermission'] = ResolversParentTypes['ModulePermission']> = ResolversObject<{
  delete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  module?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  write?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptGuardianInvitation?: Resolver<ResolversTypes['GuardianChild'], ParentType, ContextType, RequireFields<MutationAcceptGuardianInvitationArgs, 'input'>>;
  assignRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationAssignRoleArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType, RequireFields<MutationCreateRoleArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  deactivateMembership?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationDeactivateMembershipArgs, 'input'>>;
  deleteRole?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteRoleArgs, 'input'>>;
  deleteSavedQuery?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteSavedQueryArgs, 'input'>>;
  endSession?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationEndSessionArgs, 'input'>>;
  endUserSession?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationEndUserSessionArgs, 'input'>>;
  inviteGuardian?: Resolver<ResolversTypes['GuardianInvitation'], ParentType, ContextType, RequireFields<MutationInviteGuardianArgs, 'input'>>;
  inviteGuardiansFromContacts?: Resolver<ResolversTypes['GuardianContactInvitations'], ParentType, ContextType, RequireFields<MutationInviteGuardiansFromContactsArgs, 'input'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'login' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reactivateMembership?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationReactivateMembershipArgs, 'input'>>;
  refreshToken?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRefreshTokenArgs, 'token'>>;
  registerSchoolNetwork?: Resolver<ResolversTypes['SchoolNetwork'], ParentType, ContextType, RequireFields<MutationRegisterSchoolNetworkArgs, 'input'>>;
  removeMembership?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveMembershipArgs, 'input'>>;
  removeSchoolNetwork?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveSchoolNetworkArgs, 'input'>>;
  resetPassword?: Resolver<ResolversTypes['PasswordReset'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'input'>>;
  saveQuery?: Resolver<ResolversTypes['SavedQuery'], ParentType, ContextType, RequireFields<MutationSaveQueryArgs, 'input'>>;
  setRolePermission?: Resolver<ResolversTypes['RolePermission'], ParentType, ContextType, RequireFields<MutationSetRolePermissionArgs, 'input'>>;
  unlinkGuardian?: Resolver<ResolversTypes['Student'], ParentType, ContextType, RequireFields<MutationUnlinkGuardianArgs, 'input'>>;
  updateRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType, RequireFields<MutationUpdateRoleArgs, 'input'>>;
  updateSchool?: Resolver<ResolversTypes['School'], ParentType, ContextType, RequireFields<MutationUpdateSchoolArgs, 'input'>>;
  updateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'input'>>;
}>;

export type MySchoolResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['MySchool'] = ResolversParentTypes['MySchool']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roleName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subdomain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NodeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'], FederationReferenceType extends FederationReferenceTypes['Node'] = FederationReferenceTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AcademicYear' | 'Book' | 'Bus' | 'BusRoute' | 'BusStop' | 'Class' | 'Division' | 'Exam' | 'FeeStructure' | 'Me' | 'MessageThread' | 'Role' | 'Student' | 'Subject' | 'Trip' | 'User', ParentType, ContextType>;
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Node']> | FederationReferenceType, FederationReferenceType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PasswordResetResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PasswordReset'] = ResolversParentTypes['PasswordReset']> = ResolversObject<{
  temporaryPassword?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiKeys?: Resolver<Maybe<Array<ResolversTypes['ApiKey']>>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  modules?: Resolver<Maybe<Array<ResolversTypes['Module']>>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Node']>>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  recentLoginFailures?: Resolver<Maybe<Array<ResolversTypes['LoginFailuresByAddress']>>, ParentType, ContextType, RequireFields<QueryRecentLoginFailuresArgs, 'hours'>>;
  roles?: Resolver<Maybe<Array<ResolversTypes['Role']>>, ParentType, ContextType>;
  savedQueries?: Resolver<Maybe<Array<ResolversTypes['SavedQuery']>>, ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['School']>, ParentType, ContextType>;
  schoolNetworks?: Resolver<Maybe<Array<ResolversTypes['SchoolNetwork']>>, ParentType, ContextType>;
  sessions?: Resolver<Maybe<Array<ResolversTypes['DeviceSession']>>, ParentType, ContextType, RequireFields<QuerySessionsArgs, 'userId'>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  users?: Resolver<Maybe<ResolversTypes['UserConnection']>, ParentType, ContextType, Partial<QueryUsersArgs>>;
}>;

export type RoleResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role'], FederationReferenceType extends FederationReferenceTypes['Role'] = FederationReferenceTypes['Role']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Role']> | FederationReferenceType, FederationReferenceType, ContextType>;
  builtIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['ModulePermission']>, ParentType, ContextType>;
  selfScoped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RolePermissionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RolePermission'] = ResolversParentTypes['RolePermission']> = ResolversObject<{
  delete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  module?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  write?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SavedQueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SavedQuery'] = ResolversParentTypes['SavedQuery']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  authorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changesData?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shared?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  variables?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SchoolResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['School'] = ResolversParentTypes['School']> = ResolversObject<{
  board?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evaluationMode?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  settings?: Resolver<Array<ResolversTypes['SchoolSetting']>, ParentType, ContextType>;
  subdomain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type SchoolNetworkResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SchoolNetwork'] = ResolversParentTypes['SchoolNetwork']> = ResolversObject<{
  cidr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SchoolSettingResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SchoolSetting'] = ResolversParentTypes['SchoolSetting']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SkippedGuardianContactResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SkippedGuardianContact'] = ResolversParentTypes['SkippedGuardianContact']> = ResolversObject<{
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
}>;

export type StudentResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Student'] = ResolversParentTypes['Student'], FederationReferenceType extends FederationReferenceTypes['Student'] = FederationReferenceTypes['Student']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Student']> | FederationReferenceType, FederationReferenceType, ContextType>;
  guardians?: Resolver<Array<ResolversTypes['Guardian']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SubjectResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject'], FederationReferenceType extends FederationReferenceTypes['Subject'] = FederationReferenceTypes['Subject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TripResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Trip'] = ResolversParentTypes['Trip'], FederationReferenceType extends FederationReferenceTypes['Trip'] = FederationReferenceTypes['Trip']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Trip']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  roleName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = IdentityContext> = ResolversObject<{
  AcademicYear?: AcademicYearResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Book?: BookResolvers<ContextType>;
  Bus?: BusResolvers<ContextType>;
  BusRoute?: BusRouteResolvers<ContextType>;
  BusStop?: BusStopResolvers<ContextType>;
  Class?: ClassResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DeviceSession?: DeviceSessionResolvers<ContextType>;
  Division?: DivisionResolvers<ContextType>;
  Exam?: ExamResolvers<ContextType>;
  FeeStructure?: FeeStructureResolvers<ContextType>;
  Guardian?: GuardianResolvers<ContextType>;
  GuardianChild?: GuardianChildResolvers<ContextType>;
  GuardianContactInvitations?: GuardianContactInvitationsResolvers<ContextType>;
  GuardianInvitation?: GuardianInvitationResolvers<ContextType>;
  LoginFailuresByAddress?: LoginFailuresByAddressResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  MessageThread?: MessageThreadResolvers<ContextType>;
  Module?: ModuleResolvers<ContextType>;
  ModulePermission?: ModulePermissionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  MySchool?: MySchoolResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PasswordReset?: PasswordResetResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  RolePermission?: RolePermissionResolvers<ContextType>;
  SavedQuery?: SavedQueryResolvers<ContextType>;
  School?: SchoolResolvers<ContextType>;
  SchoolNetwork?: SchoolNetworkResolvers<ContextType>;
  SchoolSetting?: SchoolSettingResolvers<ContextType>;
  SkippedGuardianContact?: SkippedGuardianContactResolvers<ContextType>;
  Student?: StudentResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
  Trip?: TripResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = IdentityContext> = ResolversObject<{
  module?: ModuleDirectiveResolver<any, any, ContextType>;
}>;
