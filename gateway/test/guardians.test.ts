/**
 * Guardians through the real gateway and every subgraph. A school invites a guardian with a
 * one-time code; the link counts only once its holder accepts it. A guardian then reads, for each
 * linked child, what a student reads of themselves (attendance, fees, library, the trip that
 * carries them, leave) and nothing of any other student: not by id, list, search, roster or
 * manifest. Removing the last link (or the child leaving) takes the school away at once.
 */
import { schoolToday, startSubgraphFixture, type HttpAnswer, type Member, type SignedIn, type SubgraphFixture } from '@syncad/test-support';

let f: SubgraphFixture;
let teacher: Member;
let manager: Member;
let classId: string;
let divisionId: string;
/** Two siblings (the guardian's children) and a classmate who is no child of theirs. */
let older: string;
let younger: string;
let classmate: string;
let routeId: string;
let stopId: string;
let yearId: string;

const INVITE = `mutation($i: InviteGuardianInput!) { inviteGuardian(input: $i) { code expiresAt guardian { relation isPrimary accepted user { id } } } }`;
const ACCEPT = `mutation($c: String!) { acceptGuardianInvitation(input: { code: $c }) { relation student { id fullName } } }`;
const LOGIN = `mutation($l: String!, $p: String!, $n: String) { login(login: $l, password: $p, newPassword: $n) { accessToken user { id } } }`;

/** The one error of an answer (a field error: HTTP 200, data null), as code, field and message. */
function fieldError(a: HttpAnswer): { code: string; field?: string; message: string } {
  expect({ status: a.status, errors: a.body?.errors?.length, data: a.body?.data ?? null }).toMatchObject({ status: 200, errors: 1 });
  const [e] = a.body.errors;
  return { code: e.extensions?.code, ...(e.extensions?.field ? { field: e.extensions.field } : {}), message: e.message };
}

const errorCodes = (a: HttpAnswer): string[] =>
  (a.body?.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code ?? '');

async function signInAs(login: string, password: string, newPassword?: string): Promise<SignedIn> {
  const answer = await f.gql(null, LOGIN, { l: login, p: password, n: newPassword ?? null }, { host: `${f.school.subdomain}.localhost` });
  const token = answer.body?.data?.login?.accessToken;
  if (typeof token !== 'string') throw new Error(`login failed: ${JSON.stringify(answer.body)}`);
  return { token } as SignedIn;
}

async function student(admissionNo: string, firstName: string, extra: Record<string, unknown> = {}): Promise<string> {
  const created = await f.ok(f.admin, `mutation($i: CreateStudentInput!) { createStudent(input: $i) { id } }`, {
    i: { admissionNo, firstName, lastName: 'Rao', classId, divisionId, ...extra },
  });
  return created.createStudent.id;
}

/** A new guardian for `children`: invited by phone, signed in with the code, accepted. */
async function newGuardian(phone: string, children: string[]): Promise<SignedIn & { codeFor: string[] }> {
  const codes: string[] = [];
  for (const [i, studentId] of children.entries()) {
    const invited = await f.ok(f.admin, INVITE, { i: { studentId, relation: 'mother', firstName: 'Meera', phone, isPrimary: i === 0 } });
    codes.push(invited.inviteGuardian.code);
  }
  const who = await signInAs(phone, codes[0], 'meera-own-password');
  for (const code of codes) await f.ok(who, ACCEPT, { c: code });
  return { ...who, codeFor: codes };
}

