/**
 * The audit trail through the gateway: every change of an audited record is recorded by the
 * database in the changing transaction, naming who made it and each field before and after; a
 * record's `history` and the school's `auditTrail` read it behind `audit:read` (SCHOOL_ADMIN's by
 * default, never a student's); the database refuses to alter it; one school never sees another's.
 */
import { expectOneError, schoolToday, startSubgraphFixture, type Member, type SubgraphFixture } from '@syncad/test-support';

let f: SubgraphFixture;
let teacher: Member;
let accountant: Member;
let studentIds: string[];
let classId: string;
let yearId: string;
const today = () => schoolToday();

const ENTRY = `at actorKind action recordType recordId by { id displayName } changes { field before after }`;
const TRAIL = `query($f: AuditTrailFilter, $n: Int, $a: String) {
  auditTrail(filter: $f, first: $n, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { ${ENTRY} } } }`;

interface Entry {
  actorKind: string;
  action: string;
  recordType: string;
  recordId: string;
  by: { id: string; displayName: string } | null;
  changes: { field: string; before: string | null; after: string | null }[];
}

const trail = async (filter: Record<string, unknown>, who: Member = f.admin): Promise<Entry[]> =>
  (await f.ok(who, TRAIL, { f: filter, n: 100 })).auditTrail.nodes;
const change = (e: Entry, field: string) => e.changes.find((c) => c.field === field);

beforeAll(async () => {
  f = await startSubgraphFixture(['identity', 'academics', 'finance'], { estateUsers: false });
  teacher = await f.member('TEACHER');
  accountant = await f.member('ACCOUNTANT');
  const y = new Date().getFullYear();
  yearId = (
    await f.ok(f.admin, `mutation($i: CreateAcademicYearInput!) { createAcademicYear(input: $i) { id } }`, {
      i: { name: `${y - 1}-${y + 1}`, startDate: `${y - 1}-01-01`, endDate: `${y + 1}-12-31`, isCurrent: true },
    })
  ).createAcademicYear.id;
  classId = (await f.ok(f.admin, `mutation { createClass(input: { name: "Grade 5" }) { id } }`)).createClass.id;
  const students = await f.sql(
    `INSERT INTO "Student" ("schoolId", "admissionNo", "firstName", "classId")
     SELECT $1, 'AUD-' || n, 'Pupil ' || n, $2 FROM generate_series(1, 12) n RETURNING id`,
    [f.school.id, classId],
  );
  await f.sql(
    `INSERT INTO "StudentClass" ("schoolId", "studentId", "academicYearId", "classId", "fromDate")
     SELECT $1, s, $2, $3, $4 FROM unnest($5::uuid[]) s`,
    [f.school.id, yearId, classId, `${y - 1}-01-01`, students.rows.map((r) => r.id)],
  );
  studentIds = students.rows.map((r) => f.globalId('Student', r.id));
});
afterAll(() => f?.close());

const MARK = `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { marked } }`;
const mark = (who: Member, status: string, day = today(), ids = studentIds.slice(0, 1)) =>
  f.ok(who, MARK, { i: { classId, date: day, entries: ids.map((studentId) => ({ studentId, status })) } });

