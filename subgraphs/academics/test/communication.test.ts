/** Announcements, leave applications (approval marks LEAVE) and message threads. */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Member } from '@syncad/test-support';
import { startAcademicsFixture, type AcademicsFixture } from './support/academicsFixture';
import { addDays } from '@syncad/subgraph-kit';
import { schoolToday } from '@syncad/test-support';
import { seedClass, seedStudents, type SeededClass } from './support/seed';

let f: AcademicsFixture;
let c: SeededClass;
let other: SeededClass;
let ids: string[];
let pupil: Member;
const today = schoolToday();
/** A Monday two to three weeks back: past weekdays the leave tests can mark and approve. */
const monday = addDays(today, -14 - ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
const day = (offset: number) => addDays(monday, offset);

function codes(answer: { body: { errors?: { extensions?: { code?: string } }[] } }): (string | undefined)[] {
  return (answer.body.errors ?? []).map((e) => e.extensions?.code);
}

beforeAll(async () => {
  f = await startAcademicsFixture();
  c = await seedClass(f, 'Grade 2');
  other = await seedClass(f, 'Grade 9');
  ids = await seedStudents(f, c, 2, 'G2');
  pupil = await f.member('STUDENT');
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
    expect(codes(await f.gql(f.admin, publish, { i: { title: 'x', body: 'y', expiresAt: '2000-01-01T00:00:00Z' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await f.gql(pupil, publish, { i: { title: 'x', body: 'y' } }))).toEqual(['FORBIDDEN']);

    const staff = await f.ok(f.admin, `{ announcements { nodes { title } } }`);
    expect(staff.announcements.nodes.map((a: { title: string }) => a.title).sort()).toEqual(['Grade 2 trip', 'Grade 9 exam', 'Holiday']);
    const seen = await f.ok(pupil, `{ announcements { nodes { id title } } }`);
    expect(seen.announcements.nodes.map((a: { id: string }) => a.id).sort()).toEqual(
      [school.publishAnnouncement.id, mine.publishAnnouncement.id].sort(),
    );
  });
});

describe('announcement corrections', () => {
  it('an announcement is corrected (title, text, expiry) and withdrawn (announcement:delete); unknown ids are NOT_FOUND', async () => {
    const made = await f.ok(f.admin, `mutation { publishAnnouncement(input: { title: "Sports dya", body: "Friday" }) { id } }`);
    const id = made.publishAnnouncement.id;
    const UPDATE = `mutation($i: UpdateAnnouncementInput!) { updateAnnouncement(input: $i) { id title body audience expiresAt } }`;
    const fixed = await f.ok(f.admin, UPDATE, { i: { id, title: 'Sports day', expiresAt: '2099-01-01T00:00:00.000Z' } });
    expect(fixed.updateAnnouncement).toEqual({
      id,
      title: 'Sports day',
      body: 'Friday',
      audience: 'SCHOOL',
      expiresAt: '2099-01-01T00:00:00.000Z',
    });
    expect(codes(await f.gql(f.admin, UPDATE, { i: { id, expiresAt: '2000-01-01T00:00:00Z' } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await f.gql(f.admin, UPDATE, { i: { id: randomUUID(), title: 'x' } }))).toEqual(['NOT_FOUND']);

    const WITHDRAW = `mutation($id: ID!) { withdrawAnnouncement(input: { id: $id }) }`;
    // A teacher publishes (announcement:write) but does not withdraw (no announcement:delete).
    const teacher = await f.member('TEACHER');
    expect((await f.gql(teacher, WITHDRAW, { id })).status).toBe(403);
    expect((await f.ok(f.admin, WITHDRAW, { id })).withdrawAnnouncement).toBe(id);
    const titles = (await f.ok(pupil, `{ announcements(first: 100) { nodes { id } } }`)).announcements.nodes.map(
      (a: { id: string }) => a.id,
    );
    expect(titles).not.toContain(id);
    expect(codes(await f.gql(f.admin, WITHDRAW, { id }))).toEqual(['NOT_FOUND']);
  });
});

describe('leave', () => {
  const APPLY = `mutation($i: ApplyForLeaveInput!) { applyForLeave(input: $i) { id status student { id } appliedBy { id } } }`;
  const apply = (studentId: string, fromDate: string, toDate: string) =>
    f.gql(f.admin, APPLY, { i: { studentId, fromDate, toDate, reason: 'Family' } });
  const decide = (verb: 'approveLeave' | 'rejectLeave', id: string) =>
    f.ok(f.admin, `mutation($id: ID!) { ${verb}(input: { id: $id }) { status } }`, { id });
  const applications = async (studentId: string) =>
    (
      await f.sql(
        `SELECT "fromDate"::text AS "from", "toDate"::text AS "to", status FROM "LeaveApplication" WHERE "studentId" = $1 ORDER BY "fromDate", status`,
        [studentId],
      )
    ).rows;

  it('a student applies for themself only; staff apply on a student’s behalf', async () => {
    const own = await f.ok(pupil, APPLY, { i: { fromDate: day(0), toDate: day(2), reason: 'Fever' } });
    expect(own.applyForLeave).toMatchObject({
      status: 'PENDING',
      student: { id: ids[0] },
      appliedBy: { id: f.globalId('User', pupil.userId) },
    });
    const forOther = await f.gql(pupil, APPLY, { i: { studentId: ids[1], fromDate: day(0), toDate: day(0), reason: 'x' } });
    expect(codes(forOther)).toEqual(['NOT_FOUND']);
    const staff = await f.ok(f.admin, APPLY, { i: { studentId: ids[1], fromDate: day(1), toDate: day(1), reason: 'Wedding' } });
    expect(staff.applyForLeave.student.id).toBe(ids[1]);
    expect(codes(await f.gql(f.admin, APPLY, { i: { fromDate: day(1), toDate: day(1), reason: 'x' } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('approving marks the covered days LEAVE in one transaction; deciding twice is CONFLICT', async () => {
    await f.ok(f.admin, `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { marked } }`, {
      i: { classId: c.classId, date: day(0), entries: [{ studentId: ids[0], status: 'ABSENT' }] },
    });
    const list = await f.ok(f.admin, `{ leaveApplications(status: PENDING) { nodes { id student { id } } } }`);
    const pending = list.leaveApplications.nodes.find((l: { student: { id: string } }) => l.student.id === ids[0]);
    expect(codes(await f.gql(pupil, `mutation($id: ID!) { approveLeave(input: { id: $id }) { id } }`, { id: pending.id }))).toEqual([
      'FORBIDDEN',
    ]);
    const approved = await f.ok(
      f.admin,
      `mutation($id: ID!) { approveLeave(input: { id: $id, note: "Get well" }) { status decidedBy { id } decisionNote decidedAt } }`,
      { id: pending.id },
    );
    expect(approved.approveLeave).toMatchObject({
      status: 'APPROVED',
      decidedBy: { id: f.globalId('User', f.admin.userId) },
      decisionNote: 'Get well',
    });
    const days = await f.sql(
      `SELECT date::text, status FROM "Attendance" WHERE "studentId" = $1 AND date BETWEEN $2 AND $3 ORDER BY date`,
      [ids[0], day(0), day(2)],
    );
    expect(days.rows).toEqual([
      { date: day(0), status: 'LEAVE' },
      { date: day(1), status: 'LEAVE' },
      { date: day(2), status: 'LEAVE' },
    ]);
    expect(codes(await f.gql(f.admin, `mutation($id: ID!) { rejectLeave(input: { id: $id }) { id } }`, { id: pending.id }))).toEqual([
      'CONFLICT',
    ]);
    expect(codes(await f.gql(f.admin, `mutation($id: ID!) { approveLeave(input: { id: $id }) { id } }`, { id: randomUUID() }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await f.gql(f.admin, `mutation { approveLeave(input: { id: "x" }) { id } }`))).toEqual(['BAD_USER_INPUT']);
  });

  it('the applicant cancels a pending application; nobody else can, and a decided one stays', async () => {
    const CANCEL = `mutation($id: ID!) { cancelLeaveApplication(input: { id: $id }) }`;
    const mine = await f.ok(pupil, APPLY, { i: { fromDate: day(20), toDate: day(20), reason: 'Dentist' } });
    const id = mine.applyForLeave.id;
    expect(codes(await f.gql(f.admin, CANCEL, { id }))).toEqual(['FORBIDDEN']);
    expect((await f.ok(pupil, CANCEL, { id })).cancelLeaveApplication).toBe(id);
    expect(codes(await f.gql(pupil, CANCEL, { id }))).toEqual(['NOT_FOUND']);

    const staffFiled = (await f.ok(f.admin, APPLY, { i: { studentId: ids[1], fromDate: day(22), toDate: day(22), reason: 'Trip' } }))
      .applyForLeave.id;
    expect(codes(await f.gql(pupil, CANCEL, { id: staffFiled }))).toEqual(['NOT_FOUND']);
    await decide('rejectLeave', staffFiled);
    expect(codes(await f.gql(f.admin, CANCEL, { id: staffFiled }))).toEqual(['CONFLICT']);
  });

  it('lists the applications of the students now in a class', async () => {
    const LIST = `query($c: ID!) { leaveApplications(classId: $c) { totalCount nodes { student { id } } } }`;
    const inClass = (await f.ok(f.admin, LIST, { c: c.classId })).leaveApplications;
    expect(inClass.totalCount).toBeGreaterThan(0);
    for (const node of inClass.nodes) expect(ids).toContain(node.student.id);
    expect((await f.ok(f.admin, LIST, { c: other.classId })).leaveApplications).toEqual({ totalCount: 0, nodes: [] });
  });

  it('rejecting writes no attendance; a student lists only their own applications', async () => {
    const other = await f.ok(f.admin, `{ leaveApplications(status: PENDING) { nodes { id } } }`);
    const rejected = await f.ok(f.admin, `mutation($id: ID!) { rejectLeave(input: { id: $id }) { status student { id } } }`, {
      id: other.leaveApplications.nodes[0].id,
    });
    expect(rejected.rejectLeave).toEqual({ status: 'REJECTED', student: { id: ids[1] } });
    const att = await f.sql(`SELECT count(*)::int AS n FROM "Attendance" WHERE "studentId" = $1`, [ids[1]]);
    expect(att.rows[0].n).toBe(0);
    const own = await f.ok(pupil, `{ leaveApplications { nodes { student { id } } } }`);
    expect(own.leaveApplications.nodes).toEqual([{ student: { id: ids[0] } }]);
  });

  it('staff remove a pending or rejected application entered in error (leave:delete); an approved one stays', async () => {
    const REMOVE = `mutation($id: ID!) { removeLeaveApplication(input: { id: $id }) }`;
    const pending = (await f.ok(pupil, APPLY, { i: { fromDate: day(30), toDate: day(30), reason: 'Typo' } })).applyForLeave.id;
    // A teacher decides leave (leave:write) but holds no leave:delete; the student neither.
    const teacher = await f.member('TEACHER');
    expect((await f.gql(teacher, REMOVE, { id: pending })).status).toBe(403);
    expect((await f.gql(pupil, REMOVE, { id: pending })).status).toBe(403);
    expect((await f.ok(f.admin, REMOVE, { id: pending })).removeLeaveApplication).toBe(pending);
    expect(codes(await f.gql(f.admin, REMOVE, { id: pending }))).toEqual(['NOT_FOUND']);
    const [s] = await seedStudents(f, c, 1, 'RM');
    const approved = (await f.ok(f.admin, APPLY, { i: { studentId: s, fromDate: day(32), toDate: day(32), reason: 'Fair' } })).applyForLeave
      .id;
    await decide('approveLeave', approved);
    expect(codes(await f.gql(f.admin, REMOVE, { id: approved }))).toEqual(['CONFLICT']);
    const rejected = (await f.ok(f.admin, APPLY, { i: { studentId: s, fromDate: day(34), toDate: day(34), reason: 'No' } })).applyForLeave
      .id;
    await decide('rejectLeave', rejected);
    expect((await f.ok(f.admin, REMOVE, { id: rejected })).removeLeaveApplication).toBe(rejected);
  });

  it('leave sharing a day with the student’s PENDING or APPROVED leave is CONFLICT naming it; nothing is written', async () => {
    const [s, peer] = await seedStudents(f, c, 2, 'OV');
    const d = (offset: number) => addDays(today, 10 + offset);
    const first = await apply(s, d(0), d(4));
    expect(codes(first)).toEqual([]);
    const clash = await apply(s, d(4), d(6));
    expect(codes(clash)).toEqual(['CONFLICT']);
    expect(clash.body.errors?.[0].message).toContain(`PENDING leave from ${d(0)} to ${d(4)}`);
    expect(codes(await apply(s, d(-2), d(8)))).toEqual(['CONFLICT']);
    expect(codes(await apply(s, d(2), d(2)))).toEqual(['CONFLICT']);

    await decide('approveLeave', first.body.data.applyForLeave.id);
    const afterApproval = await apply(s, d(1), d(1));
    expect(codes(afterApproval)).toEqual(['CONFLICT']);
    expect(afterApproval.body.errors?.[0].message).toContain(`APPROVED leave from ${d(0)} to ${d(4)}`);

    // The next day, another student's same days and a rejected leave's days are free.
    const next = await apply(s, d(5), d(5));
    expect(codes(next)).toEqual([]);
    expect(codes(await apply(peer, d(0), d(4)))).toEqual([]);
    await decide('rejectLeave', next.body.data.applyForLeave.id);
    expect(codes(await apply(s, d(5), d(6)))).toEqual([]);
    expect(await applications(s)).toEqual([
      { from: d(0), to: d(4), status: 'APPROVED' },
      { from: d(5), to: d(6), status: 'PENDING' },
      { from: d(5), to: d(5), status: 'REJECTED' },
    ]);
  });

  it('of concurrent overlapping applications for one student exactly one is accepted', async () => {
    const [s] = await seedStudents(f, c, 1, 'CC');
    const d = (offset: number) => addDays(today, 30 + offset);
    // A gate: while it holds this lock no application can insert, so all of them are in flight
    // together (past any unlocked overlap check) before the first one writes.
    const gate = new pg.Client({ connectionString: f.schoolDbUrl });
    gate.on('error', () => {});
    await gate.connect();
    try {
      await gate.query(`BEGIN; LOCK TABLE "LeaveApplication" IN SHARE ROW EXCLUSIVE MODE`);
      const answers = Promise.all(Array.from({ length: 8 }, (_, n) => apply(s, d(n % 3), d(3))));
      const waiting = async () =>
        (await f.sql(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))
          .rows[0].n;
      for (let tries = 0; tries < 100 && (await waiting()) < 8; tries++) await new Promise((r) => setTimeout(r, 50));
      expect(await waiting()).toBe(8);
      await gate.query('COMMIT');
      const settled = await answers;
      expect(settled.filter((a) => !a.body.errors).length).toBe(1);
      expect(settled.flatMap(codes)).toEqual(Array(7).fill('CONFLICT'));
    } finally {
      await gate.end();
    }
    expect(await applications(s)).toHaveLength(1);
  });

  it('refuses a reversed, overlong or implausibly dated leave, naming fromDate or toDate', async () => {
    const [s] = await seedStudents(f, c, 1, 'RG');
    const refusal = async (fromDate: string, toDate: string) =>
      (await apply(s, fromDate, toDate)).body.errors?.map((e: { extensions?: { code?: string; field?: string } }) => [
        e.extensions?.code,
        e.extensions?.field,
      ]);
    const d = (offset: number) => addDays(today, offset);
    const year = Number(today.slice(0, 4));
    expect(await refusal(d(5), d(4))).toEqual([['BAD_USER_INPUT', 'fromDate']]);
    expect(await refusal(d(0), d(60))).toEqual([['BAD_USER_INPUT', 'toDate']]);
    expect(await refusal(`${year - 3}-01-01`, `${year - 3}-12-31`)).toEqual([['BAD_USER_INPUT', 'toDate']]);
    expect(await refusal(d(-61), d(-61))).toEqual([['BAD_USER_INPUT', 'fromDate']]);
    expect(await refusal(`${year - 5}-03-02`, `${year - 5}-03-03`)).toEqual([['BAD_USER_INPUT', 'fromDate']]);
    expect(await refusal(d(366), d(366))).toEqual([['BAD_USER_INPUT', 'fromDate']]);
    expect(await refusal(`${year + 4}-03-02`, `${year + 4}-03-03`)).toEqual([['BAD_USER_INPUT', 'fromDate']]);
    expect(await applications(s)).toEqual([]);
    // The limits themselves are accepted: from 60 days back, 60 days long, from 365 days ahead.
    for (const [from, to] of [
      [d(-60), d(-60)],
      [d(100), d(159)],
      [d(365), d(365)],
    ])
      expect(await refusal(from, to)).toBeUndefined();
    expect(await applications(s)).toHaveLength(3);
  });

  it('approving a leave over a weekend marks only its weekdays, and the summary counts those', async () => {
    const [s] = await seedStudents(f, c, 1, 'WK');
    // Friday to Tuesday, the Saturday of that weekend marked ABSENT beforehand.
    const leave = await apply(s, day(-3), day(1));
    await f.sql(`INSERT INTO "Attendance" ("schoolId", "studentId", date, status) VALUES ($1, $2, $3, 'ABSENT')`, [f.schoolId, s, day(-2)]);
    await decide('approveLeave', leave.body.data.applyForLeave.id);
    const days = await f.sql(`SELECT date::text, status FROM "Attendance" WHERE "studentId" = $1 ORDER BY date`, [s]);
    expect(days.rows).toEqual([
      { date: day(-3), status: 'LEAVE' },
      { date: day(-2), status: 'ABSENT' },
      { date: day(0), status: 'LEAVE' },
      { date: day(1), status: 'LEAVE' },
    ]);
    const summary = await f.ok(
      f.admin,
      `query($id: ID!, $from: Date!, $to: Date!) { student(id: $id) { attendanceSummary(from: $from, to: $to) { leave absent markedDays } } }`,
      {
        id: s,
        from: day(-3),
        to: day(1),
      },
    );
    expect(summary.student.attendanceSummary).toEqual({ leave: 3, absent: 1, markedDays: 4 });
  });
});

describe('messages', () => {
  const START = `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`;
  const counts = async () =>
    (await f.sql(`SELECT (SELECT count(*) FROM "MessageThread")::int AS threads, (SELECT count(*) FROM "Message")::int AS messages`))
      .rows[0];

  it('threads: send, list mine, read; outsiders cannot read or write', async () => {
    const t = await f.member('TEACHER');
    const outsider = await f.member('TEACHER');
    const started = await f.ok(
      t,
      `mutation($i: StartThreadInput!) { startThread(input: $i) { id subject participantIds messages { nodes { body senderId } } } }`,
      {
        i: { subject: 'Homework', participantIds: [pupil.userId], body: 'Please submit by Monday' },
      },
    );
    const thread = started.startThread;
    expect(thread.participantIds.sort()).toEqual([t.userId, pupil.userId].sort());
    expect(thread.messages.nodes).toEqual([{ body: 'Please submit by Monday', senderId: t.userId }]);
    await f.ok(pupil, `mutation($t: ID!) { sendMessage(input: { threadId: $t, body: "Will do" }) { id } }`, { t: thread.id });
    const read = await f.ok(
      pupil,
      `query($t: ID!) { thread(id: $t) { messages(first: 1) { nodes { body } totalCount } } myThreads { nodes { id } } }`,
      { t: thread.id },
    );
    expect(read).toEqual({
      thread: { messages: { nodes: [{ body: 'Will do' }], totalCount: 2 } },
      myThreads: { nodes: [{ id: thread.id }] },
    });

    const peek = await f.ok(outsider, `query($t: ID!) { thread(id: $t) { id } myThreads { nodes { id } } }`, { t: thread.id });
    expect(peek).toEqual({ thread: null, myThreads: { nodes: [] } });
    expect(
      codes(await f.gql(outsider, `mutation($t: ID!) { sendMessage(input: { threadId: $t, body: "hi" }) { id } }`, { t: thread.id })),
    ).toEqual(['NOT_FOUND']);
    expect(codes(await f.gql(t, `mutation { startThread(input: { subject: "x", participantIds: [], body: "y" }) { id } }`))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await f.gql(t, `mutation { startThread(input: { subject: "x", participantIds: ["nope"], body: "y" }) { id } }`))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await f.gql(t, `query($t: ID!) { thread(id: $t) { messages(first: 0) { nodes { id } } } }`, { t: thread.id }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const count = await f.sql(`SELECT count(*)::int AS n FROM "Message"`);
    expect(count.rows[0].n).toBe(2);
  });

  it('a participant holding message:delete removes a message of their thread; nobody else can', async () => {
    const DELETE = `mutation($id: ID!) { deleteMessage(input: { id: $id }) }`;
    const teacher = await f.member('TEACHER');
    const started = await f.ok(f.admin, `mutation($i: StartThreadInput!) { startThread(input: $i) { id messages { nodes { id } } } }`, {
      i: { subject: 'Trip', participantIds: [teacher.userId, pupil.userId], body: 'Sent to the wrong people' },
    });
    const messageId = started.startThread.messages.nodes[0].id;
    // The teacher and the student write messages but hold no message:delete.
    expect((await f.gql(teacher, DELETE, { id: messageId })).status).toBe(403);
    expect((await f.gql(pupil, DELETE, { id: messageId })).status).toBe(403);
    // An admin outside the thread cannot reach it.
    const outsider = await f.member('SCHOOL_ADMIN');
    expect(codes(await f.gql(outsider, DELETE, { id: messageId }))).toEqual(['NOT_FOUND']);
    expect((await f.ok(f.admin, DELETE, { id: messageId })).deleteMessage).toBe(messageId);
    const left = await f.ok(pupil, `query($t: ID!) { thread(id: $t) { messages { totalCount } } }`, { t: started.startThread.id });
    expect(left.thread.messages.totalCount).toBe(0);
    expect(codes(await f.gql(f.admin, DELETE, { id: messageId }))).toEqual(['NOT_FOUND']);
  });

  it('every participant must be an active member of this school: else NOT_FOUND naming the first, nothing written', async () => {
    const t = await f.member('TEACHER');
    const librarian = await f.member('LIBRARIAN');
    const elsewhere = await f.member('TEACHER', { schoolId: f.otherSchoolId });
    const former = await f.member('TEACHER', { active: false });
    const unknown = randomUUID();
    const before = await counts();
    for (const [bad, label] of [
      [unknown, 'unknown id'],
      [elsewhere.userId, "another school's user"],
      [former.userId, 'inactive member'],
    ]) {
      const answer = await f.gql(t, START, { i: { subject: 'x', participantIds: [librarian.userId, bad, randomUUID()], body: 'y' } });
      expect({ label, codes: codes(answer), message: answer.body.errors?.[0].message }).toEqual({
        label,
        codes: ['NOT_FOUND'],
        message: `user ${bad} not found`,
      });
    }
    expect(await counts()).toEqual(before);

    // Upper-case ids and the caller's own id among the participants are fine; one thread of three.
    const data = await f.ok(t, `mutation($i: StartThreadInput!) { startThread(input: $i) { participantIds } }`, {
      i: { subject: 'Library week', participantIds: [librarian.userId.toUpperCase(), pupil.userId, t.userId], body: 'Ideas?' },
    });
    expect(data.startThread.participantIds.sort()).toEqual([t.userId, librarian.userId, pupil.userId].sort());
    expect(await counts()).toEqual({ threads: before.threads + 1, messages: before.messages + 1 });
  });

  it('read state: unread counts per thread and in total; markThreadRead clears them until the next message', async () => {
    const t = await f.member('TEACHER');
    const reader = await f.member('TEACHER');
    const UNREAD = `{ unreadMessageCount myThreads { nodes { id unreadCount } } }`;
    const unread = async (who: Member) => {
      const data = await f.ok(who, UNREAD);
      return {
        total: data.unreadMessageCount,
        byThread: Object.fromEntries(data.myThreads.nodes.map((n: { id: string; unreadCount: number }) => [n.id, n.unreadCount])),
      };
    };
    const a = (await f.ok(t, START, { i: { subject: 'One', participantIds: [reader.userId], body: 'first' } })).startThread.id;
    const b = (await f.ok(t, START, { i: { subject: 'Two', participantIds: [reader.userId], body: 'first' } })).startThread.id;
    await f.ok(t, `mutation($t: ID!) { sendMessage(input: { threadId: $t, body: "second" }) { id } }`, { t: a });
    expect(await unread(reader)).toEqual({ total: 3, byThread: { [a]: 2, [b]: 1 } });
    // One's own messages are never unread.
    expect(await unread(t)).toEqual({ total: 0, byThread: { [a]: 0, [b]: 0 } });

    const MARK = `mutation($t: ID!) { markThreadRead(input: { threadId: $t }) { id unreadCount } }`;
    expect((await f.ok(reader, MARK, { t: a })).markThreadRead).toEqual({ id: a, unreadCount: 0 });
    expect(await unread(reader)).toEqual({ total: 1, byThread: { [a]: 0, [b]: 1 } });
    await f.ok(t, `mutation($t: ID!) { sendMessage(input: { threadId: $t, body: "third" }) { id } }`, { t: a });
    expect(await unread(reader)).toEqual({ total: 2, byThread: { [a]: 1, [b]: 1 } });

    // Not in the thread: NOT_FOUND, like a thread that does not exist.
    expect(codes(await f.gql(pupil, MARK, { t: a }))).toEqual(['NOT_FOUND']);
    expect(codes(await f.gql(pupil, MARK, { t: randomUUID() }))).toEqual(['NOT_FOUND']);
  });

  it('participants join and leave: anyone leaves, only the starter removes others, newcomers must be members', async () => {
    const starter = await f.member('TEACHER');
    const colleague = await f.member('TEACHER');
    const newcomer = await f.member('TEACHER');
    const thread = (await f.ok(starter, START, { i: { subject: 'Staff room', participantIds: [colleague.userId], body: 'Tea?' } }))
      .startThread.id;
    const ADD = `mutation($i: AddThreadParticipantsInput!) { addThreadParticipants(input: $i) { id participantIds } }`;
    const REMOVE = `mutation($i: RemoveThreadParticipantInput!) { removeThreadParticipant(input: $i) }`;

    const added = await f.ok(colleague, ADD, { i: { threadId: thread, userIds: [newcomer.userId, starter.userId] } });
    expect(added.addThreadParticipants.participantIds.sort()).toEqual([starter.userId, colleague.userId, newcomer.userId].sort());
    expect(
      (await f.ok(newcomer, `query($t: ID!) { thread(id: $t) { messages { nodes { body } } } }`, { t: thread })).thread.messages.nodes,
    ).toEqual([{ body: 'Tea?' }]);
    const elsewhere = await f.member('TEACHER', { schoolId: f.otherSchoolId });
    expect(codes(await f.gql(colleague, ADD, { i: { threadId: thread, userIds: [elsewhere.userId] } }))).toEqual(['NOT_FOUND']);
    expect(codes(await f.gql(pupil, ADD, { i: { threadId: thread, userIds: [pupil.userId] } }))).toEqual(['NOT_FOUND']);

    expect(codes(await f.gql(colleague, REMOVE, { i: { threadId: thread, userId: newcomer.userId } }))).toEqual(['FORBIDDEN']);
    expect((await f.ok(starter, REMOVE, { i: { threadId: thread, userId: newcomer.userId } })).removeThreadParticipant).toBe(thread);
    expect((await f.ok(newcomer, `query($t: ID!) { thread(id: $t) { id } }`, { t: thread })).thread).toBeNull();
    expect((await f.ok(colleague, REMOVE, { i: { threadId: thread, userId: colleague.userId } })).removeThreadParticipant).toBe(thread);
    expect(codes(await f.gql(colleague, REMOVE, { i: { threadId: thread, userId: colleague.userId } }))).toEqual(['NOT_FOUND']);
  });
});
