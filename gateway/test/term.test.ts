/**
 * A term played through the gateway as each role would, with every correction it needs: the
 * teacher marks and corrects attendance and results and edits an exam; a student reads their
 * inbox, marks it read and cancels a leave application; the librarian searches, issues, renews and
 * takes a late return whose fine lands on the student's ledger; the transport manager corrects a
 * boarding mark and runs a one-off trip; the accountant's day book and trial balance balance; the
 * audit trail names each change with who and before/after, and the database refuses to alter it.
 */
import { addDays } from '@syncad/subgraph-kit';
import { schoolToday, startSubgraphFixture, type Member, type SubgraphFixture } from '@syncad/test-support';

let f: SubgraphFixture;
let staff: Record<'teacher' | 'librarian' | 'transport' | 'accountant', Member>;
let pupil: Member;
/** The class's students; `pupil` is students[0]. */
let students: string[];
let classId: string;
let yearId: string;
const today = schoolToday();

interface Entry {
  action: string;
  recordType: string;
  recordId: string;
  by: { id: string } | null;
  changes: { field: string; before: string | null; after: string | null }[];
}
const TRAIL = `query($f: AuditTrailFilter) { auditTrail(filter: $f, first: 100) { nodes { action recordType recordId by { id } changes { field before after } } } }`;
const trail = async (filter: Record<string, unknown>): Promise<Entry[]> => (await f.ok(f.admin, TRAIL, { f: filter })).auditTrail.nodes;
const userId = (m: Member) => f.globalId('User', m.userId);

beforeAll(async () => {
  f = await startSubgraphFixture(undefined, { estateUsers: false });
  staff = {
    teacher: await f.member('TEACHER'),
    librarian: await f.member('LIBRARIAN'),
    transport: await f.member('TRANSPORT_MANAGER'),
    accountant: await f.member('ACCOUNTANT'),
  };
  const y = new Date().getFullYear();
  yearId = (
    await f.ok(f.admin, `mutation($i: CreateAcademicYearInput!) { createAcademicYear(input: $i) { id } }`, {
      i: { name: `${y - 1}-${y + 1}`, startDate: `${y - 1}-01-01`, endDate: `${y + 1}-12-31`, isCurrent: true },
    })
  ).createAcademicYear.id;
  classId = (await f.ok(f.admin, `mutation { createClass(input: { name: "Grade 6" }) { id } }`)).createClass.id;
  const rows = await f.sql(
    `INSERT INTO "Student" ("schoolId", "admissionNo", "firstName", "classId")
     SELECT $1, 'TERM-' || n, 'Pupil ' || n, $2 FROM generate_series(1, 3) n ORDER BY n RETURNING id`,
    [f.school.id, classId],
  );
  await f.sql(
    `INSERT INTO "StudentClass" ("schoolId", "studentId", "academicYearId", "classId", "fromDate")
     SELECT $1, s, $2, $3, $4 FROM unnest($5::uuid[]) s`,
    [f.school.id, yearId, classId, `${y - 1}-01-01`, rows.rows.map((r) => r.id)],
  );
  students = rows.rows.map((r) => f.globalId('Student', r.id));
  pupil = await f.member('STUDENT');
  await f.sql(`UPDATE "Student" SET "userId" = $1 WHERE id = $2`, [pupil.userId, students[0]]);
});
afterAll(() => f?.close());

it('the teacher marks and corrects attendance and results, and edits an exam', async () => {
  const MARK = `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { marked } }`;
  await f.ok(staff.teacher, MARK, {
    i: { classId, date: today, entries: students.map((studentId) => ({ studentId, status: 'PRESENT' })) },
  });
  await f.ok(staff.teacher, MARK, { i: { classId, date: today, entries: [{ studentId: students[1], status: 'LATE' }] } });

  const subjectId = (await f.ok(f.admin, `mutation { createSubject(input: { name: "History", code: "HIS" }) { id } }`)).createSubject.id;
  const examId = (
    await f.ok(staff.teacher, `mutation($i: CreateExamInput!) { createExam(input: $i) { id } }`, {
      i: { academicYearId: yearId, classId, subjectId, name: 'Term test', maxMarks: '40', examDate: today },
    })
  ).createExam.id;
  const ENTER = `mutation($i: EnterMarksInput!) { enterMarks(input: $i) { id } }`;
  await f.ok(staff.teacher, ENTER, { i: { examId, entries: students.map((studentId) => ({ studentId, marks: '31' })) } });
  await f.ok(staff.teacher, ENTER, { i: { examId, entries: [{ studentId: students[2], marks: '35.5' }] } });
  await f.ok(staff.teacher, `mutation($i: UpdateExamInput!) { updateExam(input: $i) { id } }`, {
    i: { id: examId, name: 'Term test 1', maxMarks: '50' },
  });

  const teacherChanges = await trail({ by: userId(staff.teacher), action: 'UPDATED' });
  const changed = (type: string, field: string) =>
    teacherChanges.filter((e) => e.recordType === type).flatMap((e) => e.changes.filter((c) => c.field === field));
  expect(changed('AttendanceRecord', 'status')).toEqual([{ field: 'status', before: 'PRESENT', after: 'LATE' }]);
  expect(changed('ExamResult', 'marks')).toEqual([{ field: 'marks', before: '31.00', after: '35.50' }]);
  expect(changed('Exam', 'maxMarks')).toEqual([{ field: 'maxMarks', before: '40.00', after: '50.00' }]);
});