it('attendance: each mark, correction and removal is an entry naming its author, before and after', async () => {
  await mark(teacher, 'PRESENT');
  await mark(teacher, 'PRESENT'); // the same status again changes nothing: no entry
  await mark(f.admin, 'ABSENT');
  const recordId = (
    await f.ok(f.admin, `query($s: ID!) { student(id: $s) { attendanceOn { id history { ${ENTRY} } } } }`, { s: studentIds[0] })
  ).student.attendanceOn;
  expect(recordId.history.map((e: Entry) => [e.action, e.by?.displayName, change(e, 'status')])).toEqual([
    ['UPDATED', 'SCHOOL_ADMIN Fixture', { field: 'status', before: 'PRESENT', after: 'ABSENT' }],
    ['CREATED', 'TEACHER Fixture', { field: 'status', before: null, after: 'PRESENT' }],
  ]);
  const created = recordId.history[1] as Entry;
  expect(created).toMatchObject({
    actorKind: 'USER',
    recordType: 'AttendanceRecord',
    recordId: recordId.id,
    by: { id: f.globalId('User', teacher.userId) },
  });
  // References read as the API's ids; the record's own id and bookkeeping columns are not shown.
  expect(change(created, 'studentId')?.after).toBe(studentIds[0]);
  expect(change(created, 'markedBy')?.after).toBe(f.globalId('User', teacher.userId));
  expect(created.changes.map((c) => c.field)).not.toEqual(expect.arrayContaining(['id', 'schoolId', 'createdAt', 'updatedAt']));

  const removed = await f.ok(f.admin, `mutation($i: RemoveAttendanceMarkInput!) { removeAttendanceMark(input: $i) }`, {
    i: { studentId: studentIds[0], date: today() },
  });
  expect(removed.removeAttendanceMark).toBe(recordId.id);
  const entries = await trail({ recordId: recordId.id });
  expect(entries.map((e) => [e.action, change(e, 'status')])).toEqual([
    ['DELETED', { field: 'status', before: 'ABSENT', after: null }],
    ['UPDATED', { field: 'status', before: 'PRESENT', after: 'ABSENT' }],
    ['CREATED', { field: 'status', before: null, after: 'PRESENT' }],
  ]);
  const again = await f.gql(f.admin, `mutation($i: RemoveAttendanceMarkInput!) { removeAttendanceMark(input: $i) }`, {
    i: { studentId: studentIds[0], date: today() },
  });
  expectOneError(again, 200, 'NOT_FOUND');
  // attendance:delete guards the removal: a teacher (read and write) is refused before anything runs.
  const refused = await f.gql(teacher, `mutation($i: RemoveAttendanceMarkInput!) { removeAttendanceMark(input: $i) }`, {
    i: { studentId: studentIds[0], date: today() },
  });
  expect(expectOneError(refused, 403, 'FORBIDDEN').message).toMatch(/attendance:delete/);
});

it('exams: an edit, a removed result and a removed exam are traced; removing results needs exam:delete', async () => {
  const subject = (await f.ok(f.admin, `mutation { createSubject(input: { name: "Science", code: "SCI" }) { id } }`)).createSubject.id;
  const exam = (
    await f.ok(teacher, `mutation($i: CreateExamInput!) { createExam(input: $i) { id } }`, {
      i: { academicYearId: yearId, classId, subjectId: subject, name: 'Unit test', maxMarks: '50', examDate: today() },
    })
  ).createExam.id;
  await f.ok(teacher, `mutation($i: EnterMarksInput!) { enterMarks(input: $i) { id } }`, {
    i: {
      examId: exam,
      entries: [
        { studentId: studentIds[1], marks: '42.5' },
        { studentId: studentIds[2], marks: '30' },
      ],
    },
  });
  // The maximum cannot fall below marks entered; then a valid correction.
  const low = await f.gql(teacher, `mutation($i: UpdateExamInput!) { updateExam(input: $i) { id } }`, { i: { id: exam, maxMarks: '40' } });
  expect(expectOneError(low, 200, 'BAD_USER_INPUT').message).toMatch(/42.5/);
  // A teacher has no audit:read: asking for the history with the edit refuses the whole operation.
  const correction = { i: { id: exam, name: 'Unit test 1', maxMarks: '60' } };
  const withHistory = `mutation($i: UpdateExamInput!) { updateExam(input: $i) { name history { action } } }`;
  expectOneError(await f.gql(teacher, withHistory, correction), 403, 'FORBIDDEN');
  const edited = await f.ok(teacher, `mutation($i: UpdateExamInput!) { updateExam(input: $i) { name maxMarks } }`, correction);
  expect(edited.updateExam).toMatchObject({ name: 'Unit test 1', maxMarks: '60.00' });
  const history = (await f.ok(f.admin, `query($e: ID!) { node(id: $e) { ... on Exam { history { ${ENTRY} } } } }`, { e: exam })).node
    .history;
  expect(history[0]).toMatchObject({ action: 'UPDATED', recordType: 'Exam', recordId: exam, by: { displayName: 'TEACHER Fixture' } });
  expect(history[0].changes).toEqual(
    expect.arrayContaining([
      { field: 'name', before: 'Unit test', after: 'Unit test 1' },
      { field: 'maxMarks', before: '50.00', after: '60.00' },
    ]),
  );
  expect(history[0].changes).toHaveLength(2);

  const removeResult = `mutation($i: RemoveResultInput!) { removeResult(input: $i) }`;
  expectOneError(await f.gql(teacher, removeResult, { i: { examId: exam, studentId: studentIds[1] } }), 403, 'FORBIDDEN');
  await f.ok(f.admin, removeResult, { i: { examId: exam, studentId: studentIds[1] } });
  const results = await trail({ recordTypes: ['ExamResult'], action: 'DELETED' });
  expect(results).toHaveLength(1);
  expect(change(results[0], 'marks')).toEqual({ field: 'marks', before: '42.50', after: null });

  // With a result left, a teacher (exam:write, no exam:delete) may not remove the exam; the admin may.
  const removeExam = `mutation($i: RemoveExamInput!) { removeExam(input: $i) }`;
  const refused = await f.gql(teacher, removeExam, { i: { id: exam } });
  expect(expectOneError(refused, 200, 'FORBIDDEN').message).toMatch(/exam:delete/);
  expect((await f.ok(f.admin, removeExam, { i: { id: exam } })).removeExam).toBe(exam);
  const gone = await trail({ recordTypes: ['Exam', 'ExamResult'], action: 'DELETED' });
  expect(gone.map((e) => e.recordType).sort()).toEqual(['Exam', 'ExamResult', 'ExamResult']);
});

