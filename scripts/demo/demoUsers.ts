/** One demo login per built-in role per school: <role>@<subdomain>.test / demo-password. */
import { hash } from '@node-rs/argon2';
import { central, type CentralDb } from '@syncad/shared-db';

export const DEMO_PASSWORD = 'demo-password';

export const DEMO_LOGINS = [
  { local: 'admin', role: 'SCHOOL_ADMIN', firstName: 'Asha', lastName: 'Admin' },
  { local: 'teacher', role: 'TEACHER', firstName: 'Tara', lastName: 'Teacher' },
  { local: 'accountant', role: 'ACCOUNTANT', firstName: 'Arjun', lastName: 'Accountant' },
  { local: 'transport', role: 'TRANSPORT_MANAGER', firstName: 'Tomas', lastName: 'Transport' },
  { local: 'librarian', role: 'LIBRARIAN', firstName: 'Lina', lastName: 'Librarian' },
  { local: 'student', role: 'STUDENT', firstName: 'Sam', lastName: 'Student' },
  // The guardian of two siblings (Grade 1 A's second student, Grade 2 A's first), and the
  // siblings' other guardian (of the Grade 2 A child only: one child with two guardians).
  { local: 'guardian', role: 'GUARDIAN', firstName: 'Gita', lastName: 'Guardian' },
  { local: 'guardian2', role: 'GUARDIAN', firstName: 'Gopal', lastName: 'Guardian' },
] as const;

/** The demo users a school's data links to: the student's account, the guardians, the class teacher. */
export interface DemoPeople {
  studentUserId: string;
  guardianUserIds: readonly [string, string];
  teacherUserId: string;
}

export const demoEmail = (local: string, subdomain: string) => `${local}@${subdomain}.test`;

/** Creates the demo users of one school; returns those its data links to (a student row, guardian links, class teachers). */
export async function createDemoUsers(
  db: CentralDb,
  school: { id: string; subdomain: string; roles: Record<string, string> },
): Promise<DemoPeople> {
  // One hash for all: every demo user has the same password, and argon2 is deliberately slow.
  const passwordHash = await hash(DEMO_PASSWORD);
  const users = await db
    .insert(central.User)
    .values(
      DEMO_LOGINS.map((l) => ({
        email: demoEmail(l.local, school.subdomain),
        passwordHash,
        firstName: l.firstName,
        lastName: l.lastName,
      })),
    )
    .returning({ id: central.User.id, email: central.User.email });
  const idByEmail = new Map(users.map((u) => [u.email, u.id]));
  await db.insert(central.EmployeeUserSchool).values(
    DEMO_LOGINS.map((l) => ({
      userId: idByEmail.get(demoEmail(l.local, school.subdomain))!,
      schoolId: school.id,
      roleId: school.roles[l.role],
    })),
  );
  const idOf = (local: string) => idByEmail.get(demoEmail(local, school.subdomain))!;
  return { studentUserId: idOf('student'), guardianUserIds: [idOf('guardian'), idOf('guardian2')], teacherUserId: idOf('teacher') };
}
