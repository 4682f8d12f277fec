/** Attendance: bulk marking (one statement, one transaction, all or nothing), history, registers, summaries. */
import { randomUUID } from 'node:crypto';
import { schoolToday as today } from '@syncad/test-support';
import { startAcademicsFixture, type AcademicsFixture } from './support/academicsFixture';
import { seedClass, seedStudents, type SeededClass } from './support/seed';

let f: AcademicsFixture;
let c: SeededClass;
let ids: string[];
const Y = new Date().getFullYear() - 1;

const MARK = `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { date marked records { status student { id } } } }`;

function codes(answer: { body: { errors?: { extensions?: { code?: string } }[] } }): (string | undefined)[] {
  return (answer.body.errors ?? []).map((e) => e.extensions?.code);
}

function mark(date: string, statuses: string[], classId = c.classId, studentIds = ids) {
  return f.gql(f.admin, MARK, {
    i: { classId, date, entries: statuses.map((status, n) => ({ studentId: studentIds[n], status })) },
  });
}

async function rowsOn(date: string): Promise<Record<string, string>> {
  const r = await f.sql(`SELECT "studentId", status FROM "Attendance" WHERE date = $1`, [date]);
  return Object.fromEntries(r.rows.map((x) => [f.globalId('Student', x.studentId), x.status]));
}

beforeAll(async () => {
  f = await startAcademicsFixture();
  c = await seedClass(f, 'Grade 3');
  ids = await seedStudents(f, c, 3, 'G3');
});
afterAll(() => f?.close());

