/** Root writes: thin, every rule and transaction lives in the services. */
import type { MutationResolvers } from '../generated/graphql';
import { announcementService } from '../services/announcementService';
import { attendanceService } from '../services/attendanceService';
import { examService } from '../services/examService';
import { leaveService } from '../services/leaveService';
import { libraryService } from '../services/libraryService';
import { messageService } from '../services/messageService';
import { referenceService } from '../services/referenceService';
import { studentService } from '../services/studentService';

export const Mutation: MutationResolvers = {
  createAcademicYear: (_, { input }, ctx) => referenceService.createYear(ctx, input),
  createClass: (_, { input }, ctx) => referenceService.createClass(ctx, input),
  createDivision: (_, { input }, ctx) => referenceService.createDivision(ctx, input),
  createSubject: (_, { input }, ctx) => referenceService.createSubject(ctx, input),
  createGradeBand: (_, { input }, ctx) => referenceService.createGradeBand(ctx, input),
  createStudent: (_, { input }, ctx) => studentService.create(ctx, input),
  updateStudent: (_, { id, input }, ctx) => studentService.update(ctx, id, input),
  transferStudent: (_, { input }, ctx) => studentService.transfer(ctx, input),
  markAttendance: (_, { input }, ctx) => attendanceService.mark(ctx, input),
  createExam: (_, { input }, ctx) => examService.create(ctx, input),
  enterMarks: (_, { input }, ctx) => examService.enterMarks(ctx, input),
  publishAnnouncement: (_, { input }, ctx) => announcementService.publish(ctx, input),
  applyForLeave: (_, { input }, ctx) => leaveService.apply(ctx, input),
  approveLeave: (_, { id, note }, ctx) => leaveService.approve(ctx, id, note),
  rejectLeave: (_, { id, note }, ctx) => leaveService.reject(ctx, id, note),
  startThread: (_, { input }, ctx) => messageService.start(ctx, input),
  sendMessage: (_, { threadId, body }, ctx) => messageService.send(ctx, threadId, body),
  createBook: (_, { input }, ctx) => libraryService.createBook(ctx, input),
  addBookCopy: (_, { input }, ctx) => libraryService.addCopy(ctx, input),
  issueBook: (_, { input }, ctx) => libraryService.issue(ctx, input),
  returnBook: (_, { issueId, returnedOn }, ctx) => libraryService.returnIssue(ctx, issueId, returnedOn),
};
