/**
 * People by name across the subgraphs: every record that names a person links to the identity
 * subgraph's User, whose directory card (display name, role name, a student's admission number) any
 * signed-in member of the school reads, while email, phone and the rest stay behind `user:read`.
 * A student finds their own record through `me.student`, a student record its account through `user`.
 */
import { expectOneError, startSubgraphFixture, type Member, type SubgraphFixture } from '@syncad/test-support';

let f: SubgraphFixture;
let teacher: Member;
let pupil: Member;
let librarian: Member;
let studentId: string;

const card = (who: Member, f_: SubgraphFixture, displayName: string, roleName: string) => ({
  id: f_.globalId('User', who.userId),
  displayName,
  roleName,
});

beforeAll(async () => {
  f = await startSubgraphFixture(['identity', 'academics', 'finance'], { estateUsers: false });
  teacher = await f.member('TEACHER');
  pupil = await f.member('STUDENT');
  librarian = await f.member('LIBRARIAN');
  const created = await f.ok(f.admin, `mutation($i: CreateStudentInput!) { createStudent(input: $i) { id } }`, {
    i: { admissionNo: 'ADM-7', firstName: 'Asha', userId: pupil.userId },
  });
  studentId = created.createStudent.id;
});
afterAll(() => f?.close());

it("a student's inbox names the teacher and every participant, with no user:read", async () => {
  await f.ok(teacher, `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
    i: { subject: 'Homework', participantIds: [pupil.userId], body: 'Page 12, please.' },
  });
  const inbox = await f.ok(
    pupil,
    `{ myThreads { nodes { subject createdBy { id displayName roleName }
        participants { displayName roleName admissionNumber }
        messages { nodes { body sender { id displayName roleName } } } } } }`,
  );
  const teacherCard = card(teacher, f, 'TEACHER Fixture', 'TEACHER');
  expect(inbox.myThreads.nodes).toEqual([
    {
      subject: 'Homework',
      createdBy: teacherCard,
      participants: expect.arrayContaining([
        { displayName: 'TEACHER Fixture', roleName: 'TEACHER', admissionNumber: null },
        { displayName: 'STUDENT Fixture', roleName: 'STUDENT', admissionNumber: 'ADM-7' },
      ]),
      messages: { nodes: [{ body: 'Page 12, please.', sender: teacherCard }] },
    },
  ]);
  // The student's own `me { user { id } }` is how a client tells its own messages apart.
  const me = await f.ok(pupil, '{ me { user { id displayName } } }');
  expect(me.me.user).toEqual({ id: f.globalId('User', pupil.userId), displayName: 'STUDENT Fixture' });
});

it('the card is all a member without user:read gets: a librarian cannot read a teacher’s email through it', async () => {
  const teacherId = f.globalId('User', teacher.userId);
  const byNode = `query($id: ID!) { node(id: $id) { ... on User { displayName roleName } } }`;
  expect((await f.ok(librarian, byNode, { id: teacherId })).node).toEqual({ displayName: 'TEACHER Fixture', roleName: 'TEACHER' });
  for (const field of ['email', 'phone', 'firstName', 'isActive', 'role { name }']) {
    const refused = await f.gql(librarian, `query($id: ID!) { node(id: $id) { ... on User { displayName ${field} } } }`, { id: teacherId });
    expect(expectOneError(refused, 403, 'FORBIDDEN').message).toMatch(/user:read/);
  }
  // The same through a record that names a person (here a student's account, which student:read reaches).
  const linked = `query($id: ID!) { student(id: $id) { user { displayName } } }`;
  expect((await f.ok(librarian, linked, { id: studentId })).student.user).toEqual({ displayName: 'STUDENT Fixture' });
  const contact = await f.gql(librarian, `query($id: ID!) { student(id: $id) { user { email } } }`, { id: studentId });
  expect(expectOneError(contact, 403, 'FORBIDDEN').message).toMatch(/user:read/);
  // An admin reads the contact through the same links.
  expect((await f.ok(f.admin, `query($id: ID!) { node(id: $id) { ... on User { email } } }`, { id: teacherId })).node).toEqual({
    email: teacher.email,
  });
});

it('me.student is the signed-in student’s own record, Student.user its account; staff have none', async () => {
  expect((await f.ok(pupil, '{ me { student { id admissionNo fullName } } }')).me.student).toEqual({
    id: studentId,
    admissionNo: 'ADM-7',
    fullName: 'Asha',
  });
  expect((await f.ok(teacher, '{ me { student { id } } }')).me.student).toBeNull();
  const linked = await f.ok(f.admin, `query($id: ID!) { student(id: $id) { user { id displayName admissionNumber } } }`, { id: studentId });
  expect(linked.student.user).toEqual({ id: f.globalId('User', pupil.userId), displayName: 'STUDENT Fixture', admissionNumber: 'ADM-7' });
});

it('a voucher names who posted it; attendance and leave name who marked, applied and decided', async () => {
  const y = new Date().getFullYear();
  await f.ok(f.admin, `mutation($i: CreateAcademicYearInput!) { createAcademicYear(input: $i) { id } }`, {
    i: { name: `${y - 1}-${y + 1}`, startDate: `${y - 1}-01-01`, endDate: `${y + 1}-12-31`, isCurrent: true },
  });
  const accountant = await f.member('ACCOUNTANT');
  const paid = await f.ok(
    accountant,
    `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { voucherNo postedBy { displayName roleName } } }`,
    {
      i: { studentId, amount: '150.00', mode: 'CASH', idempotencyKey: 'people-test-1' },
    },
  );
  expect(paid.recordPayment.postedBy).toEqual({ displayName: 'ACCOUNTANT Fixture', roleName: 'ACCOUNTANT' });

  const leave = await f.ok(
    pupil,
    `mutation($i: ApplyForLeaveInput!) { applyForLeave(input: $i) { id appliedBy { displayName } decidedBy { id } } }`,
    {
      i: { fromDate: `${y + 1}-06-01`, toDate: `${y + 1}-06-02`, reason: 'Wedding' },
    },
  );
  expect(leave.applyForLeave).toMatchObject({ appliedBy: { displayName: 'STUDENT Fixture' }, decidedBy: null });
  const decided = await f.ok(f.admin, `mutation($id: ID!) { rejectLeave(input: { id: $id }) { decidedBy { displayName roleName } } }`, {
    id: leave.applyForLeave.id,
  });
  expect(decided.rejectLeave.decidedBy).toEqual({ displayName: 'SCHOOL_ADMIN Fixture', roleName: 'SCHOOL_ADMIN' });
});

it('a former member is null where a record names them; names never cross schools', async () => {
  const leaving = await f.member('TEACHER');
  await f.ok(leaving, `mutation { publishAnnouncement(input: { title: "Farewell", body: "Thanks" }) { id } }`);
  await f.centralSql(`DELETE FROM "EmployeeUserSchool" WHERE "userId" = $1`, [leaving.userId]);
  const listed = await f.ok(pupil, '{ announcements { nodes { title publishedBy { displayName } } } }');
  expect(listed.announcements.nodes).toContainEqual({ title: 'Farewell', publishedBy: null });

  // Another school's member, asked for by a representation that names them, is null too.
  const otherAdmin = await f.member('SCHOOL_ADMIN', { school: f.other });
  const foreign = f.globalId('User', otherAdmin.userId);
  expect((await f.ok(pupil, `query($id: ID!) { node(id: $id) { id } }`, { id: foreign })).node).toBeNull();
  const otherSchools = f.globalId('User', otherAdmin.userId, f.other);
  expect((await f.ok(pupil, `query($id: ID!) { node(id: $id) { id } }`, { id: otherSchools })).node).toBeNull();
});

it('every built-in role reads the card; only a role with user:read reads the rest (the matrix over User’s fields)', async () => {
  const teacherId = f.globalId('User', teacher.userId);
  const card = `query($id: ID!) { node(id: $id) { ... on User { id displayName roleName admissionNumber } } }`;
  const contact = `query($id: ID!) { node(id: $id) { ... on User { email phone firstName lastName isActive createdAt role { name } } } }`;
  for (const roleName of Object.keys(f.school.roles)) {
    const who = await f.member(roleName);
    expect({ roleName, node: (await f.ok(who, card, { id: teacherId })).node }).toEqual({
      roleName,
      node: { id: teacherId, displayName: 'TEACHER Fixture', roleName: 'TEACHER', admissionNumber: null },
    });
    const flags = (await f.ok(who, '{ me { permissions { module read } } }')).me.permissions as Array<{ module: string; read: boolean }>;
    const userRead = flags.find((p) => p.module === 'user')!.read;
    const answer = await f.gql(who, contact, { id: teacherId });
    expect({ roleName, status: answer.status }).toEqual({ roleName, status: userRead ? 200 : 403 });
  }
});

it('naming people costs the same statements for 2 participants as for 8 (no N+1)', async () => {
  const members = await Promise.all(Array.from({ length: 7 }, () => f.member('TEACHER')));
  const start = `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`;
  const small = (await f.ok(f.admin, start, { i: { subject: 'Two', participantIds: [members[0].userId], body: 'hi' } })).startThread.id;
  const large = (await f.ok(f.admin, start, { i: { subject: 'Eight', participantIds: members.map((m) => m.userId), body: 'hi' } }))
    .startThread.id;
  const read = `query($id: ID!) { thread(id: $id) { participants { displayName roleName admissionNumber } } }`;
  const counts = [];
  for (const id of [small, large]) {
    const central = await f.statements(() => f.ok(f.admin, read, { id }), 'central');
    const school = await f.statements(() => f.ok(f.admin, read, { id }), 'school');
    counts.push({ central: central.length, school: school.length });
  }
  expect((await f.ok(f.admin, read, { id: large })).thread.participants).toHaveLength(8);
  expect(counts[0].central).toBeGreaterThan(0);
  expect(counts[1]).toEqual(counts[0]);
});