describe('markAttendance', () => {
  it('marks a class for today; marking again updates the same rows', async () => {
    const first = await mark(today(), ['PRESENT', 'ABSENT', 'LATE']);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.markAttendance).toMatchObject({ date: today(), marked: 3 });
    expect(await rowsOn(today())).toEqual({ [ids[0]]: 'PRESENT', [ids[1]]: 'ABSENT', [ids[2]]: 'LATE' });
    const again = await mark(today(), ['PRESENT', 'PRESENT', 'LEAVE']);
    expect(again.body.data.markAttendance.marked).toBe(3);
    expect(await rowsOn(today())).toEqual({ [ids[0]]: 'PRESENT', [ids[1]]: 'PRESENT', [ids[2]]: 'LEAVE' });
  });

  it('refuses a future date, an unknown class, duplicates and bad statuses, writing nothing', async () => {
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    const future = await mark(today(tomorrow), ['PRESENT']);
    expect(codes(future)).toEqual(['BAD_USER_INPUT']);
    expect(future.body.errors![0].message).toContain('future');
    expect(await rowsOn(today(tomorrow))).toEqual({});
    expect(codes(await mark(`${Y}-05-05`, ['PRESENT'], randomUUID()))).toEqual(['NOT_FOUND']);
    expect(codes(await mark(`${Y}-05-05`, ['PRESENT', 'ABSENT'], c.classId, [ids[0], ids[0]]))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await mark(`${Y}-05-05`, ['HERE']))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await mark(`${Y}-05-05`, ['PRESENT'], c.classId, ['not-a-uuid']))).toEqual(['BAD_USER_INPUT']);
    expect(await rowsOn(`${Y}-05-05`)).toEqual({});
  });

  it('refuses students outside the class (or not yet placed on that day): the whole call writes nothing', async () => {
    const otherClass = await seedClass(f, 'Grade 4');
    const [outsider] = await seedStudents(f, otherClass, 1, 'G4');
    const answer = await mark(`${Y}-05-06`, ['PRESENT', 'PRESENT'], c.classId, [ids[0], outsider]);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.body.errors![0].message).toContain(f.keyOf(outsider));
    expect(await rowsOn(`${Y}-05-06`)).toEqual({});
    // Placed from the academic year's first day: the day before is outside the class.
    expect(codes(await mark(`${Y - 1}-12-31`, ['PRESENT']))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('history, register and summaries', () => {
  beforeAll(async () => {
    // March: student 0 present 3, late 1; student 1 present 1, absent 2, leave 1; student 2 unmarked.
    const days: [string, string[]][] = [
      [`${Y}-03-02`, ['PRESENT', 'ABSENT']],
      [`${Y}-03-03`, ['PRESENT', 'ABSENT']],
      [`${Y}-03-04`, ['LATE', 'LEAVE']],
      [`${Y}-03-05`, ['PRESENT', 'PRESENT']],
      [`${Y}-04-01`, ['ABSENT', 'ABSENT']],
    ];
    for (const [date, statuses] of days) expect((await mark(date, statuses)).body.errors).toBeUndefined();
  });

  it("gives a student's history for a range and a day", async () => {
    const data = await f.ok(
      f.admin,
      `query($id: ID!, $from: Date!, $to: Date!, $day: Date!) { student(id: $id) { attendance(from: $from, to: $to) { date status } attendanceOn(date: $day) { status } } }`,
      { id: ids[1], from: `${Y}-03-01`, to: `${Y}-03-04`, day: `${Y}-03-05` },
    );
    expect(data.student).toEqual({
      attendance: [
        { date: `${Y}-03-02`, status: 'ABSENT' },
        { date: `${Y}-03-03`, status: 'ABSENT' },
        { date: `${Y}-03-04`, status: 'LEAVE' },
      ],
      attendanceOn: { status: 'PRESENT' },
    });
    const reversed = await f.gql(
      f.admin,
      `query($id: ID!) { student(id: $id) { attendance(from: "${Y}-03-05", to: "${Y}-03-01") { date } } }`,
      { id: ids[1] },
    );
    expect(codes(reversed)).toEqual(['BAD_USER_INPUT']);
  });

  it('gives a class register for a date range', async () => {
    const data = await f.ok(
      f.admin,
      `query($c: ID!) { classRegister(classId: $c, from: "${Y}-03-03", to: "${Y}-03-04") { from to class { id } rows { student { id } records { date status } } } }`,
      { c: c.classId },
    );
    expect(data.classRegister).toEqual({
      from: `${Y}-03-03`,
      to: `${Y}-03-04`,
      class: { id: c.classId },
      rows: [
        {
          student: { id: ids[0] },
          records: [
            { date: `${Y}-03-03`, status: 'PRESENT' },
            { date: `${Y}-03-04`, status: 'LATE' },
          ],
        },
        {
          student: { id: ids[1] },
          records: [
            { date: `${Y}-03-03`, status: 'ABSENT' },
            { date: `${Y}-03-04`, status: 'LEAVE' },
          ],
        },
        { student: { id: ids[2] }, records: [] },
      ],
    });
  });

  it('summarises a month per student and per class, computed in SQL', async () => {
    const fields = `present absent late leave markedDays percentage`;
    const data = await f.ok(
      f.admin,
      `query($c: ID!, $id: ID!) {
        classAttendanceSummary(classId: $c, month: "${Y}-03") { from to totals { student { id } ${fields} } students { student { id } ${fields} } }
        student(id: $id) { attendanceSummary(from: "${Y}-03-01", to: "${Y}-04-30") { ${fields} } }
      }`,
      { c: c.classId, id: ids[1] },
    );
    const s = data.classAttendanceSummary;
    expect([s.from, s.to]).toEqual([`${Y}-03-01`, `${Y}-03-31`]);
    expect(s.totals).toEqual({ student: null, present: 4, absent: 2, late: 1, leave: 1, markedDays: 8, percentage: '62.50' });
    expect(s.students).toEqual([
      { student: { id: ids[0] }, present: 3, absent: 0, late: 1, leave: 0, markedDays: 4, percentage: '100.00' },
      { student: { id: ids[1] }, present: 1, absent: 2, late: 0, leave: 1, markedDays: 4, percentage: '25.00' },
      { student: { id: ids[2] }, present: 0, absent: 0, late: 0, leave: 0, markedDays: 0, percentage: null },
    ]);
    expect(data.student.attendanceSummary).toEqual({ present: 1, absent: 3, late: 0, leave: 1, markedDays: 5, percentage: '20.00' });
    const both = await f.gql(
      f.admin,
      `query($c: ID!) { classAttendanceSummary(classId: $c, month: "${Y}-03", from: "${Y}-03-01", to: "${Y}-03-02") { from } }`,
      { c: c.classId },
    );
    expect(codes(both)).toEqual(['BAD_USER_INPUT']);
    const badMonth = await f.gql(f.admin, `query($c: ID!) { classAttendanceSummary(classId: $c, month: "${Y}-13") { from } }`, {
      c: c.classId,
    });
    expect(codes(badMonth)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('bulk marking of 1,000 students', () => {
  let big: SeededClass;
  let bigIds: string[];
  const day = `${Y}-06-01`;

  beforeAll(async () => {
    big = await seedClass(f, 'Hall');
    bigIds = await seedStudents(f, big, 1000, 'H');
  });

  it('is one mutation, one transaction and one INSERT ... ON CONFLICT', async () => {
    let answer: Awaited<ReturnType<typeof mark>> | undefined;
    const statements = await f.statements(async () => {
      answer = await mark(
        day,
        bigIds.map((_, i) => (i % 10 === 0 ? 'ABSENT' : 'PRESENT')),
        big.classId,
        bigIds,
      );
    });
    expect(answer!.body.errors).toBeUndefined();
    expect(answer!.body.data.markAttendance.marked).toBe(1000);
    const lower = statements.map((s) => s.trim().toLowerCase());
    expect(lower.filter((s) => s === 'begin')).toHaveLength(1);
    expect(lower.filter((s) => s === 'commit')).toHaveLength(1);
    expect(lower.filter((s) => s.startsWith('insert into "attendance"'))).toHaveLength(1);
    expect(lower.find((s) => s.startsWith('insert'))).toContain('on conflict');
    const counts = await f.sql(`SELECT status, count(*)::int AS n FROM "Attendance" WHERE date = $1 GROUP BY status ORDER BY status`, [
      day,
    ]);
    expect(counts.rows).toEqual([
      { status: 'ABSENT', n: 100 },
      { status: 'PRESENT', n: 900 },
    ]);
  });

  it('changes nothing when one entry of 1,000 is refused', async () => {
    const entries = bigIds.map((id) => ({ studentId: id, status: 'LATE' }));
    entries[999] = { studentId: ids[0], status: 'LATE' };
    const answer = await f.gql(f.admin, MARK, { i: { classId: big.classId, date: day, entries } });
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    const late = await f.sql(`SELECT count(*)::int AS n FROM "Attendance" WHERE date = $1 AND status = 'LATE'`, [day]);
    expect(late.rows[0].n).toBe(0);
  });
});
