/** The academics subgraph: students, attendance, exams, announcements, leave, messages, the library and the audit trail. */
import { defineSubgraph } from '@syncad/subgraph-kit';
import { academicsContext } from './context';
import { announcementModule } from './modules/announcement';
import { auditModule } from './modules/audit';
import { attendanceModule } from './modules/attendance';
import { examModule } from './modules/exam';
import { leaveModule } from './modules/leave';
import { financeLink, libraryModule } from './modules/library';
import { messageModule } from './modules/message';
import { referenceModule } from './modules/reference';
import { studentModule } from './modules/student';

export const subgraph = defineSubgraph({
  name: 'academics',
  port: 4002,
  tenancy: 'school',
  // The library charges overdue fines to the student's ledger through finance's API.
  calls: ['finance'],
  modules: [
    referenceModule,
    studentModule,
    attendanceModule,
    examModule,
    announcementModule,
    leaveModule,
    messageModule,
    libraryModule,
    auditModule,
  ],
  setup: (resources) => ({ finance: financeLink(resources) }),
  context: academicsContext,
});
