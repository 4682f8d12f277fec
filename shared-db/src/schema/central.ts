/**
 * Central database schema (`syncad_central`): the estate's registry of schools,
 * users, roles, modules, permissions and sessions. One per deployment.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  cidr,
  index,
  inet,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

import { auditColumns } from './school/audit';

/** The time zone of a school that names none: the estate's schools are in India. */
export const DEFAULT_SCHOOL_TIMEZONE = 'Asia/Kolkata';

const createdAt = () => timestamp('createdAt', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updatedAt', { withTimezone: true }).notNull().defaultNow();

export const School = pgTable(
  'School',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: varchar('name', { length: 200 }).notNull(),
    databaseName: varchar('databaseName', { length: 63 }).notNull().unique(),
    /** Name of a PostgreSQL server from configuration (SYNCAD_DB_SERVERS); never a URL or a password. */
    dbServer: varchar('dbServer', { length: 63 }).notNull().default('default'),
    subdomain: varchar('subdomain', { length: 63 }).notNull().unique(),
    district: text('district'),
    board: text('board'),
    evaluationMode: boolean('evaluationMode').notNull().default(false),
    /** IANA time zone of the school: what "today" means for attendance, due dates and the like. */
    timezone: varchar('timezone', { length: 64 }).notNull().default(DEFAULT_SCHOOL_TIMEZONE),
    settings: jsonb('settings').notNull().default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check('School_subdomain_format', sql`${t.subdomain} ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'`)],
);

export const User = pgTable(
  'User',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-cased so login is case-insensitive. */
    email: varchar('email', { length: 254 }),
    phone: varchar('phone', { length: 20 }),
    /** argon2id hash; never returned by any API. */
    passwordHash: text('passwordHash').notNull(),
    firstName: varchar('firstName', { length: 100 }).notNull(),
    lastName: varchar('lastName', { length: 100 }),
    isActive: boolean('isActive').notNull().default(true),
    /** Set by an admin's password reset: the one-time password signs in only together with a new one. */
    mustChangePassword: boolean('mustChangePassword').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('User_email_key').on(t.email),
    uniqueIndex('User_phone_key').on(t.phone),
    check('User_email_or_phone', sql`${t.email} IS NOT NULL OR ${t.phone} IS NOT NULL`),
  ],
);

/** Roles are per school: each school gets the built-in set and may tune its flags. */
export const Role = pgTable(
  'Role',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('schoolId')
      .notNull()
      .references(() => School.id, { onDelete: 'cascade' }),
    name: varchar('name', { length: 50 }).notNull(),
    description: text('description'),
    /** Self-scoped roles (STUDENT) read only the student rows linked to their user. */
    isSelfScoped: boolean('isSelfScoped').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('Role_schoolId_name_key').on(t.schoolId, t.name)],
);

export const Module = pgTable('Module', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: varchar('name', { length: 50 }).notNull().unique(),
  description: text('description'),
  createdAt: createdAt(),
});

export const RoleModulePermission = pgTable(
  'Role_Module_Permission',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roleId: uuid('roleId')
      .notNull()
      .references(() => Role.id, { onDelete: 'cascade' }),
    moduleId: uuid('moduleId')
      .notNull()
      .references(() => Module.id, { onDelete: 'cascade' }),
    read: boolean('read').notNull().default(false),
    write: boolean('write').notNull().default(false),
    delete: boolean('delete').notNull().default(false),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('Role_Module_Permission_roleId_moduleId_key').on(t.roleId, t.moduleId)],
);

/** A person as a school admin described them when inviting an existing account. */
export interface InvitedProfile {
  email: string | null;
  phone: string | null;
  firstName: string;
  lastName: string | null;
}

