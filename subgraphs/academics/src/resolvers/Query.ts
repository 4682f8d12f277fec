/** Root reads: thin, every rule lives in the services. */
import type { QueryResolvers } from '../generated/graphql';
import { referenceData } from '../data/referenceData';
import { libraryData } from '../data/libraryData';
import { announcementService } from '../services/announcementService';
import { attendanceService } from '../services/attendanceService';
import { examService } from '../services/examService';
import { leaveService } from '../services/leaveService';
import { libraryService } from '../services/libraryService';
import { messageService } from '../services/messageService';
import { studentService } from '../services/studentService';

export const Query: QueryResolvers = {
  student: (_, { id }, ctx) => studentService.byId(ctx, id),
  studentByAdmissionNo: (_, { admissionNo }, ctx) => studentService.byAdmissionNo(ctx, admissionNo),
  students: (_, args, ctx) => studentService.page(ctx, args),
  classRoster: (_, { classId, divisionId }, ctx) => studentService.roster(ctx, classId, divisionId),
  // Reference data and the book list are the school's own catalogue: nothing personal to scope.
  academicYears: (_, __, ctx) => referenceData.allYears(ctx.db),
  classes: (_, __, ctx) => referenceData.allClasses(ctx.db),
  subjects: (_, __, ctx) => referenceData.allSubjects(ctx.db),
  gradeBands: (_, __, ctx) => referenceData.gradeBands(ctx.db),
  books: (_, __, ctx) => libraryData.allBooks(ctx.db),
  classRegister: (_, args, ctx) => attendanceService.register(ctx, args),
  classAttendanceSummary: (_, args, ctx) => attendanceService.classSummary(ctx, args),
  exam: (_, { id }, ctx) => examService.byId(ctx, id),
  exams: (_, { classId, academicYearId }, ctx) => examService.ofClass(ctx, classId, academicYearId),
  announcements: (_, __, ctx) => announcementService.visible(ctx),
  leaveApplications: (_, args, ctx) => leaveService.list(ctx, args),
  myThreads: (_, __, ctx) => messageService.mine(ctx),
  thread: (_, { id }, ctx) => messageService.thread(ctx, id),
  overdueIssues: (_, { asOf }, ctx) => libraryService.overdue(ctx, asOf),
};
