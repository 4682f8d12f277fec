import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AuditEntryRow, Connection, AggregateKey } from '@syncad/subgraph-kit';
import type { StudentRow, StudentClassRow } from '../modules/student/rows';
import type { AcademicYearRow, ClassRow, DivisionRow, SubjectRow } from '../modules/reference/rows';
import type { AttendanceRow, AttendanceSummaryRow, ClassAttendanceSummaryModel, ClassRegisterModel } from '../modules/attendance/rows';
import type { AttendanceAggregateModel, AttendanceGroupModel } from '../modules/attendance/attendanceAggregate';
import type { ResultAggregateModel, ResultGroupModel } from '../modules/exam/resultAggregate';
import type { LibraryAggregateModel, LibraryGroupModel } from '../modules/library/libraryAggregate';
import type { GradeBandRow, ExamRow, ExamResultRow } from '../modules/exam/rows';
import type { AnnouncementRow } from '../modules/announcement/rows';
import type { LeaveApplicationRow } from '../modules/leave/rows';
import type { MessageThreadRow, MessageRow } from '../modules/message/rows';
import type { BookRow, BookCopyRow, LibraryIssueRow } from '../modules/library/rows';
import type { AcademicsContext } from '../context';
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

/** An academic year of the school, e.g. "2026-27". */
export type AcademicYear = {
  __typename?: 'AcademicYear';
  /** Last day. */
  endDate: Scalars['Date']['output'];
  /** The global id (see Node): opaque, stable, valid only in the caller's school. */
  id: Scalars['ID']['output'];
  /** Whether this is the current year (at most one is). */
  isCurrent: Scalars['Boolean']['output'];
  /** The name, unique within the school. */
  name: Scalars['String']['output'];
  /** First day. */
  startDate: Scalars['Date']['output'];
};

/** Input of addBookCopy. */
export type AddBookCopyInput = {
  /** The accession number, unique within the school. */
  accessionNo: Scalars['String']['input'];
  /** The book. */
  bookId: Scalars['ID']['input'];
};

/** Input of addThreadParticipants. */
export type AddThreadParticipantsInput = {
  /** The thread. */
  threadId: Scalars['ID']['input'];
  /** The users who join (1 to 200). */
  userIds: Array<Scalars['ID']['input']>;
};

/** A notice to the whole school or one class. */
export type Announcement = {
  __typename?: 'Announcement';
  /** The whole school, one class, or the school's guardians. */
  audience: AnnouncementAudience;
  /** The text. */
  body: Scalars['String']['output'];
  /** The class, for a CLASS announcement. */
  class?: Maybe<Class>;
  /** When it stops being listed, if ever. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The announcement's id. */
  id: Scalars['ID']['output'];
  /** When it was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** Who published it; null once they are no longer a member of the school. */
  publishedBy?: Maybe<User>;
  /** The title. */
  title: Scalars['String']['output'];
};

/** Who an announcement is for. */
export enum AnnouncementAudience {
  /** The students and staff of one class, and the students' guardians. */
  Class = 'CLASS',
  /** The school's guardians (and its staff), not its students. */
  Guardians = 'GUARDIANS',
  /** Everyone in the school. */
  School = 'SCHOOL'
}