/** A user's membership of a school, with the one role they hold there. */
export const EmployeeUserSchool = pgTable(
  'EmployeeUserSchool',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('userId')
      .notNull()
      .references(() => User.id, { onDelete: 'cascade' }),
    schoolId: uuid('schoolId')
      .notNull()
      .references(() => School.id, { onDelete: 'cascade' }),
    roleId: uuid('roleId')
      .notNull()
      .references(() => Role.id),
    isActive: boolean('isActive').notNull().default(true),
    /**
     * Set while the membership is an invitation of an account that existed already (a school
     * admin added a person by an email or phone that has an account): it takes effect when the
     * person signs in to this school with their own password. Null once accepted, and for
     * accounts the school created.
     */
    invitedAt: timestamp('invitedAt', { withTimezone: true }),
    /** What the inviting admin typed (the school sees this, not the account's own profile, until accepted). */
    invitedProfile: jsonb('invitedProfile').$type<InvitedProfile>(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('EmployeeUserSchool_userId_schoolId_key').on(t.userId, t.schoolId),
    index('EmployeeUserSchool_schoolId_idx').on(t.schoolId),
  ],
);

export const Session = pgTable(
  'Session',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('userId')
      .notNull()
      .references(() => User.id, { onDelete: 'cascade' }),
    schoolId: uuid('schoolId')
      .notNull()
      .references(() => School.id, { onDelete: 'cascade' }),
    roleId: uuid('roleId')
      .notNull()
      .references(() => Role.id),
    /** The device as its browser names itself, and its address, at login and at each refresh. */
    userAgent: text('userAgent'),
    clientAddress: varchar('clientAddress', { length: 64 }),
    createdAt: createdAt(),
    /** The last login or refresh of the session. */
    lastSeenAt: timestamp('lastSeenAt', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expiresAt', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revokedAt', { withTimezone: true }),
    revokedReason: varchar('revokedReason', { length: 40 }),
  },
  (t) => [index('Session_userId_idx').on(t.userId)],
);

export const RefreshToken = pgTable(
  'RefreshToken',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('sessionId')
      .notNull()
      .references(() => Session.id, { onDelete: 'cascade' }),
    /** SHA-256 of the token; the token itself is only ever held by the client. */
    tokenHash: varchar('tokenHash', { length: 64 }).notNull().unique(),
    createdAt: createdAt(),
    expiresAt: timestamp('expiresAt', { withTimezone: true }).notNull(),
    /** Set when rotated; presenting a spent token again revokes the session (after a short grace window). */
    usedAt: timestamp('usedAt', { withTimezone: true }),
    /**
     * The token that replaced this one, sealed with a key derived from the JWT secret: within the
     * grace window a second tab presenting this token gets the same successor instead of a revocation.
     */
    successorSealed: text('successorSealed'),
  },
  (t) => [index('RefreshToken_sessionId_idx').on(t.sessionId)],
);

/**
^ * Supporting table (not in the design): login attempt counters per account, per (account, address) and per address,
 * kept in the database so throttling holds across identity instances and for unknown logins.
 */
export const LoginThrottle = pgTable(
  'LoginThrottle',
  {
    loginKey: varchar('loginKey', { length: 300 }).notNull(),
    failures: integer('failures').notNull().default(0),
    windowStartedAt: timestamp('windowStartedAt', { withTimezone: true }).notNull().defaultNow(),
    /** The last attempt counted: growing delays are measured from it. */
    lastAttemptAt: timestamp('lastAttemptAt', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'LoginThrottle_pkey', columns: [t.loginKey] })],
);

/**
 * Supporting table (not in the design): API keys for integrations, each bound to one school and
 * one role (so that role's Role_Module_Permission flags apply). Only the SHA-256 of the secret is
 * kept; the secret is shown once, at creation.
 */
export const ApiKey = pgTable(
  'ApiKey',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('schoolId')
      .notNull()
      .references(() => School.id, { onDelete: 'cascade' }),
    roleId: uuid('roleId')
      .notNull()
      .references(() => Role.id),
    name: varchar('name', { length: 100 }).notNull(),
    secretHash: varchar('secretHash', { length: 64 }).notNull(),
    /** The administrator who created it: the key acts on their behalf. */
    createdBy: uuid('createdBy')
      .notNull()
      .references(() => User.id),
    createdAt: createdAt(),
    expiresAt: timestamp('expiresAt', { withTimezone: true }),
    lastUsedAt: timestamp('lastUsedAt', { withTimezone: true }),
    revokedAt: timestamp('revokedAt', { withTimezone: true }),
  },
  (t) => [index('ApiKey_schoolId_idx').on(t.schoolId)],
);

