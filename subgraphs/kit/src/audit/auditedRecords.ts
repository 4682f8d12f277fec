/**
 * What the audit trail's tables are in the API: each audited table's GraphQL type, and how a stored
 * row (JSON of its columns) reads as that type's fields, with record ids given as the API gives
 * them (global ids for Node types).
 */
import type { GlobalIds } from '../ids/globalIds';

interface AuditedTable {
  /** The GraphQL type of its records. */
  type: string;
  /** The id the API shows for a record, from its stored row and key. */
  idOf?: (row: Record<string, string | null> | null, recordId: string) => string;
  /** Whether the type is a Node (its ids are global). */
  node: boolean;
  /** Kept in the central trail (the school's rows of it), not the school database's. */
  central?: true;
}

/** Every audited table (migrations: school 0010 and 0013, central 0009), by its name. */
export const AUDITED_TABLES: Readonly<Record<string, AuditedTable>> = {
  Attendance: { type: 'AttendanceRecord', node: false },
  Result: { type: 'ExamResult', node: false },
  Exam: { type: 'Exam', node: true },
  FeeStructure: { type: 'FeeStructure', node: true },
  // A receipt is known by its voucher number.
  FeeVoucher: { type: 'FeeReceipt', node: false, idOf: (row, id) => row?.voucherNo ?? id },
  TripStudentMark: { type: 'TripMark', node: false },
  Role: { type: 'Role', node: true, central: true },
  // A role's permissions are recorded on the role; a membership on its user.
  Role_Module_Permission: { type: 'Role', node: true, central: true },
  EmployeeUserSchool: { type: 'User', node: true, central: true },
  StudentGuardian: { type: 'Guardian', node: false },
};

/** The tables whose records are of `type` (a role's entries come from two). */
export function tablesOfType(type: string): string[] {
  return Object.entries(AUDITED_TABLES)
    .filter(([, t]) => t.type === type)
    .map(([name]) => name);
}

/** Columns that name other records, and the Node type their ids are of. */
const REFERENCES: Readonly<Record<string, string>> = {
  studentId: 'Student',
  examId: 'Exam',
  classId: 'Class',
  divisionId: 'Division',
  subjectId: 'Subject',
  academicYearId: 'AcademicYear',
  feeStructureId: 'FeeStructure',
  tripId: 'Trip',
  stopId: 'BusStop',
  roleId: 'Role',
  userId: 'User',
  markedBy: 'User',
  enteredBy: 'User',
  createdBy: 'User',
};

/** Columns that are no field of the record, or only bookkeeping: never shown as changes. */
const UNSHOWN = new Set(['id', 'schoolId', 'createdAt', 'updatedAt', 'seq', 'codeHash']);

export interface AuditChangeModel {
  field: string;
  before: string | null;
  after: string | null;
}

function asShown(column: string, value: string | null | undefined, ids: GlobalIds): string | null {
  if (value === null || value === undefined) return null;
  return REFERENCES[column] ? ids.seal(REFERENCES[column], value) : value;
}

/** The fields a change set: all of a created or deleted record's, the differing ones of an update. */
export function changesOf(
  before: Record<string, string | null> | null,
  after: Record<string, string | null> | null,
  ids: GlobalIds,
): AuditChangeModel[] {
  const columns = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: AuditChangeModel[] = [];
  for (const column of columns) {
    if (UNSHOWN.has(column)) continue;
    const was = asShown(column, before?.[column], ids);
    const is = asShown(column, after?.[column], ids);
    if (before && after && was === is) continue;
    if (was === null && is === null) continue;
    changes.push({ field: column, before: was, after: is });
  }
  return changes;
}

/** The id the API shows for an entry's record. */
export function recordIdOf(tableName: string, row: Record<string, string | null> | null, recordId: string, ids: GlobalIds): string {
  const table = AUDITED_TABLES[tableName];
  if (!table) return recordId;
  if (table.idOf) return table.idOf(row, recordId);
  return table.node ? ids.seal(table.type, recordId) : recordId;
}