/** The gateways learn of a revoked session by notification: its token is refused within 2 s. */
async function signedOut(who: SignedIn): Promise<void> {
  const deadline = Date.now() + 5_000;
  let last: string[] = [];
  while (Date.now() < deadline) {
    last = errorCodes(await f.gql(who, '{ me { firstName } }'));
    if (last.includes('UNAUTHENTICATED')) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(last).toEqual(['UNAUTHENTICATED']);
}

beforeAll(async () => {
  f = await startSubgraphFixture();
  teacher = await f.member('TEACHER');
  manager = await f.member('TRANSPORT_MANAGER');
  const setUp = await f.ok(f.admin, `mutation { createClass(input: { name: "Grade 4", sortOrder: 4 }) { id } }`);
  classId = setUp.createClass.id;
  const [y, m] = schoolToday().split('-').map(Number);
  const start = m >= 6 ? y : y - 1;
  const year = await f.ok(f.admin, `mutation($i: CreateAcademicYearInput!) { createAcademicYear(input: $i) { id } }`, {
    i: { name: `${start}-${start + 1}`, startDate: `${start}-06-01`, endDate: `${start + 1}-05-31`, isCurrent: true },
  });
  yearId = year.createAcademicYear.id;
  divisionId = (await f.ok(f.admin, `mutation($c: ID!) { createDivision(input: { classId: $c, name: "A" }) { id } }`, { c: classId }))
    .createDivision.id;
  older = await student('G-1', 'Anu', { guardianName: 'Meera Rao', guardianPhone: '+919800000001' });
  younger = await student('G-2', 'Bala');
  classmate = await student('G-3', 'Chitra', { guardianName: 'Other Parent', guardianPhone: '+919800000009' });
  await f.ok(f.admin, `mutation($i: SetClassTeacherInput!) { setClassTeacher(input: $i) { id } }`, {
    i: { classId, divisionId, userId: teacher.userId },
  });
  // A bus and a one-stop route through the API.
  const bus = await f.ok(
    manager,
    `mutation { createBus(input: { registrationNo: "BUS-G", capacity: 40, driverName: "Driver G" }) { id } }`,
  );
  stopId = (await f.ok(manager, `mutation { createBusStop(input: { name: "G stop" }) { id } }`)).createBusStop.id;
  const route = await f.ok(manager, `mutation($i: CreateBusRouteInput!) { createBusRoute(input: $i) { id } }`, {
    i: { name: 'Route G', busId: bus.createBus.id, stops: [{ stopId, pickupTime: '07:00', dropTime: '15:00' }] },
  });
  routeId = route.createBusRoute.id;
  for (const studentId of [older, classmate]) {
    await f.ok(manager, `mutation($i: AssignStudentTransportInput!) { assignStudentTransport(input: $i) { id } }`, {
      i: { studentId, routeId, pickupStopId: stopId },
    });
  }
}, 120_000);
afterAll(() => f?.close());

describe('an invitation', () => {
  it('is a one-time code; the new account signs in with it, and sees the child only after accepting', async () => {
    // The name and phone come from the student record's guardian contact.
    const invited = await f.ok(f.admin, INVITE, { i: { studentId: older, relation: 'Mother', isPrimary: true } });
    const { code, guardian } = invited.inviteGuardian;
    expect(code).toMatch(/^[a-z2-9]{16}$/);
    expect(guardian).toMatchObject({ relation: 'MOTHER', isPrimary: true, accepted: false });
    const who = await signInAs('+919800000001', code, 'meera-own-password');
    expect((await f.ok(who, '{ me { firstName lastName children { student { id } } } }')).me).toEqual({
      firstName: 'Meera',
      lastName: 'Rao',
      children: [],
    });
    expect((await f.ok(who, `query($id: ID!) { student(id: $id) { id } }`, { id: older })).student).toBeNull();
    const accepted = await f.ok(who, ACCEPT, { c: ` ${code.toUpperCase()} ` });
    expect(accepted.acceptGuardianInvitation).toEqual({ relation: 'MOTHER', student: { id: older, fullName: 'Anu Rao' } });
    expect((await f.ok(who, `query($id: ID!) { student(id: $id) { fullName } }`, { id: older })).student).toEqual({ fullName: 'Anu Rao' });
    // A spent code is refused like a wrong one.
    expect(fieldError(await f.gql(who, ACCEPT, { c: code }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'code',
      message: 'code is wrong, spent or expired',
    });
    const staff = await f.ok(
      f.admin,
      `query($id: ID!) { student(id: $id) { guardians { relation isPrimary accepted acceptedAt user { displayName } } } }`,
      {
        id: older,
      },
    );
    expect(staff.student.guardians).toEqual([
      { relation: 'MOTHER', isPrimary: true, accepted: true, acceptedAt: expect.any(String), user: { displayName: 'Meera Rao' } },
    ]);
  });

  it("links an existing account only when its holder accepts with the code: someone else's code does nothing", async () => {
    const parent = await f.member('TEACHER', { school: f.other });
    const invited = await f.ok(f.admin, INVITE, { i: { studentId: younger, relation: 'FATHER', firstName: 'Ravi', email: parent.email } });
    const sameShape = Object.keys(invited.inviteGuardian).sort();
    expect(sameShape).toEqual(['code', 'expiresAt', 'guardian']);
    // The account keeps its own password: the code is no password for it.
    const withCode = await f.gql(
      null,
      LOGIN,
      { l: parent.email, p: invited.inviteGuardian.code, n: null },
      { host: `${f.school.subdomain}.localhost` },
    );
    expect(errorCodes(withCode)).toEqual(['UNAUTHENTICATED']);
    const who = await signInAs(parent.email, f.estate.password);
    expect((await f.ok(who, '{ me { currentSchool { roleName } children { relation } } }')).me).toEqual({
      currentSchool: { roleName: 'GUARDIAN' },
      children: [],
    });
    // Another guardian's code is refused exactly as a wrong one.
    const other = await f.ok(f.admin, INVITE, { i: { studentId: classmate, relation: 'MOTHER' } });
    for (const code of [other.inviteGuardian.code, 'abcdefghjkmnpqrs']) {
      expect(fieldError(await f.gql(who, ACCEPT, { c: code }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'code',
        message: 'code is wrong, spent or expired',
      });
    }
    expect((await f.ok(who, `query($id: ID!) { student(id: $id) { id } }`, { id: classmate })).student).toBeNull();
    await f.ok(who, ACCEPT, { c: invited.inviteGuardian.code });
    expect((await f.ok(who, '{ me { children { relation student { id } } } }')).me.children).toEqual([
      { relation: 'FATHER', student: { id: younger } },
    ]);
  });

  it("turns a class's guardian contacts into invitations, 25 a call, skipping the ones that cannot be invited", async () => {
    const bulkClass = (await f.ok(f.admin, `mutation { createClass(input: { name: "Grade 9", sortOrder: 9 }) { id } }`)).createClass.id;
    // 30 students with a phone on record, one with a malformed phone, one with no contact.
    await f.sql(
      `INSERT INTO "Student" ("schoolId", "admissionNo", "firstName", "classId", "guardianName", "guardianPhone")
       SELECT $1, 'B-' || lpad(n::text, 3, '0'), 'Bulk', $2, 'Parent ' || n, CASE WHEN n = 31 THEN '12' WHEN n = 32 THEN NULL ELSE '+91977' || lpad(n::text, 7, '0') END
       FROM generate_series(1, 32) n`,
      [f.school.id, bulkClass],
    );
    const BULK = `mutation($i: InviteGuardiansFromContactsInput!) { inviteGuardiansFromContacts(input: $i) {
      invitations { code guardian { relation accepted student { admissionNo } user { displayName } } }
      skipped { student { admissionNo } reason } remaining } }`;
    const first = (await f.ok(f.admin, BULK, { i: { classId: bulkClass } })).inviteGuardiansFromContacts;
    expect(first.invitations).toHaveLength(25);
    expect(first.invitations[0]).toEqual({
      code: expect.stringMatching(/^[a-z2-9]{16}$/),
      guardian: { relation: 'GUARDIAN', accepted: false, student: { admissionNo: 'B-001' }, user: { displayName: 'Parent 1' } },
    });
    expect(first.skipped).toEqual([]);
    expect(first.remaining).toBe(6);
    const second = (await f.ok(f.admin, BULK, { i: { classId: bulkClass, relation: 'parent' } })).inviteGuardiansFromContacts;
    expect({ invited: second.invitations.length, skipped: second.skipped, remaining: second.remaining }).toEqual({
      invited: 5,
      skipped: [{ student: { admissionNo: 'B-031' }, reason: 'phone must be 7 to 15 digits with an optional leading +' }],
      remaining: 0,
    });
    // Each code signs its own guardian in (a new account: the code is its one-time password).
    const who = await signInAs('+919770000027', second.invitations[1].code, 'parent-own-password');
    expect((await f.ok(who, ACCEPT, { c: second.invitations[1].code })).acceptGuardianInvitation.student).toMatchObject({
      fullName: 'Bulk',
    });
    const unknown = await f.gql(f.admin, BULK, { i: { classId: '00000000-0000-4000-8000-000000000000' } });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
  });

  it('refuses a member with another role, a student who is not ACTIVE, and a contact-less invitation', async () => {
    const refusal = await f.gql(f.admin, INVITE, { i: { studentId: younger, relation: 'UNCLE', firstName: 'T', email: teacher.email } });
    expect(fieldError(refusal)).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/another role/) });
    const gone = await student('G-9', 'Gone');
    await f.ok(f.admin, `mutation($id: ID!) { updateStudent(input: { id: $id, status: LEFT }) { id } }`, { id: gone });
    expect(
      errorCodes(await f.gql(f.admin, INVITE, { i: { studentId: gone, relation: 'MOTHER', phone: '+919811111111', firstName: 'X' } })),
    ).toEqual(['NOT_FOUND']);
    expect(errorCodes(await f.gql(f.admin, INVITE, { i: { studentId: younger, relation: 'AUNT' } }))).toEqual(['BAD_USER_INPUT']);
    // Inviting needs student:write; a teacher reads guardians but invites nobody.
    expect(errorCodes(await f.gql(teacher, INVITE, { i: { studentId: younger, relation: 'AUNT', phone: '+919822222222' } }))).toEqual([
      'FORBIDDEN',
    ]);
  });
});

