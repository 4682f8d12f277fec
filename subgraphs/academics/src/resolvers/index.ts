/** Every resolver of the subgraph, with its scalars. */
import { DateScalar, DateTimeScalar, DecimalScalar } from '@syncad/subgraph-kit';
import type { Resolvers } from '../generated/graphql';
import { AcademicYear } from './AcademicYear';
import { Announcement } from './Announcement';
import { AttendanceRecord } from './AttendanceRecord';
import { AttendanceSummary } from './AttendanceSummary';
import { Book } from './Book';
import { BookCopy } from './BookCopy';
import { Class } from './Class';
import { ClassAttendanceSummary } from './ClassAttendanceSummary';
import { ClassRegister } from './ClassRegister';
import { Division } from './Division';
import { Exam } from './Exam';
import { ExamResult } from './ExamResult';
import { LeaveApplication } from './LeaveApplication';
import { LibraryIssue } from './LibraryIssue';
import { MessageThread } from './MessageThread';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Student } from './Student';
import { StudentPlacement } from './StudentPlacement';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Decimal: DecimalScalar,
  Query,
  Mutation,
  Student,
  StudentPlacement,
  AcademicYear,
  Class,
  Division,
  AttendanceRecord,
  AttendanceSummary,
  ClassAttendanceSummary,
  ClassRegister,
  Exam,
  ExamResult,
  Announcement,
  LeaveApplication,
  MessageThread,
  Book,
  BookCopy,
  LibraryIssue,
};