it('roles and permissions are traced in the central trail, per school', async () => {
  const set = `mutation($i: SetRolePermissionInput!) { setRolePermission(input: $i) { role { name } } }`;
  await f.ok(f.admin, set, { i: { roleName: 'LIBRARIAN', module: 'fee', read: true, write: false, delete: false } });
  const roleId = (await f.ok(f.admin, `{ roles { id name } }`)).roles.find((r: { name: string }) => r.name === 'LIBRARIAN').id;
  const history = (await f.ok(f.admin, `query($r: ID!) { node(id: $r) { ... on Role { history { ${ENTRY} } } } }`, { r: roleId })).node
    .history;
  expect(history[0]).toMatchObject({
    action: 'UPDATED',
    recordType: 'Role',
    recordId: roleId,
    by: { displayName: 'SCHOOL_ADMIN Fixture' },
  });
  expect(history[0].changes).toEqual([{ field: 'fee.read', before: 'false', after: 'true' }]);
  const inTrail = await trail({ recordTypes: ['Role'], by: f.globalId('User', f.admin.userId) });
  expect(inTrail[0].changes).toEqual([{ field: 'fee.read', before: 'false', after: 'true' }]);

  // The other school's admin sees none of it: not in the trail, not by the role's id.
  const otherAdmin = await f.member('SCHOOL_ADMIN', { school: f.other });
  const theirs = await trail({ recordTypes: ['Role'] }, otherAdmin);
  expect(theirs.filter((e) => e.by?.displayName === 'SCHOOL_ADMIN Fixture' && e.changes.some((c) => c.field === 'fee.read'))).toEqual([]);
  expect(await trail({ recordId: f.keyOf(roleId) }, otherAdmin)).toEqual([]);
});

it('fee structures and vouchers: each poster named, also when one transaction posts several', async () => {
  const structure = (
    await f.ok(accountant, `mutation($i: CreateFeeStructureInput!) { createFeeStructure(input: $i) { id } }`, {
      i: { academicYearId: yearId, classId, name: 'Term 1', amount: '1200.00', dueDate: today() },
    })
  ).createFeeStructure.id;
  await f.ok(accountant, `mutation($i: UpdateFeeStructureInput!) { updateFeeStructure(input: $i) { id } }`, {
    i: { id: structure, amount: '1250.50' },
  });
  const history = (
    await f.ok(f.admin, `query($s: ID!) { node(id: $s) { ... on FeeStructure { history { ${ENTRY} } } } }`, { s: structure })
  ).node.history;
  expect(history.map((e: Entry) => [e.action, e.by?.displayName, change(e, 'amount')])).toEqual([
    ['UPDATED', 'ACCOUNTANT Fixture', { field: 'amount', before: '1200.00', after: '1250.50' }],
    ['CREATED', 'ACCOUNTANT Fixture', { field: 'amount', before: null, after: '1200.00' }],
  ]);

  // Payments of two cashiers sent together are posted in shared transactions (group commit): each
  // voucher still names its own poster.
  const second = await f.member('ACCOUNTANT');
  const pay = (who: Member, n: number) =>
    f.ok(who, `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { voucherNo postedBy { id } } }`, {
      i: { studentId: studentIds[n % 12], amount: '10.00', mode: 'CASH', idempotencyKey: `audit-${n}` },
    });
  const receipts = await Promise.all(Array.from({ length: 16 }, (_, n) => pay(n % 2 ? second : accountant, n)));
  const posted = await trail({ recordTypes: ['FeeReceipt'] });
  expect(posted).toHaveLength(16);
  for (const { recordPayment: r } of receipts) {
    expect(posted.find((e) => e.recordId === r.voucherNo)).toMatchObject({ action: 'CREATED', by: { id: r.postedBy.id } });
  }
  expect(new Set(receipts.map((r) => r.recordPayment.postedBy.id)).size).toBe(2);
});