describe("a guardian of two siblings reads each child's records, and nobody else's", () => {
  let guardian: SignedIn;
  let leaveId: string;

  beforeAll(async () => {
    guardian = await newGuardian('+919833333333', [older, younger]);
    const today = schoolToday();
    await f.ok(teacher, `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { marked } }`, {
      i: {
        classId,
        divisionId,
        date: today,
        entries: [older, younger, classmate].map((studentId) => ({ studentId, status: 'PRESENT' })),
      },
    });
  });

  it('lists, searches and rosters show the children only', async () => {
    const list = await f.ok(guardian, '{ students(first: 50) { totalCount nodes { id } } }');
    expect(list.students.nodes.map((s: { id: string }) => s.id).sort()).toEqual([older, younger].sort());
    expect(list.students.totalCount).toBe(2);
    expect((await f.ok(guardian, '{ students(search: "Chitra") { totalCount } }')).students.totalCount).toBe(0);
    expect((await f.ok(guardian, `query($id: ID!) { student(id: $id) { id } }`, { id: classmate })).student).toBeNull();
    const roster = await f.ok(guardian, `query($c: ID!) { classRoster(classId: $c) { id } }`, { c: classId });
    expect(roster.classRoster.map((s: { id: string }) => s.id).sort()).toEqual([older, younger].sort());
    const register = await f.ok(
      guardian,
      `query($c: ID!, $d: Date!) { classRegister(classId: $c, from: $d, to: $d) { rows { student { id } } } }`,
      {
        c: classId,
        d: schoolToday(),
      },
    );
    expect(register.classRegister.rows.map((r: { student: { id: string } }) => r.student.id).sort()).toEqual([older, younger].sort());
    expect((await f.ok(guardian, '{ me { children { student { id } } } }')).me.children).toHaveLength(2);
  });

  it("reads a child's fees and dues, never the classmate's line", async () => {
    const fee = await f.ok(f.admin, `mutation($i: CreateFeeStructureInput!) { createFeeStructure(input: $i) { id } }`, {
      i: { academicYearId: yearId, classId, name: 'Term fee', amount: '1200.00', dueDate: schoolToday() },
    });
    await f.ok(f.admin, `mutation($i: ChargeFeesInput!) { chargeFees(input: $i) { __typename } }`, {
      i: { feeStructureId: fee.createFeeStructure.id, classId },
    });
    const dues = await f.ok(guardian, `query($c: ID!) { classDues(classId: $c) { students { nodes { student { id } } } } }`, {
      c: classId,
    });
    expect(dues.classDues.students.nodes.map((n: { student: { id: string } }) => n.student.id).sort()).toEqual([older, younger].sort());
    const balances = await f.ok(guardian, `query($id: ID!) { student(id: $id) { feeBalance } }`, { id: older });
    expect(balances.student.feeBalance).toBe('1200.00');
  });

  it('sees the trip that carries a child, with that child alone on its manifest', async () => {
    const plan = await f.ok(
      manager,
      `mutation($d: Date!) { scheduleTrips(input: { date: $d }) { trips { nodes { id direction route { id } } } } }`,
      {
        d: schoolToday(),
      },
    );
    const tripId = plan.scheduleTrips.trips.nodes.find((t: any) => t.direction === 'PICKUP' && t.route.id === routeId).id;
    const seen = await f.ok(
      guardian,
      `query($t: ID!) { trip(id: $t) { id progress { expected } manifest { expectedCount stops { expected { student { id } } } } } }`,
      { t: tripId },
    );
    expect(seen.trip.progress.expected).toBe(1);
    const riders = seen.trip.manifest.stops.flatMap((s: { expected: { student: { id: string } }[] }) =>
      s.expected.map((e) => e.student.id),
    );
    expect({ riders, count: seen.trip.manifest.expectedCount }).toEqual({ riders: [older], count: 1 });
  });

  it('applies for leave for a child (recorded as the applicant), never for another', async () => {
    const apply = `mutation($i: ApplyForLeaveInput!) { applyForLeave(input: $i) { id student { id } appliedBy { displayName } } }`;
    const dates = { fromDate: schoolToday(), toDate: schoolToday(), reason: 'Fever' };
    // Two children: which one must be said.
    expect(errorCodes(await f.gql(guardian, apply, { i: dates }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await f.gql(guardian, apply, { i: { ...dates, studentId: classmate } }))).toEqual(['NOT_FOUND']);
    const applied = await f.ok(guardian, apply, { i: { ...dates, studentId: younger } });
    expect(applied.applyForLeave).toMatchObject({ student: { id: younger }, appliedBy: { displayName: 'Meera' } });
    leaveId = applied.applyForLeave.id;
    const seen = await f.ok(guardian, '{ leaveApplications { nodes { id } } }');
    expect(seen.leaveApplications.nodes).toEqual([{ id: leaveId }]);
  });

  it("writes to the child's class teacher; another family's account reads as unknown", async () => {
    const teacherOf = await f.ok(guardian, `query($id: ID!) { student(id: $id) { classTeacher { id displayName roleName } } }`, {
      id: younger,
    });
    expect(teacherOf.student.classTeacher).toEqual({
      id: f.globalId('User', teacher.userId),
      displayName: 'TEACHER Fixture',
      roleName: 'TEACHER',
    });
    const thread = await f.ok(guardian, `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
      i: { subject: 'Bala is unwell', participantIds: [teacherOf.student.classTeacher.id], body: 'He will be away today.' },
    });
    const inbox = await f.ok(teacher, '{ myThreads { nodes { id subject } } }');
    expect(inbox.myThreads.nodes).toContainEqual({ id: thread.startThread.id, subject: 'Bala is unwell' });
    const pupil = await f.member('STUDENT');
    const refused = await f.gql(guardian, `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
      i: { subject: 'Hello', participantIds: [pupil.userId], body: 'Hi' },
    });
    expect(errorCodes(refused)).toEqual(['NOT_FOUND']);
    // The teacher finds the guardians on the student's record and writes to them.
    const guardians = await f.ok(teacher, `query($id: ID!) { student(id: $id) { guardians { relation user { id displayName } } } }`, {
      id: younger,
    });
    const meera = guardians.student.guardians.find((g: { user: { displayName: string } | null }) => g.user?.displayName === 'Meera');
    await f.ok(teacher, `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`, {
      i: { subject: 'Sports day', participantIds: [meera.user.id], body: 'Bala runs the 100 m.' },
    });
    const heard = await f.ok(guardian, '{ myThreads { nodes { subject createdBy { displayName roleName } } } }');
    expect(heard.myThreads.nodes).toContainEqual({
      subject: 'Sports day',
      createdBy: { displayName: 'TEACHER Fixture', roleName: 'TEACHER' },
    });
    // The directory: staff yes, another family's account no.
    const card = `query($id: ID!) { node(id: $id) { ... on User { displayName } } }`;
    expect((await f.ok(guardian, card, { id: f.globalId('User', teacher.userId) })).node).toEqual({ displayName: 'TEACHER Fixture' });
    expect((await f.ok(guardian, card, { id: f.globalId('User', pupil.userId) })).node).toBeNull();
  });

  it("sees the announcements to guardians and to a child's class; a student does not see the guardians' ones", async () => {
    const publish = `mutation($i: PublishAnnouncementInput!) { publishAnnouncement(input: $i) { id } }`;
    await f.ok(f.admin, publish, { i: { title: 'Parents evening', body: 'Friday 5 pm', toGuardians: true } });
    await f.ok(f.admin, publish, { i: { title: 'Grade 4 trip', body: 'Monday', classId } });
    const titles = async (who: SignedIn) =>
      (await f.ok(who, '{ announcements { nodes { title audience } } }')).announcements.nodes.map((n: { title: string }) => n.title);
    expect(await titles(guardian)).toEqual(expect.arrayContaining(['Parents evening', 'Grade 4 trip']));
    const pupil = await f.member('STUDENT');
    await f.sql(`UPDATE "Student" SET "userId" = $1 WHERE id = $2`, [pupil.userId, classmate]);
    const seen = await titles(pupil);
    expect(seen).toContain('Grade 4 trip');
    expect(seen).not.toContain('Parents evening');
  });

  it('another school sees nothing of the link, and the guardian nothing of another school', async () => {
    const elsewhere = await f.member('SCHOOL_ADMIN', { school: f.other });
    const otherStudent = await f.sql(
      `INSERT INTO "Student" ("schoolId", "admissionNo", "firstName") VALUES ($1, 'X-1', 'Far') RETURNING id`,
      [f.other.id],
      f.other,
    );
    // By its plain key (a global id of another school does not even open here: BAD_USER_INPUT).
    const key = otherStudent.rows[0].id;
    expect((await f.ok(guardian, `query($id: ID!) { student(id: $id) { id } }`, { id: key })).student).toBeNull();
    expect((await f.ok(elsewhere, `query($id: ID!) { student(id: $id) { id } }`, { id: f.keyOf(older) })).student).toBeNull();
    expect(
      errorCodes(
        await f.gql(elsewhere, `mutation($i: UnlinkGuardianInput!) { unlinkGuardian(input: $i) { id } }`, {
          i: { studentId: f.keyOf(older), userId: f.keyOf((await f.ok(guardian, '{ me { user { id } } }')).me.user.id) },
        }),
      ),
    ).toEqual(['NOT_FOUND']);
  });
});

