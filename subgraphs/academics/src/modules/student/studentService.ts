/** Students: lookups (self-scoped), paging, admission, updates and class transfers. */
import { isUuid, releaseGuardianMemberships, removeGuardianLinks } from '@syncad/shared-db';
import {
  addDays,
  assertNotFuture,
  connection,
  lazyCount,
  connectionOfList,
  type Connection,
  type PageArgs,
  pageRequest,
  parseId,
  parseOptionalText,
  parseText,
  ownStudentFilter,
  settleInOrder,
  today,
} from '@syncad/subgraph-kit';
import { AppError, conflictAs, postgresErrorOf } from '@syncad/platform';
import type { AcademicsContext } from '../../context';
import type { Db, StudentRow } from './rows';
import { studentData } from './studentData';
import type {
  CreateStudentInput,
  QueryStudentsArgs,
  RemoveStudentInput,
  TransferStudentInput,
  UpdateStudentInput,
} from '../../generated/graphql';
import { memberService } from '../../members';
import { referenceService } from '../reference';

const STUDENTS_LIST = 'students';

/** A self-scoped caller sees only their own students (themselves, their linked children); another row reads as none. */
async function visibleTo(ctx: AcademicsContext, row: StudentRow | null): Promise<StudentRow | null> {
  return row && (!ctx.caller.selfScoped || (await ctx.ownStudents()).all.includes(row.id)) ? row : null;
}

/**
 * Removes the student's guardian links in `tx`; a guardian left with no child here loses the
 * school (membership and sessions), committed centrally before `tx`: if `tx` then fails, a retry
 * finds the links again and the release is a no-op.
 */
async function endGuardianship(ctx: AcademicsContext, tx: Db, studentId: string): Promise<void> {
  const released = await removeGuardianLinks(tx, [studentId]);
  await releaseGuardianMemberships(ctx.central, ctx.schoolId, released);
}

function checkRollNo(rollNo: number | null | undefined): void {
  if (rollNo != null && (rollNo < 1 || rollNo > 100_000)) throw AppError.badInput('rollNo must be a positive number', 'rollNo');
}

/** The personal fields of create/update input, validated; absent fields stay absent. */
function details(input: CreateStudentInput | Omit<UpdateStudentInput, 'id'>, timeZone: string) {
  if (input.dateOfBirth != null) assertNotFuture(input.dateOfBirth, 'dateOfBirth', timeZone);
  return {
    admissionNo: input.admissionNo == null ? undefined : parseText(input.admissionNo, 'admissionNo', 50),
    firstName: input.firstName == null ? undefined : parseText(input.firstName, 'firstName', 100),
    lastName: parseOptionalText(input.lastName, 'lastName', 100),
    dateOfBirth: input.dateOfBirth,
    gender: parseOptionalText(input.gender, 'gender', 10),
    guardianName: parseOptionalText(input.guardianName, 'guardianName', 200),
    guardianPhone: parseOptionalText(input.guardianPhone, 'guardianPhone', 20),
    userId: input.userId == null ? input.userId : parseId(input.userId, 'userId'),
  };
}

/** What a student's unique values collide with, by unique index. */
function studentConflicts(admissionNo: string | undefined): Record<string, string> {
  return {
    Student_admissionNo_schoolId_idx: `admission number "${admissionNo}" is already taken in this school`,
    Student_userId_key: 'this user account is already linked to another student',
  };
}

