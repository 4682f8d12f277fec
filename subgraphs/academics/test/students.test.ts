/** Students and reference data through the subgraph: happy paths and refusals. */
import { randomUUID } from 'node:crypto';
import { startAcademicsFixture, type AcademicsFixture } from './support/academicsFixture';
import { seedClass, seedStudents, type SeededClass } from './support/seed';

let f: AcademicsFixture;
let c: SeededClass;
let other: SeededClass;

const CREATE = `mutation($i: CreateStudentInput!) { createStudent(input: $i) { id admissionNo fullName status class { id name } division { name } rollNo classHistory { fromDate toDate class { id } academicYear { id } } } }`;

const UPDATE_USER = `mutation($id: ID!, $u: ID) { updateStudent(input: { id: $id, userId: $u }) { id } }`;

function codes(answer: { body: { errors?: { extensions?: { code?: string } }[] } }): (string | undefined)[] {
  return (answer.body.errors ?? []).map((e) => e.extensions?.code);
}

beforeAll(async () => {
  f = await startAcademicsFixture();
  c = await seedClass(f, 'Grade 5');
  other = await seedClass(f, 'Grade 6');
});
afterAll(() => f?.close());

describe('reference data', () => {
  it('lists classes with divisions, years and subjects; duplicates are CONFLICT', async () => {
    await f.ok(f.admin, `mutation { createSubject(input: { name: "Mathematics", code: "MATH" }) { id } }`);
    const dup = await f.gql(f.admin, `mutation { createSubject(input: { name: "Maths again", code: "MATH" }) { id } }`);
    expect(codes(dup)).toEqual(['CONFLICT']);
    expect(dup.body.errors![0].message).toContain('MATH');
    const dupClass = await f.gql(f.admin, `mutation { createClass(input: { name: "Grade 5" }) { id } }`);
    expect(codes(dupClass)).toEqual(['CONFLICT']);
    const data = await f.ok(
      f.admin,
      `{ classes { name divisions { name class { name } } } academicYears { isCurrent } subjects { code } }`,
    );
    expect(data.classes.map((x: { name: string }) => x.name)).toEqual(['Grade 5', 'Grade 6']);
    expect(data.classes[0].divisions).toEqual([{ name: 'A', class: { name: 'Grade 5' } }]);
    expect(data.academicYears).toEqual([{ isCurrent: true }]);
    expect(data.subjects).toEqual([{ code: 'MATH' }]);
  });

  it('refuses a division of an unknown or malformed class, and bad year dates', async () => {
    const unknown = await f.gql(f.admin, `mutation($c: ID!) { createDivision(input: { classId: $c, name: "B" }) { id } }`, {
      c: randomUUID(),
    });
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    const malformed = await f.gql(f.admin, `mutation { createDivision(input: { classId: "nope", name: "B" }) { id } }`);
    expect(codes(malformed)).toEqual(['BAD_USER_INPUT']);
    const dates = await f.gql(
      f.admin,
      `mutation { createAcademicYear(input: { name: "x", startDate: "2026-06-01", endDate: "2026-05-01" }) { id } }`,
    );
    expect(codes(dates)).toEqual(['BAD_USER_INPUT']);
    const impossible = await f.gql(
      f.admin,
      `mutation($d: Date!) { createAcademicYear(input: { name: "x", startDate: $d, endDate: "2027-05-01" }) { id } }`,
      { d: '2026-02-30' },
    );
    expect(codes(impossible)).toEqual(['BAD_USER_INPUT']);
    // In a literal, graphql-js reports a bad scalar as a validation failure (also HTTP 400).
    const literal = await f.gql(
      f.admin,
      `mutation { createAcademicYear(input: { name: "x", startDate: "2026-13-01", endDate: "2027-05-01" }) { id } }`,
    );
    expect(literal.status).toBe(400);
    expect(codes(literal)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('students', () => {
  let studentId: string;

  it('admits a student into a class with a first placement', async () => {
    const data = await f.ok(f.admin, CREATE, {
      i: { admissionNo: 'ADM-001', firstName: 'Asha', lastName: 'Rao', classId: c.classId, divisionId: c.divisionId, rollNo: 7 },
    });
    const s = data.createStudent;
    studentId = s.id;
    expect(s).toMatchObject({
      admissionNo: 'ADM-001',
      fullName: 'Asha Rao',
      status: 'ACTIVE',
      class: { id: c.classId },
      division: { name: 'A' },
      rollNo: 7,
    });
    expect(s.classHistory).toEqual([
      { fromDate: `${new Date().getFullYear() - 1}-01-01`, toDate: null, class: { id: c.classId }, academicYear: { id: c.yearId } },
    ]);
  });

  it('links a user account to one student only: a second link is CONFLICT and writes nothing', async () => {
    const { userId } = await f.member('STUDENT');
    await f.ok(f.admin, CREATE, { i: { admissionNo: 'LINK-1', firstName: 'Linked', userId } });
    const before = await f.sql(`SELECT count(*)::int AS n FROM "Student"`);
    const second = await f.gql(f.admin, CREATE, { i: { admissionNo: 'LINK-2', firstName: 'Again', userId } });
    expect(codes(second)).toEqual(['CONFLICT']);
    expect(second.body.errors![0].message).toBe('this user account is already linked to another student');
    const after = await f.sql(`SELECT count(*)::int AS n FROM "Student"`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('links only a student account of this school: unknown, another school, staff or inactive is BAD_USER_INPUT, nothing written', async () => {
    const refused = [
      randomUUID(),
      (await f.member('STUDENT', { schoolId: f.otherSchoolId })).userId,
      (await f.member('TEACHER')).userId,
      (await f.member('STUDENT', { active: false })).userId,
    ];
    const target = (await f.ok(f.admin, CREATE, { i: { admissionNo: 'LINK-T', firstName: 'Target' } })).createStudent.id;
    const before = await f.sql(`SELECT count(*)::int AS n FROM "Student"`);
    const refusal = { codes: ['BAD_USER_INPUT'], field: 'userId', message: 'userId is not a student account of this school' };
    const refusalOf = (answer: Awaited<ReturnType<AcademicsFixture['gql']>>) => ({
      codes: codes(answer),
      field: (answer.body.errors?.[0].extensions as { field?: string } | undefined)?.field,
      message: answer.body.errors?.[0].message,
    });
    for (const userId of refused) {
      expect(refusalOf(await f.gql(f.admin, CREATE, { i: { admissionNo: 'LINK-X', firstName: 'X', classId: c.classId, userId } }))).toEqual(
        refusal,
      );
      expect(refusalOf(await f.gql(f.admin, UPDATE_USER, { id: target, u: userId }))).toEqual(refusal);
    }
    const after = await f.sql(`SELECT count(*)::int AS n FROM "Student"`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
    const unlinked = await f.sql(`SELECT "userId" FROM "Student" WHERE id = $1`, [target]);
    expect(unlinked.rows).toEqual([{ userId: null }]);

    // A student account of this school links through update (upper case is the same id), and unlinks with null.
    const pupil = await f.member('STUDENT');
    const linked = await f.ok(f.admin, UPDATE_USER, { id: target, u: pupil.userId.toUpperCase() });
    expect(linked.updateStudent.id).toBe(target);
    expect((await f.sql(`SELECT "userId" FROM "Student" WHERE id = $1`, [target])).rows).toEqual([{ userId: pupil.userId }]);
    await f.ok(f.admin, UPDATE_USER, { id: target, u: null });
    expect((await f.sql(`SELECT "userId" FROM "Student" WHERE id = $1`, [target])).rows).toEqual([{ userId: null }]);
  });

  it('refuses a duplicate admission number with CONFLICT and writes nothing', async () => {
    const before = await f.sql(`SELECT count(*)::int AS n FROM "Student"`);
    const dup = await f.gql(f.admin, CREATE, { i: { admissionNo: 'ADM-001', firstName: 'Other', classId: c.classId } });
    expect(codes(dup)).toEqual(['CONFLICT']);
    expect(dup.body.errors![0].message).toContain('ADM-001');
    const after = await f.sql(`SELECT count(*)::int AS n FROM "Student"`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('refuses an unknown class, a division of another class, and a future birth date', async () => {
    const unknown = await f.gql(f.admin, CREATE, { i: { admissionNo: 'X1', firstName: 'X', classId: randomUUID() } });
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    const wrongDivision = await f.gql(f.admin, CREATE, {
      i: { admissionNo: 'X1', firstName: 'X', classId: other.classId, divisionId: c.divisionId },
    });
    expect(codes(wrongDivision)).toEqual(['BAD_USER_INPUT']);
    const future = await f.gql(f.admin, CREATE, { i: { admissionNo: 'X1', firstName: 'X', dateOfBirth: '2999-01-01' } });
    expect(codes(future)).toEqual(['BAD_USER_INPUT']);
    const blank = await f.gql(f.admin, CREATE, { i: { admissionNo: '  ', firstName: 'X' } });
    expect(codes(blank)).toEqual(['BAD_USER_INPUT']);
    const n = await f.sql(`SELECT count(*)::int AS n FROM "Student" WHERE "admissionNo" = 'X1'`);
    expect(n.rows[0].n).toBe(0);
  });

  it('finds by id and admission number; unknown is null; malformed is BAD_USER_INPUT', async () => {
    const data = await f.ok(
      f.admin,
      `query($id: ID!) { student(id: $id) { admissionNo } studentByAdmissionNo(admissionNo: "ADM-001") { id } none: student(id: "${randomUUID()}") { id } }`,
      { id: studentId },
    );
    expect(data).toEqual({ student: { admissionNo: 'ADM-001' }, studentByAdmissionNo: { id: studentId }, none: null });
    const bad = await f.gql(f.admin, `{ student(id: "1; DROP TABLE x") { id } }`);
    expect(bad.status).toBe(200);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('updates details; taking another admission number is CONFLICT', async () => {
    await f.ok(f.admin, CREATE, { i: { admissionNo: 'ADM-002', firstName: 'Ben' } });
    const data = await f.ok(
      f.admin,
      `mutation($id: ID!) { updateStudent(input: { id: $id, guardianPhone: "+91 98450 00000", lastName: "Rao-Iyer" }) { fullName guardianPhone admissionNo } }`,
      { id: studentId },
    );
    expect(data.updateStudent).toEqual({ fullName: 'Asha Rao-Iyer', guardianPhone: '+91 98450 00000', admissionNo: 'ADM-001' });
    const taken = await f.gql(f.admin, `mutation($id: ID!) { updateStudent(input: { id: $id, admissionNo: "ADM-002" }) { id } }`, {
      id: studentId,
    });
    expect(codes(taken)).toEqual(['CONFLICT']);
    const unknown = await f.gql(f.admin, `mutation($id: ID!) { updateStudent(input: { id: $id, firstName: "Z" }) { id } }`, {
      id: randomUUID(),
    });
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
  });

  it('transfers: closes the current placement the day before and opens the new one', async () => {
    const y = new Date().getFullYear();
    const data = await f.ok(
      f.admin,
      `mutation($i: TransferStudentInput!) { transferStudent(input: $i) { class { id } division { id } rollNo classHistory { fromDate toDate class { id } } } }`,
      { i: { studentId, classId: other.classId, divisionId: other.divisionId, rollNo: 3, fromDate: `${y}-01-01` } },
    );
    expect(data.transferStudent).toEqual({
      class: { id: other.classId },
      division: { id: other.divisionId },
      rollNo: 3,
      classHistory: [
        { fromDate: `${y - 1}-01-01`, toDate: `${y - 1}-12-31`, class: { id: c.classId } },
        { fromDate: `${y}-01-01`, toDate: null, class: { id: other.classId } },
      ],
    });
    const backwards = await f.gql(f.admin, `mutation($i: TransferStudentInput!) { transferStudent(input: $i) { id } }`, {
      i: { studentId, classId: c.classId, fromDate: `${y - 1}-06-01` },
    });
    expect(codes(backwards)).toEqual(['BAD_USER_INPUT']);
    const outside = await f.gql(f.admin, `mutation($i: TransferStudentInput!) { transferStudent(input: $i) { id } }`, {
      i: { studentId, classId: c.classId, fromDate: `${y + 5}-01-01` },
    });
    expect(codes(outside)).toEqual(['BAD_USER_INPUT']);
    const rows = await f.sql(`SELECT count(*)::int AS n FROM "StudentClass" WHERE "studentId" = $1`, [studentId]);
    expect(rows.rows[0].n).toBe(2);
  });

  it('pages by admission number: edges, nodes, pageInfo and a totalCount that honours the filters', async () => {
    for (let i = 10; i < 15; i++) {
      await f.ok(f.admin, CREATE, {
        i: { admissionNo: `P-${i}`, firstName: i % 2 ? 'Meera' : 'Kabir', lastName: `K${i}`, classId: c.classId },
      });
    }
    const q = `query($after: String, $classId: ID, $search: String, $first: Int) {
      students(first: $first, after: $after, classId: $classId, search: $search) {
        edges { cursor node { admissionNo } } nodes { admissionNo } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount
      }
    }`;
    type Page = {
      edges: { cursor: string; node: { admissionNo: string } }[];
      nodes: { admissionNo: string }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
      totalCount: number;
    };
    /** Every page of 2 under the filter, checking each page's shape on the way. */
    const walk = async (vars: Record<string, unknown>) => {
      const pages: Page[] = [];
      let after: string | null = null;
      do {
        const page: Page = (await f.ok(f.admin, q, { ...vars, first: 2, after })).students;
        expect(page.edges.length).toBeLessThanOrEqual(2);
        expect(page.nodes).toEqual(page.edges.map((e) => e.node));
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
        // Relay's PageInfo: the first page has nothing before it, a page after a cursor has.
        expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        pages.push(page);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after !== null);
      expect(new Set(pages.map((p) => p.totalCount)).size).toBe(1);
      return {
        admissionNos: pages.flatMap((p) => p.nodes.map((n) => n.admissionNo)),
        totalCount: pages[0].totalCount,
        pages: pages.length,
      };
    };

    const inClass = await walk({ classId: c.classId });
    expect(inClass).toEqual({ admissionNos: ['P-10', 'P-11', 'P-12', 'P-13', 'P-14'], totalCount: 5, pages: 3 });
    const everyone = await walk({});
    const inDb = await f.sql(`SELECT "admissionNo" FROM "Student" ORDER BY "admissionNo"`);
    expect(everyone.admissionNos).toEqual(inDb.rows.map((r) => r.admissionNo));
    expect(everyone.totalCount).toBe(inDb.rows.length);
    expect(everyone.totalCount).toBeGreaterThan(5);
    const search = await walk({ search: 'meE' });
    expect(search).toEqual({ admissionNos: ['P-11', 'P-13'], totalCount: 2, pages: 1 });
    const wildcard = (await f.ok(f.admin, q, { search: '%' })).students;
    expect(wildcard).toEqual({
      edges: [],
      nodes: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      totalCount: 0,
    });

    // A larger page is capped at 100, as identity's users; 0 and negatives are refused.
    const big = await seedClass(f, 'Grade 7');
    await seedStudents(f, big, 120, 'CAP');
    const capped = (await f.ok(f.admin, q, { first: 500, classId: big.classId })).students;
    expect(capped.edges).toHaveLength(100);
    expect(capped.nodes).toHaveLength(100);
    expect(capped.pageInfo.hasNextPage).toBe(true);
    expect(capped.totalCount).toBe(120);
    const rest = (await f.ok(f.admin, q, { first: 500, classId: big.classId, after: capped.pageInfo.endCursor })).students;
    expect(rest.nodes).toHaveLength(20);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(rest.totalCount).toBe(120);
    expect(codes(await f.gql(f.admin, q, { first: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await f.gql(f.admin, q, { first: -1 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await f.gql(f.admin, q, { after: '!!' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('lists a class roster by roll number, then name; an unknown class is NOT_FOUND', async () => {
    const data = await f.ok(f.admin, `query($c: ID!) { classRoster(classId: $c) { admissionNo } }`, { c: c.classId });
    // No roll numbers were given: Kabir K10, K12, K14, then Meera K11, K13.
    expect(data.classRoster.map((s: { admissionNo: string }) => s.admissionNo)).toEqual(['P-10', 'P-12', 'P-14', 'P-11', 'P-13']);
    const unknown = await f.gql(f.admin, `query($c: ID!) { classRoster(classId: $c) { id } }`, { c: randomUUID() });
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
  });

  it('resolves Student entities for other subgraphs; unknown and malformed ids are null', async () => {
    const answer = await f.direct(
      'academics',
      f.admin,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { admissionNo } } }`,
      {
        r: [
          { __typename: 'Student', id: studentId },
          { __typename: 'Student', id: randomUUID() },
          { __typename: 'Student', id: 'x' },
        ],
      },
    );
    expect(answer.body).toEqual({ data: { _entities: [{ admissionNo: 'ADM-001' }, null, null] } });
  });

  it('refuses requests without the gateway signature, or for an unknown school', async () => {
    const unsigned = await f.direct('academics', 'unsigned', `{ classes { id } }`);
    expect(unsigned.status).toBe(401);
    expect((await f.gql(null, `{ classes { id } }`)).status).toBe(401);
    const noSchool = await f.direct('academics', { ...f.admin, schoolId: randomUUID() }, `{ classes { id } }`);
    expect(noSchool.status).toBe(404);
    expect(noSchool.body.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});

describe('removing a student record', () => {
  const REMOVE = `mutation($id: ID!) { removeStudent(input: { id: $id }) }`;

  it('removes a record created in error with its placement (student:delete); one with history is withdrawn instead', async () => {
    const made = await f.ok(f.admin, CREATE, {
      i: { admissionNo: 'ERR-1', firstName: 'Typo', classId: c.classId, divisionId: c.divisionId },
    });
    const id = made.createStudent.id;
    // A teacher reads students but holds no student:delete.
    expect((await f.gql(await f.member('TEACHER'), REMOVE, { id })).status).toBe(403);
    expect((await f.ok(f.admin, REMOVE, { id })).removeStudent).toBe(id);
    expect((await f.ok(f.admin, `query($id: ID!) { student(id: $id) { id } }`, { id })).student).toBeNull();
    const placements = await f.sql(`SELECT count(*)::int AS n FROM "StudentClass" WHERE "studentId" = $1`, [id]);
    expect(placements.rows[0].n).toBe(0);
    expect(codes(await f.gql(f.admin, REMOVE, { id }))).toEqual(['NOT_FOUND']);

    const kept = await f.ok(f.admin, CREATE, {
      i: { admissionNo: 'HIST-1', firstName: 'Kept', classId: c.classId, divisionId: c.divisionId },
    });
    const keptId = kept.createStudent.id;
    await f.ok(f.admin, `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { marked } }`, {
      i: { classId: c.classId, date: `${new Date().getFullYear() - 1}-03-02`, entries: [{ studentId: keptId, status: 'PRESENT' }] },
    });
    const refused = await f.gql(f.admin, REMOVE, { id: keptId });
    expect(codes(refused)).toEqual(['CONFLICT']);
    expect(refused.body.errors[0].message).toMatch(/attendance.*status LEFT/);
    const withdrawn = await f.ok(f.admin, `mutation($id: ID!) { updateStudent(input: { id: $id, status: LEFT }) { status } }`, {
      id: keptId,
    });
    expect(withdrawn.updateStudent.status).toBe('LEFT');
  });
});