it('a guardian with children in two schools picks the school at sign-in, as staff do', async () => {
  const guardian = await newGuardian('+919866666666', [younger]);
  const adminB = await f.member('SCHOOL_ADMIN', { school: f.other });
  const far = await f.sql(
    `INSERT INTO "Student" ("schoolId", "admissionNo", "firstName", "lastName") VALUES ($1, 'B-1', 'Esha', 'Rao') RETURNING id`,
    [f.other.id],
    f.other,
  );
  const invited = await f.ok(adminB, INVITE, {
    i: { studentId: far.rows[0].id, relation: 'MOTHER', phone: '+919866666666', firstName: 'M' },
  });
  const answer = await f.gql(
    null,
    LOGIN,
    { l: '+919866666666', p: 'meera-own-password', n: null },
    { host: `${f.other.subdomain}.localhost` },
  );
  const atB = { token: answer.body.data.login.accessToken } as SignedIn;
  await f.ok(atB, ACCEPT, { c: invited.inviteGuardian.code });
  const names = async (who: SignedIn) =>
    (await f.ok(who, '{ me { schools { roleName } children { student { fullName } } } }')).me as {
      schools: unknown[];
      children: Array<{ student: { fullName: string } }>;
    };
  const inB = await names(atB);
  expect({ schools: inB.schools.length, children: inB.children.map((c) => c.student.fullName) }).toEqual({
    schools: 2,
    children: ['Esha Rao'],
  });
  expect((await names(guardian)).children.map((c) => c.student.fullName)).toEqual(['Bala Rao']);
});