export const studentService = {
  /** A student the caller may see, or null; malformed ids are simply not found. */
  async visibleById(ctx: AcademicsContext, id: string): Promise<StudentRow | null> {
    if (!isUuid(id)) return null;
    return visibleTo(ctx, await ctx.loaders.student.load(id));
  },

  async byId(ctx: AcademicsContext, id: string): Promise<StudentRow | null> {
    return studentService.visibleById(ctx, parseId(id, 'id'));
  },

  /** The student, or NOT_FOUND when unknown or not visible to the caller. */
  async require(ctx: AcademicsContext, id: string, field = 'studentId'): Promise<StudentRow> {
    const row = await studentService.visibleById(ctx, parseId(id, field));
    if (!row) throw AppError.notFound(`student ${id}`);
    return row;
  },

  async byAdmissionNo(ctx: AcademicsContext, admissionNo: string): Promise<StudentRow | null> {
    return visibleTo(ctx, await studentData.byAdmissionNo(ctx.db, admissionNo.trim()));
  },

  /** A page of students by admission number (the kit's page size, default and cap). */
  async page(ctx: AcademicsContext, args: QueryStudentsArgs, countAsked = false): Promise<Connection<StudentRow>> {
    const page = pageRequest(ctx.cursors, STUDENTS_LIST, args);
    const search = args.search?.trim();
    if (search && search.length > 100) throw AppError.badInput('search must be at most 100 characters', 'search');
    const filter = {
      classId: args.classId == null ? undefined : parseId(args.classId, 'classId'),
      divisionId: args.divisionId == null ? undefined : parseId(args.divisionId, 'divisionId'),
      search: search || undefined,
      studentIds: await ownStudentFilter(ctx),
    };
    const after = page.after === null ? null : String(page.after[0]);
    const totalCount = lazyCount(() => studentData.count(ctx.db, filter), countAsked);
    const rows = await studentData.page(ctx.db, filter, after, page.size);
    for (const row of rows) ctx.loaders.student.prime(row.id, row);
    return connection(ctx.cursors, STUDENTS_LIST, page, rows, totalCount, (row) => [row.admissionNo]);
  },

  /**
   * The class's current roster. When the request asks each student's attendance on a day
   * (`attendanceDay`), the marks come in the same statement: one statement and one round trip
   * for the class check, the roster, the roll numbers and the marks, which ride on each row.
   */
  async roster(
    ctx: AcademicsContext,
    classId: string,
    divisionId?: string | null,
    attendanceDay: string | null = null,
  ): Promise<StudentRow[]> {
    const id = parseId(classId, 'classId');
    const division = divisionId == null ? undefined : parseId(divisionId, 'divisionId');
    // The division's check runs beside the roster; a failed check discards the roster, and the
    // class's check (no row at all: the class does not exist) is reported before the division's.
    const studentIds = await ownStudentFilter(ctx);
    const roster = studentData.rosterOfClass(ctx.db, {
      classId: id,
      divisionId: division,
      studentIds,
      date: attendanceDay,
    });
    const [rows] = await settleInOrder([
      roster.then((r) => {
        if (r.length === 0) throw AppError.notFound(`class ${classId}`);
        return r;
      }),
      referenceService.requireDivision(ctx, division, id),
    ]);
    const students: StudentRow[] = [];
    for (const { student, currentRollNo, attendance } of rows) {
      if (!student) continue; // the class's row when it has no students
      if (attendanceDay !== null) student.markOn = { date: attendanceDay, mark: attendance };
      student.currentRollNo = currentRollNo;
      ctx.loaders.student.prime(student.id, student);
      students.push(student);
    }
    return students;
  },

  /** A page of the class's current roster (every class of the request from one statement). */
  async ofClass(ctx: AcademicsContext, classId: string, args: PageArgs): Promise<Connection<StudentRow>> {
    const rows = await ctx.loaders.rosterOf.load(classId);
    for (const student of rows) ctx.loaders.student.prime(student.id, student);
    return connectionOfList(ctx.cursors, 'classStudents', args, rows);
  },

  /** Admits a student; with a class, also opens their first placement (one transaction). */
  async create(ctx: AcademicsContext, input: CreateStudentInput): Promise<StudentRow> {
    const values = details(input, ctx.timezone);
    checkRollNo(input.rollNo);
    if (input.classId == null && (input.divisionId != null || input.rollNo != null || input.placedFrom != null)) {
      throw AppError.badInput('divisionId, rollNo and placedFrom need a classId', 'classId');
    }
    if (values.userId) await memberService.requireStudentAccount(ctx, values.userId);
    const placement = input.classId == null ? null : await studentService.placement(ctx, input, input.placedFrom);
    return ctx.db.transaction(async (tx) => {
      const student = await conflictAs(
        studentData.insert(tx, {
          ...values,
          admissionNo: values.admissionNo!,
          firstName: values.firstName!,
          schoolId: ctx.schoolId,
          classId: placement?.classId,
          divisionId: placement?.divisionId,
        }),
        studentConflicts(values.admissionNo),
      );
      if (placement) await studentData.insertPlacement(tx, { ...placement, studentId: student.id });
      return student;
    });
  },

  async update(ctx: AcademicsContext, id: string, input: Omit<UpdateStudentInput, 'id'>): Promise<StudentRow> {
    const studentId = parseId(id, 'id');
    const values = { ...details(input, ctx.timezone), status: input.status ?? undefined };
    if (input.firstName === null) throw AppError.badInput('firstName cannot be removed', 'firstName');
    if (input.admissionNo === null) throw AppError.badInput('admissionNo cannot be removed', 'admissionNo');
    // Unlinking (userId: null) needs no check; linking needs a student account of this school.
    if (values.userId) await memberService.requireStudentAccount(ctx, values.userId);
    const leaving = values.status !== undefined && values.status !== 'ACTIVE';
    const row = await ctx.db.transaction(async (tx) => {
      const updated = await conflictAs(studentData.update(tx, studentId, values), studentConflicts(values.admissionNo));
      // A student who leaves takes their guardians' access with them (see endGuardianship).
      if (updated && leaving) await endGuardianship(ctx, tx, studentId);
      return updated;
    });
    if (!row) throw AppError.notFound(`student ${id}`);
    return row;
  },

  async remove(ctx: AcademicsContext, input: RemoveStudentInput): Promise<string> {
    const studentId = parseId(input.id, 'id');
    try {
      await ctx.db.transaction(async (tx) => {
        const kinds = await studentData.historyKinds(tx, studentId);
        if (kinds === null) throw AppError.notFound(`student ${input.id}`);
        if (kinds.length > 0) {
          throw AppError.conflict(`the student has ${kinds.join(', ')}: withdraw them (status LEFT) instead of removing the record`);
        }
        await endGuardianship(ctx, tx, studentId);
        await studentData.remove(tx, studentId);
      });
    } catch (err) {
      // The foreign keys are the last word: a record naming the student keeps it.
      if (postgresErrorOf(err)?.code === '23503')
        throw AppError.conflict('other records name the student: withdraw them (status LEFT) instead');
      throw err;
    }
    ctx.loaders.student.clear(studentId);
    return studentId;
  },

  /** Ends the open placement the day before `fromDate` and opens the new one, in one transaction. */
  async transfer(ctx: AcademicsContext, input: TransferStudentInput): Promise<StudentRow> {
    const student = await studentService.require(ctx, input.studentId);
    checkRollNo(input.rollNo);
    const fromDate = input.fromDate ?? today(ctx.timezone);
    const placement = await studentService.placement(ctx, input, fromDate);
    return ctx.db.transaction(async (tx) => {
      const current = await studentData.currentPlacementForUpdate(tx, student.id);
      if (current) {
        if (fromDate <= current.fromDate) {
          throw AppError.badInput(`fromDate must be after the current placement's first day (${current.fromDate})`, 'fromDate');
        }
        await studentData.closePlacement(tx, current.id, addDays(fromDate, -1));
      }
      await studentData.insertPlacement(tx, { ...placement, studentId: student.id });
      const updated = await studentData.update(tx, student.id, { classId: placement.classId, divisionId: placement.divisionId ?? null });
      return updated!;
    });
  },

  /** A validated placement (class, division, year, first day inside the year). */
  async placement(
    ctx: AcademicsContext,
    input: { classId?: string | null; divisionId?: string | null; academicYearId?: string | null; rollNo?: number | null },
    fromDate: string | null | undefined,
  ) {
    const cls = await referenceService.requireClass(ctx, input.classId!);
    const division = await referenceService.requireDivision(ctx, input.divisionId, cls.id);
    const year = await referenceService.requireYear(ctx, input.academicYearId);
    const from = fromDate ?? year.startDate;
    if (from < year.startDate || from > year.endDate) {
      throw AppError.badInput(`the placement's first day ${from} is outside academic year ${year.name}`, 'fromDate');
    }
    return {
      schoolId: ctx.schoolId,
      academicYearId: year.id,
      classId: cls.id,
      divisionId: division?.id ?? null,
      rollNo: input.rollNo ?? null,
      fromDate: from,
    };
  },
};