it('a student reads their inbox, marks it read, and cancels a leave application', async () => {
  await f.ok(staff.teacher, `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
    i: { subject: 'Project', participantIds: [userId(pupil)], body: 'Bring your map on Monday' },
  });
  const inbox = await f.ok(pupil, `{ unreadMessageCount myThreads { nodes { id subject unreadCount } } }`);
  expect(inbox.unreadMessageCount).toBe(1);
  const [thread] = inbox.myThreads.nodes;
  expect(thread).toMatchObject({ subject: 'Project', unreadCount: 1 });
  await f.ok(pupil, `mutation($i: MarkThreadReadInput!) { markThreadRead(input: $i) { id } }`, { i: { threadId: thread.id } });
  expect(await f.ok(pupil, `{ unreadMessageCount myThreads { nodes { unreadCount } } }`)).toEqual({
    unreadMessageCount: 0,
    myThreads: { nodes: [{ unreadCount: 0 }] },
  });

  const applied = await f.ok(pupil, `mutation($i: ApplyForLeaveInput!) { applyForLeave(input: $i) { id status } }`, {
    i: { fromDate: addDays(today, 3), toDate: addDays(today, 4), reason: 'Family wedding' },
  });
  const cancel = `mutation($i: CancelLeaveApplicationInput!) { cancelLeaveApplication(input: $i) }`;
  const cancelled = await f.ok(pupil, cancel, { i: { id: applied.applyForLeave.id } });
  expect(cancelled.cancelLeaveApplication).toBe(applied.applyForLeave.id);
  // Gone: cancelled before anyone decided it.
  const mine = await f.ok(pupil, `query($s: ID!) { student(id: $s) { leaveApplications { nodes { id } } } }`, { s: students[0] });
  expect(mine.student.leaveApplications.nodes).toEqual([]);
});

it('the librarian searches, issues, renews and takes a late return whose fine lands on the student’s ledger', async () => {
  const { librarian } = staff;
  await f.ok(librarian, `mutation { updateLibrarySettings(input: { finePerDay: "1.50" }) { finePerDay } }`);
  const book = (
    await f.ok(
      librarian,
      `mutation { createBook(input: { title: "Swami and Friends", author: "R. K. Narayan", isbn: "9780226568317" }) { id } }`,
    )
  ).createBook.id;
  const copies: string[] = [];
  for (const accessionNo of ['T-1', 'T-2']) {
    copies.push(
      (await f.ok(librarian, `mutation($i: AddBookCopyInput!) { addBookCopy(input: $i) { id } }`, { i: { bookId: book, accessionNo } }))
        .addBookCopy.id,
    );
  }
  const found = await f.ok(librarian, `{ books(search: "narayan") { nodes { id title } } }`);
  expect(found.books.nodes).toEqual([{ id: book, title: 'Swami and Friends' }]);

  const ISSUE = `mutation($i: IssueBookInput!) { issueBook(input: $i) { id dueDate } }`;
  const late = (
    await f.ok(librarian, ISSUE, {
      i: { bookCopyId: copies[0], studentId: students[0], issuedOn: addDays(today, -30), dueDate: addDays(today, -20) },
    })
  ).issueBook.id;
  const current = (await f.ok(librarian, ISSUE, { i: { bookCopyId: copies[1], studentId: students[0], dueDate: addDays(today, 7) } }))
    .issueBook.id;
  const renewed = await f.ok(librarian, `mutation($i: RenewBookInput!) { renewBook(input: $i) { id dueDate } }`, {
    i: { issueId: current, dueDate: addDays(today, 14) },
  });
  expect(renewed.renewBook).toEqual({ id: current, dueDate: addDays(today, 14) });

  const returned = await f.ok(
    librarian,
    `mutation { returnBook(input: { accessionNo: "T-1" }) { id fine { amount daysLate voucherNo } } }`,
  );
  expect(returned.returnBook).toMatchObject({ id: late, fine: { amount: '30.00', daysLate: 20 } });
  // The student sees the fine on their own ledger.
  const own = await f.ok(pupil, `query($s: ID!) { student(id: $s) { feeBalance ledger { nodes { voucherNo kind amount narration } } } }`, {
    s: students[0],
  });
  expect(own.student.feeBalance).toBe('30.00');
  expect(own.student.ledger.nodes).toEqual([
    {
      voucherNo: returned.returnBook.fine.voucherNo,
      kind: 'CHARGE',
      amount: '30.00',
      narration: expect.stringContaining('Swami and Friends'),
    },
  ]);
});

it('the transport manager corrects a boarding mark and runs a one-off trip', async () => {
  const { transport } = staff;
  const bus = (
    await f.ok(transport, `mutation { createBus(input: { registrationNo: "KA-01-T", capacity: 30, driverName: "Ravi" }) { id } }`)
  ).createBus.id;
  const stops: string[] = [];
  for (const name of ['Market', 'Temple', 'School gate', 'Museum']) {
    stops.push(
      (await f.ok(transport, `mutation($i: BusStopInput!) { createBusStop(input: $i) { id } }`, { i: { name } })).createBusStop.id,
    );
  }
  const route = (
    await f.ok(transport, `mutation($i: CreateBusRouteInput!) { createBusRoute(input: $i) { id } }`, {
      i: {
        name: 'Route T',
        busId: bus,
        stops: stops.slice(0, 3).map((stopId, i) => ({ stopId, pickupTime: `07:${10 + 10 * i}`, dropTime: `15:${30 - 10 * i}` })),
      },
    })
  ).createBusRoute.id;
  for (const studentId of students.slice(0, 2)) {
    await f.ok(transport, `mutation($i: AssignStudentTransportInput!) { assignStudentTransport(input: $i) { id } }`, {
      i: { studentId, routeId: route, pickupStopId: stops[0] },
    });
  }
  const planned = await f.ok(
    transport,
    `mutation($d: Date!) { scheduleTrips(input: { date: $d }) { trips(first: 10) { nodes { id direction } } } }`,
    { d: today },
  );
  const pickup = planned.scheduleTrips.trips.nodes.find((t: { direction: string }) => t.direction === 'PICKUP').id;
  const run = async (tripId: string, stopId: string, marks: Array<[string, string]>) => {
    await f.ok(transport, `mutation($i: ArriveAtStopInput!) { arriveAtStop(input: $i) { id } }`, { i: { tripId, stopId } });
    return (
      await f.ok(transport, `mutation($i: MarkStopStudentsInput!) { markStopStudents(input: $i) { marks { id student { id } } } }`, {
        i: { tripId, stopId, marks: marks.map(([studentId, status]) => ({ studentId, status })) },
      })
    ).markStopStudents.marks;
  };
  await f.ok(transport, `mutation($t: ID!) { startTrip(input: { tripId: $t }) { id } }`, { t: pickup });
  // Marked ABSENT at the first stop, the second pupil in fact got on at the second.
  const [, wrong] = await run(pickup, stops[0], [
    [students[0], 'BOARDED'],
    [students[1], 'ABSENT'],
  ]);
  await f.ok(transport, `mutation($i: ArriveAtStopInput!) { arriveAtStop(input: $i) { id } }`, { i: { tripId: pickup, stopId: stops[1] } });
  const fixed = await f.ok(transport, `mutation($i: CorrectTripMarkInput!) { correctTripMark(input: $i) { id status stop { id } } }`, {
    i: { id: wrong.id, status: 'BOARDED', stopId: stops[1] },
  });
  expect(fixed.correctTripMark).toEqual({ id: wrong.id, status: 'BOARDED', stop: { id: stops[1] } });
  await f.ok(transport, `mutation($t: ID!) { completeTrip(input: { tripId: $t }) { id } }`, { t: pickup });
  const [correction] = await trail({ recordTypes: ['TripMark'], action: 'UPDATED' });
  expect(correction).toMatchObject({ recordId: wrong.id, by: { id: userId(transport) } });
  expect(correction.changes).toEqual(
    expect.arrayContaining([
      { field: 'status', before: 'ABSENT', after: 'BOARDED' },
      { field: 'stopId', before: stops[0], after: stops[1] },
    ]),
  );

  // The museum run: from the gate, all three pupils (the third rides no route daily).
  const trip = (
    await f.ok(transport, `mutation($i: CreateOneOffTripInput!) { createOneOffTrip(input: $i) { id route { oneOffOn } } }`, {
      i: {
        name: 'Museum visit',
        date: today,
        direction: 'DROP',
        busId: bus,
        stops: [
          { stopId: stops[2], time: '10:00' },
          { stopId: stops[3], time: '10:40' },
        ],
        riders: students.map((studentId) => ({ studentId, boardAt: stops[2], getOffAt: stops[3] })),
      },
    })
  ).createOneOffTrip;
  expect(trip.route.oneOffOn).toBe(today);
  await f.ok(transport, `mutation($t: ID!) { startTrip(input: { tripId: $t }) { id } }`, { t: trip.id });
  await run(
    trip.id,
    stops[2],
    students.map((s) => [s, 'BOARDED']),
  );
  await run(
    trip.id,
    stops[3],
    students.map((s) => [s, 'DROPPED']),
  );
  const done = await f.ok(
    transport,
    `mutation($t: ID!) { completeTrip(input: { tripId: $t }) { status progress { expected boarded dropped } } }`,
    {
      t: trip.id,
    },
  );
  expect(done.completeTrip).toEqual({ status: 'COMPLETED', progress: { expected: 3, boarded: 3, dropped: 3 } });
  // The pupil sees both of today's trips that carried them.
  const theirs = await f.ok(pupil, `query($d: Date!) { trips(date: $d) { nodes { id } } }`, { d: today });
  expect(theirs.trips.nodes.map((t: { id: string }) => t.id).sort()).toEqual(
    [pickup, trip.id, planned.scheduleTrips.trips.nodes.find((t: { direction: string }) => t.direction === 'DROP').id].sort(),
  );
});

it('the accountant charges and collects; the day book and the trial balance balance to the ledger', async () => {
  const { accountant } = staff;
  const structure = (
    await f.ok(accountant, `mutation($i: CreateFeeStructureInput!) { createFeeStructure(input: $i) { id } }`, {
      i: { academicYearId: yearId, classId, name: 'Term fee', amount: '2500.00', dueDate: today },
    })
  ).createFeeStructure.id;
  await f.ok(accountant, `mutation($fs: ID!, $c: ID!) { chargeFees(input: { feeStructureId: $fs, classId: $c }) { charged } }`, {
    fs: structure,
    c: classId,
  });
  await f.ok(accountant, `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { voucherNo } }`, {
    i: { studentId: students[0], amount: '1000.00', mode: 'CASH', idempotencyKey: 'term-pay-1' },
  });

  const book = await f.ok(
    accountant,
    `query($d: Date!) { dayBook(date: $d) { voucherCount totalDebit totalCredit totals { kind mode count amount postedBy { id } } } }`,
    {
      d: today,
    },
  );
  // Three term charges and the library fine, one payment.
  expect(book.dayBook).toMatchObject({ voucherCount: 5, totalDebit: '8530.00', totalCredit: '8530.00' });
  expect(book.dayBook.totals).toEqual(
    expect.arrayContaining([
      { kind: 'CHARGE', mode: null, count: 3, amount: '7500.00', postedBy: { id: userId(accountant) } },
      { kind: 'CHARGE', mode: null, count: 1, amount: '30.00', postedBy: { id: userId(staff.librarian) } },
      { kind: 'PAYMENT', mode: 'CASH', count: 1, amount: '1000.00', postedBy: { id: userId(accountant) } },
    ]),
  );
  const trial = await f.ok(
    accountant,
    `query($d: Date!) { trialBalance(from: $d, to: $d) { totalDebit totalCredit accounts { account opening debit credit closing } } }`,
    {
      d: today,
    },
  );
  expect(trial.trialBalance.totalDebit).toBe(trial.trialBalance.totalCredit);
  const closing = Object.fromEntries(trial.trialBalance.accounts.map((a: { account: string; closing: string }) => [a.account, a.closing]));
  expect(closing).toMatchObject({ FEE_RECEIVABLE: '6530.00', FEE_INCOME: '-7530.00', CASH: '1000.00' });
  const balances = await f.ok(accountant, `query($s: [ID!]!) { nodes(ids: $s) { ... on Student { feeBalance } } }`, { s: students });
  expect(balances.nodes.map((n: { feeBalance: string }) => n.feeBalance)).toEqual(['1530.00', '2500.00', '2500.00']);
});

it('the audit trail names every change of the term, and the database refuses to alter it', async () => {
  const everything = await trail({});
  const by = (m: Member) => new Set(everything.filter((e) => e.by?.id === userId(m)).map((e) => e.recordType));
  expect(by(staff.teacher)).toEqual(new Set(['AttendanceRecord', 'ExamResult', 'Exam']));
  expect(by(staff.librarian)).toEqual(new Set(['FeeReceipt']));
  expect(by(staff.transport)).toEqual(new Set(['TripMark']));
  expect(by(staff.accountant)).toEqual(new Set(['FeeStructure', 'FeeReceipt']));
  for (const statement of [`UPDATE "AuditEntry" SET action = 'CREATED'`, `DELETE FROM "AuditEntry"`]) {
    await expect(f.sql(statement)).rejects.toThrow(/append-only/);
  }
  expect(await trail({})).toEqual(everything);
});