it('a page of students with their guardians and class teachers costs the same statements for 2 students as for all', async () => {
  const q = `query($n: Int) { students(search: "Volume", first: $n) { nodes { classTeacher { displayName } guardians { relation user { displayName } } } } }`;
  const count = async (n: number) => {
    let nodes = 0;
    const statements = await f.statements(async () => void (nodes = (await f.ok(f.admin, q, { n })).students.nodes.length));
    return { nodes, statements: statements.length };
  };
  // Eight more students of the class, each with an accepted guardian (by SQL: volume, not the flow under test).
  await f.sql(
    `WITH s AS (
       INSERT INTO "Student" ("schoolId", "admissionNo", "firstName", "classId", "divisionId")
       SELECT $1, 'V-' || n, 'Volume', $2, $3 FROM generate_series(1, 8) n RETURNING id)
     INSERT INTO "StudentGuardian" ("schoolId", "studentId", "userId", relation, "acceptedAt") SELECT $1, id, $4, 'FATHER', now() FROM s`,
    [f.school.id, classId, divisionId, teacher.userId],
  );
  await count(1); // warm: a process's first use of a pool sets its connections up
  const few = await count(2);
  const all = await count(100);
  expect({ few: few.nodes, all: all.nodes }).toEqual({ few: 2, all: 8 });
  expect(all.statements).toBe(few.statements);
});