it('a change made outside the API is the DATABASE’s; the trail cannot be altered, in either database', async () => {
  await mark(teacher, 'LATE', today(), studentIds.slice(3, 4));
  await f.sql(`UPDATE "Attendance" SET status = 'PRESENT' WHERE "studentId" = $1`, [f.keyOf(studentIds[3])]);
  const [latest] = await trail({ recordTypes: ['AttendanceRecord'], action: 'UPDATED' });
  expect(latest).toMatchObject({ actorKind: 'DATABASE', by: null, changes: [{ field: 'status', before: 'LATE', after: 'PRESENT' }] });
  for (const statement of ['UPDATE "AuditEntry" SET action = \'CREATED\'', 'DELETE FROM "AuditEntry"', 'TRUNCATE "AuditEntry"']) {
    await expect(f.sql(statement)).rejects.toThrow(/append-only/);
    await expect(f.centralSql(statement)).rejects.toThrow(/append-only/);
  }
});

it('only audit:read reads it: a teacher is refused, a student even with the flag', async () => {
  expect(expectOneError(await f.gql(teacher, TRAIL, {}), 403, 'FORBIDDEN').message).toMatch(/audit:read/);
  // A malformed id or an unknown record type is the caller's mistake, named.
  for (const filter of [{ recordId: 'not-an-id' }, { by: 'nobody' }, { recordTypes: ['Bus'] }, { from: '2026-02-01', to: '2026-01-01' }]) {
    const bad = await f.gql(f.admin, TRAIL, { f: filter });
    expect(bad.body.errors.map((e: any) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
  }
  const history = await f.gql(teacher, `query($s: ID!) { student(id: $s) { attendanceOn { history { action } } } }`, { s: studentIds[3] });
  expect(expectOneError(history, 403, 'FORBIDDEN').message).toMatch(/audit:read/);
  const set = `mutation($i: SetRolePermissionInput!) { setRolePermission(input: $i) { role { name } } }`;
  await f.ok(f.admin, set, { i: { roleName: 'STUDENT', module: 'audit', read: true, write: false, delete: false } });
  const pupil = await f.member('STUDENT');
  await new Promise((resolve) => setTimeout(resolve, 100));
  const refused = await f.gql(pupil, TRAIL, {});
  expect(refused.body).toMatchObject({ data: { auditTrail: null }, errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  expect(refused.body.errors[0].message).toMatch(/student/);
});

async function wholeTrail(pageSize: number): Promise<Entry[]> {
  const entries: Entry[] = [];
  let after: string | null = null;
  do {
    const page: any = (await f.ok(f.admin, TRAIL, { f: {}, n: pageSize, a: after })).auditTrail;
    entries.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return entries;
}

it('pages newest first across both trails, and reads history of many records in a fixed number of statements', async () => {
  const all = await wholeTrail(100);
  expect((await f.ok(f.admin, TRAIL, { f: {} })).auditTrail.totalCount).toBe(all.length);
  expect(await wholeTrail(7)).toEqual(all);
  const instants = all.map((e: Entry & { at?: string }) => e.at!);
  expect([...instants].sort().reverse()).toEqual(instants);
  expect(new Set(all.map((e) => e.recordType))).toEqual(
    new Set(['AttendanceRecord', 'Exam', 'ExamResult', 'FeeStructure', 'FeeReceipt', 'Role', 'User']),
  );

  const register = (ids: string[]) =>
    f.ok(f.admin, `query($s: [ID!]!) { nodes(ids: $s) { ... on Student { attendanceOn { history { action by { displayName } } } } } }`, {
      s: ids,
    });
  await mark(teacher, 'PRESENT', today(), studentIds);
  const few = await f.statements(() => register(studentIds.slice(0, 2)));
  const many = await f.statements(() => register(studentIds));
  expect(many.length).toBe(few.length);
});
