/**
 * A school's worth of demo data: 10 classes x 2 divisions x 10 students, a month of attendance,
 * exams and results, fee structures with charge and payment vouchers, buses, routes, stops,
 * riders and today's trips (at the school's date), announcements and library books. Deterministic (seeded), and bulk-inserted.
 */
import { central, school, type SchoolDb } from '@syncad/shared-db';
import { today as schoolToday } from '@syncad/subgraph-kit';
import { inArray, sql } from 'drizzle-orm';

const FIRST = ['Aarav', 'Diya', 'Kabir', 'Meera', 'Rohan', 'Anaya', 'Ishan', 'Sara', 'Vivaan', 'Zoya', 'Arjun', 'Nila'];
const LAST = ['Sharma', 'Nair', 'Iyer', 'Khan', 'Das', 'Menon', 'Patel', 'Reddy', 'Singh', 'Joseph'];
const SUBJECTS = [
  { name: 'Mathematics', code: 'MATH' },
  { name: 'Science', code: 'SCI' },
  { name: 'English', code: 'ENG' },
];

/** A small deterministic PRNG so every fresh demo estate looks the same. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function schoolDaysBefore(today: Date, count: number): string[] {
  const days: string[] = [];
  for (let d = new Date(today); days.length < count; d.setUTCDate(d.getUTCDate() - 1)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(isoDay(d));
  }
  return days.reverse();
}

export async function seedDemoSchool(
  db: SchoolDb,
  s: {
    id: string;
    subdomain: string;
    studentUserId: string;
    /** The demo guardians (guardian@, guardian2@) and class teacher (teacher@), when the school has them. */
    guardianUserIds?: readonly [string, string];
    teacherUserId?: string;
    seed: number;
    timezone?: string;
  },
): Promise<void> {
  const rand = prng(s.seed);
  const schoolId = s.id;
  const today = new Date();
  const year = today.getUTCMonth() >= 5 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  const yearName = `${year}-${String((year + 1) % 100).padStart(2, '0')}`;

  await db.transaction(async (tx) => {
    const [ay] = await tx
      .insert(school.AcademicYear)
      .values({ schoolId, name: yearName, startDate: `${year}-06-01`, endDate: `${year + 1}-03-31`, isCurrent: true })
      .returning();
    await tx.insert(school.GradeBand).values(
      [
        ['A+', '90'],
        ['A', '80'],
        ['B', '65'],
        ['C', '50'],
        ['D', '35'],
        ['F', '0'],
      ].map(([grade, minPercent]) => ({ schoolId, grade, minPercent })),
    );
    const classes = await tx
      .insert(school.Class)
      .values(Array.from({ length: 10 }, (_, i) => ({ schoolId, name: `Grade ${i + 1}`, sortOrder: i + 1 })))
      .returning();
    const divisions = await tx
      .insert(school.Division)
      .values(classes.flatMap((c) => ['A', 'B'].map((name) => ({ schoolId, classId: c.id, name }))))
      .returning();
    const subjects = await tx
      .insert(school.Subject)
      .values(SUBJECTS.map((x) => ({ schoolId, ...x })))
      .returning();

    const studentRows = divisions.flatMap((d, di) =>
      Array.from({ length: 10 }, (_, i) => ({
        schoolId,
        admissionNo: `${s.subdomain.toUpperCase()}-${String(di * 10 + i + 1).padStart(4, '0')}`,
        firstName: FIRST[Math.floor(rand() * FIRST.length)],
        lastName: LAST[Math.floor(rand() * LAST.length)],
        classId: d.classId,
        divisionId: d.id,
        guardianPhone: `+9198${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`,
      })),
    );
    // The siblings of the demo guardians: Grade 1 A's second student and Grade 2 A's first.
    const [youngerSibling, olderSibling] = [1, 20];
    studentRows[olderSibling].lastName = studentRows[youngerSibling].lastName;
    // The demo STUDENT login is the first student of Grade 1 A.
    const students = await tx
      .insert(school.Student)
      .values(studentRows.map((r, i) => (i === 0 ? { ...r, userId: s.studentUserId } : r)))
      .returning();
    await tx.insert(school.StudentClass).values(
      students.map((st, i) => ({
        schoolId,
        studentId: st.id,
        academicYearId: ay.id,
        classId: st.classId!,
        divisionId: st.divisionId,
        rollNo: (i % 10) + 1,
        fromDate: `${year}-06-01`,
      })),
    );

    if (s.guardianUserIds) {
      const [guardian, otherGuardian] = s.guardianUserIds;
      const link = (studentId: string, userId: string, relation: string, isPrimary: boolean) => ({
        schoolId,
        studentId,
        userId,
        relation,
        isPrimary,
        acceptedAt: new Date(),
      });
      await tx
        .insert(school.StudentGuardian)
        .values([
          link(students[youngerSibling].id, guardian, 'MOTHER', true),
          link(students[olderSibling].id, guardian, 'MOTHER', true),
          link(students[olderSibling].id, otherGuardian, 'FATHER', false),
        ]);
    }
    // The demo teacher is the class teacher of the siblings' divisions (Grade 1 A, Grade 2 A).
    if (s.teacherUserId) {
      await tx
        .update(school.Division)
        .set({ classTeacherId: s.teacherUserId })
        .where(inArray(school.Division.id, [students[youngerSibling].divisionId!, students[olderSibling].divisionId!]));
    }

    const days = schoolDaysBefore(today, 22);
    const statuses = ['PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'LATE', 'ABSENT'];
    await tx
      .insert(school.Attendance)
      .values(
        days.flatMap((date) =>
          students.map((st) => ({ schoolId, studentId: st.id, date, status: statuses[Math.floor(rand() * statuses.length)] })),
        ),
      );

    const exams = await tx
      .insert(school.Exam)
      .values(
        classes.flatMap((c) =>
          subjects.map((sub) => ({
            schoolId,
            academicYearId: ay.id,
            classId: c.id,
            subjectId: sub.id,
            name: `Unit Test 1 - ${sub.name}`,
            maxMarks: '50.00',
            examDate: days[5],
          })),
        ),
      )
      .returning();
    await tx.insert(school.Result).values(
      exams.flatMap((e) =>
        students
          .filter((st) => st.classId === e.classId)
          .map((st) => {
            const absent = rand() < 0.03;
            return {
              schoolId,
              examId: e.id,
              studentId: st.id,
              isAbsent: absent,
              marks: absent ? null : (15 + Math.floor(rand() * 71) / 2).toFixed(2),
            };
          }),
      ),
    );

    await seedFees(tx, { schoolId, academicYearId: ay.id, yearName, classes, students, date: days[0], rand });
    const timezone = s.timezone ?? central.DEFAULT_SCHOOL_TIMEZONE;
    await seedTransport(tx, { schoolId, students, date: schoolToday(timezone), timezone });

    await tx.insert(school.Announcement).values([
      { schoolId, title: 'Welcome back', body: `The ${yearName} school year is under way.`, audience: 'SCHOOL' },
      {
        schoolId,
        title: 'Grade 1 picnic',
        body: 'Grade 1 goes to the botanical garden on Friday.',
        audience: 'CLASS',
        classId: classes[0].id,
      },
    ]);
    const books = await tx
      .insert(school.Book)
      .values([
        { schoolId, title: 'The Jungle Book', author: 'Rudyard Kipling' },
        { schoolId, title: 'Malgudi Days', author: 'R. K. Narayan' },
        { schoolId, title: 'A Brief History of Time', author: 'Stephen Hawking' },
      ])
      .returning();
    const copies = await tx
      .insert(school.BookCopy)
      .values(books.flatMap((b, bi) => [1, 2].map((n) => ({ schoolId, bookId: b.id, accessionNo: `LIB-${bi + 1}-${n}` }))))
      .returning();
    await tx.insert(school.LibraryBookIssue).values([
      { schoolId, bookCopyId: copies[0].id, studentId: students[0].id, issuedOn: days[10], dueDate: days[20] },
      { schoolId, bookCopyId: copies[2].id, studentId: students[1].id, issuedOn: days[0], dueDate: days[9] },
    ]);
  });
}

type Tx = Parameters<Parameters<SchoolDb['transaction']>[0]>[0];

/**
 * A term fee per class, charged to every student, and payments from most of them: vouchers numbered
 * as the finance subgraph numbers them (`<year>/<seq>`, gap-free, the year's counter row set to the
 * last number), each with the balance after it, so the API shows and continues them.
 */
async function seedFees(
  tx: Tx,
  p: {
    schoolId: string;
    academicYearId: string;
    yearName: string;
    classes: { id: string }[];
    students: { id: string; classId: string | null }[];
    date: string;
    rand: () => number;
  },
) {
  const { schoolId } = p;
  const structures = await tx
    .insert(school.FeeStructure)
    .values(
      p.classes.map((c, i) => ({
        schoolId,
        academicYearId: p.academicYearId,
        classId: c.id,
        name: 'Tuition Term 1',
        amount: (12000 + i * 500).toFixed(2),
        dueDate: p.date,
      })),
    )
    .returning();
  const feeFor = new Map(structures.map((f) => [f.classId, f]));
  const vouchers: (typeof school.FeeVoucher.$inferInsert)[] = [];
  const lines: (typeof school.FeeLedger.$inferInsert)[] = [];
  // Exact paise: every amount here is a string with two decimals.
  const paise = (amount: string) => BigInt(amount.replace('.', ''));
  const rupees = (n: bigint) => `${n < 0n ? '-' : ''}${(n < 0n ? -n : n) / 100n}.${String((n < 0n ? -n : n) % 100n).padStart(2, '0')}`;
  const balances = new Map<string, bigint>();
  const post = (kind: string, studentId: string, amount: string, debit: string, credit: string, feeStructureId?: string) => {
    const seq = vouchers.length + 1;
    const voucherNo = `${p.yearName}/${String(seq).padStart(6, '0')}`;
    const receivable = debit === 'FEE_RECEIVABLE' ? paise(amount) : credit === 'FEE_RECEIVABLE' ? -paise(amount) : 0n;
    const balanceAfter = (balances.get(studentId) ?? 0n) + receivable;
    balances.set(studentId, balanceAfter);
    vouchers.push({
      schoolId,
      voucherNo,
      kind,
      date: p.date,
      studentId,
      academicYearId: p.academicYearId,
      seq,
      feeStructureId: kind === 'CHARGE' ? feeStructureId : undefined,
      narration: kind === 'CHARGE' ? 'Tuition Term 1' : undefined,
      balanceAfter: rupees(balanceAfter),
    });
    const line = { schoolId, studentId, academicYear: p.yearName, voucherNo, date: p.date, feeStructureId };
    lines.push({ ...line, account: debit, entryType: 'DR', amount });
    lines.push({ ...line, account: credit, entryType: 'CR', amount: `-${amount}` });
  };
  for (const st of p.students) {
    const fee = feeFor.get(st.classId)!;
    post('CHARGE', st.id, fee.amount, 'FEE_RECEIVABLE', 'FEE_INCOME', fee.id);
    const r = p.rand();
    if (r < 0.6) post('PAYMENT', st.id, fee.amount, r < 0.3 ? 'CASH' : 'BANK', 'FEE_RECEIVABLE');
    else if (r < 0.7) post('PAYMENT', st.id, '5000.00', 'CASH', 'FEE_RECEIVABLE');
  }
  await tx.insert(school.FeeVoucher).values(vouchers);
  await tx.insert(school.FeeLedger).values(lines);
  await tx.insert(school.FeeVoucherCounter).values({ academicYearId: p.academicYearId, schoolId, lastNo: vouchers.length });
}

/**
 * Three buses, seven stops (the school gate among them), three routes of three stops with a time
 * per stop for each direction, 60 riders, and today's trips at the school: the morning PICKUP runs
 * done (arrivals, boarding, drop-off at the gate; one rider of Route 1 never marked off the bus),
 * the afternoon DROP runs planned.
 */
async function seedTransport(tx: Tx, p: { schoolId: string; students: { id: string }[]; date: string; timezone: string }) {
  const { schoolId, date, timezone } = p;
  const at = (time: string) => sql`(${date}::date + ${time}::time) AT TIME ZONE ${timezone}`;
  const buses = await tx
    .insert(school.Bus)
    .values(
      [1, 2, 3].map((n) => ({
        schoolId,
        registrationNo: `KL-07-BUS-${n}`,
        capacity: 40,
        driverName: `Driver ${n}`,
        driverPhone: `+91 98470 1000${n}`,
      })),
    )
    .returning();
  const places: Array<[string, string, string]> = [
    ['Market', '9.981600', '76.299900'],
    ['Temple Road', '9.975100', '76.289600'],
    ['Lake View', '9.964400', '76.296400'],
    ['Station', '9.968900', '76.321800'],
    ['Hill Top', '9.990700', '76.316300'],
    ['Park Lane', '9.986000', '76.281500'],
  ];
  const stops = await tx
    .insert(school.BusStop)
    .values(places.map(([name, latitude, longitude]) => ({ schoolId, name, address: `${name}, Kochi`, latitude, longitude })))
    .returning();
  const [gate] = await tx.insert(school.BusStop).values({ schoolId, name: 'School Gate', address: 'Main entrance' }).returning();
  const routes = await tx
    .insert(school.BusRoute)
    .values(
      buses.map((b, i) => ({
        schoolId,
        name: `Route ${i + 1}`,
        busId: b.id,
        description: `${places[2 * i][0]} and ${places[2 * i + 1][0]}`,
      })),
    )
    .returning();
  // Each route: its two stops, then the school gate; the afternoon run goes the other way.
  const routeStops = routes.map((_, i) => [stops[2 * i], stops[2 * i + 1], gate]);
  const pickupTimes = ['07:10', '07:25', '07:45'];
  const dropTimes = ['16:05', '15:50', '15:30'];
  await tx.insert(school.BusRouteStop).values(
    routes.flatMap((r, i) =>
      routeStops[i].map((st, seq) => ({
        schoolId,
        routeId: r.id,
        stopId: st.id,
        sequence: seq + 1,
        pickupTime: pickupTimes[seq],
        dropTime: dropTimes[seq],
      })),
    ),
  );
  // Rider i: route i mod 3, boards at its first or second stop; every seventh gets off at the other one.
  const riders = p.students.slice(0, 60).map((st, i) => ({
    studentId: st.id,
    route: i % 3,
    pickup: routeStops[i % 3][i % 2],
    drop: routeStops[i % 3][i % 7 === 6 ? 1 - (i % 2) : i % 2],
    absent: i % 10 === 9,
  }));
  await tx
    .insert(school.StudentTransport)
    .values(
      riders.map((r) => ({ schoolId, studentId: r.studentId, routeId: routes[r.route].id, stopId: r.pickup.id, dropStopId: r.drop.id })),
    );
  const morning = await tx
    .insert(school.Trip)
    .values(
      routes.map((r, i) => ({
        schoolId,
        busId: buses[i].id,
        routeId: r.id,
        date,
        direction: 'PICKUP',
        status: 'COMPLETED',
        scheduledAt: at(pickupTimes[0]),
        startedAt: at('07:05'),
        endedAt: at('07:50'),
      })),
    )
    .returning();
  const afternoon = await tx
    .insert(school.Trip)
    .values(routes.map((r, i) => ({ schoolId, busId: buses[i].id, routeId: r.id, date, direction: 'DROP', scheduledAt: at(dropTimes[2]) })))
    .returning();
  await tx.insert(school.TripStop).values([
    ...morning.flatMap((t, i) =>
      routeStops[i].map((st, seq) => ({
        schoolId,
        tripId: t.id,
        stopId: st.id,
        sequence: seq + 1,
        scheduledAt: at(pickupTimes[seq]),
        arrivedAt: at(pickupTimes[seq]),
      })),
    ),
    ...afternoon.flatMap((t, i) =>
      [...routeStops[i]]
        .reverse()
        .map((st, seq) => ({ schoolId, tripId: t.id, stopId: st.id, sequence: seq + 1, scheduledAt: at(dropTimes[2 - seq]) })),
    ),
  ]);
  // The morning: everyone boards at their stop (or is absent); all but one of the boarded (rider 3,
  // on Route 1) get off at the gate, so the manifest has someone boarded but never dropped.
  const boarded = riders.filter((r) => !r.absent);
  await tx.insert(school.TripStudentMark).values([
    ...riders.map((r) => ({
      schoolId,
      tripId: morning[r.route].id,
      studentId: r.studentId,
      stopId: r.pickup.id,
      status: r.absent ? 'ABSENT' : 'BOARDED',
      markedAt: at(pickupTimes[routeStops[r.route].indexOf(r.pickup)]),
    })),
    ...boarded
      .filter((r) => r !== riders[3])
      .map((r) => ({
        schoolId,
        tripId: morning[r.route].id,
        studentId: r.studentId,
        stopId: gate.id,
        status: 'DROPPED',
        markedAt: at(pickupTimes[2]),
      })),
  ]);
}
