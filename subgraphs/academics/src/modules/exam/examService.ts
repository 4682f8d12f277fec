/** Exams and results: scheduling, bulk marks entry, ranked and graded results (self-scoped). */
import { connectionOfList, keysetConnection, parseId, parseOptionalText, parseText, type Connection } from '@syncad/subgraph-kit';
import { AppError, conflictAs, toHundredths } from '@syncad/platform';
import type { AcademicsContext } from '../../context';
import { EXAM_ORDER, examData } from './examData';
import type { ExamResultRow, ExamRow } from './rows';
import { studentData } from '../student';
import type {
  CreateExamInput,
  CreateGradeBandInput,
  EnterMarksInput,
  QueryExamsArgs,
  RemoveExamInput,
  RemoveResultInput,
  StudentResultsArgs,
  UpdateExamInput,
} from '../../generated/graphql';
import { referenceService } from '../reference';

/** numeric(6,2): the largest maxMarks the column holds. */
const MAX_MARKS_HUNDREDTHS = 999_999n;

export const examService = {
  async require(ctx: AcademicsContext, examId: string): Promise<ExamRow> {
    const exam = await ctx.loaders.exam.load(parseId(examId, 'examId'));
    if (!exam) throw AppError.notFound(`exam ${examId}`);
    return exam;
  },

  async byId(ctx: AcademicsContext, id: string): Promise<ExamRow | null> {
    return ctx.loaders.exam.load(parseId(id, 'id'));
  },

  async list(ctx: AcademicsContext, args: QueryExamsArgs): Promise<Connection<ExamRow>> {
    const classId = args.classId == null ? undefined : (await referenceService.requireClass(ctx, args.classId)).id;
    const yearId = args.academicYearId == null ? undefined : parseId(args.academicYearId, 'academicYearId');
    const page = await keysetConnection(
      ctx.cursors,
      'exams',
      args,
      EXAM_ORDER,
      (slice) => examData.list(ctx.db, classId, yearId, slice),
      () => examData.count(ctx.db, classId, yearId),
      (row) => [row.examDate, row.id],
    );
    for (const row of page.nodes) ctx.loaders.exam.prime(row.id, row);
    return page;
  },

  async create(ctx: AcademicsContext, input: CreateExamInput): Promise<ExamRow> {
    const year = await referenceService.requireYear(ctx, input.academicYearId);
    const cls = await referenceService.requireClass(ctx, input.classId);
    const subject = await referenceService.requireSubject(ctx, input.subjectId);
    const name = parseText(input.name, 'name', 100);
    const max = toHundredths(input.maxMarks, 'maxMarks');
    if (max <= 0n || max > MAX_MARKS_HUNDREDTHS) throw AppError.badInput('maxMarks must be above 0 and at most 9999.99', 'maxMarks');
    const values = {
      schoolId: ctx.schoolId,
      academicYearId: year.id,
      classId: cls.id,
      subjectId: subject.id,
      name,
      maxMarks: input.maxMarks,
      examDate: input.examDate,
    };
    // A write in a transaction of the request: the audit trail names its author.
    return ctx.db.transaction((tx) => examData.insert(tx, values));
  },

  /**
   * Enters marks for many students: every entry validated (0..maxMarks or absent, student in
   * the exam's class on the exam day), then one INSERT ... ON CONFLICT in one transaction.
   */
  async enterMarks(ctx: AcademicsContext, input: EnterMarksInput): Promise<ExamResultRow[]> {
    const exam = await examService.require(ctx, input.examId);
    if (input.entries.length === 0) throw AppError.badInput('entries must not be empty', 'entries');
    const max = toHundredths(exam.maxMarks);
    const rows = input.entries.map((e, i) => {
      const field = `entries[${i}]`;
      const absent = e.absent ?? false;
      if (absent && e.marks != null) throw AppError.badInput(`${field}: an absent student has no marks`, `${field}.marks`);
      if (!absent) {
        if (e.marks == null) throw AppError.badInput(`${field}: give marks or absent: true`, `${field}.marks`);
        const marks = toHundredths(e.marks, `${field}.marks`);
        if (marks < 0n || marks > max) {
          throw AppError.badInput(`${field}: marks ${e.marks} are outside 0 to ${exam.maxMarks}`, `${field}.marks`);
        }
      }
      return {
        schoolId: ctx.schoolId,
        examId: exam.id,
        studentId: parseId(e.studentId, `${field}.studentId`),
        marks: absent ? null : e.marks!,
        isAbsent: absent,
        remarks: parseOptionalText(e.remarks, `${field}.remarks`, 500) ?? null,
        enteredBy: ctx.caller.userId,
      };
    });
    const ids = rows.map((r) => r.studentId);
    if (new Set(ids).size !== ids.length) throw AppError.badInput('a student appears twice in entries', 'entries');
    await ctx.db.transaction(async (tx) => {
      // Checked again against the exam as it is now: a correction may have committed meanwhile.
      const current = await examData.lock(tx, exam.id, 'share');
      if (!current) throw AppError.notFound(`exam ${input.examId}`);
      const over = rows.find((r) => r.marks !== null && toHundredths(r.marks) > toHundredths(current.maxMarks));
      if (over) throw AppError.badInput(`marks ${over.marks} are above the exam's maximum of ${current.maxMarks}`, 'entries');
      const placed = await studentData.placedOn(tx, { classId: current.classId, date: current.examDate }, ids);
      const outside = ids.filter((id) => !placed.has(id));
      if (outside.length > 0) {
        throw AppError.badInput(
          `${outside.length} student(s) were not in the exam's class on ${current.examDate}: ${outside.slice(0, 5).join(', ')}`,
          'entries',
        );
      }
      await examData.upsertResults(tx, rows);
    });
    const entered = new Set(ids);
    ctx.loaders.resultsOfExam.clear(exam.id);
    return (await ctx.loaders.resultsOfExam.load(exam.id)).filter((r) => entered.has(r.studentId));
  },

  /** Corrects name, date or maximum marks; the exam stays locked while its results are checked. */
  async update(ctx: AcademicsContext, input: UpdateExamInput): Promise<ExamRow> {
    const id = parseId(input.id, 'id');
    const changes: Partial<Pick<ExamRow, 'name' | 'maxMarks' | 'examDate'>> = {};
    if (input.name != null) changes.name = parseText(input.name, 'name', 100);
    if (input.maxMarks != null) {
      const max = toHundredths(input.maxMarks, 'maxMarks');
      if (max <= 0n || max > MAX_MARKS_HUNDREDTHS) throw AppError.badInput('maxMarks must be above 0 and at most 9999.99', 'maxMarks');
      changes.maxMarks = input.maxMarks;
    }
    if (input.examDate != null) changes.examDate = input.examDate;
    const updated = await ctx.db.transaction(async (tx) => {
      const exam = await examData.lock(tx, id);
      if (!exam) throw AppError.notFound(`exam ${input.id}`);
      if (Object.keys(changes).length === 0) return exam;
      const { highest } = await examData.resultStats(tx, id);
      if (changes.maxMarks && highest !== null && toHundredths(highest) > toHundredths(changes.maxMarks)) {
        throw AppError.badInput(`marks of ${highest} are entered already: maxMarks cannot be below them`, 'maxMarks');
      }
      if (changes.examDate && changes.examDate !== exam.examDate) {
        const sat = await examData.studentsWithResults(tx, id);
        const placed = await studentData.placedOn(tx, { classId: exam.classId, date: changes.examDate }, sat);
        const outside = sat.filter((s) => !placed.has(s));
        if (outside.length > 0) {
          throw AppError.badInput(
            `${outside.length} student(s) with results were not in the exam's class on ${changes.examDate}`,
            'examDate',
          );
        }
      }
      return examData.update(tx, id, changes);
    });
    ctx.loaders.exam.clear(id).prime(id, updated);
    ctx.loaders.resultsOfExam.clear(id);
    return updated;
  },

  /** Removes an exam; one with results only for a caller who also holds exam:delete. */
  async remove(ctx: AcademicsContext, input: RemoveExamInput): Promise<string> {
    const id = parseId(input.id, 'id');
    await ctx.db.transaction(async (tx) => {
      if (!(await examData.lock(tx, id))) throw AppError.notFound(`exam ${input.id}`);
      const { results } = await examData.resultStats(tx, id);
      if (results > 0 && !ctx.caller.mayDelete?.includes('exam')) {
        throw AppError.forbidden(`the exam has ${results} result(s): removing it with them needs exam:delete`);
      }
      await examData.remove(tx, id);
    });
    return id;
  },

  async removeResult(ctx: AcademicsContext, input: RemoveResultInput): Promise<string> {
    const examId = parseId(input.examId, 'examId');
    const studentId = parseId(input.studentId, 'studentId');
    const removed = await ctx.db.transaction((tx) => examData.removeResult(tx, examId, studentId));
    if (!removed) throw AppError.notFound(`a result of student ${input.studentId} in exam ${input.examId}`);
    ctx.loaders.resultsOfExam.clear(examId);
    return removed;
  },

  /** A page of the student's results, newest exam first (all students' in one statement, paged here). */
  async resultsOfStudent(ctx: AcademicsContext, studentId: string, args: StudentResultsArgs): Promise<Connection<ExamResultRow>> {
    let rows = await ctx.loaders.resultsOfStudent.load(studentId);
    if (args.academicYearId != null) {
      const yearId = parseId(args.academicYearId, 'academicYearId');
      const exams = await ctx.loaders.exam.loadMany(rows.map((r) => r.examId));
      rows = rows.filter((_, i) => (exams[i] as ExamRow | null)?.academicYearId === yearId);
    }
    return connectionOfList(ctx.cursors, 'studentResults', args, rows);
  },

  async createGradeBand(ctx: AcademicsContext, input: CreateGradeBandInput) {
    const grade = parseText(input.grade, 'grade', 5);
    const minPercent = toHundredths(input.minPercent, 'minPercent');
    if (minPercent < 0n || minPercent > 10_000n) throw AppError.badInput('minPercent must be between 0 and 100', 'minPercent');
    return conflictAs(
      examData.insertGradeBand(ctx.db, { schoolId: ctx.schoolId, grade, minPercent: input.minPercent }),
      `the grading scale already has grade "${grade}" or a band starting at ${input.minPercent}%`,
    );
  },
};
