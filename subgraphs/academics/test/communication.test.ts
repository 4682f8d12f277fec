/** Announcements, leave applications (approval marks LEAVE) and message threads. */
import { randomUUID } from 'node:crypto';
import type { Caller } from '@syncad/subgraph-kit';
import { startAcademicsFixture, type AcademicsFixture } from './support/academicsFixture';
import { seedClass, seedStudents, type SeededClass } from './support/seed';

let f: AcademicsFixture;
let c: SeededClass;
let other: SeededClass;
let ids: string[];
let pupil: Caller;
const Y = new Date().getFullYear() - 1;

function codes(answer: { body: { errors?: { extensions?: { code?: string } }[] } }): (string | undefined)[] {
  return (answer.body.errors ?? []).map((e) => e.extensions?.code);
}

beforeAll(async () => {
  f = await startAcademicsFixture('acad_comm');
  c = await seedClass(f, 'Grade 2');
  other = await seedClass(f, 'Grade 9');
  ids = await seedStudents(f, c, 2, 'G2');
  pupil = f.caller({ roleName: 'STUDENT', selfScoped: true });
  await f.sql(`UPDATE "Student" SET "userId" = $1 WHERE id = $2`, [pupil.userId, ids[0]]);
});
afterAll(() => f?.close());

describe('announcements', () => {
  it('publishes to the school or a class; a student sees the school’s and their class’s only', async () => {
    const publish = `mutation($i: PublishAnnouncementInput!) { publishAnnouncement(input: $i) { id audience class { id } } }`;
    const school = await f.ok(f.admin, publish, { i: { title: 'Holiday', body: 'Closed on Friday' } });
    expect(school.publishAnnouncement).toMatchObject({ audience: 'SCHOOL', class: null });
    const mine = await f.ok(f.admin, publish, { i: { title: 'Grade 2 trip', body: 'Zoo', classId: c.classId } });
    await f.ok(f.admin, publish, { i: { title: 'Grade 9 exam', body: 'Hall B', classId: other.classId } });
    expect(codes(await f.gql(f.admin, publish, { i: { title: 'x', body: 'y', classId: randomUUID() } }))).toEqual(['NOT_FOUND']);
    expect(codes(await f.gql(f.admin, publish, { i: { title: ' ', body: 'y' } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await f.gql(f.admin, publish, { i: { title: 'x', body: 'y', expiresAt: '2000-01-01T00:00:00Z' } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await f.gql(pupil, publish, { i: { title: 'x', body: 'y' } }))).toEqual(['FORBIDDEN']);

    const staff = await f.ok(f.admin, `{ announcements { title } }`);
    expect(staff.announcements.map((a: { title: string }) => a.title).sort()).toEqual(['Grade 2 trip', 'Grade 9 exam', 'Holiday']);
    const seen = await f.ok(pupil, `{ announcements { id title } }`);
    expect(seen.announcements.map((a: { id: string }) => a.id).sort()).toEqual([school.publishAnnouncement.id, mine.publishAnnouncement.id].sort());
  });
});

describe('leave', () => {
  const APPLY = `mutation($i: ApplyForLeaveInput!) { applyForLeave(input: $i) { id status student { id } appliedBy } }`;

  it('a student applies for themself only; staff apply on a student’s behalf', async () => {
    const own = await f.ok(pupil, APPLY, { i: { fromDate: `${Y}-07-01`, toDate: `${Y}-07-03`, reason: 'Fever' } });
    expect(own.applyForLeave).toMatchObject({ status: 'PENDING', student: { id: ids[0] }, appliedBy: pupil.userId });
    const forOther = await f.gql(pupil, APPLY, { i: { studentId: ids[1], fromDate: `${Y}-07-01`, toDate: `${Y}-07-01`, reason: 'x' } });
    expect(codes(forOther)).toEqual(['NOT_FOUND']);
    const staff = await f.ok(f.admin, APPLY, { i: { studentId: ids[1], fromDate: `${Y}-07-02`, toDate: `${Y}-07-02`, reason: 'Wedding' } });
    expect(staff.applyForLeave.student.id).toBe(ids[1]);
    expect(codes(await f.gql(f.admin, APPLY, { i: { fromDate: `${Y}-07-02`, toDate: `${Y}-07-02`, reason: 'x' } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await f.gql(f.admin, APPLY, { i: { studentId: ids[1], fromDate: `${Y}-07-05`, toDate: `${Y}-07-02`, reason: 'x' } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('approving marks the covered days LEAVE in one transaction; deciding twice is CONFLICT', async () => {
    await f.ok(f.admin, `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { marked } }`, {
      i: { classId: c.classId, date: `${Y}-07-01`, entries: [{ studentId: ids[0], status: 'ABSENT' }] },
    });
    const list = await f.ok(f.admin, `{ leaveApplications(status: PENDING) { id student { id } } }`);
    const pending = list.leaveApplications.find((l: { student: { id: string } }) => l.student.id === ids[0]);
    expect(codes(await f.gql(pupil, `mutation($id: ID!) { approveLeave(id: $id) { id } }`, { id: pending.id }))).toEqual(['FORBIDDEN']);
    const approved = await f.ok(f.admin, `mutation($id: ID!) { approveLeave(id: $id, note: "Get well") { status decidedBy decisionNote decidedAt } }`, { id: pending.id });
    expect(approved.approveLeave).toMatchObject({ status: 'APPROVED', decidedBy: f.admin.userId, decisionNote: 'Get well' });
    const days = await f.sql(`SELECT date::text, status FROM "Attendance" WHERE "studentId" = $1 AND date BETWEEN $2 AND $3 ORDER BY date`, [ids[0], `${Y}-07-01`, `${Y}-07-03`]);
    expect(days.rows).toEqual([
      { date: `${Y}-07-01`, status: 'LEAVE' },
      { date: `${Y}-07-02`, status: 'LEAVE' },
      { date: `${Y}-07-03`, status: 'LEAVE' },
    ]);
    expect(codes(await f.gql(f.admin, `mutation($id: ID!) { rejectLeave(id: $id) { id } }`, { id: pending.id }))).toEqual(['CONFLICT']);
    expect(codes(await f.gql(f.admin, `mutation($id: ID!) { approveLeave(id: $id) { id } }`, { id: randomUUID() }))).toEqual(['NOT_FOUND']);
    expect(codes(await f.gql(f.admin, `mutation { approveLeave(id: "x") { id } }`))).toEqual(['BAD_USER_INPUT']);
  });

  it('rejecting writes no attendance; a student lists only their own applications', async () => {
    const other = await f.ok(f.admin, `{ leaveApplications(status: PENDING) { id } }`);
    const rejected = await f.ok(f.admin, `mutation($id: ID!) { rejectLeave(id: $id) { status student { id } } }`, { id: other.leaveApplications[0].id });
    expect(rejected.rejectLeave).toEqual({ status: 'REJECTED', student: { id: ids[1] } });
    const att = await f.sql(`SELECT count(*)::int AS n FROM "Attendance" WHERE "studentId" = $1`, [ids[1]]);
    expect(att.rows[0].n).toBe(0);
    const own = await f.ok(pupil, `{ leaveApplications { student { id } } }`);
    expect(own.leaveApplications).toEqual([{ student: { id: ids[0] } }]);
  });
});

describe('messages', () => {
  const teacher = () => f.caller({ roleName: 'TEACHER' });

  it('threads: send, list mine, read; outsiders cannot read or write', async () => {
    const t = teacher();
    const outsider = teacher();
    const started = await f.ok(t, `mutation($i: StartThreadInput!) { startThread(input: $i) { id subject participantIds messages { body senderId } } }`, {
      i: { subject: 'Homework', participantIds: [pupil.userId], body: 'Please submit by Monday' },
    });
    const thread = started.startThread;
    expect(thread.participantIds.sort()).toEqual([t.userId, pupil.userId].sort());
    expect(thread.messages).toEqual([{ body: 'Please submit by Monday', senderId: t.userId }]);
    await f.ok(pupil, `mutation($t: ID!) { sendMessage(threadId: $t, body: "Will do") { id } }`, { t: thread.id });
    const read = await f.ok(pupil, `query($t: ID!) { thread(id: $t) { messages(last: 1) { body } } myThreads { id } }`, { t: thread.id });
    expect(read).toEqual({ thread: { messages: [{ body: 'Will do' }] }, myThreads: [{ id: thread.id }] });

    const peek = await f.ok(outsider, `query($t: ID!) { thread(id: $t) { id } myThreads { id } }`, { t: thread.id });
    expect(peek).toEqual({ thread: null, myThreads: [] });
    expect(codes(await f.gql(outsider, `mutation($t: ID!) { sendMessage(threadId: $t, body: "hi") { id } }`, { t: thread.id }))).toEqual(['NOT_FOUND']);
    expect(codes(await f.gql(t, `mutation { startThread(input: { subject: "x", participantIds: [], body: "y" }) { id } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await f.gql(t, `mutation { startThread(input: { subject: "x", participantIds: ["nope"], body: "y" }) { id } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await f.gql(t, `query($t: ID!) { thread(id: $t) { messages(last: 0) { id } } }`, { t: thread.id }))).toEqual(['BAD_USER_INPUT']);
    const count = await f.sql(`SELECT count(*)::int AS n FROM "Message"`);
    expect(count.rows[0].n).toBe(2);
  });
});