describe('the end of a link', () => {
  it('unlinking ends access to that child at once; the last link ends the school and its sessions', async () => {
    const guardian = await newGuardian('+919844444444', [older, younger]);
    const userId = (await f.ok(guardian, '{ me { user { id } } }')).me.user.id;
    const unlink = `mutation($i: UnlinkGuardianInput!) { unlinkGuardian(input: $i) { id } }`;
    await f.ok(f.admin, unlink, { i: { studentId: older, userId } });
    expect((await f.ok(guardian, `query($id: ID!) { student(id: $id) { id } }`, { id: older })).student).toBeNull();
    expect((await f.ok(guardian, `query($id: ID!) { student(id: $id) { id } }`, { id: younger })).student).toEqual({ id: younger });
    expect(errorCodes(await f.gql(f.admin, unlink, { i: { studentId: older, userId } }))).toEqual(['NOT_FOUND']);
    await f.ok(f.admin, unlink, { i: { studentId: younger, userId } });
    await signedOut(guardian);
    // The audit trail names who invited (and unlinked) and who accepted; the code's hash is never shown.
    const trail = await f.ok(
      f.admin,
      `{ auditTrail(filter: { recordTypes: ["Guardian"] }, first: 100) { nodes { action recordId by { id } changes { field before after } } } }`,
    );
    type Entry = {
      action: string;
      recordId: string;
      by: { id: string };
      changes: Array<{ field: string; before: string | null; after: string | null }>;
    };
    const entries: Entry[] = trail.auditTrail.nodes;
    const links = new Set(entries.filter((e) => e.changes.some((c) => c.field === 'userId' && c.after === userId)).map((e) => e.recordId));
    const adminId = f.globalId('User', f.admin.userId);
    const mine = entries
      .filter((e) => links.has(e.recordId))
      // The guardian is no member of the school any more: their entries name nobody (null), as for any former member.
      .map((e) => `${e.action} by ${e.by === null ? 'a former member' : e.by.id === adminId ? 'admin' : e.by.id}`);
    expect(mine.sort()).toEqual([
      'CREATED by admin',
      'CREATED by admin',
      'DELETED by admin',
      'DELETED by admin',
      'UPDATED by a former member',
      'UPDATED by a former member',
    ]);
    expect(entries.flatMap((e) => e.changes.map((c) => c.field))).not.toContain('codeHash');
    const member = await f.centralSql(`SELECT count(*)::int AS n FROM "EmployeeUserSchool" WHERE "userId" = $1`, [f.keyOf(userId)]);
    expect(member.rows[0].n).toBe(0);
  });

  it('a child who leaves the school takes a guardian with no other child with them', async () => {
    const leaver = await student('G-7', 'Dev');
    const guardian = await newGuardian('+919855555555', [leaver]);
    await f.ok(guardian, '{ me { firstName } }');
    await f.ok(f.admin, `mutation($id: ID!) { updateStudent(input: { id: $id, status: LEFT }) { id } }`, { id: leaver });
    await signedOut(guardian);
    const links = await f.sql(`SELECT count(*)::int AS n FROM "StudentGuardian" WHERE "studentId" = $1`, [leaver]);
    expect(links.rows[0].n).toBe(0);
  });
});
