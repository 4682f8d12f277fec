import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AuditEntryRow, Connection, AggregateKey } from '@syncad/subgraph-kit';
import type { StudentRef, EntityRef, FeeStructureRow, ReceiptRow, VoucherLine, LedgerEntryRow, DuesRow, DuesTotals, ClassDuesModel, CollectionRow, CollectionByMode, CollectionSummary, ChargeResult } from '../shared/rows';
import type { FeeBooksRow } from '../modules/ledger/books';
import type { FeeAggregateModel, FeeGroupModel } from '../modules/reports/feeAggregate';
import type { DayBookModel } from '../modules/reports/reportService';
import type { DayBookTotalRow, TrialBalanceRow } from '../modules/reports/reportData';
import type { FinanceContext } from '../context';
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

/** An academic year (owned by the academics subgraph). */
export type AcademicYear = {
  __typename?: 'AcademicYear';
  /** The year's id (the academics subgraph's key: its rule applies). */
  id: Scalars['ID']['output'];
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

/** Input of chargeFees. */
export type ChargeFeesInput = {
  /** The class. */
  classId: Scalars['ID']['input'];
  /** The fee structure (for this class or for every class). */
  feeStructureId: Scalars['ID']['input'];
};

/** Input of chargeLibraryFines. */
export type ChargeLibraryFinesInput = {
  /** The fines, 1 to 100. */
  fines: Array<LibraryFineCharge>;
};

/** A class (owned by the academics subgraph). */
export type Class = {
  __typename?: 'Class';
  /** The class's id (the academics subgraph's key: its rule applies). */
  id: Scalars['ID']['output'];
};

/**
 * A class's dues on a day: every active student currently in the class (or only the defaulters),
 * what each owes and how much of it is overdue, and the totals. A STUDENT-role caller sees only their
 * own line (and totals of it alone).
 */
export type ClassDues = {
  __typename?: 'ClassDues';
  /** The day overdue is judged on: charges due before it count. */
  asOf: Scalars['Date']['output'];
  /** The class. */
  class: Class;
  /** Whether the list holds only the students with something overdue (the defaulters). */
  onlyOverdue: Scalars['Boolean']['output'];
  /** The students' dues, a page at a time, by admission number. */
  students: FeeDuesConnection;
  /** The totals over every student of the list. */
  totals: FeeDuesTotals;
};


/**
 * A class's dues on a day: every active student currently in the class (or only the defaulters),
 * what each owes and how much of it is overdue, and the totals. A STUDENT-role caller sees only their
 * own line (and totals of it alone).
 */
export type ClassDuesStudentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of closeBooks. */
export type CloseBooksInput = {
  /** The last day to close. */
  until: Scalars['Date']['input'];
};

/** Input of createFeeStructure. */
export type CreateFeeStructureInput = {
  /** The academic year. */
  academicYearId: Scalars['ID']['input'];
  /** The amount each student is charged: positive, at most two decimals, below 10,000,000,000. */
  amount: Scalars['Decimal']['input'];
  /** The class; leave out for a fee every class pays. */
  classId?: InputMaybe<Scalars['ID']['input']>;
  /** When it is due. */
  dueDate: Scalars['Date']['input'];
  /** The fee head, e.g. "Tuition Term 1" (at most 100 characters). */
  name: Scalars['String']['input'];
};

/** A day's vouchers, totalled. */
export type DayBook = {
  __typename?: 'DayBook';
  /** The day. */
  date: Scalars['Date']['output'];
  /** The sum of their credit lines: always equal to totalDebit. */
  totalCredit: Scalars['Decimal']['output'];
  /** The sum of their debit lines. */
  totalDebit: Scalars['Decimal']['output'];
  /**
   * The day's vouchers grouped by kind, payment mode and poster. A bounded list: four kinds times
   * three modes (none, CASH, BANK) times the people who posted that day.
   */
  totals: Array<DayBookTotal>;
  /** How many vouchers in all. */
  voucherCount: Scalars['Int']['output'];
  /** The vouchers, in posting order. */
  vouchers: FeeReceiptConnection;
};


/** A day's vouchers, totalled. */
export type DayBookVouchersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The day's vouchers of one kind, mode and poster. */
export type DayBookTotal = {
  __typename?: 'DayBookTotal';
  /** Their amount: the sum of their debit lines. */
  amount: Scalars['Decimal']['output'];
  /** How many vouchers. */
  count: Scalars['Int']['output'];
  /** What the vouchers record. */
  kind: FeeVoucherKind;
  /** CASH or BANK for money that moved; null for charges and discounts. */
  mode?: Maybe<PaymentMode>;
  /** Who posted them; null once they are no longer a member of the school (or for vouchers from before the API). */
  postedBy?: Maybe<User>;
};

/** The side of a ledger line. */
export enum EntryType {
  /** Credit: the line's amount is taken from the account (stored negative). */
  Cr = 'CR',
  /** Debit: the line's amount is added to the account (stored positive). */
  Dr = 'DR'
}

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

/** The fee ledger summed: the total and one line per group (at most 1000; more is refused with BAD_USER_INPUT). */
export type FeeAggregate = {
  __typename?: 'FeeAggregate';
  /** A bounded list: the keys grouped by, as asked (duplicates dropped). */
  groupBy: Array<FeeGroupBy>;
  /** A bounded list: one group per combination of key values met (at most 1000), in key order; with no key, the total. */
  groups: Array<FeeGroup>;
  /** Every line summed: the total (its key is empty). */
  total: FeeGroup;
};

/** Which ledger lines to sum and how to group them. */
export type FeeAggregateInput = {
  /** Only students currently in this class. */
  classId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the lines of this fee structure. */
  feeStructureId?: InputMaybe<Scalars['ID']['input']>;
  /** The first day (vouchers dated on or after it); with `to` omitted too, the 366 days ending today at the school. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** The keys to group by, in the order the groups are sorted; none: the total alone. */
  groupBy: Array<FeeGroupBy>;
  /** The last day (at most 366 days after `from`); give both or neither. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Where a part of a collection went in the collection summary. */
export enum FeeAllocation {
  /** It was more than the student had been charged: an advance (a credit on the student's balance). */
  Advance = 'ADVANCE',
  /** It paid a fee head (a fee structure), applied to the student's charges oldest due date first. */
  FeeHead = 'FEE_HEAD',
  /** A payment that was later reversed, and the reversal taking it back (on the reversal's day). */
  Reversed = 'REVERSED'
}

/**
 * The fee books' closing: no voucher is posted dated on or before `closedUntil` (payments,
 * discounts, charges). Closed books never reopen; a voucher of a closed period is corrected by
 * reverseVoucher, whose reversal is dated the day it is posted.
 */
export type FeeBooks = {
  __typename?: 'FeeBooks';
  /** When they were last closed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last closed them; null while never closed, or once they are no longer a member of the school. */
  closedBy?: Maybe<User>;
  /** The last closed day; null while the books have never been closed. */
  closedUntil?: Maybe<Scalars['Date']['output']>;
};

/** What chargeFees did. */
export type FeeChargeResult = {
  __typename?: 'FeeChargeResult';
  /** The total amount charged now. */
  amount: Scalars['Decimal']['output'];
  /** How many students were charged now (one CHARGE voucher each). */
  charged: Scalars['Int']['output'];
  /** The class charged. */
  class: Class;
  /** The day the charges are dated. */
  date: Scalars['Date']['output'];
  /** The fee structure charged. */
  feeStructure: FeeStructure;
  /** How many students of the class were skipped because they had been charged this fee before. */
  skipped: Scalars['Int']['output'];
};

/** The money collected in one mode over the whole range. */
export type FeeCollectionByMode = {
  __typename?: 'FeeCollectionByMode';
  /** Payments received less payments reversed. */
  amount: Scalars['Decimal']['output'];
  /** Cash or bank. */
  mode: PaymentMode;
  /** How many payment vouchers (reversals not counted). */
  payments: Scalars['Int']['output'];
};

/** Money collected on one day in one mode for one fee head (or as advance, or reversed). */
export type FeeCollectionRow = {
  __typename?: 'FeeCollectionRow';
  /** Whether this is a fee head's share, an advance, or reversed money. */
  allocation: FeeAllocation;
  /** The amount (negative for reversals taking money back). */
  amount: Scalars['Decimal']['output'];
  /** The day the payments (or reversals) are dated. */
  date: Scalars['Date']['output'];
  /**
   * The fee head paid (a fee structure's name, e.g. "Tuition Term 1", summed over the classes and
   * years that have it), when allocation is FEE_HEAD.
   */
  feeHead?: Maybe<Scalars['String']['output']>;
  /** Cash or bank. */
  mode: PaymentMode;
  /** How many vouchers contributed to this row. */
  vouchers: Scalars['Int']['output'];
};

/** Fee collections over a date range, computed from the ledger. */
export type FeeCollectionSummary = {
  __typename?: 'FeeCollectionSummary';
  /** Per mode, CASH then BANK (a mode without money is left out). A bounded list: the two modes. */
  byMode: Array<FeeCollectionByMode>;
  /** First day. */
  from: Scalars['Date']['output'];
  /**
   * By day, mode and fee head, in that order. A bounded list: the days of the range (at most 366)
   * times the two modes times the school's fee head names (plus ADVANCE and REVERSED).
   */
  rows: Array<FeeCollectionRow>;
  /** Last day. */
  to: Scalars['Date']['output'];
  /** Everything collected: payments received less payments reversed, dated in the range. */
  total: Scalars['Decimal']['output'];
};

/**
 * One student's dues: what they were charged, paid and given, what they owe, and how much of it is
 * past its due date. Payments and discounts settle the oldest due charges first.
 */
export type FeeDues = {
  __typename?: 'FeeDues';
  /** Fees charged, less charges reversed. */
  charged: Scalars['Decimal']['output'];
  /** Discounts granted, less discounts reversed. */
  discounted: Scalars['Decimal']['output'];
  /** charged - paid - discounted: the student's balance (negative: a credit). */
  outstanding: Scalars['Decimal']['output'];
  /** What is unpaid of the charges due before the day asked about; zero when nothing is overdue. */
  overdue: Scalars['Decimal']['output'];
  /** Payments received, less payments reversed. */
  paid: Scalars['Decimal']['output'];
  /** The student. */
  student: Student;
};

/** A page of a class's dues, by admission number. */
export type FeeDuesConnection = {
  __typename?: 'FeeDuesConnection';
  /** The students' dues of this page, each with its cursor. */
  edges: Array<FeeDuesEdge>;
  /** The students' dues of this page, without cursors (the edges' nodes, in order). */
  nodes: Array<FeeDues>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many students the list holds, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A student's dues in a page, with the cursor to continue after it. */
export type FeeDuesEdge = {
  __typename?: 'FeeDuesEdge';
  /** Pass as `after` to continue after this student. */
  cursor: Scalars['String']['output'];
  /** The student's dues. */
  node: FeeDues;
};

/** The totals of a class's dues list (every student it holds, across every page). */
export type FeeDuesTotals = {
  __typename?: 'FeeDuesTotals';
  /** Sum of charged. */
  charged: Scalars['Decimal']['output'];
  /** How many students have something overdue (the defaulters). */
  defaulters: Scalars['Int']['output'];
  /** Sum of discounted. */
  discounted: Scalars['Decimal']['output'];
  /** Sum of outstanding. */
  outstanding: Scalars['Decimal']['output'];
  /** Sum of overdue. */
  overdue: Scalars['Decimal']['output'];
  /** Sum of paid. */
  paid: Scalars['Decimal']['output'];
};

/** The ledger lines of one group, summed. Amounts are exact decimal strings. */
export type FeeGroup = {
  __typename?: 'FeeGroup';
  /** What CHARGE vouchers charged. */
  charged: Scalars['Decimal']['output'];
  /** The lines' credits. */
  credit: Scalars['Decimal']['output'];
  /** The lines' debits. */
  debit: Scalars['Decimal']['output'];
  /** What DISCOUNT vouchers waived. */
  discounted: Scalars['Decimal']['output'];
  /** The group's key values: the keys grouped by are set, the others null. */
  key: FeeGroupKey;
  /** What the lines left owing: FEE_RECEIVABLE's debits minus its credits (over a whole year: what is still owed). */
  outstanding: Scalars['Decimal']['output'];
  /** What PAYMENT vouchers received. */
  paid: Scalars['Decimal']['output'];
  /** What REVERSAL vouchers turned back. */
  reversed: Scalars['Decimal']['output'];
  /** How many vouchers have lines in the group. */
  vouchers: Scalars['Int']['output'];
};

/** A key the fee ledger can be grouped by. */
export enum FeeGroupBy {
  /** The ledger account of the line. */
  Account = 'ACCOUNT',
  /** The student's current class. */
  Class = 'CLASS',
  /** The fee structure the voucher charged (or its line names); null for payments. */
  FeeStructure = 'FEE_STRUCTURE',
  /** CASH or BANK: how a payment (or its reversal) moved money; null for charges and discounts. */
  Mode = 'MODE',
  /** The month of the voucher's date (YYYY-MM). */
  Month = 'MONTH'
}

/** The key of a fee group: the keys grouped by are set, the others null. */
export type FeeGroupKey = {
  __typename?: 'FeeGroupKey';
  /** The ledger account (ACCOUNT). */
  account?: Maybe<LedgerAccount>;
  /** The class (CLASS). */
  class?: Maybe<Class>;
  /** The fee structure (FEE_STRUCTURE). */
  feeStructure?: Maybe<FeeStructure>;
  /** The payment mode (MODE). */
  mode?: Maybe<PaymentMode>;
  /** The month, e.g. "2026-11" (MONTH). */
  month?: Maybe<Scalars['String']['output']>;
};

/** A line of a student's fee ledger (their FEE_RECEIVABLE account) with the running balance. */
export type FeeLedgerEntry = {
  __typename?: 'FeeLedgerEntry';
  /** The amount, always positive: `entryType` gives the side. */
  amount: Scalars['Decimal']['output'];
  /** The balance after this line: the sum of the student's lines up to and including it. */
  balance: Scalars['Decimal']['output'];
  /** The day. */
  date: Scalars['Date']['output'];
  /** DR raises what the student owes (a charge), CR lowers it (a payment, a discount). */
  entryType: EntryType;
  /** The fee structure charged (charges and their reversals). */
  feeStructure?: Maybe<FeeStructure>;
  /** What that voucher records. */
  kind: FeeVoucherKind;
  /** The voucher's note. */
  narration?: Maybe<Scalars['String']['output']>;
  /** The whole voucher. */
  receipt: FeeReceipt;
  /** The voucher the line belongs to. */
  voucherNo: Scalars['String']['output'];
};

/** A page of a student's fee ledger, oldest first. */
export type FeeLedgerEntryConnection = {
  __typename?: 'FeeLedgerEntryConnection';
  /** The lines of this page, each with its cursor. */
  edges: Array<FeeLedgerEntryEdge>;
  /** The lines of this page, without cursors (the edges' nodes, in order). */
  nodes: Array<FeeLedgerEntry>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many lines the student's ledger holds, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A ledger line in a page, with the cursor to continue after it. */
export type FeeLedgerEntryEdge = {
  __typename?: 'FeeLedgerEntryEdge';
  /** Pass as `after` to continue after this line. */
  cursor: Scalars['String']['output'];
  /** The line. */
  node: FeeLedgerEntry;
};

/**
 * A posted voucher, as handed to the payer or kept on file: a payment's receipt, or a charge, a
 * discount or a reversal. Vouchers are never changed: a mistake is corrected by reverseVoucher.
 * A STUDENT-role caller sees only their own.
 */
export type FeeReceipt = {
  __typename?: 'FeeReceipt';
  /** The voucher's amount: the sum of its debit lines. */
  amount: Scalars['Decimal']['output'];
  /**
   * The student's balance right after this voucher was posted (negative: a credit); null only for
   * vouchers posted before the API numbered them.
   */
  balanceAfter?: Maybe<Scalars['Decimal']['output']>;
  /** When it was posted. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * The user who posted it (their plain key).
   * @deprecated Use `postedBy { id displayName }`: a global id, with the name.
   */
  createdBy?: Maybe<Scalars['ID']['output']>;
  /** The day it is dated (the payment's day for a payment). */
  date: Scalars['Date']['output'];
  /** A charge's fee structure (also set on a charge's reversal). */
  feeStructure?: Maybe<FeeStructure>;
  /** Its changes, newest first, from the audit trail. A bounded list: the latest 100 (`auditTrail` pages through all). */
  history: Array<AuditEntry>;
  /** What the voucher records. */
  kind: FeeVoucherKind;
  /** The voucher's lines, debits first. A bounded list: a voucher's lines (two for every voucher the API posts). */
  lines: Array<FeeVoucherLine>;
  /** How a payment was received (also set on a payment's reversal); null for other kinds. */
  mode?: Maybe<PaymentMode>;
  /** The voucher's note: the fee head for a charge, the reason for a discount or reversal. */
  narration?: Maybe<Scalars['String']['output']>;
  /** Who posted it; null once they are no longer a member of the school. */
  postedBy?: Maybe<User>;
  /** A payment's outside reference (cheque or transaction number), if given. */
  reference?: Maybe<Scalars['String']['output']>;
  /** The reversal of this voucher, if it has been reversed (at most once). */
  reversedBy?: Maybe<FeeReceipt>;
  /** For a reversal: the voucher it reverses. */
  reverses?: Maybe<FeeReceipt>;
  /** The student whose account it posts to. */
  student: Student;
  /**
   * The voucher number, unique in the school: `<academic year>/<number>`, numbered without gaps
   * within each academic year (e.g. "2026-27/000042").
   */
  voucherNo: Scalars['String']['output'];
};

/** A page of vouchers. */
export type FeeReceiptConnection = {
  __typename?: 'FeeReceiptConnection';
  /** The vouchers of this page, each with its cursor. */
  edges: Array<FeeReceiptEdge>;
  /** The vouchers of this page, without cursors (the edges' nodes, in order). */
  nodes: Array<FeeReceipt>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many vouchers in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A voucher in a page, with the cursor to continue after it. */
export type FeeReceiptEdge = {
  __typename?: 'FeeReceiptEdge';
  /** Pass as `after` to continue after this voucher. */
  cursor: Scalars['String']['output'];
  /** The voucher. */
  node: FeeReceipt;
};

/**
 * A fee head for an academic year, for one class or every class, e.g. "Tuition Term 1": the amount
 * each student is charged by chargeFees, and when it is due. Several installments are several fee
 * structures with their own due dates.
 */
export type FeeStructure = {
  __typename?: 'FeeStructure';
  /** The academic year it belongs to. */
  academicYear: AcademicYear;
  /** The amount charged to each student. */
  amount: Scalars['Decimal']['output'];
  /** Whether any student has been charged it (it can then no longer be changed or removed). */
  charged: Scalars['Boolean']['output'];
  /** The class it applies to; null when it applies to every class. */
  class?: Maybe<Class>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When it is due: charges due before a day count as overdue on that day. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** Its changes, newest first, from the audit trail. A bounded list: the latest 100 (`auditTrail` pages through all). */
  history: Array<AuditEntry>;
  /** The global id (see Node): opaque, stable, valid only in the caller's school. */
  id: Scalars['ID']['output'];
  /** The fee head, e.g. "Tuition Term 1". */
  name: Scalars['String']['output'];
};

/** A page of fee structures, by due date, then name. */
export type FeeStructureConnection = {
  __typename?: 'FeeStructureConnection';
  /** The fee structures of this page, each with its cursor. */
  edges: Array<FeeStructureEdge>;
  /** The fee structures of this page, without cursors (the edges' nodes, in order). */
  nodes: Array<FeeStructure>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many fee structures match the filters in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A fee structure in a page, with the cursor to continue after it. */
export type FeeStructureEdge = {
  __typename?: 'FeeStructureEdge';
  /** Pass as `after` to continue after this fee structure. */
  cursor: Scalars['String']['output'];
  /** The fee structure. */
  node: FeeStructure;
};

/** What a voucher records. */
export enum FeeVoucherKind {
  /** A fee charged to a student: DR FEE_RECEIVABLE / CR FEE_INCOME. */
  Charge = 'CHARGE',
  /** A discount or concession: DR FEE_DISCOUNT / CR FEE_RECEIVABLE. */
  Discount = 'DISCOUNT',
  /** A payment received: DR CASH or BANK / CR FEE_RECEIVABLE. */
  Payment = 'PAYMENT',
  /** The mirror of another voucher (every line's side swapped), cancelling it. */
  Reversal = 'REVERSAL'
}

/** One line of a voucher. */
export type FeeVoucherLine = {
  __typename?: 'FeeVoucherLine';
  /** The account. */
  account: LedgerAccount;
  /** The amount, always positive: `entryType` gives the side. */
  amount: Scalars['Decimal']['output'];
  /** Debit or credit. */
  entryType: EntryType;
};

/** Input of grantDiscount. */
export type GrantDiscountInput = {
  /**
   * The discount: positive, at most two decimals, below 10,000,000,000. At most what the student
   * owes (BAD_USER_INPUT otherwise), unless the caller holds fee:delete: only they may leave a credit.
   */
  amount: Scalars['Decimal']['input'];
  /** A key made once per discount and sent again on retries: the same key returns the same voucher. */
  idempotencyKey: Scalars['String']['input'];
  /** Why it is granted (kept as the voucher's narration). */
  reason: Scalars['String']['input'];
  /** The student. */
  studentId: Scalars['ID']['input'];
};

/** An account of the fee ledger (double entry: every voucher's lines sum to zero). */
export enum LedgerAccount {
  /** Money received into the bank (transfer, cheque, card). */
  Bank = 'BANK',
  /** Cash received. */
  Cash = 'CASH',
  /** Discounts and concessions granted (an expense against fee income). */
  FeeDiscount = 'FEE_DISCOUNT',
  /** Fees earned (credited when a fee is charged). */
  FeeIncome = 'FEE_INCOME',
  /** What students owe the school; a student's balance is the sum of their lines on it. */
  FeeReceivable = 'FEE_RECEIVABLE'
}

/** One library fine to charge. */
export type LibraryFineCharge = {
  /** The fine (more than zero). */
  amount: Scalars['Decimal']['input'];
  /** The library issue the fine is for: one fine per issue. */
  issueId: Scalars['ID']['input'];
  /** What the fine is for (kept as the voucher's narration). */
  narration: Scalars['String']['input'];
  /** The student who returned the copy late. */
  studentId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Charges a fee structure to every active student currently in the class: one CHARGE voucher each
   * (DR FEE_RECEIVABLE / CR FEE_INCOME), dated today, all in one transaction. Idempotent per
   * (student, fee structure): a student charged before, even if that charge was reversed, is skipped.
   */
  chargeFees: FeeChargeResult;
  /**
   * Charges library fines to the students' ledgers: for each, DR FEE_RECEIVABLE / CR FEE_INCOME,
   * dated today, posted side by side (the posting queue shares their transactions). Not in the API:
   * only the academics subgraph calls it, when overdue copies come back (FORBIDDEN from anyone else).
   * Idempotent per library issue: an issue's fine is charged once, and asking again returns the same
   * voucher. A fine refused is null at its place, with its error. A bounded list: at most 100 fines.
   */
  chargeLibraryFines: Array<Maybe<FeeReceipt>>;
  /**
   * Closes the fee books up to and including `until` (today or earlier): from then on, no voucher
   * dated on or before it is posted. Waits for postings in flight. An earlier day than the books are
   * closed until already is BAD_USER_INPUT: closed books never reopen.
   */
  closeBooks: FeeBooks;
  /** Creates a fee structure (a fee head of an academic year, for one class or every class). */
  createFeeStructure: FeeStructure;
  /**
   * Grants a discount or concession: DR FEE_DISCOUNT / CR FEE_RECEIVABLE, dated today. Idempotent
   * like recordPayment.
   */
  grantDiscount: FeeReceipt;
  /**
   * Records a payment: DR CASH or BANK / CR FEE_RECEIVABLE under a new voucher number. The same
   * idempotency key again returns the first receipt and posts nothing; the same key with another
   * student, amount or mode is CONFLICT. Paying more than is owed leaves a credit (negative balance).
   */
  recordPayment: FeeReceipt;
  /** Removes a fee structure nobody has been charged; CONFLICT otherwise. Returns its global id. */
  removeFeeStructure: Scalars['ID']['output'];
  /**
   * Reverses a voucher: posts its mirror (kind REVERSAL, every line's side swapped), dated today and
   * linked to it. A voucher is reversed at most once and a reversal is never reversed (CONFLICT).
   */
  reverseVoucher: FeeReceipt;
  /** Changes a fee structure; CONFLICT once any student has been charged it. */
  updateFeeStructure: FeeStructure;
};


export type MutationChargeFeesArgs = {
  input: ChargeFeesInput;
};


export type MutationChargeLibraryFinesArgs = {
  input: ChargeLibraryFinesInput;
};


export type MutationCloseBooksArgs = {
  input: CloseBooksInput;
};


export type MutationCreateFeeStructureArgs = {
  input: CreateFeeStructureInput;
};


export type MutationGrantDiscountArgs = {
  input: GrantDiscountInput;
};


export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};


export type MutationRemoveFeeStructureArgs = {
  input: RemoveFeeStructureInput;
};


export type MutationReverseVoucherArgs = {
  input: ReverseVoucherInput;
};


export type MutationUpdateFeeStructureArgs = {
  input: UpdateFeeStructureInput;
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

/** How a payment was received. */
export enum PaymentMode {
  /** Into the school's bank account (transfer, cheque, card, UPI). */
  Bank = 'BANK',
  /** In cash, at the school's counter. */
  Cash = 'CASH'
}

export type Query = {
  __typename?: 'Query';
  /**
   * The dues of every active student currently in a class, with totals; `onlyOverdue` gives the
   * defaulters list. NOT_FOUND for an unknown class. A STUDENT-role caller gets only their own line.
   */
  classDues?: Maybe<ClassDues>;
  /**
   * A day's vouchers as a cashier closes the day: their totals by kind, payment mode and who posted
   * them, balanced (debits equal credits), and the vouchers themselves in posting order. `mode` keeps
   * the vouchers that moved money that way (payments and their reversals); `postedBy` one person's.
   * Staff only: a STUDENT-role caller is refused (FORBIDDEN).
   */
  dayBook?: Maybe<DayBook>;
  /**
   * The fee ledger from `from` to `to` (at most 366 days; the last 366 when omitted), summed: charged, paid, discounted,
   * reversed, outstanding, and each line's debit and credit, grouped by the keys in `groupBy`: one
   * SQL statement whatever the number of groups. A voucher counts once, on its debit side, whatever
   * the grouping (by ACCOUNT: a payment's amount shows under CASH or BANK, a charge's under
   * FEE_RECEIVABLE). Class is the student's current one. A student's or guardian's aggregate covers
   * their own students' lines only.
   * Example: `feeAggregate(input: { from: "2026-06-01", to: "2026-11-30", groupBy: [CLASS, MODE] })
   * { groups { key { class { name } mode } paid } total { paid } }`.
   */
  feeAggregate?: Maybe<FeeAggregate>;
  /** The fee books' closing. Staff only: a STUDENT-role caller is refused (FORBIDDEN). */
  feeBooks?: Maybe<FeeBooks>;
  /**
   * Fees collected from `from` to `to` (at most 366 days), grouped by day, mode and fee head, computed
   * in SQL from the ledger. Staff only: a STUDENT-role caller is refused (FORBIDDEN).
   */
  feeCollectionSummary?: Maybe<FeeCollectionSummary>;
  /** A fee structure by id; null when unknown. */
  feeStructure?: Maybe<FeeStructure>;
  /** Fee structures, optionally of one academic year and/or class, a page at a time (by due date, then name). */
  feeStructures?: Maybe<FeeStructureConnection>;
  /** A voucher by its number (a payment's receipt, or any other voucher); null when unknown or not the caller's own. */
  receipt?: Maybe<FeeReceipt>;
  /**
   * Every ledger account's debits and credits for the days from `from` to `to` (at most 366), with
   * its balance before and after them (positive: a debit balance). Debits equal credits, and the
   * balances sum to zero: the books are in balance. Staff only (FORBIDDEN for a STUDENT-role caller).
   */
  trialBalance?: Maybe<TrialBalance>;
};


export type QueryClassDuesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  classId: Scalars['ID']['input'];
  onlyOverdue?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDayBookArgs = {
  date: Scalars['Date']['input'];
  mode?: InputMaybe<PaymentMode>;
  postedBy?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryFeeAggregateArgs = {
  input: FeeAggregateInput;
};


export type QueryFeeCollectionSummaryArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryFeeStructureArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFeeStructuresArgs = {
  academicYearId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  classId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReceiptArgs = {
  voucherNo: Scalars['String']['input'];
};


export type QueryTrialBalanceArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/** Input of recordPayment. */
export type RecordPaymentInput = {
  /** The amount received: positive, at most two decimals, below 10,000,000,000. More than the balance is allowed (a credit). */
  amount: Scalars['Decimal']['input'];
  /**
   * The day the money was received: today or earlier, not before its academic year starts and after
   * the day the fee books are closed until (BAD_USER_INPUT otherwise); the school's today when omitted.
   */
  date?: InputMaybe<Scalars['Date']['input']>;
  /**
   * A key the client makes once per payment (e.g. a UUID) and sends again on every retry: the same
   * key returns the same receipt and posts nothing more (1 to 100 characters).
   */
  idempotencyKey: Scalars['String']['input'];
  /** Cash or bank. */
  mode: PaymentMode;
  /** A cheque or transaction number (at most 100 characters). */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** The paying student. */
  studentId: Scalars['ID']['input'];
};

/** Input of removeFeeStructure. */
export type RemoveFeeStructureInput = {
  /** The fee structure. */
  id: Scalars['ID']['input'];
};

/** Input of reverseVoucher. */
export type ReverseVoucherInput = {
  /** Why (kept as the reversal's narration). */
  reason: Scalars['String']['input'];
  /** The voucher to reverse. */
  voucherNo: Scalars['String']['input'];
};

/**
 * A student of the caller's school (owned by the academics subgraph); finance adds the fee balance
 * and the student's fee ledger.
 */
export type Student = {
  __typename?: 'Student';
  /**
   * What the student owes the school: the sum of their FEE_RECEIVABLE lines (charges less payments,
   * discounts and reversals). Negative is a credit, e.g. after an over-payment. Null only when the
   * finance subgraph cannot answer (the student's other fields still do).
   */
  feeBalance?: Maybe<Scalars['Decimal']['output']>;
  /** The student's id (the academics subgraph's key: its rule applies). */
  id: Scalars['ID']['output'];
  /**
   * The student's fee ledger: their FEE_RECEIVABLE lines by date (then posting order), each with the
   * running balance after it, a page at a time. Null only when the finance subgraph cannot answer.
   */
  ledger?: Maybe<FeeLedgerEntryConnection>;
};


/**
 * A student of the caller's school (owned by the academics subgraph); finance adds the fee balance
 * and the student's fee ledger.
 */
export type StudentLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The ledger's accounts over a period. */
export type TrialBalance = {
  __typename?: 'TrialBalance';
  /** Every account, by name. A bounded list: the five ledger accounts. */
  accounts: Array<TrialBalanceAccount>;
  /** The first day. */
  from: Scalars['Date']['output'];
  /** The last day. */
  to: Scalars['Date']['output'];
  /** The sum of every account's credits: always equal to totalDebit. */
  totalCredit: Scalars['Decimal']['output'];
  /** The sum of every account's debits. */
  totalDebit: Scalars['Decimal']['output'];
};

/** One account of the trial balance. */
export type TrialBalanceAccount = {
  __typename?: 'TrialBalanceAccount';
  /** The account. */
  account: LedgerAccount;
  /** Its balance at the end of `to` (opening + debit - credit). */
  closing: Scalars['Decimal']['output'];
  /** Its credits in the period. */
  credit: Scalars['Decimal']['output'];
  /** Its debits in the period. */
  debit: Scalars['Decimal']['output'];
  /** Its balance before `from` (positive: debit). */
  opening: Scalars['Decimal']['output'];
};

/** Input of updateFeeStructure: only the fields given change; refused once anyone has been charged it. */
export type UpdateFeeStructureInput = {
  /** The amount: positive, at most two decimals, below 10,000,000,000. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** When it is due. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** The fee structure's id. */
  id: Scalars['ID']['input'];
  /** The fee head. */
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
  FeeStructure: FeeStructure;
  Student: Student;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  FeeStructure:
    ( { __typename: 'FeeStructure' }
    & GraphQLRecursivePick<FederationTypes['FeeStructure'], {"id":true}> );
  Student:
    ( { __typename: 'Student' }
    & GraphQLRecursivePick<FederationTypes['Student'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcademicYear: ResolverTypeWrapper<EntityRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditAction: AuditAction;
  AuditActorKind: AuditActorKind;
  AuditChange: ResolverTypeWrapper<AuditChange>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  ChargeFeesInput: ChargeFeesInput;
  ChargeLibraryFinesInput: ChargeLibraryFinesInput;
  Class: ResolverTypeWrapper<EntityRef>;
  ClassDues: ResolverTypeWrapper<ClassDuesModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CloseBooksInput: CloseBooksInput;
  CreateFeeStructureInput: CreateFeeStructureInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DayBook: ResolverTypeWrapper<DayBookModel>;
  DayBookTotal: ResolverTypeWrapper<DayBookTotalRow>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  EntryType: EntryType;
  ErrorCode: ErrorCode;
  FeeAggregate: ResolverTypeWrapper<FeeAggregateModel>;
  FeeAggregateInput: FeeAggregateInput;
  FeeAllocation: FeeAllocation;
  FeeBooks: ResolverTypeWrapper<FeeBooksRow>;
  FeeChargeResult: ResolverTypeWrapper<ChargeResult>;
  FeeCollectionByMode: ResolverTypeWrapper<CollectionByMode>;
  FeeCollectionRow: ResolverTypeWrapper<CollectionRow>;
  FeeCollectionSummary: ResolverTypeWrapper<CollectionSummary>;
  FeeDues: ResolverTypeWrapper<DuesRow>;
  FeeDuesConnection: ResolverTypeWrapper<Connection<DuesRow>>;
  FeeDuesEdge: ResolverTypeWrapper<Omit<FeeDuesEdge, 'node'> & { node: ResolversTypes['FeeDues'] }>;
  FeeDuesTotals: ResolverTypeWrapper<DuesTotals>;
  FeeGroup: ResolverTypeWrapper<FeeGroupModel>;
  FeeGroupBy: FeeGroupBy;
  FeeGroupKey: ResolverTypeWrapper<AggregateKey>;
  FeeLedgerEntry: ResolverTypeWrapper<LedgerEntryRow>;
  FeeLedgerEntryConnection: ResolverTypeWrapper<Connection<LedgerEntryRow>>;
  FeeLedgerEntryEdge: ResolverTypeWrapper<Omit<FeeLedgerEntryEdge, 'node'> & { node: ResolversTypes['FeeLedgerEntry'] }>;
  FeeReceipt: ResolverTypeWrapper<ReceiptRow>;
  FeeReceiptConnection: ResolverTypeWrapper<Connection<ReceiptRow>>;
  FeeReceiptEdge: ResolverTypeWrapper<Omit<FeeReceiptEdge, 'node'> & { node: ResolversTypes['FeeReceipt'] }>;
  FeeStructure: ResolverTypeWrapper<FeeStructureRow>;
  FeeStructureConnection: ResolverTypeWrapper<Connection<FeeStructureRow>>;
  FeeStructureEdge: ResolverTypeWrapper<Omit<FeeStructureEdge, 'node'> & { node: ResolversTypes['FeeStructure'] }>;
  FeeVoucherKind: FeeVoucherKind;
  FeeVoucherLine: ResolverTypeWrapper<VoucherLine>;
  GrantDiscountInput: GrantDiscountInput;
  LedgerAccount: LedgerAccount;
  LibraryFineCharge: LibraryFineCharge;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaymentMode: PaymentMode;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordPaymentInput: RecordPaymentInput;
  RemoveFeeStructureInput: RemoveFeeStructureInput;
  ReverseVoucherInput: ReverseVoucherInput;
  Student: ResolverTypeWrapper<StudentRef>;
  TrialBalance: ResolverTypeWrapper<Omit<TrialBalance, 'accounts'> & { accounts: Array<ResolversTypes['TrialBalanceAccount']> }>;
  TrialBalanceAccount: ResolverTypeWrapper<TrialBalanceRow>;
  UpdateFeeStructureInput: UpdateFeeStructureInput;
  User: ResolverTypeWrapper<User>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcademicYear: EntityRef;
  ID: Scalars['ID']['output'];
  AuditChange: AuditChange;
  AuditEntry: AuditEntryRow;
  ChargeFeesInput: ChargeFeesInput;
  ChargeLibraryFinesInput: ChargeLibraryFinesInput;
  Class: EntityRef;
  ClassDues: ClassDuesModel;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  CloseBooksInput: CloseBooksInput;
  CreateFeeStructureInput: CreateFeeStructureInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DayBook: DayBookModel;
  DayBookTotal: DayBookTotalRow;
  Decimal: Scalars['Decimal']['output'];
  FeeAggregate: FeeAggregateModel;
  FeeAggregateInput: FeeAggregateInput;
  FeeBooks: FeeBooksRow;
  FeeChargeResult: ChargeResult;
  FeeCollectionByMode: CollectionByMode;
  FeeCollectionRow: CollectionRow;
  FeeCollectionSummary: CollectionSummary;
  FeeDues: DuesRow;
  FeeDuesConnection: Connection<DuesRow>;
  FeeDuesEdge: Omit<FeeDuesEdge, 'node'> & { node: ResolversParentTypes['FeeDues'] };
  FeeDuesTotals: DuesTotals;
  FeeGroup: FeeGroupModel;
  FeeGroupKey: AggregateKey;
  FeeLedgerEntry: LedgerEntryRow;
  FeeLedgerEntryConnection: Connection<LedgerEntryRow>;
  FeeLedgerEntryEdge: Omit<FeeLedgerEntryEdge, 'node'> & { node: ResolversParentTypes['FeeLedgerEntry'] };
  FeeReceipt: ReceiptRow;
  FeeReceiptConnection: Connection<ReceiptRow>;
  FeeReceiptEdge: Omit<FeeReceiptEdge, 'node'> & { node: ResolversParentTypes['FeeReceipt'] };
  FeeStructure: FeeStructureRow;
  FeeStructureConnection: Connection<FeeStructureRow>;
  FeeStructureEdge: Omit<FeeStructureEdge, 'node'> & { node: ResolversParentTypes['FeeStructure'] };
  FeeVoucherLine: VoucherLine;
  GrantDiscountInput: GrantDiscountInput;
  LibraryFineCharge: LibraryFineCharge;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RecordPaymentInput: RecordPaymentInput;
  RemoveFeeStructureInput: RemoveFeeStructureInput;
  ReverseVoucherInput: ReverseVoucherInput;
  Student: StudentRef;
  TrialBalance: Omit<TrialBalance, 'accounts'> & { accounts: Array<ResolversParentTypes['TrialBalanceAccount']> };
  TrialBalanceAccount: TrialBalanceRow;
  UpdateFeeStructureInput: UpdateFeeStructureInput;
  User: User;
  String: Scalars['String']['output'];
}>;

export type ModuleDirectiveArgs = {
  action: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type ModuleDirectiveResolver<Result, Parent, ContextType = FinanceContext, Args = ModuleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AcademicYearResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['AcademicYear'] = ResolversParentTypes['AcademicYear']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AuditChangeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['AuditActorKind'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditChange']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ClassResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Class'] = ResolversParentTypes['Class']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ClassDuesResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ClassDues'] = ResolversParentTypes['ClassDues']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  class?: Resolver<ResolversTypes['Class'], ParentType, ContextType>;
  onlyOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  students?: Resolver<ResolversTypes['FeeDuesConnection'], ParentType, ContextType, RequireFields<ClassDuesStudentsArgs, 'first'>>;
  totals?: Resolver<ResolversTypes['FeeDuesTotals'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DayBookResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['DayBook'] = ResolversParentTypes['DayBook']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totalCredit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalDebit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['DayBookTotal']>, ParentType, ContextType>;
  voucherCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vouchers?: Resolver<ResolversTypes['FeeReceiptConnection'], ParentType, ContextType, Partial<DayBookVouchersArgs>>;
}>;

export type DayBookTotalResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['DayBookTotal'] = ResolversParentTypes['DayBookTotal']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FeeVoucherKind'], ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['PaymentMode']>, ParentType, ContextType>;
  postedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type FeeAggregateResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeAggregate'] = ResolversParentTypes['FeeAggregate']> = ResolversObject<{
  groupBy?: Resolver<Array<ResolversTypes['FeeGroupBy']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['FeeGroup']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['FeeGroup'], ParentType, ContextType>;
}>;

export type FeeBooksResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeBooks'] = ResolversParentTypes['FeeBooks']> = ResolversObject<{
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  closedUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type FeeChargeResultResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeChargeResult'] = ResolversParentTypes['FeeChargeResult']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  charged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  class?: Resolver<ResolversTypes['Class'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  feeStructure?: Resolver<ResolversTypes['FeeStructure'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FeeCollectionByModeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeCollectionByMode'] = ResolversParentTypes['FeeCollectionByMode']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['PaymentMode'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FeeCollectionRowResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeCollectionRow'] = ResolversParentTypes['FeeCollectionRow']> = ResolversObject<{
  allocation?: Resolver<ResolversTypes['FeeAllocation'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  feeHead?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['PaymentMode'], ParentType, ContextType>;
  vouchers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FeeCollectionSummaryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeCollectionSummary'] = ResolversParentTypes['FeeCollectionSummary']> = ResolversObject<{
  byMode?: Resolver<Array<ResolversTypes['FeeCollectionByMode']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['FeeCollectionRow']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type FeeDuesResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeDues'] = ResolversParentTypes['FeeDues']> = ResolversObject<{
  charged?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  discounted?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
}>;

export type FeeDuesConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeDuesConnection'] = ResolversParentTypes['FeeDuesConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FeeDuesEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['FeeDues']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FeeDuesEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeDuesEdge'] = ResolversParentTypes['FeeDuesEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FeeDues'], ParentType, ContextType>;
}>;

export type FeeDuesTotalsResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeDuesTotals'] = ResolversParentTypes['FeeDuesTotals']> = ResolversObject<{
  charged?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  defaulters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  discounted?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type FeeGroupResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeGroup'] = ResolversParentTypes['FeeGroup']> = ResolversObject<{
  charged?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  debit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  discounted?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['FeeGroupKey'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  reversed?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  vouchers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FeeGroupKeyResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeGroupKey'] = ResolversParentTypes['FeeGroupKey']> = ResolversObject<{
  account?: Resolver<Maybe<ResolversTypes['LedgerAccount']>, ParentType, ContextType>;
  class?: Resolver<Maybe<ResolversTypes['Class']>, ParentType, ContextType>;
  feeStructure?: Resolver<Maybe<ResolversTypes['FeeStructure']>, ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['PaymentMode']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FeeLedgerEntryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeLedgerEntry'] = ResolversParentTypes['FeeLedgerEntry']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  entryType?: Resolver<ResolversTypes['EntryType'], ParentType, ContextType>;
  feeStructure?: Resolver<Maybe<ResolversTypes['FeeStructure']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FeeVoucherKind'], ParentType, ContextType>;
  narration?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receipt?: Resolver<ResolversTypes['FeeReceipt'], ParentType, ContextType>;
  voucherNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FeeLedgerEntryConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeLedgerEntryConnection'] = ResolversParentTypes['FeeLedgerEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FeeLedgerEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['FeeLedgerEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FeeLedgerEntryEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeLedgerEntryEdge'] = ResolversParentTypes['FeeLedgerEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FeeLedgerEntry'], ParentType, ContextType>;
}>;

export type FeeReceiptResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeReceipt'] = ResolversParentTypes['FeeReceipt']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  balanceAfter?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  feeStructure?: Resolver<Maybe<ResolversTypes['FeeStructure']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FeeVoucherKind'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['FeeVoucherLine']>, ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['PaymentMode']>, ParentType, ContextType>;
  narration?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reversedBy?: Resolver<Maybe<ResolversTypes['FeeReceipt']>, ParentType, ContextType>;
  reverses?: Resolver<Maybe<ResolversTypes['FeeReceipt']>, ParentType, ContextType>;
  student?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
  voucherNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FeeReceiptConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeReceiptConnection'] = ResolversParentTypes['FeeReceiptConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FeeReceiptEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['FeeReceipt']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FeeReceiptEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeReceiptEdge'] = ResolversParentTypes['FeeReceiptEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FeeReceipt'], ParentType, ContextType>;
}>;

export type FeeStructureResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeStructure'] = ResolversParentTypes['FeeStructure'], FederationReferenceType extends FederationReferenceTypes['FeeStructure'] = FederationReferenceTypes['FeeStructure']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FeeStructure']> | FederationReferenceType, FederationReferenceType, ContextType>;
  academicYear?: Resolver<ResolversTypes['AcademicYear'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  charged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  class?: Resolver<Maybe<ResolversTypes['Class']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FeeStructureConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeStructureConnection'] = ResolversParentTypes['FeeStructureConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FeeStructureEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['FeeStructure']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FeeStructureEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeStructureEdge'] = ResolversParentTypes['FeeStructureEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FeeStructure'], ParentType, ContextType>;
}>;

export type FeeVoucherLineResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FeeVoucherLine'] = ResolversParentTypes['FeeVoucherLine']> = ResolversObject<{
  account?: Resolver<ResolversTypes['LedgerAccount'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  entryType?: Resolver<ResolversTypes['EntryType'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  chargeFees?: Resolver<ResolversTypes['FeeChargeResult'], ParentType, ContextType, RequireFields<MutationChargeFeesArgs, 'input'>>;
  chargeLibraryFines?: Resolver<Array<Maybe<ResolversTypes['FeeReceipt']>>, ParentType, ContextType, RequireFields<MutationChargeLibraryFinesArgs, 'input'>>;
  closeBooks?: Resolver<ResolversTypes['FeeBooks'], ParentType, ContextType, RequireFields<MutationCloseBooksArgs, 'input'>>;
  createFeeStructure?: Resolver<ResolversTypes['FeeStructure'], ParentType, ContextType, RequireFields<MutationCreateFeeStructureArgs, 'input'>>;
  grantDiscount?: Resolver<ResolversTypes['FeeReceipt'], ParentType, ContextType, RequireFields<MutationGrantDiscountArgs, 'input'>>;
  recordPayment?: Resolver<ResolversTypes['FeeReceipt'], ParentType, ContextType, RequireFields<MutationRecordPaymentArgs, 'input'>>;
  removeFeeStructure?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveFeeStructureArgs, 'input'>>;
  reverseVoucher?: Resolver<ResolversTypes['FeeReceipt'], ParentType, ContextType, RequireFields<MutationReverseVoucherArgs, 'input'>>;
  updateFeeStructure?: Resolver<ResolversTypes['FeeStructure'], ParentType, ContextType, RequireFields<MutationUpdateFeeStructureArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  classDues?: Resolver<Maybe<ResolversTypes['ClassDues']>, ParentType, ContextType, RequireFields<QueryClassDuesArgs, 'classId' | 'onlyOverdue'>>;
  dayBook?: Resolver<Maybe<ResolversTypes['DayBook']>, ParentType, ContextType, RequireFields<QueryDayBookArgs, 'date'>>;
  feeAggregate?: Resolver<Maybe<ResolversTypes['FeeAggregate']>, ParentType, ContextType, RequireFields<QueryFeeAggregateArgs, 'input'>>;
  feeBooks?: Resolver<Maybe<ResolversTypes['FeeBooks']>, ParentType, ContextType>;
  feeCollectionSummary?: Resolver<Maybe<ResolversTypes['FeeCollectionSummary']>, ParentType, ContextType, RequireFields<QueryFeeCollectionSummaryArgs, 'from' | 'to'>>;
  feeStructure?: Resolver<Maybe<ResolversTypes['FeeStructure']>, ParentType, ContextType, RequireFields<QueryFeeStructureArgs, 'id'>>;
  feeStructures?: Resolver<Maybe<ResolversTypes['FeeStructureConnection']>, ParentType, ContextType, RequireFields<QueryFeeStructuresArgs, 'first'>>;
  receipt?: Resolver<Maybe<ResolversTypes['FeeReceipt']>, ParentType, ContextType, RequireFields<QueryReceiptArgs, 'voucherNo'>>;
  trialBalance?: Resolver<Maybe<ResolversTypes['TrialBalance']>, ParentType, ContextType, RequireFields<QueryTrialBalanceArgs, 'from' | 'to'>>;
}>;

export type StudentResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Student'] = ResolversParentTypes['Student'], FederationReferenceType extends FederationReferenceTypes['Student'] = FederationReferenceTypes['Student']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Student']> | FederationReferenceType, FederationReferenceType, ContextType>;
  feeBalance?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ledger?: Resolver<Maybe<ResolversTypes['FeeLedgerEntryConnection']>, ParentType, ContextType, RequireFields<StudentLedgerArgs, 'first'>>;
}>;

export type TrialBalanceResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['TrialBalance'] = ResolversParentTypes['TrialBalance']> = ResolversObject<{
  accounts?: Resolver<Array<ResolversTypes['TrialBalanceAccount']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totalCredit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalDebit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type TrialBalanceAccountResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['TrialBalanceAccount'] = ResolversParentTypes['TrialBalanceAccount']> = ResolversObject<{
  account?: Resolver<ResolversTypes['LedgerAccount'], ParentType, ContextType>;
  closing?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  debit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  opening?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FinanceContext> = ResolversObject<{
  AcademicYear?: AcademicYearResolvers<ContextType>;
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Class?: ClassResolvers<ContextType>;
  ClassDues?: ClassDuesResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DayBook?: DayBookResolvers<ContextType>;
  DayBookTotal?: DayBookTotalResolvers<ContextType>;
  Decimal?: GraphQLScalarType;
  FeeAggregate?: FeeAggregateResolvers<ContextType>;
  FeeBooks?: FeeBooksResolvers<ContextType>;
  FeeChargeResult?: FeeChargeResultResolvers<ContextType>;
  FeeCollectionByMode?: FeeCollectionByModeResolvers<ContextType>;
  FeeCollectionRow?: FeeCollectionRowResolvers<ContextType>;
  FeeCollectionSummary?: FeeCollectionSummaryResolvers<ContextType>;
  FeeDues?: FeeDuesResolvers<ContextType>;
  FeeDuesConnection?: FeeDuesConnectionResolvers<ContextType>;
  FeeDuesEdge?: FeeDuesEdgeResolvers<ContextType>;
  FeeDuesTotals?: FeeDuesTotalsResolvers<ContextType>;
  FeeGroup?: FeeGroupResolvers<ContextType>;
  FeeGroupKey?: FeeGroupKeyResolvers<ContextType>;
  FeeLedgerEntry?: FeeLedgerEntryResolvers<ContextType>;
  FeeLedgerEntryConnection?: FeeLedgerEntryConnectionResolvers<ContextType>;
  FeeLedgerEntryEdge?: FeeLedgerEntryEdgeResolvers<ContextType>;
  FeeReceipt?: FeeReceiptResolvers<ContextType>;
  FeeReceiptConnection?: FeeReceiptConnectionResolvers<ContextType>;
  FeeReceiptEdge?: FeeReceiptEdgeResolvers<ContextType>;
  FeeStructure?: FeeStructureResolvers<ContextType>;
  FeeStructureConnection?: FeeStructureConnectionResolvers<ContextType>;
  FeeStructureEdge?: FeeStructureEdgeResolvers<ContextType>;
  FeeVoucherLine?: FeeVoucherLineResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Student?: StudentResolvers<ContextType>;
  TrialBalance?: TrialBalanceResolvers<ContextType>;
  TrialBalanceAccount?: TrialBalanceAccountResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = FinanceContext> = ResolversObject<{
  module?: ModuleDirectiveResolver<any, any, ContextType>;
}>;
