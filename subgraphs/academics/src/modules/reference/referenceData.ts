/** SQL for the reference data: academic years, classes, divisions, subjects, grade bands. */
import { school } from '@syncad/shared-db';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { rowsByIds } from '@syncad/subgraph-kit';
import type { AcademicYearRow, ClassRow, Db, DivisionRow, SubjectRow } from './rows';

const { AcademicYear, Class, Division, Subject } = school;

export const referenceData = {
  /** By id (a loader's batch): one named statement whatever the count. */
  yearsByIds: rowsByIds('academics_years_by_ids', AcademicYear),
  allYears(db: Db): Promise<AcademicYearRow[]> {
    return db.select().from(AcademicYear).orderBy(desc(AcademicYear.startDate));
  },
  async currentYear(db: Db): Promise<AcademicYearRow | null> {
    const [row] = await db.select().from(AcademicYear).where(eq(AcademicYear.isCurrent, true)).limit(1);
    return row ?? null;
  },
  async clearCurrentYear(db: Db): Promise<void> {
    await db.update(AcademicYear).set({ isCurrent: false }).where(eq(AcademicYear.isCurrent, true));
  },
  async insertYear(db: Db, values: typeof AcademicYear.$inferInsert): Promise<AcademicYearRow> {
    const [row] = await db.insert(AcademicYear).values(values).returning();
    return row;
  },

  /** By id (a loader's batch): one named statement whatever the count. */
  classesByIds: rowsByIds('academics_classes_by_ids', Class),
  allClasses(db: Db): Promise<ClassRow[]> {
    return db.select().from(Class).orderBy(asc(Class.sortOrder), asc(Class.name));
  },
  async insertClass(db: Db, values: typeof Class.$inferInsert): Promise<ClassRow> {
    const [row] = await db.insert(Class).values(values).returning();
    return row;
  },

  /** By id (a loader's batch): one named statement whatever the count. */
  divisionsByIds: rowsByIds('academics_divisions_by_ids', Division),
  divisionsOfClasses(db: Db, classIds: readonly string[]): Promise<DivisionRow[]> {
    return db
      .select()
      .from(Division)
      .where(inArray(Division.classId, [...classIds]))
      .orderBy(asc(Division.name));
  },
  /** Names the class teacher of a class, or of one of its divisions (null: none); the class row, or undefined when there is none. */
  async setClassTeacher(db: Db, target: { classId: string; divisionId?: string }, userId: string | null): Promise<ClassRow | undefined> {
    if (target.divisionId) {
      await db.update(Division).set({ classTeacherId: userId }).where(eq(Division.id, target.divisionId));
      return (await db.select().from(Class).where(eq(Class.id, target.classId)))[0];
    }
    const [row] = await db.update(Class).set({ classTeacherId: userId }).where(eq(Class.id, target.classId)).returning();
    return row;
  },

  async insertDivision(db: Db, values: typeof Division.$inferInsert): Promise<DivisionRow> {
    const [row] = await db.insert(Division).values(values).returning();
    return row;
  },

  /** By id (a loader's batch): one named statement whatever the count. */
  subjectsByIds: rowsByIds('academics_subjects_by_ids', Subject),
  allSubjects(db: Db): Promise<SubjectRow[]> {
    return db.select().from(Subject).orderBy(asc(Subject.name));
  },
  async insertSubject(db: Db, values: typeof Subject.$inferInsert): Promise<SubjectRow> {
    const [row] = await db.insert(Subject).values(values).returning();
    return row;
  },
};