/**
 * Supporting table (not in the design): a school's own network ranges (its shared public address,
 * a lab's NAT). Sign-in attempts from them are budgeted per account and per device, never per
 * address, so one person's failures there cannot turn the school's sign-in off.
 */
export const SchoolNetwork = pgTable(
  'SchoolNetwork',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('schoolId')
      .notNull()
      .references(() => School.id, { onDelete: 'cascade' }),
    cidr: cidr('cidr').notNull(),
    label: varchar('label', { length: 100 }).notNull(),
    createdBy: uuid('createdBy')
      .notNull()
      .references(() => User.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('SchoolNetwork_schoolId_cidr_key').on(t.schoolId, t.cidr)],
);

/**
 * Supporting table (not in the design): failed sign-ins of the last days, by school and address,
 * so a school's admin sees spraying from any address (registered or not). Rows older than 7 days
 * are removed as new ones arrive.
 */
export const LoginFailure = pgTable(
  'LoginFailure',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    schoolId: uuid('schoolId')
      .notNull()
      .references(() => School.id, { onDelete: 'cascade' }),
    address: inet('address'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('LoginFailure_schoolId_at_idx').on(t.schoolId, t.at)],
);

/**
 * Supporting table (not in the design): where each school database stands in the school
 * migrations, as the migrator last left it. Operators see the roll (the gateway's /metrics counts
 * schools per version and failed ones), and `npm run migrate -- --retry-failed` takes up exactly
 * the schools whose last run failed.
 */
export const SchoolSchemaStatus = pgTable('SchoolSchemaStatus', {
  schoolId: uuid('schoolId')
    .primaryKey()
    .references(() => School.id, { onDelete: 'cascade' }),
  /** The newest school migration applied (its tag), null before the first. */
  version: varchar('version', { length: 200 }),
  /** Why the last run failed for this school, null when it succeeded. */
  lastFailure: text('lastFailure'),
  failedAt: timestamp('failedAt', { withTimezone: true }),
  updatedAt: updatedAt(),
});

/**
 * The audit trail of the central records a school changes: its roles and their permissions, and
 * which role each member holds (the school database's AuditEntry holds the rest; see
 * schema/school/audit.ts). Written by triggers in the changing transaction
 * (migrations/central/0009_audit_trail.sql); never updated or deleted. No foreign key to School:
 * a trail outlives what it describes.
 */
export const AuditEntry = pgTable('AuditEntry', { ...auditColumns(), schoolId: uuid('schoolId').notNull() }, (t) => [
  index('AuditEntry_schoolId_at_seq_idx').on(t.schoolId, t.at, t.seq),
  index('AuditEntry_tableName_recordId_idx').on(t.tableName, t.recordId, t.seq),
]);

/**
 * Supporting table (not in the design): operations saved from the playground, per school. Private
 * to the author or shared with the school; only the author edits or deletes. A saved query is text:
 * whoever runs it runs it with their own token, so sharing gives nobody the author's permissions.
 */
export const SavedQuery = pgTable(
  'SavedQuery',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('schoolId')
      .notNull()
      .references(() => School.id, { onDelete: 'cascade' }),
    authorId: uuid('authorId')
      .notNull()
      .references(() => User.id, { onDelete: 'cascade' }),
    name: varchar('name', { length: 100 }).notNull(),
    description: text('description'),
    query: text('query').notNull(),
    /** The variables as JSON text, as the playground's variables editor holds them; null when none. */
    variables: text('variables'),
    shared: boolean('shared').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('SavedQuery_schoolId_authorId_name_key').on(t.schoolId, t.authorId, t.name),
    index('SavedQuery_schoolId_shared_idx')
      .on(t.schoolId)
      .where(sql`${t.shared}`),
  ],
);
