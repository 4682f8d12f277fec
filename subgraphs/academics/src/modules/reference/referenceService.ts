/** Reference data: academic years, classes, divisions, subjects, the grading scale. */
import { parseId, parseText } from '@syncad/subgraph-kit';
import { AppError, conflictAs } from '@syncad/platform';
import type { AcademicsContext } from '../../context';
import { referenceData } from './referenceData';
import type { AcademicYearRow, ClassRow, DivisionRow } from './rows';
import type {
  CreateAcademicYearInput,
  CreateClassInput,
  CreateDivisionInput,
  CreateSubjectInput,
  SetClassTeacherInput,
} from '../../generated/graphql';
import { memberService } from '../../members';

export const referenceService = {
  async requireClass(ctx: AcademicsContext, classId: string, field = 'classId'): Promise<ClassRow> {
    const row = await ctx.loaders.class.load(parseId(classId, field));
    if (!row) throw AppError.notFound(`class ${classId}`);
    return row;
  },

  /** The division, which must belong to the class; undefined when none is given. */
  async requireDivision(ctx: AcademicsContext, divisionId: string | null | undefined, classId: string): Promise<DivisionRow | undefined> {
    if (divisionId == null) return undefined;
    const row = await ctx.loaders.division.load(parseId(divisionId, 'divisionId'));
    if (!row) throw AppError.notFound(`division ${divisionId}`);
    if (row.classId !== classId) throw AppError.badInput(`division ${divisionId} is not a division of class ${classId}`, 'divisionId');
    return row;
  },

  /** The given academic year, or the current one when none is given. */
  async requireYear(ctx: AcademicsContext, academicYearId: string | null | undefined): Promise<AcademicYearRow> {
    if (academicYearId == null) {
      const current = await referenceData.currentYear(ctx.db);
      if (!current) throw AppError.badInput('no academic year is current: give academicYearId', 'academicYearId');
      return current;
    }
    const row = await ctx.loaders.academicYear.load(parseId(academicYearId, 'academicYearId'));
    if (!row) throw AppError.notFound(`academic year ${academicYearId}`);
    return row;
  },

  async requireSubject(ctx: AcademicsContext, subjectId: string) {
    const row = await ctx.loaders.subject.load(parseId(subjectId, 'subjectId'));
    if (!row) throw AppError.notFound(`subject ${subjectId}`);
    return row;
  },

  async createYear(ctx: AcademicsContext, input: CreateAcademicYearInput): Promise<AcademicYearRow> {
    const name = parseText(input.name, 'name', 20);
    if (input.endDate <= input.startDate) throw AppError.badInput('endDate must be after startDate', 'endDate');
    return ctx.db.transaction(async (tx) => {
      // At most one current year: the previous one stops being current in the same transaction.
      if (input.isCurrent) await referenceData.clearCurrentYear(tx);
      return conflictAs(
        referenceData.insertYear(tx, {
          schoolId: ctx.schoolId,
          name,
          startDate: input.startDate,
          endDate: input.endDate,
          isCurrent: input.isCurrent ?? false,
        }),
        `an academic year named "${name}" already exists`,
      );
    });
  },

  async createClass(ctx: AcademicsContext, input: CreateClassInput): Promise<ClassRow> {
    const name = parseText(input.name, 'name', 50);
    return conflictAs(
      referenceData.insertClass(ctx.db, { schoolId: ctx.schoolId, name, sortOrder: input.sortOrder ?? 0 }),
      `a class named "${name}" already exists`,
    );
  },

  async createDivision(ctx: AcademicsContext, input: CreateDivisionInput): Promise<DivisionRow> {
    const cls = await referenceService.requireClass(ctx, input.classId);
    const name = parseText(input.name, 'name', 20);
    return conflictAs(
      referenceData.insertDivision(ctx.db, { schoolId: ctx.schoolId, classId: cls.id, name }),
      `class "${cls.name}" already has a division named "${name}"`,
    );
  },

  /** The class teacher of a division (its own, else its class's) or of a class: a User reference, or null. */
  async classTeacherOf(ctx: AcademicsContext, classId: string, divisionId: string | null): Promise<{ id: string } | null> {
    const [cls, division] = await Promise.all([ctx.loaders.class.load(classId), divisionId ? ctx.loaders.division.load(divisionId) : null]);
    const id = division?.classTeacherId ?? cls?.classTeacherId;
    return id ? { id } : null;
  },

  /** Names (or, with no userId, clears) the class teacher of a class or one of its divisions: an active staff member. */
  async setClassTeacher(ctx: AcademicsContext, input: SetClassTeacherInput): Promise<ClassRow> {
    const cls = await referenceService.requireClass(ctx, input.classId);
    const division = await referenceService.requireDivision(ctx, input.divisionId, cls.id);
    const userId = input.userId == null ? null : parseId(input.userId, 'userId');
    if (userId) await memberService.requireStaff(ctx, userId, 'userId');
    const row = await referenceData.setClassTeacher(ctx.db, { classId: cls.id, divisionId: division?.id }, userId);
    if (!row) throw AppError.notFound(`class ${input.classId}`);
    ctx.loaders.class.clear(cls.id);
    if (division) ctx.loaders.division.clear(division.id);
    return row;
  },

  async createSubject(ctx: AcademicsContext, input: CreateSubjectInput) {
    const name = parseText(input.name, 'name', 100);
    const code = parseText(input.code, 'code', 20);
    return conflictAs(
      referenceData.insertSubject(ctx.db, { schoolId: ctx.schoolId, name, code }),
      `a subject with code "${code}" already exists`,
    );
  },
};