/** A page of announcements, newest first. */
export type AnnouncementConnection = {
  __typename?: 'AnnouncementConnection';
  /** The announcements of this page, each with its cursor. */
  edges: Array<AnnouncementEdge>;
  /** The announcements of this page, without cursors (the edges' nodes, in order). */
  nodes: Array<Announcement>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many announcements there are in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One of announcements in a page, with the cursor to continue after it. */
export type AnnouncementEdge = {
  __typename?: 'AnnouncementEdge';
  /** Pass as `after` to continue after this one. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Announcement;
};

/** Input of applyForLeave. */
export type ApplyForLeaveInput = {
  /** First day. */
  fromDate: Scalars['Date']['input'];
  /** Why. */
  reason: Scalars['String']['input'];
  /** The student; a STUDENT caller may omit it (themself) and may name no one else. */
  studentId?: InputMaybe<Scalars['ID']['input']>;
  /** Last day. */
  toDate: Scalars['Date']['input'];
};

/** Input of approveLeave. */
export type ApproveLeaveInput = {
  /** The application. */
  id: Scalars['ID']['input'];
  /** A note for the applicant. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Attendance marks counted: the total and one line per group (at most 1000; more is refused with BAD_USER_INPUT). */
export type AttendanceAggregate = {
  __typename?: 'AttendanceAggregate';
  /** A bounded list: the keys grouped by, as asked (duplicates dropped). */
  groupBy: Array<AttendanceGroupBy>;
  /** A bounded list: one group per combination of key values met (at most 1000), in key order; with no key, the total. */
  groups: Array<AttendanceGroup>;
  /** Every mark counted: the total (its key is empty). */
  total: AttendanceGroup;
};

/** Which marks to count and how to group them. */
export type AttendanceAggregateInput = {
  /** Only students currently in this class. */
  classId?: InputMaybe<Scalars['ID']['input']>;
  /** Only students currently in this division. */
  divisionId?: InputMaybe<Scalars['ID']['input']>;
  /** The first day; with `to` omitted too, the 366 days ending today at the school. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** The keys to group by, in the order the groups are sorted; none: the total alone. */
  groupBy: Array<AttendanceGroupBy>;
  /** The last day (at most 366 days after `from`); give both or neither. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** The marks of one group, counted per status. */
export type AttendanceGroup = {
  __typename?: 'AttendanceGroup';
  /** ABSENT marks. */
  absent: Scalars['Int']['output'];
  /** The group's key values: the keys grouped by are set, the others null. */
  key: AttendanceGroupKey;
  /** LATE marks. */
  late: Scalars['Int']['output'];
  /** LEAVE marks. */
  leave: Scalars['Int']['output'];
  /** Marks in all. */
  marked: Scalars['Int']['output'];
  /** PRESENT marks. */
  present: Scalars['Int']['output'];
};

/** A key attendance marks can be grouped by. */
export enum AttendanceGroupBy {
  /** The student's current class. */
  Class = 'CLASS',
  /** The day marked. */
  Day = 'DAY',
  /** The student's current division. */
  Division = 'DIVISION',
  /** The month (YYYY-MM). */
  Month = 'MONTH',
  /** The student. */
  Student = 'STUDENT',
  /** The week (its Monday). */
  Week = 'WEEK'
}

/** The key of an attendance group: the keys grouped by are set, the others null. */
export type AttendanceGroupKey = {
  __typename?: 'AttendanceGroupKey';
  /** The class (CLASS). */
  class?: Maybe<Class>;
  /** The day (DAY). */
  day?: Maybe<Scalars['Date']['output']>;
  /** The division (DIVISION); null also for students without one. */
  division?: Maybe<Division>;
  /** The month, e.g. "2026-11" (MONTH). */
  month?: Maybe<Scalars['String']['output']>;
  /** The student (STUDENT). */
  student?: Maybe<Student>;
  /** The week's Monday (WEEK). */
  week?: Maybe<Scalars['Date']['output']>;
};

/** One student's mark in markAttendance. */
export type AttendanceMarkInput = {
  /** An optional note. */
  remarks?: InputMaybe<Scalars['String']['input']>;
  /** The status. */
  status: AttendanceStatus;
  /** The student (must be placed in the class on that day). */
  studentId: Scalars['ID']['input'];
};

/** What markAttendance stored. */
export type AttendanceMarking = {
  __typename?: 'AttendanceMarking';
  /** The day marked. */
  date: Scalars['Date']['output'];
  /** How many students were marked (new or updated). */
  marked: Scalars['Int']['output'];
  /** The stored records. A bounded list: one per entry of the markAttendance call. */
  records: Array<AttendanceRecord>;
};

/** A student's attendance on one day. */
export type AttendanceRecord = {
  __typename?: 'AttendanceRecord';
  /** The day. */
  date: Scalars['Date']['output'];
  /** Its changes, newest first, from the audit trail. A bounded list: the latest 100 (`auditTrail` pages through all). */
  history: Array<AuditEntry>;
  /** The record's id. */
  id: Scalars['ID']['output'];
  /** Who marked it last; null once they are no longer a member of the school. */
  markedBy?: Maybe<User>;
  /** A note from whoever marked it. */
  remarks?: Maybe<Scalars['String']['output']>;
  /** The status. */
  status: AttendanceStatus;
  /** The student. */
  student: Student;
};

/** A student's attendance on one day. */
export enum AttendanceStatus {
  /** Not in class, without leave. */
  Absent = 'ABSENT',
  /** In class, but late; counts as attended. */
  Late = 'LATE',
  /** On approved leave. */
  Leave = 'LEAVE',
  /** In class. */
  Present = 'PRESENT'
}

/**
 * Attendance counts over a period. `percentage` = (present + late) / days marked x 100, rounded to
 * two places; null when no day is marked.
 */
export type AttendanceSummary = {
  __typename?: 'AttendanceSummary';
  /** Days marked ABSENT. */
  absent: Scalars['Int']['output'];
  /** First day of the period. */
  from: Scalars['Date']['output'];
  /** Days marked LATE. */
  late: Scalars['Int']['output'];
  /** Days marked LEAVE. */
  leave: Scalars['Int']['output'];
  /** Days marked at all. */
  markedDays: Scalars['Int']['output'];
  /** Attendance percentage, e.g. "92.50". */
  percentage?: Maybe<Scalars['Decimal']['output']>;
  /** Days marked PRESENT. */
  present: Scalars['Int']['output'];
  /** The student, or null for a class total. */
  student?: Maybe<Student>;
  /** Last day of the period. */
  to: Scalars['Date']['output'];
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

/** A page of the audit trail. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries of this page, each with its cursor. */
  edges: Array<AuditEntryEdge>;
  /** The entries of this page, without cursors (the edges' nodes, in order). */
  nodes: Array<AuditEntry>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many entries the filter keeps, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One entry of the audit trail in a page, with the cursor to continue after it. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Pass as `after` to continue after this one. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: AuditEntry;
};

/** Which entries of the audit trail to list; every condition given must hold. */
export type AuditTrailFilter = {
  /** Only changes of this kind. */
  action?: InputMaybe<AuditAction>;
  /** Only the changes this person or API key made. */
  by?: InputMaybe<Scalars['ID']['input']>;
  /** Only changes made on or after this day (the school's time zone). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only the changes of this record (its id as the API gives it; not a receipt's voucher number). */
  recordId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Only records of these types: AttendanceRecord, ExamResult, Exam, FeeStructure, FeeReceipt,
   * TripMark, Role, User (a membership), Guardian (a guardian's link to a student).
   */
  recordTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only changes made on or before this day (the school's time zone). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A title in the library. */
export type Book = {
  __typename?: 'Book';
  /** The author. */
  author?: Maybe<Scalars['String']['output']>;
  /** The physical copies, by accession number (withdrawn ones too). A bounded list: a book's copies. */
  copies: Array<BookCopy>;
  /** The global id (see Node): opaque, stable, valid only in the caller's school. */
  id: Scalars['ID']['output'];
  /** The ISBN. */
  isbn?: Maybe<Scalars['String']['output']>;
  /** The title. */
  title: Scalars['String']['output'];
  /** The day the title left the catalogue with all its copies; null while it is in. */
  withdrawnOn?: Maybe<Scalars['Date']['output']>;
};

/** A page of books, by title. */
export type BookConnection = {
  __typename?: 'BookConnection';
  /** The books of this page, each with its cursor. */
  edges: Array<BookEdge>;
  /** The books of this page, without cursors (the edges' nodes, in order). */
  nodes: Array<Book>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many books there are in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A physical copy of a book; books are issued per copy. */
export type BookCopy = {
  __typename?: 'BookCopy';
  /** The accession number, unique within the school. */
  accessionNo: Scalars['String']['output'];
  /** The title it is a copy of. */
  book: Book;
  /** The copy's id. */
  id: Scalars['ID']['output'];
  /** Why it was withdrawn. */
  withdrawalReason?: Maybe<Scalars['String']['output']>;
  /** The day the copy left the shelves (lost, damaged, discarded): it is never issued again. Null while it is in use. */
  withdrawnOn?: Maybe<Scalars['Date']['output']>;
};

/** One of books in a page, with the cursor to continue after it. */
export type BookEdge = {
  __typename?: 'BookEdge';
  /** Pass as `after` to continue after this one. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Book;
};

/** Input of cancelLeaveApplication. */
export type CancelLeaveApplicationInput = {
  /** The application. */
  id: Scalars['ID']['input'];
};

/** A class (grade) of the school, e.g. "Grade 5". */
export type Class = {
  __typename?: 'Class';
  /** The class teacher of the class itself (a division may name its own); null when none is named. */
  classTeacher?: Maybe<User>;
  /** The divisions (sections) of the class, by name. A bounded list: a class's divisions. */
  divisions: Array<Division>;
  /** The global id (see Node): opaque, stable, valid only in the caller's school. */
  id: Scalars['ID']['output'];
  /** The name, unique within the school. */
  name: Scalars['String']['output'];
  /** Where the class sorts in lists. */
  sortOrder: Scalars['Int']['output'];
  /** The class's current active students, by roll number then name (a self-scoped caller: only themself). */
  students: StudentConnection;
};


/** A class (grade) of the school, e.g. "Grade 5". */
export type ClassStudentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A class's attendance summary: one line per student placed in the class during the period, and the total. */
export type ClassAttendanceSummary = {
  __typename?: 'ClassAttendanceSummary';
  /** The class. */
  class: Class;
  /** The division, when the summary is for one. */
  division?: Maybe<Division>;
  /** First day of the period. */
  from: Scalars['Date']['output'];
  /** One line per student, by roll number then name. A bounded list: one class's students. */
  students: Array<AttendanceSummary>;
  /** Last day of the period. */
  to: Scalars['Date']['output'];
  /** The whole class. */
  totals: AttendanceSummary;
};

/** A class register: every student placed in the class during the period and their marks. */
export type ClassRegister = {
  __typename?: 'ClassRegister';
  /** The class. */
  class: Class;
  /** The division, when the register is for one. */
  division?: Maybe<Division>;
  /** First day. */
  from: Scalars['Date']['output'];
  /** One row per student, by roll number then name. A bounded list: one class's students. */
  rows: Array<ClassRegisterRow>;
  /** Last day. */
  to: Scalars['Date']['output'];
};

/** One student's line of a class register. */
export type ClassRegisterRow = {
  __typename?: 'ClassRegisterRow';
  /** The student's marks in the period, oldest first. A bounded list: at most 366 days. */
  records: Array<AttendanceRecord>;
  /** The student. */
  student: Student;
};

/** Input of createAcademicYear. */
export type CreateAcademicYearInput = {
  /** Last day (after startDate). */
  endDate: Scalars['Date']['input'];
  /** Make this the current year (the previous current year stops being current). */
  isCurrent?: InputMaybe<Scalars['Boolean']['input']>;
  /** A name unique within the school, e.g. "2026-27". */
  name: Scalars['String']['input'];
  /** First day. */
  startDate: Scalars['Date']['input'];
};

/** Input of createBook. */
export type CreateBookInput = {
  /** The author. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** The ISBN. */
  isbn?: InputMaybe<Scalars['String']['input']>;
  /** The title. */
  title: Scalars['String']['input'];
};

/** Input of createClass. */
export type CreateClassInput = {
  /** A name unique within the school. */
  name: Scalars['String']['input'];
  /** Where the class sorts in lists. */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of createDivision. */
export type CreateDivisionInput = {
  /** The class. */
  classId: Scalars['ID']['input'];
  /** A name unique within the class. */
  name: Scalars['String']['input'];
};

/** Input of createExam. */
export type CreateExamInput = {
  /** The academic year. */
  academicYearId: Scalars['ID']['input'];
  /** The class. */
  classId: Scalars['ID']['input'];
  /** The day of the exam. */
  examDate: Scalars['Date']['input'];
  /** The highest possible marks (above zero). */
  maxMarks: Scalars['Decimal']['input'];
  /** The name, e.g. "Mid-term". */
  name: Scalars['String']['input'];
  /** The subject. */
  subjectId: Scalars['ID']['input'];
};

/** Input of createGradeBand. */
export type CreateGradeBandInput = {
  /** The grade, unique within the school. */
  grade: Scalars['String']['input'];
  /** The lowest percentage for this grade, 0 to 100, unique within the school. */
  minPercent: Scalars['Decimal']['input'];
};

/** Input of createStudent. */
export type CreateStudentInput = {
  /** The placement's academic year; the current year by default. */
  academicYearId?: InputMaybe<Scalars['ID']['input']>;
  /** Unique within the school. */
  admissionNo: Scalars['String']['input'];
  /** Place the student in this class. */
  classId?: InputMaybe<Scalars['ID']['input']>;
  /** Date of birth (not in the future). */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  /** And this division of it. */
  divisionId?: InputMaybe<Scalars['ID']['input']>;
  /** First name. */
  firstName: Scalars['String']['input'];
  /** Gender. */
  gender?: InputMaybe<Scalars['String']['input']>;
  /** The guardian's name. */
  guardianName?: InputMaybe<Scalars['String']['input']>;
  /** The guardian's phone. */
  guardianPhone?: InputMaybe<Scalars['String']['input']>;
  /** Last name. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** First day of the placement; the academic year's first day by default. */
  placedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** The roll number. */
  rollNo?: InputMaybe<Scalars['Int']['input']>;
  /** The central User of the student's own account, if any. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of createSubject. */
export type CreateSubjectInput = {
  /** A code unique within the school. */
  code: Scalars['String']['input'];
  /** The name. */
  name: Scalars['String']['input'];
};

/** Input of deleteMessage. */
export type DeleteMessageInput = {
  /** The message. */
  id: Scalars['ID']['input'];
};

/** A division (section) of a class, e.g. "A". */
export type Division = {
  __typename?: 'Division';
  /** The class it belongs to. */
  class: Class;
  /** The division's class teacher, else its class's; null when neither names one. */
  classTeacher?: Maybe<User>;
  /** The global id (see Node): opaque, stable, valid only in the caller's school. */
  id: Scalars['ID']['output'];
  /** The name, unique within its class. */
  name: Scalars['String']['output'];
};

/** Input of enterMarks. */
export type EnterMarksInput = {
  /** One entry per student; entering again updates. */
  entries: Array<MarksEntryInput>;
  /** The exam. */
  examId: Scalars['ID']['input'];
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

/** An exam of one class in one subject. */
export type Exam = {
  __typename?: 'Exam';
  /** The academic year. */
  academicYear: AcademicYear;
  /** The class that sits it. */
  class: Class;
  /** The day of the exam. */
  examDate: Scalars['Date']['output'];
  /** Its changes, newest first, from the audit trail. A bounded list: the latest 100 (`auditTrail` pages through all). */
  history: Array<AuditEntry>;
  /** The global id (see Node): opaque, stable, valid only in the caller's school. */
  id: Scalars['ID']['output'];
  /** The highest possible marks. */
  maxMarks: Scalars['Decimal']['output'];
  /** The name, e.g. "Mid-term". */
  name: Scalars['String']['output'];
  /** Results ranked best first (absentees last); a STUDENT caller sees only their own. A bounded list: one class's students. */
  results: Array<ExamResult>;
  /** The subject. */
  subject: Subject;
};

/** A page of exams, newest exam first. */
export type ExamConnection = {
  __typename?: 'ExamConnection';
  /** The exams of this page, each with its cursor. */
  edges: Array<ExamEdge>;
  /** The exams of this page, without cursors (the edges' nodes, in order). */
  nodes: Array<Exam>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many exams there are in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One of exams in a page, with the cursor to continue after it. */
export type ExamEdge = {
  __typename?: 'ExamEdge';
  /** Pass as `after` to continue after this one. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Exam;
};

/** A student's result in an exam. */
export type ExamResult = {
  __typename?: 'ExamResult';
  /** Whether the student was absent. */
  absent: Scalars['Boolean']['output'];
  /** The exam. */
  exam: Exam;
  /** The grade from the school's grading scale; null when absent or below every band. */
  grade?: Maybe<Scalars['String']['output']>;
  /** Its changes, newest first, from the audit trail. A bounded list: the latest 100 (`auditTrail` pages through all). */
  history: Array<AuditEntry>;
  /** The result's id. */
  id: Scalars['ID']['output'];
  /** The marks; null when absent. */
  marks?: Maybe<Scalars['Decimal']['output']>;
  /** marks / maxMarks x 100, rounded to two places; null when absent. */
  percentage?: Maybe<Scalars['Decimal']['output']>;
  /** Rank in the exam among students present (ties share a rank); null when absent. */
  rank?: Maybe<Scalars['Int']['output']>;
  /** A teacher's remark. */
  remarks?: Maybe<Scalars['String']['output']>;
  /** The student. */
  student: Student;
};

/** A page of results, newest exam first. */
export type ExamResultConnection = {
  __typename?: 'ExamResultConnection';
  /** The results of this page, each with its cursor. */
  edges: Array<ExamResultEdge>;
  /** The results of this page, without cursors (the edges' nodes, in order). */
  nodes: Array<ExamResult>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many results there are in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One of results in a page, with the cursor to continue after it. */
export type ExamResultEdge = {
  __typename?: 'ExamResultEdge';
  /** Pass as `after` to continue after this one. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ExamResult;
};

/** One band of the school's grading scale: a result gets the grade of the highest band it reaches. */
export type GradeBand = {
  __typename?: 'GradeBand';
  /** The grade, e.g. "A+". */
  grade: Scalars['String']['output'];
  /** The band's id. */
  id: Scalars['ID']['output'];
  /** The lowest percentage that earns this grade. */
  minPercent: Scalars['Decimal']['output'];
};

/** How many results have one grade. */
export type GradeCount = {
  __typename?: 'GradeCount';
  /** How many results have it. */
  count: Scalars['Int']['output'];
  /** The grade. */
  grade: Scalars['String']['output'];
};

/** Input of issueBook. */
export type IssueBookInput = {
  /** The copy. */
  bookCopyId: Scalars['ID']['input'];
  /** The day it is due back (not before issuedOn). */
  dueDate: Scalars['Date']['input'];
  /** The day of issue (today or earlier); today by default. */
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The student. */
  studentId: Scalars['ID']['input'];
};

/** A request for leave for a student. */
export type LeaveApplication = {
  __typename?: 'LeaveApplication';
  /** Who applied (the student or a staff member); null once they are no longer a member of the school. */
  appliedBy?: Maybe<User>;
  /** When it was filed. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was decided. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who decided; null while pending, or once they are no longer a member of the school. */
  decidedBy?: Maybe<User>;
  /** The decider's note. */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** First day of leave. */
  fromDate: Scalars['Date']['output'];
  /** The application's id. */
  id: Scalars['ID']['output'];
  /** Why. */
  reason: Scalars['String']['output'];
  /** Where it stands. */
  status: LeaveStatus;
  /** The student. */
  student: Student;
  /** Last day of leave. */
  toDate: Scalars['Date']['output'];
};

/** A page of leave applications, newest first. */
export type LeaveApplicationConnection = {
  __typename?: 'LeaveApplicationConnection';
  /** The leave applications of this page, each with its cursor. */
  edges: Array<LeaveApplicationEdge>;
  /** The leave applications of this page, without cursors (the edges' nodes, in order). */
  nodes: Array<LeaveApplication>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many leave applications there are in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One of leave applications in a page, with the cursor to continue after it. */
export type LeaveApplicationEdge = {
  __typename?: 'LeaveApplicationEdge';
  /** Pass as `after` to continue after this one. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: LeaveApplication;
};

/** Where a leave application stands. */
export enum LeaveStatus {
  /** Approved: the covered days are marked LEAVE in attendance. */
  Approved = 'APPROVED',
  /** Waiting for a decision. */
  Pending = 'PENDING',
  /** Rejected. */
  Rejected = 'REJECTED'
}

/** Library lending counted: the total and one line per group (at most 1000; more is refused with BAD_USER_INPUT). */
export type LibraryAggregate = {
  __typename?: 'LibraryAggregate';
  /** A bounded list: the keys grouped by, as asked (duplicates dropped). */
  groupBy: Array<LibraryGroupBy>;
  /** A bounded list: one group per combination of key values met (at most 1000), in key order; with no key, the total. */
  groups: Array<LibraryGroup>;
  /** Everything counted: the total (its key is empty). */
  total: LibraryGroup;
};

/** Which lending to count and how to group it. */
export type LibraryAggregateInput = {
  /** Only borrowers currently in this class. */
  classId?: InputMaybe<Scalars['ID']['input']>;
  /** The first day; with `to` omitted too, the 366 days ending today at the school. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** The keys to group by, in the order the groups are sorted; none: the total alone. */
  groupBy: Array<LibraryGroupBy>;
  /** The last day (at most 366 days after `from`); give both or neither. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * An overdue fine: assessed when the copy comes back, then charged to the student's fee ledger by
 * finance (a CHARGE voucher). Until finance has charged it (it was unreachable), `voucherNo` is null:
 * the fine is asked for again at the school's next return, or by postPendingLibraryFines.
 */
export type LibraryFine = {
  __typename?: 'LibraryFine';
  /** The fine. */
  amount: Scalars['Decimal']['output'];
  /** How many days after the due date the copy came back. */
  daysLate: Scalars['Int']['output'];
  /** The fee ledger voucher that charged it (see `receipt(voucherNo:)`); null while it waits for finance. */
  voucherNo?: Maybe<Scalars['String']['output']>;
};

/** The lending of one group. */
export type LibraryGroup = {
  __typename?: 'LibraryGroup';
  /** The fines assessed at the returns. */
  fines: Scalars['Decimal']['output'];
  /** Books lent in the period. */
  issued: Scalars['Int']['output'];
  /** The group's key values: the keys grouped by are set, the others null. */
  key: LibraryGroupKey;
  /** Of those lent in the period, how many are still out past their due date today. */
  overdue: Scalars['Int']['output'];
  /** Books returned in the period. */
  returned: Scalars['Int']['output'];
  /** Of those returned, how many after their due date. */
  returnedLate: Scalars['Int']['output'];
};

/** A key library lending can be grouped by. */
export enum LibraryGroupBy {
  /** The borrower's current class. */
  Class = 'CLASS',
  /** The month of the issue or return (YYYY-MM). */
  Month = 'MONTH'
}

/** The key of a library group: the keys grouped by are set, the others null. */
export type LibraryGroupKey = {
  __typename?: 'LibraryGroupKey';
  /** The class (CLASS). */
  class?: Maybe<Class>;
  /** The month, e.g. "2026-11" (MONTH). */
  month?: Maybe<Scalars['String']['output']>;
};

/** A copy issued to a student. */
export type LibraryIssue = {
  __typename?: 'LibraryIssue';
  /** The copy. */
  copy: BookCopy;
  /** The day it is due back. */
  dueDate: Scalars['Date']['output'];
  /** The overdue fine assessed when it came back late (days late x the school's daily rate); null when none. */
  fine?: Maybe<LibraryFine>;
  /** The issue's id. */
  id: Scalars['ID']['output'];
  /** The day it was issued. */
  issuedOn: Scalars['Date']['output'];
  /** Whether it is out past its due date today. */
  overdue: Scalars['Boolean']['output'];
  /** The day it came back; null while out. */
  returnedOn?: Maybe<Scalars['Date']['output']>;
  /** The student holding it. */
  student: Student;
};

/** A page of book issues, in the order of the field that lists them. */
export type LibraryIssueConnection = {
  __typename?: 'LibraryIssueConnection';
  /** The book issues of this page, each with its cursor. */
  edges: Array<LibraryIssueEdge>;
  /** The book issues of this page, without cursors (the edges' nodes, in order). */
  nodes: Array<LibraryIssue>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many book issues there are in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One of book issues in a page, with the cursor to continue after it. */
export type LibraryIssueEdge = {
  __typename?: 'LibraryIssueEdge';
  /** Pass as `after` to continue after this one. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: LibraryIssue;
};

/** The library's rules. */
export type LibrarySettings = {
  __typename?: 'LibrarySettings';
  /**
   * The fine per day a copy comes back after its due date, charged to the student's fee ledger at the
   * return; "0.00" (the default) charges nothing.
   */
  finePerDay: Scalars['Decimal']['output'];
};

/** Input of markAttendance. */
export type MarkAttendanceInput = {
  /** The class. */
  classId: Scalars['ID']['input'];
  /** The day (today or earlier). */
  date: Scalars['Date']['input'];
  /** The division, if marking one division. */
  divisionId?: InputMaybe<Scalars['ID']['input']>;
  /** One entry per student; marking again updates. */
  entries: Array<AttendanceMarkInput>;
};

/** Input of markThreadRead. */
export type MarkThreadReadInput = {
  /** The thread. */
  threadId: Scalars['ID']['input'];
};

/** One student's marks in enterMarks: either marks or absent. */
export type MarksEntryInput = {
  /** The student was absent. */
  absent?: InputMaybe<Scalars['Boolean']['input']>;
  /** 0 to the exam's maxMarks; omit when absent. */
  marks?: InputMaybe<Scalars['Decimal']['input']>;
  /** A remark. */
  remarks?: InputMaybe<Scalars['String']['input']>;
  /** The student (placed in the exam's class on the exam day). */
  studentId: Scalars['ID']['input'];
};

/** The signed-in user (owned by the identity subgraph); academics adds their own student record. */
export type Me = {
  __typename?: 'Me';
  /** The global id. */
  id: Scalars['ID']['output'];
  /** The signed-in user's own student record (a STUDENT account); null for staff. */
  student?: Maybe<Student>;
};

/** One message of a thread. */
export type Message = {
  __typename?: 'Message';
  /** The text. */
  body: Scalars['String']['output'];
  /** The message's id. */
  id: Scalars['ID']['output'];
  /** Who sent it, with their directory card; null once they are no longer a member of the school. */
  sender?: Maybe<User>;
  /**
   * The user who sent it (their plain key).
   * @deprecated Use `sender { id displayName }`: a global id, with the name.
   */
  senderId: Scalars['ID']['output'];
  /** When it was sent. */
  sentAt: Scalars['DateTime']['output'];
  /** The thread's id. */
  threadId: Scalars['ID']['output'];
};

/** A page of messages, newest first. */
export type MessageConnection = {
  __typename?: 'MessageConnection';
  /** The messages of this page, each with its cursor. */
  edges: Array<MessageEdge>;
  /** The messages of this page, without cursors (the edges' nodes, in order). */
  nodes: Array<Message>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many messages there are in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One of messages in a page, with the cursor to continue after it. */
export type MessageEdge = {
  __typename?: 'MessageEdge';
  /** Pass as `after` to continue after this one. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Message;
};

/** A conversation between users of the school; only its participants can read it. */
export type MessageThread = {
  __typename?: 'MessageThread';
  /** When it was started. */
  createdAt: Scalars['DateTime']['output'];
  /** Who started it; null once they are no longer a member of the school. */
  createdBy?: Maybe<User>;
  /** The global id (see Node): opaque, stable, valid only in the caller's school. */
  id: Scalars['ID']['output'];
  /** When the last message was sent. */
  lastMessageAt: Scalars['DateTime']['output'];
  /** The thread's messages, newest first. */
  messages: MessageConnection;
  /**
   * The users in the thread (their plain keys). A bounded list: the thread's participants.
   * @deprecated Use `participants { id displayName }`: global ids, with names.
   */
  participantIds: Array<Scalars['ID']['output']>;
  /**
   * The users in the thread, each with their directory card; null for one who is no longer a member
   * of the school. A bounded list: the thread's participants.
   */
  participants: Array<Maybe<User>>;
  /** The subject. */
  subject: Scalars['String']['output'];
  /**
   * How many messages of others the caller has not read: sent after the caller last marked the
   * thread read (markThreadRead).
   */
  unreadCount: Scalars['Int']['output'];
};


/** A conversation between users of the school; only its participants can read it. */
export type MessageThreadMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of threads, most recently active first. */
export type MessageThreadConnection = {
  __typename?: 'MessageThreadConnection';
  /** The threads of this page, each with its cursor. */
  edges: Array<MessageThreadEdge>;
  /** The threads of this page, without cursors (the edges' nodes, in order). */
  nodes: Array<MessageThread>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many threads there are in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One of threads in a page, with the cursor to continue after it. */
export type MessageThreadEdge = {
  __typename?: 'MessageThreadEdge';
  /** Pass as `after` to continue after this one. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: MessageThread;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a physical copy of a book. */
  addBookCopy: BookCopy;
  /**
   * Adds active members of the school to a thread the caller is in; those in it already stay. A
   * thread has at most 200 participants (CONFLICT beyond). The new ones read its whole history.
   */
  addThreadParticipants: MessageThread;
  /** Applies for leave: a student for themself, staff on a student's behalf. */
  applyForLeave: LeaveApplication;
  /** Approves a pending application and marks its weekdays (Monday to Friday) LEAVE in attendance (staff only). */
  approveLeave: LeaveApplication;
  /**
   * Cancels an application the caller filed (a student their own, staff one they filed for a
   * student) while it is PENDING: it is deleted. Answers its id. Someone else's is FORBIDDEN to
   * staff (NOT_FOUND to a student); a decided one is CONFLICT.
   */
  cancelLeaveApplication: Scalars['ID']['output'];
  /** Creates an academic year. */
  createAcademicYear: AcademicYear;
  /** Adds a title to the library. */
  createBook: Book;
  /** Creates a class. */
  createClass: Class;
  /** Creates a division of a class. */
  createDivision: Division;
  /** Schedules an exam. */
  createExam: Exam;
  /** Adds a band to the grading scale. */
  createGradeBand: GradeBand;
  /** Admits a student (and places them in a class when one is given); CONFLICT on a taken admission number. */
  createStudent: Student;
  /** Creates a subject. */
  createSubject: Subject;
  /**
   * Removes a message from a thread the caller is in (moderation: a message sent to the wrong
   * people, or one that breaks the school's rules); NOT_FOUND for a thread the caller is not in.
   * Answers the removed message's id.
   */
  deleteMessage: Scalars['ID']['output'];
  /** Enters the marks of a class for an exam in one statement; entering again updates. A bounded list: one per entry of the call. */
  enterMarks: Array<ExamResult>;
  /** Issues a copy to a student; CONFLICT when the copy is already out. */
  issueBook: LibraryIssue;
  /** Marks a class for one day in one statement; re-marking a student updates their record. */
  markAttendance: AttendanceMarking;
  /**
   * Marks a thread the caller is in read, up to its newest message (its unreadCount becomes 0; a
   * message sent later is unread again). A thread the caller is not in is NOT_FOUND.
   */
  markThreadRead: MessageThread;
  /**
   * Asks finance again for the fines it could not charge when their copies came back (up to 20 a
   * call, oldest first); answers how many it charged. Each fine is charged once, however often asked.
   */
  postPendingLibraryFines: Scalars['Int']['output'];
  /** Publishes an announcement to the whole school, a class or the school's guardians. */
  publishAnnouncement: Announcement;
  /** Rejects a pending application (staff only). */
  rejectLeave: LeaveApplication;
  /**
   * Removes a student's mark of one day (marked in error: the student was not due that day). A
   * wrong status is corrected by marking again. Answers the removed record's id; NOT_FOUND when the
   * day has no mark. The audit trail keeps what it was.
   */
  removeAttendanceMark: Scalars['ID']['output'];
  /**
   * Removes an exam scheduled in error. An exam with results needs `exam:delete` as well (FORBIDDEN
   * without it): its results go with it, each recorded in the audit trail. Answers the exam's id.
   */
  removeExam: Scalars['ID']['output'];
  /**
   * Removes an application entered in error, pending or rejected, whoever applied (staff only). An
   * approved one stays (CONFLICT): its LEAVE marks are in attendance, corrected there. Answers the
   * removed application's id.
   */
  removeLeaveApplication: Scalars['ID']['output'];
  /** Removes one student's result of an exam (entered for the wrong student). Answers the result's id; NOT_FOUND when there is none. */
  removeResult: Scalars['ID']['output'];
  /**
   * Removes a student record created in error, with its class placements and transport
   * assignment. A record with history (attendance, results, fee vouchers, boarding marks, library
   * issues, leave applications) is never removed (CONFLICT names what it has): a student who leaves
   * is withdrawn instead, with `updateStudent(input: { id, status: LEFT })`. Answers the removed id.
   */
  removeStudent: Scalars['ID']['output'];
  /**
   * Takes a participant out of a thread the caller is in: anyone may leave (their own id), the
   * thread's starter may remove others (FORBIDDEN for anyone else). Answers the thread's id.
   */
  removeThreadParticipant: Scalars['ID']['output'];
  /**
   * Renews an open issue: a new due date, not before today nor before the issue day. A returned
   * issue is CONFLICT.
   */
  renewBook: LibraryIssue;
  /**
   * Records a copy's return, named by the issue or by the copy's accession number (exactly one). A
   * late return owes a fine (see LibraryFine), charged to the student's fee ledger by finance.
   */
  returnBook: LibraryIssue;
  /** Sends a message to a thread the caller is in. */
  sendMessage: Message;
  /**
   * Names the class teacher of a class or of one of its divisions: the staff member its students
   * and their guardians write to (`Student.classTeacher`). A userId that is no active staff member
   * of the school is BAD_USER_INPUT. Answers the class.
   */
  setClassTeacher: Class;
  /** Starts a thread with other users of the school and sends its first message. */
  startThread: MessageThread;
  /** Moves a student to another class/division: closes the current placement and opens a new one. */
  transferStudent: Student;
  /**
   * Corrects an announcement's title, text or expiry (the fields given change). Its audience stays:
   * withdraw it and publish again to change that.
   */
  updateAnnouncement: Announcement;
  /** Corrects a title's details (the fields given change). */
  updateBook: Book;
  /**
   * Corrects an exam's name, date or maximum marks (only the fields given change). The maximum
   * cannot fall below marks already entered (BAD_USER_INPUT names the highest); the date must keep
   * every student with a result in the exam's class.
   */
  updateExam: Exam;
  /** Sets the library's rules. */
  updateLibrarySettings: LibrarySettings;
  /** Changes a student's details. */
  updateStudent: Student;
  /** Withdraws an announcement: it is deleted and nobody sees it any more. Answers its id. */
  withdrawAnnouncement: Scalars['ID']['output'];
  /**
   * Withdraws a title from the catalogue with every copy still in use; CONFLICT while a copy is out
   * or when it is withdrawn already.
   */
  withdrawBook: Book;
  /**
   * Withdraws a copy from the shelves (lost, damaged, discarded): it stays on record with its issues
   * but is never issued again. A copy that is out is returned first (CONFLICT); withdrawing it again
   * is CONFLICT too.
   */
  withdrawBookCopy: BookCopy;
};


export type MutationAddBookCopyArgs = {
  input: AddBookCopyInput;
};


export type MutationAddThreadParticipantsArgs = {
  input: AddThreadParticipantsInput;
};


export type MutationApplyForLeaveArgs = {
  input: ApplyForLeaveInput;
};


export type MutationApproveLeaveArgs = {
  input: ApproveLeaveInput;
};


export type MutationCancelLeaveApplicationArgs = {
  input: CancelLeaveApplicationInput;
};


export type MutationCreateAcademicYearArgs = {
  input: CreateAcademicYearInput;
};


export type MutationCreateBookArgs = {
  input: CreateBookInput;
};


export type MutationCreateClassArgs = {
  input: CreateClassInput;
};


export type MutationCreateDivisionArgs = {
  input: CreateDivisionInput;
};


export type MutationCreateExamArgs = {
  input: CreateExamInput;
};


export type MutationCreateGradeBandArgs = {
  input: CreateGradeBandInput;
};


export type MutationCreateStudentArgs = {
  input: CreateStudentInput;
};


export type MutationCreateSubjectArgs = {
  input: CreateSubjectInput;
};


export type MutationDeleteMessageArgs = {
  input: DeleteMessageInput;
};


export type MutationEnterMarksArgs = {
  input: EnterMarksInput;
};


export type MutationIssueBookArgs = {
  input: IssueBookInput;
};


export type MutationMarkAttendanceArgs = {
  input: MarkAttendanceInput;
};


export type MutationMarkThreadReadArgs = {
  input: MarkThreadReadInput;
};


export type MutationPublishAnnouncementArgs = {
  input: PublishAnnouncementInput;
};


export type MutationRejectLeaveArgs = {
  input: RejectLeaveInput;
};


export type MutationRemoveAttendanceMarkArgs = {
  input: RemoveAttendanceMarkInput;
};


export type MutationRemoveExamArgs = {
  input: RemoveExamInput;
};


export type MutationRemoveLeaveApplicationArgs = {
  input: RemoveLeaveApplicationInput;
};


export type MutationRemoveResultArgs = {
  input: RemoveResultInput;
};


export type MutationRemoveStudentArgs = {
  input: RemoveStudentInput;
};


export type MutationRemoveThreadParticipantArgs = {
  input: RemoveThreadParticipantInput;
};


export type MutationRenewBookArgs = {
  input: RenewBookInput;
};


export type MutationReturnBookArgs = {
  input: ReturnBookInput;
};


export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


export type MutationSetClassTeacherArgs = {
  input: SetClassTeacherInput;
};


export type MutationStartThreadArgs = {
  input: StartThreadInput;
};


export type MutationTransferStudentArgs = {
  input: TransferStudentInput;
};


export type MutationUpdateAnnouncementArgs = {
  input: UpdateAnnouncementInput;
};


export type MutationUpdateBookArgs = {
  input: UpdateBookInput;
};


export type MutationUpdateExamArgs = {
  input: UpdateExamInput;
};


export type MutationUpdateLibrarySettingsArgs = {
  input: UpdateLibrarySettingsInput;
};


export type MutationUpdateStudentArgs = {
  input: UpdateStudentInput;
};


export type MutationWithdrawAnnouncementArgs = {
  input: WithdrawAnnouncementInput;
};


export type MutationWithdrawBookArgs = {
  input: WithdrawBookInput;
};


export type MutationWithdrawBookCopyArgs = {
  input: WithdrawBookCopyInput;
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

/** Input of publishAnnouncement. */
export type PublishAnnouncementInput = {
  /** The text. */
  body: Scalars['String']['input'];
  /** For one class only (its students, their guardians, staff); the whole school when omitted. */
  classId?: InputMaybe<Scalars['ID']['input']>;
  /** When it stops being listed. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The title. */
  title: Scalars['String']['input'];
  /** For the school's guardians (and staff) only, not its students; not with classId. Default false. */
  toGuardians?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** The academic years, newest first. A bounded list: the school's years. */
  academicYears?: Maybe<Array<AcademicYear>>;
  /**
   * Unexpired announcements visible to the caller, newest first: all of them for staff; the whole
   * school's and their class's for a student; the whole school's, their children's classes' and
   * those to guardians for a guardian.
   */
  announcements?: Maybe<AnnouncementConnection>;
  /**
   * Attendance marks from `from` to `to` (at most 366 days; the last 366 when omitted) counted per status, grouped by the keys
   * in `groupBy`: one SQL statement whatever the number of groups. Class and division are the
   * student's current ones. A student's or guardian's aggregate counts their own students' marks only.
   * Example: `attendanceAggregate(input: { from: "2026-11-01", to: "2026-11-30", groupBy: [CLASS] })
   * { groups { key { class { name } } marked present absent } }`.
   */
  attendanceAggregate?: Maybe<AttendanceAggregate>;
  /**
   * The school's audit trail, newest first: every change of an audited record (attendance marks,
   * results, exams, fee structures, vouchers, boarding marks, roles and their permissions,
   * memberships), who made it, and each changed field before and after. A record's own `history`
   * lists its latest changes; this pages through all of them.
   */
  auditTrail?: Maybe<AuditEntryConnection>;
  /** A title of the library; null when the school has none with that id. */
  book?: Maybe<Book>;
  /** The library's titles, by title. */
  books?: Maybe<BookConnection>;
  /** A class's attendance summary for a month (YYYY-MM) or a date range (give one or the other). */
  classAttendanceSummary?: Maybe<ClassAttendanceSummary>;
  /** The register of a class (or division) for a date range of at most 366 days. */
  classRegister?: Maybe<ClassRegister>;
  /** Every active student currently in a class (or one division of it), by roll number then name. A bounded list: one class's students. */
  classRoster?: Maybe<Array<Student>>;
  /** The classes, by sort order then name. A bounded list: the school's classes. */
  classes?: Maybe<Array<Class>>;
  /** An exam by id; null when unknown. */
  exam?: Maybe<Exam>;
  /** A class's exams, newest first. */
  exams?: Maybe<ExamConnection>;
  /** The grading scale, highest band first. A bounded list: the grading scale. */
  gradeBands?: Maybe<Array<GradeBand>>;
  /** Leave applications, newest first; a STUDENT caller sees only their own. */
  leaveApplications?: Maybe<LeaveApplicationConnection>;
  /**
   * The library's lending from `from` to `to` (at most 366 days; the last 366 when omitted): books issued (counted on the day
   * lent), returned (on the day back), returned late, still out past their due date, and fines,
   * grouped by month or the borrower's current class: one SQL statement whatever the number of
   * groups. A student's or guardian's aggregate covers their own students' borrowing only.
   * Example: `libraryAggregate(input: { from: "2026-06-01", to: "2026-11-30", groupBy: [MONTH] })
   * { groups { key { month } issued returned overdue } }`.
   */
  libraryAggregate?: Maybe<LibraryAggregate>;
  /** The library's rules (the overdue fine's daily rate). */
  librarySettings?: Maybe<LibrarySettings>;
  /** The threads the caller is in, most recently active first. */
  myThreads?: Maybe<MessageThreadConnection>;
  /** Copies out past their due date, most overdue first; a STUDENT caller sees only their own. */
  overdueIssues?: Maybe<LibraryIssueConnection>;
  /**
   * Results counted and summarised (marks and percentage: average, lowest, highest; passes; grades),
   * grouped by the keys in `groupBy`: one SQL statement whatever the number of groups. Division is
   * the student's current one. A student's or guardian's aggregate covers their own students' results only.
   * Example: `resultAggregate(input: { examId: "...", groupBy: [SUBJECT] }) { groups { key { subject { name } }
   * averagePercent passed gradeDistribution { grade count } } }`.
   */
  resultAggregate?: Maybe<ResultAggregate>;
  /** A student by id; null when unknown or not visible to the caller. */
  student?: Maybe<Student>;
  /** A student by admission number; null when unknown or not visible to the caller. */
  studentByAdmissionNo?: Maybe<Student>;
  /** Students by current class/division and/or name, a page at a time (ordered by admission number). */
  students?: Maybe<StudentConnection>;
  /** The subjects, by name. A bounded list: the school's subjects. */
  subjects?: Maybe<Array<Subject>>;
  /** A thread the caller is in; null otherwise. */
  thread?: Maybe<MessageThread>;
  /** How many messages of others the caller has not read, in every thread they are in. */
  unreadMessageCount?: Maybe<Scalars['Int']['output']>;
};


export type QueryAnnouncementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAttendanceAggregateArgs = {
  input: AttendanceAggregateInput;
};


export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditTrailFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBookArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBooksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryClassAttendanceSummaryArgs = {
  classId: Scalars['ID']['input'];
  divisionId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  month?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryClassRegisterArgs = {
  classId: Scalars['ID']['input'];
  divisionId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryClassRosterArgs = {
  classId: Scalars['ID']['input'];
  divisionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryExamArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExamsArgs = {
  academicYearId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  classId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLeaveApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  classId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<LeaveStatus>;
  studentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryLibraryAggregateArgs = {
  input: LibraryAggregateInput;
};


export type QueryMyThreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOverdueIssuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryResultAggregateArgs = {
  input: ResultAggregateInput;
};


export type QueryStudentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStudentByAdmissionNoArgs = {
  admissionNo: Scalars['String']['input'];
};


export type QueryStudentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  classId?: InputMaybe<Scalars['ID']['input']>;
  divisionId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryThreadArgs = {
  id: Scalars['ID']['input'];
};

/** Input of rejectLeave. */
export type RejectLeaveInput = {
  /** The application. */
  id: Scalars['ID']['input'];
  /** A note for the applicant. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Input of removeAttendanceMark. */
export type RemoveAttendanceMarkInput = {
  /** The day whose mark goes. */
  date: Scalars['Date']['input'];
  /** The student. */
  studentId: Scalars['ID']['input'];
};

/** Input of removeExam. */
export type RemoveExamInput = {
  /** The exam. */
  id: Scalars['ID']['input'];
};

/** Input of removeLeaveApplication. */
export type RemoveLeaveApplicationInput = {
  /** The application. */
  id: Scalars['ID']['input'];
};

/** Input of removeResult. */
export type RemoveResultInput = {
  /** The exam. */
  examId: Scalars['ID']['input'];
  /** The student whose result goes. */
  studentId: Scalars['ID']['input'];
};

/** Input of removeStudent. */
export type RemoveStudentInput = {
  /** The student record created in error. */
  id: Scalars['ID']['input'];
};

/** Input of removeThreadParticipant. */
export type RemoveThreadParticipantInput = {
  /** The thread. */
  threadId: Scalars['ID']['input'];
  /** The user who leaves (the caller's own id to leave). */
  userId: Scalars['ID']['input'];
};

/** Input of renewBook. */
export type RenewBookInput = {
  /** The new due date. */
  dueDate: Scalars['Date']['input'];
  /** The open issue. */
  issueId: Scalars['ID']['input'];
};

/** Results summarised: the total and one line per group (at most 1000; more is refused with BAD_USER_INPUT). */
export type ResultAggregate = {
  __typename?: 'ResultAggregate';
  /** A bounded list: the keys grouped by, as asked (duplicates dropped). */
  groupBy: Array<ResultGroupBy>;
  /** A bounded list: one group per combination of key values met (at most 1000), in key order; with no key, the total. */
  groups: Array<ResultGroup>;
  /** Every result summarised: the total (its key is empty). */
  total: ResultGroup;
};

/** Which results to summarise and how to group them. */
export type ResultAggregateInput = {
  /** Only exams of this academic year. */
  academicYearId?: InputMaybe<Scalars['ID']['input']>;
  /** Only exams of this class. */
  classId?: InputMaybe<Scalars['ID']['input']>;
  /** Only students currently in this division. */
  divisionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this exam. */
  examId?: InputMaybe<Scalars['ID']['input']>;
  /** Exams held on or after this day (give `to` too); every exam when both are omitted. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** The keys to group by, in the order the groups are sorted; none: the total alone. */
  groupBy: Array<ResultGroupBy>;
  /** The percentage that passes (0 to 100); 33 when omitted. */
  passPercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** Only exams of this subject. */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** Exams held on or before this day (at most 366 days after `from`). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** The results of one group, summarised. Marks and percentages leave out absent students; null when none sat. */
export type ResultGroup = {
  __typename?: 'ResultGroup';
  /** Results of absent students. */
  absent: Scalars['Int']['output'];
  /** The average marks, rounded to two places (meaningful within one exam: exams may differ in maximum). */
  averageMarks?: Maybe<Scalars['Decimal']['output']>;
  /** The average percentage of the maximum marks, rounded to two places. */
  averagePercent?: Maybe<Scalars['Decimal']['output']>;
  /** A bounded list: how many results reached each grade of the grading scale (grades with none left out), highest first. */
  gradeDistribution: Array<GradeCount>;
  /** The group's key values: the keys grouped by are set, the others null. */
  key: ResultGroupKey;
  /** The highest marks. */
  maxMarks?: Maybe<Scalars['Decimal']['output']>;
  /** The highest percentage. */
  maxPercent?: Maybe<Scalars['Decimal']['output']>;
  /** The lowest marks. */
  minMarks?: Maybe<Scalars['Decimal']['output']>;
  /** The lowest percentage. */
  minPercent?: Maybe<Scalars['Decimal']['output']>;
  /** Results at or above the pass percentage. */
  passed: Scalars['Int']['output'];
  /** Results in all, absences included. */
  results: Scalars['Int']['output'];
};

/** A key results can be grouped by. */
export enum ResultGroupBy {
  /** The exam's class. */
  Class = 'CLASS',
  /** The student's current division. */
  Division = 'DIVISION',
  /** The exam. */
  Exam = 'EXAM',
  /** The exam's subject. */
  Subject = 'SUBJECT'
}

/** The key of a results group: the keys grouped by are set, the others null. */
export type ResultGroupKey = {
  __typename?: 'ResultGroupKey';
  /** The class (CLASS). */
  class?: Maybe<Class>;
  /** The division (DIVISION); null also for students without one. */
  division?: Maybe<Division>;
  /** The exam (EXAM). */
  exam?: Maybe<Exam>;
  /** The subject (SUBJECT). */
  subject?: Maybe<Subject>;
};

/** Input of returnBook. */
export type ReturnBookInput = {
  /** The accession number of the copy coming back: its open issue is the one returned. */
  accessionNo?: InputMaybe<Scalars['String']['input']>;
  /** The issue (or give accessionNo). */
  issueId?: InputMaybe<Scalars['ID']['input']>;
  /** The day it came back (today or earlier); today by default. */
  returnedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** Input of sendMessage. */
export type SendMessageInput = {
  /** The text. */
  body: Scalars['String']['input'];
  /** The thread. */
  threadId: Scalars['ID']['input'];
};

/** Input of setClassTeacher. */
export type SetClassTeacherInput = {
  /** The class. */
  classId: Scalars['ID']['input'];
  /** One of its divisions; omitted: the class itself (its divisions that name none of their own share it). */
  divisionId?: InputMaybe<Scalars['ID']['input']>;
  /** An active staff member of the school; null or omitted clears it. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of startThread. */
export type StartThreadInput = {
  /** The first message. */
  body: Scalars['String']['input'];
  /** The other users in the thread (the caller is added). */
  participantIds: Array<Scalars['ID']['input']>;
  /** The subject. */
  subject: Scalars['String']['input'];
};

/**
 * A student of the caller's school: the federation entity finance and transport extend.
 * A STUDENT-role caller sees only their own record.
 */
export type Student = {
  __typename?: 'Student';
  /** The admission number, unique within the school. */
  admissionNo: Scalars['String']['output'];
  /** The student's attendance from `from` to `to` (inclusive), oldest first. A bounded list: at most 366 days. */
  attendance: Array<AttendanceRecord>;
  /** The student's attendance on one day, or null when not marked. */
  attendanceOn?: Maybe<AttendanceRecord>;
  /** Days present, absent, late and on leave for a month (YYYY-MM) or a date range (give one or the other). */
  attendanceSummary: AttendanceSummary;
  /** The current class, if placed. */
  class?: Maybe<Class>;
  /** Every class placement, oldest first (one academic year may hold several after a transfer). A bounded list: a few placements per year. */
  classHistory: Array<StudentPlacement>;
  /**
   * The student's class teacher (their division's, else their class's), whom the student and their
   * guardians write to; null when none is named.
   */
  classTeacher?: Maybe<User>;
  /** Date of birth. */
  dateOfBirth?: Maybe<Scalars['Date']['output']>;
  /** The current division, if placed in one. */
  division?: Maybe<Division>;
  /** First name. */
  firstName: Scalars['String']['output'];
  /** First and last name joined by a space. */
  fullName: Scalars['String']['output'];
  /** Gender, as recorded by the school. */
  gender?: Maybe<Scalars['String']['output']>;
  /** The guardian's name. */
  guardianName?: Maybe<Scalars['String']['output']>;
  /** The guardian's phone number. */
  guardianPhone?: Maybe<Scalars['String']['output']>;
  /** The global id (see Node): opaque, stable, valid only in the caller's school. */
  id: Scalars['ID']['output'];
  /** Last name. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** The student's leave applications, newest first. */
  leaveApplications?: Maybe<LeaveApplicationConnection>;
  /** Books issued to the student, newest first. */
  libraryIssues?: Maybe<LibraryIssueConnection>;
  /** The student's exam results with percentage, grade and class rank, newest exam first. */
  results?: Maybe<ExamResultConnection>;
  /** The roll number in the current placement. */
  rollNo?: Maybe<Scalars['Int']['output']>;
  /** Whether the student is on the rolls. */
  status: StudentStatus;
  /** The student's own account (a STUDENT member of the school), if they have one. */
  user?: Maybe<User>;
  /**
   * The central User linked to this student (a STUDENT account), if any.
   * @deprecated Use `user { id }`: a global id, with the account's directory card.
   */
  userId?: Maybe<Scalars['ID']['output']>;
};


/**
 * A student of the caller's school: the federation entity finance and transport extend.
 * A STUDENT-role caller sees only their own record.
 */
export type StudentAttendanceArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/**
 * A student of the caller's school: the federation entity finance and transport extend.
 * A STUDENT-role caller sees only their own record.
 */
export type StudentAttendanceOnArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A student of the caller's school: the federation entity finance and transport extend.
 * A STUDENT-role caller sees only their own record.
 */
export type StudentAttendanceSummaryArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  month?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A student of the caller's school: the federation entity finance and transport extend.
 * A STUDENT-role caller sees only their own record.
 */
export type StudentLeaveApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A student of the caller's school: the federation entity finance and transport extend.
 * A STUDENT-role caller sees only their own record.
 */
export type StudentLibraryIssuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  openOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * A student of the caller's school: the federation entity finance and transport extend.
 * A STUDENT-role caller sees only their own record.
 */
export type StudentResultsArgs = {
  academicYearId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of students, ordered by admission number. */
export type StudentConnection = {
  __typename?: 'StudentConnection';
  /** The students of this page, each with its cursor. */
  edges: Array<StudentEdge>;
  /** The students of this page, without cursors (the edges' nodes, in order). */
  nodes: Array<Student>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many students match the filters in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A student in a page, with the cursor to continue after it. */
export type StudentEdge = {
  __typename?: 'StudentEdge';
  /** Pass as `after` to continue after this student. */
  cursor: Scalars['String']['output'];
  /** The student. */
  node: Student;
};

/** A student's placement in a class for part or all of an academic year. */
export type StudentPlacement = {
  __typename?: 'StudentPlacement';
  /** The academic year. */
  academicYear: AcademicYear;
  /** The class. */
  class: Class;
  /** The division, if any. */
  division?: Maybe<Division>;
  /** First day in this class. */
  fromDate: Scalars['Date']['output'];
  /** The placement's id. */
  id: Scalars['ID']['output'];
  /** The roll number. */
  rollNo?: Maybe<Scalars['Int']['output']>;
  /** Last day in this class; null while current. */
  toDate?: Maybe<Scalars['Date']['output']>;
};

/** Where a student stands with the school. */
export enum StudentStatus {
  /** On the rolls. */
  Active = 'ACTIVE',
  /** Left the school. */
  Left = 'LEFT',
  /** Moved to another school. */
  Transferred = 'TRANSFERRED'
}

/** A subject taught at the school. */
export type Subject = {
  __typename?: 'Subject';
  /** A short code, unique within the school, e.g. "MATH". */
  code: Scalars['String']['output'];
  /** The global id (see Node): opaque, stable, valid only in the caller's school. */
  id: Scalars['ID']['output'];
  /** The name, e.g. "Mathematics". */
  name: Scalars['String']['output'];
};

/** Input of transferStudent. */
export type TransferStudentInput = {
  /** The academic year of the new placement; the current year by default. */
  academicYearId?: InputMaybe<Scalars['ID']['input']>;
  /** The new class. */
  classId: Scalars['ID']['input'];
  /** The new division. */
  divisionId?: InputMaybe<Scalars['ID']['input']>;
  /** First day in the new class (today by default); the previous placement ends the day before. */
  fromDate?: InputMaybe<Scalars['Date']['input']>;
  /** The new roll number. */
  rollNo?: InputMaybe<Scalars['Int']['input']>;
  /** The student. */
  studentId: Scalars['ID']['input'];
};

/** Input of updateAnnouncement. */
export type UpdateAnnouncementInput = {
  /** The new text. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** A new expiry (in the future). */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The announcement's id. */
  id: Scalars['ID']['input'];
  /** The new title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Input of updateBook. */
export type UpdateBookInput = {
  /** The author (an empty string clears it). */
  author?: InputMaybe<Scalars['String']['input']>;
  /** The book's id. */
  id: Scalars['ID']['input'];
  /** The ISBN (an empty string clears it). */
  isbn?: InputMaybe<Scalars['String']['input']>;
  /** The title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Input of updateExam: the exam's id, and the fields to correct. */
export type UpdateExamInput = {
  /** Its new date. */
  examDate?: InputMaybe<Scalars['Date']['input']>;
  /** The exam. */
  id: Scalars['ID']['input'];
  /** Its new maximum marks (above 0, at most 9999.99, at least the highest marks entered). */
  maxMarks?: InputMaybe<Scalars['Decimal']['input']>;
  /** Its new name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Input of updateLibrarySettings. */
export type UpdateLibrarySettingsInput = {
  /** The fine per day late: 0 to 10000.00 (applies to returns from now on). */
  finePerDay: Scalars['Decimal']['input'];
};

/** Input of updateStudent: only the fields given change (class changes go through transferStudent). */
export type UpdateStudentInput = {
  /** Unique within the school. */
  admissionNo?: InputMaybe<Scalars['String']['input']>;
  /** Date of birth. */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  /** First name. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Gender. */
  gender?: InputMaybe<Scalars['String']['input']>;
  /** The guardian's name. */
  guardianName?: InputMaybe<Scalars['String']['input']>;
  /** The guardian's phone. */
  guardianPhone?: InputMaybe<Scalars['String']['input']>;
  /** The student's id. */
  id: Scalars['ID']['input'];
  /** Last name. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Whether the student is on the rolls. */
  status?: InputMaybe<StudentStatus>;
  /** The central User of the student's own account. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A member of the school (owned by the identity subgraph, which resolves their directory card);
 * academics adds a student's admission number to it.
 */
export type User = {
  __typename?: 'User';
  /**
   * For a student's account, the student's admission number; null for staff. Part of the directory
   * card: any signed-in member of the school may read it.
   */
  admissionNumber?: Maybe<Scalars['String']['output']>;
  /** The user's global id. */
  id: Scalars['ID']['output'];
};

/** Input of withdrawAnnouncement. */
export type WithdrawAnnouncementInput = {
  /** The announcement's id. */
  id: Scalars['ID']['input'];
};

/** Input of withdrawBookCopy. */
export type WithdrawBookCopyInput = {
  /** The copy's accession number. */
  accessionNo: Scalars['String']['input'];
  /** Why it leaves the shelves (up to 200 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Input of withdrawBook. */
export type WithdrawBookInput = {
  /** The title. */
  id: Scalars['ID']['input'];
  /** Why it leaves the catalogue (up to 200 characters), recorded on each copy withdrawn with it. */
  reason?: InputMaybe<Scalars['String']['input']>;
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
  Class: Class;
  Division: Division;
  Exam: Exam;
  Me: Me;
  MessageThread: MessageThread;
  Student: Student;
  Subject: Subject;
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
  Class:
    ( { __typename: 'Class' }
    & GraphQLRecursivePick<FederationTypes['Class'], {"id":true}> );
  Division:
    ( { __typename: 'Division' }
    & GraphQLRecursivePick<FederationTypes['Division'], {"id":true}> );
  Exam:
    ( { __typename: 'Exam' }
    & GraphQLRecursivePick<FederationTypes['Exam'], {"id":true}> );
  Me:
    ( { __typename: 'Me' }
    & GraphQLRecursivePick<FederationTypes['Me'], {"id":true}> );
  MessageThread:
    ( { __typename: 'MessageThread' }
    & GraphQLRecursivePick<FederationTypes['MessageThread'], {"id":true}> );
  Student:
    ( { __typename: 'Student' }
    & GraphQLRecursivePick<FederationTypes['Student'], {"id":true}> );
  Subject:
    ( { __typename: 'Subject' }
    & GraphQLRecursivePick<FederationTypes['Subject'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcademicYear: ResolverTypeWrapper<AcademicYearRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AddBookCopyInput: AddBookCopyInput;
  AddThreadParticipantsInput: AddThreadParticipantsInput;
  Announcement: ResolverTypeWrapper<AnnouncementRow>;
  AnnouncementAudience: AnnouncementAudience;
  AnnouncementConnection: ResolverTypeWrapper<Connection<AnnouncementRow>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AnnouncementEdge: ResolverTypeWrapper<Omit<AnnouncementEdge, 'node'> & { node: ResolversTypes['Announcement'] }>;
  ApplyForLeaveInput: ApplyForLeaveInput;
  ApproveLeaveInput: ApproveLeaveInput;
  AttendanceAggregate: ResolverTypeWrapper<AttendanceAggregateModel>;
  AttendanceAggregateInput: AttendanceAggregateInput;
  AttendanceGroup: ResolverTypeWrapper<AttendanceGroupModel>;
  AttendanceGroupBy: AttendanceGroupBy;
  AttendanceGroupKey: ResolverTypeWrapper<AggregateKey>;
  AttendanceMarkInput: AttendanceMarkInput;
  AttendanceMarking: ResolverTypeWrapper<Omit<AttendanceMarking, 'records'> & { records: Array<ResolversTypes['AttendanceRecord']> }>;
  AttendanceRecord: ResolverTypeWrapper<AttendanceRow>;
  AttendanceStatus: AttendanceStatus;
  AttendanceSummary: ResolverTypeWrapper<AttendanceSummaryRow>;
  AuditAction: AuditAction;
  AuditActorKind: AuditActorKind;
  AuditChange: ResolverTypeWrapper<AuditChange>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  AuditEntryConnection: ResolverTypeWrapper<Connection<AuditEntryRow>>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditTrailFilter: AuditTrailFilter;
  Book: ResolverTypeWrapper<BookRow>;
  BookConnection: ResolverTypeWrapper<Connection<BookRow>>;
  BookCopy: ResolverTypeWrapper<BookCopyRow>;
  BookEdge: ResolverTypeWrapper<Omit<BookEdge, 'node'> & { node: ResolversTypes['Book'] }>;
  CancelLeaveApplicationInput: CancelLeaveApplicationInput;
  Class: ResolverTypeWrapper<ClassRow>;
  ClassAttendanceSummary: ResolverTypeWrapper<ClassAttendanceSummaryModel>;
  ClassRegister: ResolverTypeWrapper<ClassRegisterModel>;
  ClassRegisterRow: ResolverTypeWrapper<Omit<ClassRegisterRow, 'records' | 'student'> & { records: Array<ResolversTypes['AttendanceRecord']>, student: ResolversTypes['Student'] }>;
  CreateAcademicYearInput: CreateAcademicYearInput;
  CreateBookInput: CreateBookInput;
  CreateClassInput: CreateClassInput;
  CreateDivisionInput: CreateDivisionInput;
  CreateExamInput: CreateExamInput;
  CreateGradeBandInput: CreateGradeBandInput;
  CreateStudentInput: CreateStudentInput;
  CreateSubjectInput: CreateSubjectInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeleteMessageInput: DeleteMessageInput;
  Division: ResolverTypeWrapper<DivisionRow>;
  EnterMarksInput: EnterMarksInput;
  ErrorCode: ErrorCode;
  Exam: ResolverTypeWrapper<ExamRow>;
  ExamConnection: ResolverTypeWrapper<Connection<ExamRow>>;
  ExamEdge: ResolverTypeWrapper<Omit<ExamEdge, 'node'> & { node: ResolversTypes['Exam'] }>;
  ExamResult: ResolverTypeWrapper<ExamResultRow>;
  ExamResultConnection: ResolverTypeWrapper<Connection<ExamResultRow>>;
  ExamResultEdge: ResolverTypeWrapper<Omit<ExamResultEdge, 'node'> & { node: ResolversTypes['ExamResult'] }>;
  GradeBand: ResolverTypeWrapper<GradeBandRow>;
  GradeCount: ResolverTypeWrapper<GradeCount>;
  IssueBookInput: IssueBookInput;
  LeaveApplication: ResolverTypeWrapper<LeaveApplicationRow>;
  LeaveApplicationConnection: ResolverTypeWrapper<Connection<LeaveApplicationRow>>;
  LeaveApplicationEdge: ResolverTypeWrapper<Omit<LeaveApplicationEdge, 'node'> & { node: ResolversTypes['LeaveApplication'] }>;
  LeaveStatus: LeaveStatus;
  LibraryAggregate: ResolverTypeWrapper<LibraryAggregateModel>;
  LibraryAggregateInput: LibraryAggregateInput;
  LibraryFine: ResolverTypeWrapper<LibraryFine>;
  LibraryGroup: ResolverTypeWrapper<LibraryGroupModel>;
  LibraryGroupBy: LibraryGroupBy;
  LibraryGroupKey: ResolverTypeWrapper<AggregateKey>;
  LibraryIssue: ResolverTypeWrapper<LibraryIssueRow>;
  LibraryIssueConnection: ResolverTypeWrapper<Connection<LibraryIssueRow>>;
  LibraryIssueEdge: ResolverTypeWrapper<Omit<LibraryIssueEdge, 'node'> & { node: ResolversTypes['LibraryIssue'] }>;
  LibrarySettings: ResolverTypeWrapper<LibrarySettings>;
  MarkAttendanceInput: MarkAttendanceInput;
  MarkThreadReadInput: MarkThreadReadInput;
  MarksEntryInput: MarksEntryInput;
  Me: ResolverTypeWrapper<Omit<Me, 'student'> & { student?: Maybe<ResolversTypes['Student']> }>;
  Message: ResolverTypeWrapper<MessageRow>;
  MessageConnection: ResolverTypeWrapper<Connection<MessageRow>>;
  MessageEdge: ResolverTypeWrapper<Omit<MessageEdge, 'node'> & { node: ResolversTypes['Message'] }>;
  MessageThread: ResolverTypeWrapper<MessageThreadRow>;
  MessageThreadConnection: ResolverTypeWrapper<Connection<MessageThreadRow>>;
  MessageThreadEdge: ResolverTypeWrapper<Omit<MessageThreadEdge, 'node'> & { node: ResolversTypes['MessageThread'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PublishAnnouncementInput: PublishAnnouncementInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RejectLeaveInput: RejectLeaveInput;
  RemoveAttendanceMarkInput: RemoveAttendanceMarkInput;
  RemoveExamInput: RemoveExamInput;
  RemoveLeaveApplicationInput: RemoveLeaveApplicationInput;
  RemoveResultInput: RemoveResultInput;
  RemoveStudentInput: RemoveStudentInput;
  RemoveThreadParticipantInput: RemoveThreadParticipantInput;
  RenewBookInput: RenewBookInput;
  ResultAggregate: ResolverTypeWrapper<ResultAggregateModel>;
  ResultAggregateInput: ResultAggregateInput;
  ResultGroup: ResolverTypeWrapper<ResultGroupModel>;
  ResultGroupBy: ResultGroupBy;
  ResultGroupKey: ResolverTypeWrapper<AggregateKey>;
  ReturnBookInput: ReturnBookInput;
  SendMessageInput: SendMessageInput;
  SetClassTeacherInput: SetClassTeacherInput;
  StartThreadInput: StartThreadInput;
  Student: ResolverTypeWrapper<StudentRow>;
  StudentConnection: ResolverTypeWrapper<Connection<StudentRow>>;
  StudentEdge: ResolverTypeWrapper<Omit<StudentEdge, 'node'> & { node: ResolversTypes['Student'] }>;
  StudentPlacement: ResolverTypeWrapper<StudentClassRow>;
  StudentStatus: StudentStatus;
  Subject: ResolverTypeWrapper<SubjectRow>;
  TransferStudentInput: TransferStudentInput;
  UpdateAnnouncementInput: UpdateAnnouncementInput;
  UpdateBookInput: UpdateBookInput;
  UpdateExamInput: UpdateExamInput;
  UpdateLibrarySettingsInput: UpdateLibrarySettingsInput;
  UpdateStudentInput: UpdateStudentInput;
  User: ResolverTypeWrapper<User>;
  WithdrawAnnouncementInput: WithdrawAnnouncementInput;
  WithdrawBookCopyInput: WithdrawBookCopyInput;
  WithdrawBookInput: WithdrawBookInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcademicYear: AcademicYearRow;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  AddBookCopyInput: AddBookCopyInput;
  AddThreadParticipantsInput: AddThreadParticipantsInput;
  Announcement: AnnouncementRow;
  AnnouncementConnection: Connection<AnnouncementRow>;
  Int: Scalars['Int']['output'];
  AnnouncementEdge: Omit<AnnouncementEdge, 'node'> & { node: ResolversParentTypes['Announcement'] };
  ApplyForLeaveInput: ApplyForLeaveInput;
  ApproveLeaveInput: ApproveLeaveInput;
  AttendanceAggregate: AttendanceAggregateModel;
  AttendanceAggregateInput: AttendanceAggregateInput;
  AttendanceGroup: AttendanceGroupModel;
  AttendanceGroupKey: AggregateKey;
  AttendanceMarkInput: AttendanceMarkInput;
  AttendanceMarking: Omit<AttendanceMarking, 'records'> & { records: Array<ResolversParentTypes['AttendanceRecord']> };
  AttendanceRecord: AttendanceRow;
  AttendanceSummary: AttendanceSummaryRow;
  AuditChange: AuditChange;
  AuditEntry: AuditEntryRow;
  AuditEntryConnection: Connection<AuditEntryRow>;
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditTrailFilter: AuditTrailFilter;
  Book: BookRow;
  BookConnection: Connection<BookRow>;
  BookCopy: BookCopyRow;
  BookEdge: Omit<BookEdge, 'node'> & { node: ResolversParentTypes['Book'] };
  CancelLeaveApplicationInput: CancelLeaveApplicationInput;
  Class: ClassRow;
  ClassAttendanceSummary: ClassAttendanceSummaryModel;
  ClassRegister: ClassRegisterModel;
  ClassRegisterRow: Omit<ClassRegisterRow, 'records' | 'student'> & { records: Array<ResolversParentTypes['AttendanceRecord']>, student: ResolversParentTypes['Student'] };
  CreateAcademicYearInput: CreateAcademicYearInput;
  CreateBookInput: CreateBookInput;
  CreateClassInput: CreateClassInput;
  CreateDivisionInput: CreateDivisionInput;
  CreateExamInput: CreateExamInput;
  CreateGradeBandInput: CreateGradeBandInput;
  CreateStudentInput: CreateStudentInput;
  CreateSubjectInput: CreateSubjectInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DeleteMessageInput: DeleteMessageInput;
  Division: DivisionRow;
  EnterMarksInput: EnterMarksInput;
  Exam: ExamRow;
  ExamConnection: Connection<ExamRow>;
  ExamEdge: Omit<ExamEdge, 'node'> & { node: ResolversParentTypes['Exam'] };
  ExamResult: ExamResultRow;
  ExamResultConnection: Connection<ExamResultRow>;
  ExamResultEdge: Omit<ExamResultEdge, 'node'> & { node: ResolversParentTypes['ExamResult'] };
  GradeBand: GradeBandRow;
  GradeCount: GradeCount;
  IssueBookInput: IssueBookInput;
  LeaveApplication: LeaveApplicationRow;
  LeaveApplicationConnection: Connection<LeaveApplicationRow>;
  LeaveApplicationEdge: Omit<LeaveApplicationEdge, 'node'> & { node: ResolversParentTypes['LeaveApplication'] };
  LibraryAggregate: LibraryAggregateModel;
  LibraryAggregateInput: LibraryAggregateInput;
  LibraryFine: LibraryFine;
  LibraryGroup: LibraryGroupModel;
  LibraryGroupKey: AggregateKey;
  LibraryIssue: LibraryIssueRow;
  LibraryIssueConnection: Connection<LibraryIssueRow>;
  LibraryIssueEdge: Omit<LibraryIssueEdge, 'node'> & { node: ResolversParentTypes['LibraryIssue'] };
  LibrarySettings: LibrarySettings;
  MarkAttendanceInput: MarkAttendanceInput;
  MarkThreadReadInput: MarkThreadReadInput;
  MarksEntryInput: MarksEntryInput;
  Me: Omit<Me, 'student'> & { student?: Maybe<ResolversParentTypes['Student']> } | FederationReferenceTypes['Me'];
  Message: MessageRow;
  MessageConnection: Connection<MessageRow>;
  MessageEdge: Omit<MessageEdge, 'node'> & { node: ResolversParentTypes['Message'] };
  MessageThread: MessageThreadRow;
  MessageThreadConnection: Connection<MessageThreadRow>;
  MessageThreadEdge: Omit<MessageThreadEdge, 'node'> & { node: ResolversParentTypes['MessageThread'] };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PublishAnnouncementInput: PublishAnnouncementInput;
  Query: Record<PropertyKey, never>;
  RejectLeaveInput: RejectLeaveInput;
  RemoveAttendanceMarkInput: RemoveAttendanceMarkInput;
  RemoveExamInput: RemoveExamInput;
  RemoveLeaveApplicationInput: RemoveLeaveApplicationInput;
  RemoveResultInput: RemoveResultInput;
  RemoveStudentInput: RemoveStudentInput;
  RemoveThreadParticipantInput: RemoveThreadParticipantInput;
  RenewBookInput: RenewBookInput;
  ResultAggregate: ResultAggregateModel;
  ResultAggregateInput: ResultAggregateInput;
  ResultGroup: ResultGroupModel;
  ResultGroupKey: AggregateKey;
  ReturnBookInput: ReturnBookInput;
  SendMessageInput: SendMessageInput;
  SetClassTeacherInput: SetClassTeacherInput;
  StartThreadInput: StartThreadInput;
  Student: StudentRow;
  StudentConnection: Connection<StudentRow>;
  StudentEdge: Omit<StudentEdge, 'node'> & { node: ResolversParentTypes['Student'] };
  StudentPlacement: StudentClassRow;
  Subject: SubjectRow;
  TransferStudentInput: TransferStudentInput;
  UpdateAnnouncementInput: UpdateAnnouncementInput;
  UpdateBookInput: UpdateBookInput;
  UpdateExamInput: UpdateExamInput;
  UpdateLibrarySettingsInput: UpdateLibrarySettingsInput;
  UpdateStudentInput: UpdateStudentInput;
  User: User | FederationReferenceTypes['User'];
  WithdrawAnnouncementInput: WithdrawAnnouncementInput;
  WithdrawBookCopyInput: WithdrawBookCopyInput;
  WithdrawBookInput: WithdrawBookInput;
  String: Scalars['String']['output'];
}>;

export type ModuleDirectiveArgs = {
  action: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type ModuleDirectiveResolver<Result, Parent, ContextType = AcademicsContext, Args = ModuleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AcademicYearResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['AcademicYear'] = ResolversParentTypes['AcademicYear'], FederationReferenceType extends FederationReferenceTypes['AcademicYear'] = FederationReferenceTypes['AcademicYear']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AcademicYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isCurrent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type AnnouncementResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['Announcement'] = ResolversParentTypes['Announcement']> = ResolversObject<{
  audience?: Resolver<ResolversTypes['AnnouncementAudience'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  class?: Resolver<Maybe<ResolversTypes['Class']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  publishedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AnnouncementConnectionResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['AnnouncementConnection'] = ResolversParentTypes['AnnouncementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AnnouncementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Announcement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AnnouncementEdgeResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['AnnouncementEdge'] = ResolversParentTypes['AnnouncementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Announcement'], ParentType, ContextType>;
}>;

export type AttendanceAggregateResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['AttendanceAggregate'] = ResolversParentTypes['AttendanceAggregate']> = ResolversObject<{
  groupBy?: Resolver<Array<ResolversTypes['AttendanceGroupBy']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['AttendanceGroup']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['AttendanceGroup'], ParentType, ContextType>;
}>;

export type AttendanceGroupResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['AttendanceGroup'] = ResolversParentTypes['AttendanceGroup']> = ResolversObject<{
  absent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['AttendanceGroupKey'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  leave?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  marked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  present?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AttendanceGroupKeyResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['AttendanceGroupKey'] = ResolversParentTypes['AttendanceGroupKey']> = ResolversObject<{
  class?: Resolver<Maybe<ResolversTypes['Class']>, ParentType, ContextType>;
  day?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  student?: Resolver<Maybe<ResolversTypes['Student']>, ParentType, ContextType>;
  week?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type AttendanceMarkingResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['AttendanceMarking'] = ResolversParentTypes['AttendanceMarking']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  marked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['AttendanceRecord']>, ParentType, ContextType>;
}>;

export type AttendanceRecordResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['AttendanceRecord'] = ResolversParentTypes['AttendanceRecord']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  markedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  remarks?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttendanceStatus'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
}>;

export type AttendanceSummaryResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['AttendanceSummary'] = ResolversParentTypes['AttendanceSummary']> = ResolversObject<{
  absent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  leave?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  markedDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percentage?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  present?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  student?: Resolver<Maybe<ResolversTypes['Student']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type AuditChangeResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['AuditActorKind'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditChange']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type BookResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['Book'] = ResolversParentTypes['Book'], FederationReferenceType extends FederationReferenceTypes['Book'] = FederationReferenceTypes['Book']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Book']> | FederationReferenceType, FederationReferenceType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  copies?: Resolver<Array<ResolversTypes['BookCopy']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isbn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  withdrawnOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type BookConnectionResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['BookConnection'] = ResolversParentTypes['BookConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BookEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Book']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BookCopyResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['BookCopy'] = ResolversParentTypes['BookCopy']> = ResolversObject<{
  accessionNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  book?: Resolver<ResolversTypes['Book'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  withdrawalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  withdrawnOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type BookEdgeResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['BookEdge'] = ResolversParentTypes['BookEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Book'], ParentType, ContextType>;
}>;

export type ClassResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['Class'] = ResolversParentTypes['Class'], FederationReferenceType extends FederationReferenceTypes['Class'] = FederationReferenceTypes['Class']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Class']> | FederationReferenceType, FederationReferenceType, ContextType>;
  classTeacher?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  divisions?: Resolver<Array<ResolversTypes['Division']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  students?: Resolver<ResolversTypes['StudentConnection'], ParentType, ContextType, Partial<ClassStudentsArgs>>;
}>;

export type ClassAttendanceSummaryResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['ClassAttendanceSummary'] = ResolversParentTypes['ClassAttendanceSummary']> = ResolversObject<{
  class?: Resolver<ResolversTypes['Class'], ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  students?: Resolver<Array<ResolversTypes['AttendanceSummary']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['AttendanceSummary'], ParentType, ContextType>;
}>;

export type ClassRegisterResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['ClassRegister'] = ResolversParentTypes['ClassRegister']> = ResolversObject<{
  class?: Resolver<ResolversTypes['Class'], ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ClassRegisterRow']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type ClassRegisterRowResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['ClassRegisterRow'] = ResolversParentTypes['ClassRegisterRow']> = ResolversObject<{
  records?: Resolver<Array<ResolversTypes['AttendanceRecord']>, ParentType, ContextType>;
  student?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
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

export type DivisionResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['Division'] = ResolversParentTypes['Division'], FederationReferenceType extends FederationReferenceTypes['Division'] = FederationReferenceTypes['Division']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Division']> | FederationReferenceType, FederationReferenceType, ContextType>;
  class?: Resolver<ResolversTypes['Class'], ParentType, ContextType>;
  classTeacher?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExamResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['Exam'] = ResolversParentTypes['Exam'], FederationReferenceType extends FederationReferenceTypes['Exam'] = FederationReferenceTypes['Exam']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Exam']> | FederationReferenceType, FederationReferenceType, ContextType>;
  academicYear?: Resolver<ResolversTypes['AcademicYear'], ParentType, ContextType>;
  class?: Resolver<ResolversTypes['Class'], ParentType, ContextType>;
  examDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxMarks?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['ExamResult']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
}>;

export type ExamConnectionResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['ExamConnection'] = ResolversParentTypes['ExamConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExamEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Exam']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExamEdgeResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['ExamEdge'] = ResolversParentTypes['ExamEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Exam'], ParentType, ContextType>;
}>;

export type ExamResultResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['ExamResult'] = ResolversParentTypes['ExamResult']> = ResolversObject<{
  absent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  exam?: Resolver<ResolversTypes['Exam'], ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  marks?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  percentage?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  remarks?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  student?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
}>;

export type ExamResultConnectionResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['ExamResultConnection'] = ResolversParentTypes['ExamResultConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExamResultEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ExamResult']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExamResultEdgeResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['ExamResultEdge'] = ResolversParentTypes['ExamResultEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ExamResult'], ParentType, ContextType>;
}>;

export type GradeBandResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['GradeBand'] = ResolversParentTypes['GradeBand']> = ResolversObject<{
  grade?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type GradeCountResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['GradeCount'] = ResolversParentTypes['GradeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LeaveApplicationResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['LeaveApplication'] = ResolversParentTypes['LeaveApplication']> = ResolversObject<{
  appliedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeaveStatus'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
  toDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type LeaveApplicationConnectionResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['LeaveApplicationConnection'] = ResolversParentTypes['LeaveApplicationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LeaveApplicationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LeaveApplication']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeaveApplicationEdgeResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['LeaveApplicationEdge'] = ResolversParentTypes['LeaveApplicationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LeaveApplication'], ParentType, ContextType>;
}>;

export type LibraryAggregateResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['LibraryAggregate'] = ResolversParentTypes['LibraryAggregate']> = ResolversObject<{
  groupBy?: Resolver<Array<ResolversTypes['LibraryGroupBy']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['LibraryGroup']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['LibraryGroup'], ParentType, ContextType>;
}>;

export type LibraryFineResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['LibraryFine'] = ResolversParentTypes['LibraryFine']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  daysLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  voucherNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LibraryGroupResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['LibraryGroup'] = ResolversParentTypes['LibraryGroup']> = ResolversObject<{
  fines?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  issued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['LibraryGroupKey'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnedLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LibraryGroupKeyResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['LibraryGroupKey'] = ResolversParentTypes['LibraryGroupKey']> = ResolversObject<{
  class?: Resolver<Maybe<ResolversTypes['Class']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LibraryIssueResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['LibraryIssue'] = ResolversParentTypes['LibraryIssue']> = ResolversObject<{
  copy?: Resolver<ResolversTypes['BookCopy'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fine?: Resolver<Maybe<ResolversTypes['LibraryFine']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  returnedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  student?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
}>;

export type LibraryIssueConnectionResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['LibraryIssueConnection'] = ResolversParentTypes['LibraryIssueConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LibraryIssueEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LibraryIssue']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LibraryIssueEdgeResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['LibraryIssueEdge'] = ResolversParentTypes['LibraryIssueEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LibraryIssue'], ParentType, ContextType>;
}>;

export type LibrarySettingsResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['LibrarySettings'] = ResolversParentTypes['LibrarySettings']> = ResolversObject<{
  finePerDay?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type MeResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me'], FederationReferenceType extends FederationReferenceTypes['Me'] = FederationReferenceTypes['Me']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Me']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  student?: Resolver<Maybe<ResolversTypes['Student']>, ParentType, ContextType>;
}>;

export type MessageResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['Message'] = ResolversParentTypes['Message']> = ResolversObject<{
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sender?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  senderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  threadId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MessageConnectionResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['MessageConnection'] = ResolversParentTypes['MessageConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MessageEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Message']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MessageEdgeResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['MessageEdge'] = ResolversParentTypes['MessageEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
}>;

export type MessageThreadResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['MessageThread'] = ResolversParentTypes['MessageThread'], FederationReferenceType extends FederationReferenceTypes['MessageThread'] = FederationReferenceTypes['MessageThread']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MessageThread']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastMessageAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  messages?: Resolver<ResolversTypes['MessageConnection'], ParentType, ContextType, Partial<MessageThreadMessagesArgs>>;
  participantIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  participants?: Resolver<Array<Maybe<ResolversTypes['User']>>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MessageThreadConnectionResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['MessageThreadConnection'] = ResolversParentTypes['MessageThreadConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MessageThreadEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['MessageThread']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MessageThreadEdgeResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['MessageThreadEdge'] = ResolversParentTypes['MessageThreadEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MessageThread'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addBookCopy?: Resolver<ResolversTypes['BookCopy'], ParentType, ContextType, RequireFields<MutationAddBookCopyArgs, 'input'>>;
  addThreadParticipants?: Resolver<ResolversTypes['MessageThread'], ParentType, ContextType, RequireFields<MutationAddThreadParticipantsArgs, 'input'>>;
  applyForLeave?: Resolver<ResolversTypes['LeaveApplication'], ParentType, ContextType, RequireFields<MutationApplyForLeaveArgs, 'input'>>;
  approveLeave?: Resolver<ResolversTypes['LeaveApplication'], ParentType, ContextType, RequireFields<MutationApproveLeaveArgs, 'input'>>;
  cancelLeaveApplication?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationCancelLeaveApplicationArgs, 'input'>>;
  createAcademicYear?: Resolver<ResolversTypes['AcademicYear'], ParentType, ContextType, RequireFields<MutationCreateAcademicYearArgs, 'input'>>;
  createBook?: Resolver<ResolversTypes['Book'], ParentType, ContextType, RequireFields<MutationCreateBookArgs, 'input'>>;
  createClass?: Resolver<ResolversTypes['Class'], ParentType, ContextType, RequireFields<MutationCreateClassArgs, 'input'>>;
  createDivision?: Resolver<ResolversTypes['Division'], ParentType, ContextType, RequireFields<MutationCreateDivisionArgs, 'input'>>;
  createExam?: Resolver<ResolversTypes['Exam'], ParentType, ContextType, RequireFields<MutationCreateExamArgs, 'input'>>;
  createGradeBand?: Resolver<ResolversTypes['GradeBand'], ParentType, ContextType, RequireFields<MutationCreateGradeBandArgs, 'input'>>;
  createStudent?: Resolver<ResolversTypes['Student'], ParentType, ContextType, RequireFields<MutationCreateStudentArgs, 'input'>>;
  createSubject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType, RequireFields<MutationCreateSubjectArgs, 'input'>>;
  deleteMessage?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteMessageArgs, 'input'>>;
  enterMarks?: Resolver<Array<ResolversTypes['ExamResult']>, ParentType, ContextType, RequireFields<MutationEnterMarksArgs, 'input'>>;
  issueBook?: Resolver<ResolversTypes['LibraryIssue'], ParentType, ContextType, RequireFields<MutationIssueBookArgs, 'input'>>;
  markAttendance?: Resolver<ResolversTypes['AttendanceMarking'], ParentType, ContextType, RequireFields<MutationMarkAttendanceArgs, 'input'>>;
  markThreadRead?: Resolver<ResolversTypes['MessageThread'], ParentType, ContextType, RequireFields<MutationMarkThreadReadArgs, 'input'>>;
  postPendingLibraryFines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publishAnnouncement?: Resolver<ResolversTypes['Announcement'], ParentType, ContextType, RequireFields<MutationPublishAnnouncementArgs, 'input'>>;
  rejectLeave?: Resolver<ResolversTypes['LeaveApplication'], ParentType, ContextType, RequireFields<MutationRejectLeaveArgs, 'input'>>;
  removeAttendanceMark?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveAttendanceMarkArgs, 'input'>>;
  removeExam?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveExamArgs, 'input'>>;
  removeLeaveApplication?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveLeaveApplicationArgs, 'input'>>;
  removeResult?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveResultArgs, 'input'>>;
  removeStudent?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveStudentArgs, 'input'>>;
  removeThreadParticipant?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveThreadParticipantArgs, 'input'>>;
  renewBook?: Resolver<ResolversTypes['LibraryIssue'], ParentType, ContextType, RequireFields<MutationRenewBookArgs, 'input'>>;
  returnBook?: Resolver<ResolversTypes['LibraryIssue'], ParentType, ContextType, RequireFields<MutationReturnBookArgs, 'input'>>;
  sendMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType, RequireFields<MutationSendMessageArgs, 'input'>>;
  setClassTeacher?: Resolver<ResolversTypes['Class'], ParentType, ContextType, RequireFields<MutationSetClassTeacherArgs, 'input'>>;
  startThread?: Resolver<ResolversTypes['MessageThread'], ParentType, ContextType, RequireFields<MutationStartThreadArgs, 'input'>>;
  transferStudent?: Resolver<ResolversTypes['Student'], ParentType, ContextType, RequireFields<MutationTransferStudentArgs, 'input'>>;
  updateAnnouncement?: Resolver<ResolversTypes['Announcement'], ParentType, ContextType, RequireFields<MutationUpdateAnnouncementArgs, 'input'>>;
  updateBook?: Resolver<ResolversTypes['Book'], ParentType, ContextType, RequireFields<MutationUpdateBookArgs, 'input'>>;
  updateExam?: Resolver<ResolversTypes['Exam'], ParentType, ContextType, RequireFields<MutationUpdateExamArgs, 'input'>>;
  updateLibrarySettings?: Resolver<ResolversTypes['LibrarySettings'], ParentType, ContextType, RequireFields<MutationUpdateLibrarySettingsArgs, 'input'>>;
  updateStudent?: Resolver<ResolversTypes['Student'], ParentType, ContextType, RequireFields<MutationUpdateStudentArgs, 'input'>>;
  withdrawAnnouncement?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationWithdrawAnnouncementArgs, 'input'>>;
  withdrawBook?: Resolver<ResolversTypes['Book'], ParentType, ContextType, RequireFields<MutationWithdrawBookArgs, 'input'>>;
  withdrawBookCopy?: Resolver<ResolversTypes['BookCopy'], ParentType, ContextType, RequireFields<MutationWithdrawBookCopyArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  academicYears?: Resolver<Maybe<Array<ResolversTypes['AcademicYear']>>, ParentType, ContextType>;
  announcements?: Resolver<Maybe<ResolversTypes['AnnouncementConnection']>, ParentType, ContextType, Partial<QueryAnnouncementsArgs>>;
  attendanceAggregate?: Resolver<Maybe<ResolversTypes['AttendanceAggregate']>, ParentType, ContextType, RequireFields<QueryAttendanceAggregateArgs, 'input'>>;
  auditTrail?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, Partial<QueryAuditTrailArgs>>;
  book?: Resolver<Maybe<ResolversTypes['Book']>, ParentType, ContextType, RequireFields<QueryBookArgs, 'id'>>;
  books?: Resolver<Maybe<ResolversTypes['BookConnection']>, ParentType, ContextType, Partial<QueryBooksArgs>>;
  classAttendanceSummary?: Resolver<Maybe<ResolversTypes['ClassAttendanceSummary']>, ParentType, ContextType, RequireFields<QueryClassAttendanceSummaryArgs, 'classId'>>;
  classRegister?: Resolver<Maybe<ResolversTypes['ClassRegister']>, ParentType, ContextType, RequireFields<QueryClassRegisterArgs, 'classId' | 'from' | 'to'>>;
  classRoster?: Resolver<Maybe<Array<ResolversTypes['Student']>>, ParentType, ContextType, RequireFields<QueryClassRosterArgs, 'classId'>>;
  classes?: Resolver<Maybe<Array<ResolversTypes['Class']>>, ParentType, ContextType>;
  exam?: Resolver<Maybe<ResolversTypes['Exam']>, ParentType, ContextType, RequireFields<QueryExamArgs, 'id'>>;
  exams?: Resolver<Maybe<ResolversTypes['ExamConnection']>, ParentType, ContextType, Partial<QueryExamsArgs>>;
  gradeBands?: Resolver<Maybe<Array<ResolversTypes['GradeBand']>>, ParentType, ContextType>;
  leaveApplications?: Resolver<Maybe<ResolversTypes['LeaveApplicationConnection']>, ParentType, ContextType, Partial<QueryLeaveApplicationsArgs>>;
  libraryAggregate?: Resolver<Maybe<ResolversTypes['LibraryAggregate']>, ParentType, ContextType, RequireFields<QueryLibraryAggregateArgs, 'input'>>;
  librarySettings?: Resolver<Maybe<ResolversTypes['LibrarySettings']>, ParentType, ContextType>;
  myThreads?: Resolver<Maybe<ResolversTypes['MessageThreadConnection']>, ParentType, ContextType, Partial<QueryMyThreadsArgs>>;
  overdueIssues?: Resolver<Maybe<ResolversTypes['LibraryIssueConnection']>, ParentType, ContextType, Partial<QueryOverdueIssuesArgs>>;
  resultAggregate?: Resolver<Maybe<ResolversTypes['ResultAggregate']>, ParentType, ContextType, RequireFields<QueryResultAggregateArgs, 'input'>>;
  student?: Resolver<Maybe<ResolversTypes['Student']>, ParentType, ContextType, RequireFields<QueryStudentArgs, 'id'>>;
  studentByAdmissionNo?: Resolver<Maybe<ResolversTypes['Student']>, ParentType, ContextType, RequireFields<QueryStudentByAdmissionNoArgs, 'admissionNo'>>;
  students?: Resolver<Maybe<ResolversTypes['StudentConnection']>, ParentType, ContextType, RequireFields<QueryStudentsArgs, 'first'>>;
  subjects?: Resolver<Maybe<Array<ResolversTypes['Subject']>>, ParentType, ContextType>;
  thread?: Resolver<Maybe<ResolversTypes['MessageThread']>, ParentType, ContextType, RequireFields<QueryThreadArgs, 'id'>>;
  unreadMessageCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ResultAggregateResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['ResultAggregate'] = ResolversParentTypes['ResultAggregate']> = ResolversObject<{
  groupBy?: Resolver<Array<ResolversTypes['ResultGroupBy']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['ResultGroup']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['ResultGroup'], ParentType, ContextType>;
}>;

export type ResultGroupResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['ResultGroup'] = ResolversParentTypes['ResultGroup']> = ResolversObject<{
  absent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageMarks?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  averagePercent?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  gradeDistribution?: Resolver<Array<ResolversTypes['GradeCount']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ResultGroupKey'], ParentType, ContextType>;
  maxMarks?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxPercent?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  minMarks?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  minPercent?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ResultGroupKeyResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['ResultGroupKey'] = ResolversParentTypes['ResultGroupKey']> = ResolversObject<{
  class?: Resolver<Maybe<ResolversTypes['Class']>, ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  exam?: Resolver<Maybe<ResolversTypes['Exam']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType>;
}>;

export type StudentResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['Student'] = ResolversParentTypes['Student'], FederationReferenceType extends FederationReferenceTypes['Student'] = FederationReferenceTypes['Student']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Student']> | FederationReferenceType, FederationReferenceType, ContextType>;
  admissionNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  attendance?: Resolver<Array<ResolversTypes['AttendanceRecord']>, ParentType, ContextType, RequireFields<StudentAttendanceArgs, 'from' | 'to'>>;
  attendanceOn?: Resolver<Maybe<ResolversTypes['AttendanceRecord']>, ParentType, ContextType, Partial<StudentAttendanceOnArgs>>;
  attendanceSummary?: Resolver<ResolversTypes['AttendanceSummary'], ParentType, ContextType, Partial<StudentAttendanceSummaryArgs>>;
  class?: Resolver<Maybe<ResolversTypes['Class']>, ParentType, ContextType>;
  classHistory?: Resolver<Array<ResolversTypes['StudentPlacement']>, ParentType, ContextType>;
  classTeacher?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  dateOfBirth?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  guardianName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  guardianPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leaveApplications?: Resolver<Maybe<ResolversTypes['LeaveApplicationConnection']>, ParentType, ContextType, Partial<StudentLeaveApplicationsArgs>>;
  libraryIssues?: Resolver<Maybe<ResolversTypes['LibraryIssueConnection']>, ParentType, ContextType, RequireFields<StudentLibraryIssuesArgs, 'openOnly'>>;
  results?: Resolver<Maybe<ResolversTypes['ExamResultConnection']>, ParentType, ContextType, Partial<StudentResultsArgs>>;
  rollNo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StudentStatus'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type StudentConnectionResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['StudentConnection'] = ResolversParentTypes['StudentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StudentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Student']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StudentEdgeResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['StudentEdge'] = ResolversParentTypes['StudentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
}>;

export type StudentPlacementResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['StudentPlacement'] = ResolversParentTypes['StudentPlacement']> = ResolversObject<{
  academicYear?: Resolver<ResolversTypes['AcademicYear'], ParentType, ContextType>;
  class?: Resolver<ResolversTypes['Class'], ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  fromDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rollNo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  toDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type SubjectResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject'], FederationReferenceType extends FederationReferenceTypes['Subject'] = FederationReferenceTypes['Subject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = AcademicsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  admissionNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AcademicsContext> = ResolversObject<{
  AcademicYear?: AcademicYearResolvers<ContextType>;
  Announcement?: AnnouncementResolvers<ContextType>;
  AnnouncementConnection?: AnnouncementConnectionResolvers<ContextType>;
  AnnouncementEdge?: AnnouncementEdgeResolvers<ContextType>;
  AttendanceAggregate?: AttendanceAggregateResolvers<ContextType>;
  AttendanceGroup?: AttendanceGroupResolvers<ContextType>;
  AttendanceGroupKey?: AttendanceGroupKeyResolvers<ContextType>;
  AttendanceMarking?: AttendanceMarkingResolvers<ContextType>;
  AttendanceRecord?: AttendanceRecordResolvers<ContextType>;
  AttendanceSummary?: AttendanceSummaryResolvers<ContextType>;
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Book?: BookResolvers<ContextType>;
  BookConnection?: BookConnectionResolvers<ContextType>;
  BookCopy?: BookCopyResolvers<ContextType>;
  BookEdge?: BookEdgeResolvers<ContextType>;
  Class?: ClassResolvers<ContextType>;
  ClassAttendanceSummary?: ClassAttendanceSummaryResolvers<ContextType>;
  ClassRegister?: ClassRegisterResolvers<ContextType>;
  ClassRegisterRow?: ClassRegisterRowResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Division?: DivisionResolvers<ContextType>;
  Exam?: ExamResolvers<ContextType>;
  ExamConnection?: ExamConnectionResolvers<ContextType>;
  ExamEdge?: ExamEdgeResolvers<ContextType>;
  ExamResult?: ExamResultResolvers<ContextType>;
  ExamResultConnection?: ExamResultConnectionResolvers<ContextType>;
  ExamResultEdge?: ExamResultEdgeResolvers<ContextType>;
  GradeBand?: GradeBandResolvers<ContextType>;
  GradeCount?: GradeCountResolvers<ContextType>;
  LeaveApplication?: LeaveApplicationResolvers<ContextType>;
  LeaveApplicationConnection?: LeaveApplicationConnectionResolvers<ContextType>;
  LeaveApplicationEdge?: LeaveApplicationEdgeResolvers<ContextType>;
  LibraryAggregate?: LibraryAggregateResolvers<ContextType>;
  LibraryFine?: LibraryFineResolvers<ContextType>;
  LibraryGroup?: LibraryGroupResolvers<ContextType>;
  LibraryGroupKey?: LibraryGroupKeyResolvers<ContextType>;
  LibraryIssue?: LibraryIssueResolvers<ContextType>;
  LibraryIssueConnection?: LibraryIssueConnectionResolvers<ContextType>;
  LibraryIssueEdge?: LibraryIssueEdgeResolvers<ContextType>;
  LibrarySettings?: LibrarySettingsResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Message?: MessageResolvers<ContextType>;
  MessageConnection?: MessageConnectionResolvers<ContextType>;
  MessageEdge?: MessageEdgeResolvers<ContextType>;
  MessageThread?: MessageThreadResolvers<ContextType>;
  MessageThreadConnection?: MessageThreadConnectionResolvers<ContextType>;
  MessageThreadEdge?: MessageThreadEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResultAggregate?: ResultAggregateResolvers<ContextType>;
  ResultGroup?: ResultGroupResolvers<ContextType>;
  ResultGroupKey?: ResultGroupKeyResolvers<ContextType>;
  Student?: StudentResolvers<ContextType>;
  StudentConnection?: StudentConnectionResolvers<ContextType>;
  StudentEdge?: StudentEdgeResolvers<ContextType>;
  StudentPlacement?: StudentPlacementResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = AcademicsContext> = ResolversObject<{
  module?: ModuleDirectiveResolver<any, any, ContextType>;
}>;
