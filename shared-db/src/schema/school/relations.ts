/** Drizzle relations for the relational query API (`db.query.X.findMany({ with })`). */
import { relations } from 'drizzle-orm';
import { Announcement, LeaveApplication, Message, MessageThread, MessageThreadParticipant } from './communication';
import { Exam, Result } from './exams';
import { FeeLedger, FeeStructure, FeeVoucher } from './finance';
import { Book, BookCopy, LibraryBookIssue } from './library';
import { AcademicYear, Class, Division, Subject } from './reference';
import { Attendance, Student, StudentClass } from './students';
import { Bus, BusRoute, BusRouteStop, BusStop, StudentTransport, Trip, TripStop, TripStudentMark } from './transport';

export const classRelations = relations(Class, ({ many }) => ({
  divisions: many(Division),
  students: many(Student),
}));

export const divisionRelations = relations(Division, ({ one }) => ({
  class: one(Class, { fields: [Division.classId], references: [Class.id] }),
}));

export const studentRelations = relations(Student, ({ one, many }) => ({
  class: one(Class, { fields: [Student.classId], references: [Class.id] }),
  division: one(Division, { fields: [Student.divisionId], references: [Division.id] }),
  classHistory: many(StudentClass),
  attendance: many(Attendance),
  results: many(Result),
  ledger: many(FeeLedger),
  leaveApplications: many(LeaveApplication),
  libraryIssues: many(LibraryBookIssue),
  transport: one(StudentTransport, { fields: [Student.id], references: [StudentTransport.studentId] }),
}));

export const studentClassRelations = relations(StudentClass, ({ one }) => ({
  student: one(Student, { fields: [StudentClass.studentId], references: [Student.id] }),
  academicYear: one(AcademicYear, { fields: [StudentClass.academicYearId], references: [AcademicYear.id] }),
  class: one(Class, { fields: [StudentClass.classId], references: [Class.id] }),
  division: one(Division, { fields: [StudentClass.divisionId], references: [Division.id] }),
}));

export const attendanceRelations = relations(Attendance, ({ one }) => ({
  student: one(Student, { fields: [Attendance.studentId], references: [Student.id] }),
}));

export const examRelations = relations(Exam, ({ one, many }) => ({
  academicYear: one(AcademicYear, { fields: [Exam.academicYearId], references: [AcademicYear.id] }),
  class: one(Class, { fields: [Exam.classId], references: [Class.id] }),
  subject: one(Subject, { fields: [Exam.subjectId], references: [Subject.id] }),
  results: many(Result),
}));

export const resultRelations = relations(Result, ({ one }) => ({
  exam: one(Exam, { fields: [Result.examId], references: [Exam.id] }),
  student: one(Student, { fields: [Result.studentId], references: [Student.id] }),
}));

export const feeStructureRelations = relations(FeeStructure, ({ one }) => ({
  academicYear: one(AcademicYear, { fields: [FeeStructure.academicYearId], references: [AcademicYear.id] }),
  class: one(Class, { fields: [FeeStructure.classId], references: [Class.id] }),
}));

export const feeVoucherRelations = relations(FeeVoucher, ({ one, many }) => ({
  student: one(Student, { fields: [FeeVoucher.studentId], references: [Student.id] }),
  lines: many(FeeLedger),
}));

export const feeLedgerRelations = relations(FeeLedger, ({ one }) => ({
  student: one(Student, { fields: [FeeLedger.studentId], references: [Student.id] }),
  voucher: one(FeeVoucher, { fields: [FeeLedger.voucherNo], references: [FeeVoucher.voucherNo] }),
  feeStructure: one(FeeStructure, { fields: [FeeLedger.feeStructureId], references: [FeeStructure.id] }),
}));

export const busRelations = relations(Bus, ({ many }) => ({
  routes: many(BusRoute),
  trips: many(Trip),
}));

export const busRouteRelations = relations(BusRoute, ({ one, many }) => ({
  bus: one(Bus, { fields: [BusRoute.busId], references: [Bus.id] }),
  stops: many(BusRouteStop),
  trips: many(Trip),
}));

export const busRouteStopRelations = relations(BusRouteStop, ({ one }) => ({
  route: one(BusRoute, { fields: [BusRouteStop.routeId], references: [BusRoute.id] }),
  stop: one(BusStop, { fields: [BusRouteStop.stopId], references: [BusStop.id] }),
}));

export const studentTransportRelations = relations(StudentTransport, ({ one }) => ({
  student: one(Student, { fields: [StudentTransport.studentId], references: [Student.id] }),
  route: one(BusRoute, { fields: [StudentTransport.routeId], references: [BusRoute.id] }),
  stop: one(BusStop, { fields: [StudentTransport.stopId], references: [BusStop.id] }),
}));

export const tripRelations = relations(Trip, ({ one, many }) => ({
  bus: one(Bus, { fields: [Trip.busId], references: [Bus.id] }),
  route: one(BusRoute, { fields: [Trip.routeId], references: [BusRoute.id] }),
  stops: many(TripStop),
  marks: many(TripStudentMark),
}));

export const tripStopRelations = relations(TripStop, ({ one }) => ({
  trip: one(Trip, { fields: [TripStop.tripId], references: [Trip.id] }),
  stop: one(BusStop, { fields: [TripStop.stopId], references: [BusStop.id] }),
}));

export const tripStudentMarkRelations = relations(TripStudentMark, ({ one }) => ({
  trip: one(Trip, { fields: [TripStudentMark.tripId], references: [Trip.id] }),
  student: one(Student, { fields: [TripStudentMark.studentId], references: [Student.id] }),
}));

export const announcementRelations = relations(Announcement, ({ one }) => ({
  class: one(Class, { fields: [Announcement.classId], references: [Class.id] }),
}));

export const leaveApplicationRelations = relations(LeaveApplication, ({ one }) => ({
  student: one(Student, { fields: [LeaveApplication.studentId], references: [Student.id] }),
}));

export const messageThreadRelations = relations(MessageThread, ({ many }) => ({
  participants: many(MessageThreadParticipant),
  messages: many(Message),
}));

export const messageThreadParticipantRelations = relations(MessageThreadParticipant, ({ one }) => ({
  thread: one(MessageThread, { fields: [MessageThreadParticipant.threadId], references: [MessageThread.id] }),
}));

export const messageRelations = relations(Message, ({ one }) => ({
  thread: one(MessageThread, { fields: [Message.threadId], references: [MessageThread.id] }),
}));

export const bookRelations = relations(Book, ({ many }) => ({
  copies: many(BookCopy),
}));

export const bookCopyRelations = relations(BookCopy, ({ one, many }) => ({
  book: one(Book, { fields: [BookCopy.bookId], references: [Book.id] }),
  issues: many(LibraryBookIssue),
}));

export const libraryBookIssueRelations = relations(LibraryBookIssue, ({ one }) => ({
  copy: one(BookCopy, { fields: [LibraryBookIssue.bookCopyId], references: [BookCopy.id] }),
  student: one(Student, { fields: [LibraryBookIssue.studentId], references: [Student.id] }),
}));
