/**
 * DataLoaders, built once per request: every entity lookup and every foreign key goes through
 * one, so N lookups in a request are one SQL statement. Loaders that depend on an argument
 * (a day, a range) are kept per argument value.
 */
import type { CentralDb, SchoolDb } from '@syncad/shared-db';
import { isUuid } from '@syncad/shared-db';
import DataLoader from 'dataloader';
import { attendanceData } from './data/attendanceData';
import { examData } from './data/examData';
import { leaveData } from './data/leaveData';
import { libraryData } from './data/libraryData';
import { memberData } from './data/memberData';
import { messageData } from './data/messageData';
import { referenceData } from './data/referenceData';
import type { AttendanceRow, AttendanceSummaryRow } from './data/rows';
import { studentData } from './data/studentData';


/** Rows by their `id`; unknown or malformed ids load as null (never a database error). */
function byId<T extends { id: string }>(fetch: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const valid = [...new Set(keys.filter(isUuid).map((k) => k.toLowerCase()))];
    const rows = valid.length > 0 ? await fetch(valid) : [];
    const found = new Map(rows.map((r) => [r.id, r]));
    return keys.map((k) => (isUuid(k) ? (found.get(k.toLowerCase()) ?? null) : null));
  });
}

/** Active members of the school by user id (central database); unknown or malformed ids load as null. */
function members(central: CentralDb, schoolId: string) {
  return byId((ids) => memberData.activeIn(central, schoolId, ids).then((rows) => rows.map((r) => ({ ...r, id: r.userId }))));
}

/** Every row whose foreign key `keyOf(row)` is the key, in the order the query returned them. */
function grouped<T>(fetch: (keys: string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await fetch([...new Set(keys)]);
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const k = keyOf(row);
      const group = groups.get(k);
      if (group) group.push(row);
      else groups.set(k, [row]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** One loader per argument value (e.g. per day), made on first use. */
function perArgument<L>(make: (arg: string) => L): (arg: string) => L {
  const made = new Map<string, L>();
  return (arg) => {
    let loader = made.get(arg);
    if (!loader) {
      loader = make(arg);
      made.set(arg, loader);
    }
    return loader;
  };
}

function range(from: string, to: string): string {
  return `${from}/${to}`;
}

/** `central` and `schoolId` serve the membership loader: user ids live in the central database. */
export function createLoaders(db: SchoolDb, central: CentralDb, schoolId: string) {
  const attendanceOn = perArgument((date) =>
    new DataLoader<string, AttendanceRow | null>(async (studentIds) => {
      const rows = await attendanceData.on(db, studentIds, date);
      const found = new Map(rows.map((r) => [r.studentId, r]));
      return studentIds.map((id) => found.get(id) ?? null);
    }),
  );
  const attendanceBetween = perArgument((key) => {
    const [from, to] = key.split('/');
    return grouped((ids) => attendanceData.between(db, ids, from, to), (r) => r.studentId);
  });
  const summaryBetween = perArgument((key) => {
    const [from, to] = key.split('/');
    return new DataLoader<string, AttendanceSummaryRow>(async (studentIds) => {
      const rows = await attendanceData.summaries(db, studentIds, from, to);
      const found = new Map(rows.map((r) => [r.studentId, r]));
      const none = { present: 0, absent: 0, late: 0, leave: 0, markedDays: 0, percentage: null };
      return studentIds.map((id) => ({ ...none, ...found.get(id), studentId: id, from, to }));
    });
  });
  const issuesOf = perArgument((openOnly) =>
    grouped((ids) => libraryData.issuesOfStudents(db, ids, openOnly === 'open'), (r) => r.studentId),
  );
  const messagesOf = perArgument((last) =>
    grouped((ids) => messageData.latest(db, ids, Number(last)), (r) => r.threadId),
  );

  return {
    member: members(central, schoolId),
    student: byId((ids) => studentData.byIds(db, ids)),
    academicYear: byId((ids) => referenceData.yearsByIds(db, ids)),
    class: byId((ids) => referenceData.classesByIds(db, ids)),
    division: byId((ids) => referenceData.divisionsByIds(db, ids)),
    subject: byId((ids) => referenceData.subjectsByIds(db, ids)),
    exam: byId((ids) => examData.byIds(db, ids)),
    book: byId((ids) => libraryData.booksByIds(db, ids)),
    bookCopy: byId((ids) => libraryData.copiesByIds(db, ids)),
    divisionsOf: grouped((ids) => referenceData.divisionsOfClasses(db, ids), (r) => r.classId),
    placementsOf: grouped((ids) => studentData.placementsOf(db, ids), (r) => r.studentId),
    currentRollNo: new DataLoader<string, number | null>(async (ids) => {
      const rows = await studentData.currentRollNos(db, ids);
      const rollNos = new Map(rows.map((r) => [r.studentId, r.rollNo]));
      return ids.map((id) => rollNos.get(id) ?? null);
    }),
    leaveOf: grouped((ids) => leaveData.ofStudents(db, ids), (r) => r.studentId),
    copiesOf: grouped((ids) => libraryData.copiesOfBooks(db, ids), (r) => r.bookId),
    participantsOf: grouped((ids) => messageData.participantsOf(db, ids), (r) => r.threadId),
    resultsOfExam: grouped((ids) => examData.ranked(db, { examIds: ids }), (r) => r.examId),
    resultsOfStudent: grouped((ids) => examData.ranked(db, { studentIds: ids }), (r) => r.studentId),
    attendanceOn,
    attendanceBetween: (from: string, to: string) => attendanceBetween(range(from, to)),
    summaryBetween: (from: string, to: string) => summaryBetween(range(from, to)),
    issuesOf: (openOnly: boolean) => issuesOf(openOnly ? 'open' : 'all'),
    messagesOf: (last: number) => messagesOf(String(last)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
