/**
 * Who the load clients are and what each may touch. Client i works in school i % schools as the
 * role ROLES[floor(i / schools) % 4], in its slot (floor(i / schools)) of that school: its own
 * students to mark attendance for, its own student to file leave and to pay for, its own trips to
 * board students on. Owning them is what makes every write unique (a day's attendance of a student,
 * one leave per day, a boarding per trip), so each acknowledged write is one row to find afterwards.
 */
import { STUDENTS_PER_WRITE, type SchoolSeed } from './seed';

export const ROLES = ['TEACHER', 'ACCOUNTANT', 'TRANSPORT_MANAGER', 'SCHOOL_ADMIN'] as const;
export type LoadRole = (typeof ROLES)[number];

export type WriteKind = 'attendance' | 'leave' | 'payment' | 'boarding';
export type ReadKind = 'roster' | 'feeBalances' | 'manifest' | 'leaveList';
export type Kind = WriteKind | ReadKind;
export const WRITE_KINDS: WriteKind[] = ['attendance', 'leave', 'payment', 'boarding'];
export const KINDS: Kind[] = [...WRITE_KINDS, 'roster', 'feeBalances', 'manifest', 'leaveList'];

/** How often each role does each kind (weights; about half writes). */
export const MIX: Record<LoadRole, Partial<Record<Kind, number>>> = {
  TEACHER: { attendance: 1, leave: 1, roster: 1, leaveList: 1 },
  ACCOUNTANT: { payment: 1, feeBalances: 1 },
  TRANSPORT_MANAGER: { boarding: 1, manifest: 1 },
  SCHOOL_ADMIN: { attendance: 1, leave: 1, payment: 1, boarding: 1, roster: 1, feeBalances: 1, manifest: 1, leaveList: 1 },
};

export interface ClientPlan {
  index: number;
  school: number;
  role: LoadRole;
  token: string;
  /** The Host header: the school's subdomain. */
  host: string;
  classId: string;
  /** Marked together, one day per call, from today backwards. */
  attendanceStudents: string[];
  /** How many days back from today attendance may be marked (the placements' start). */
  attendanceDays: number;
  leaveStudent: string;
  payer: string;
  firstStopId: string;
  /** Boarded STUDENTS_PER_WRITE at a time. */
  riders: string[];
  trips: string[];
}

export interface SchoolPlan {
  seed: SchoolSeed;
  subdomain: string;
}

/** How many clients a school has at most (its slots). */
export const slotsPerSchool = (clients: number, schools: number) => Math.ceil(clients / schools);

/** Seed sizes for a school: a student group per slot (at least a class of 40), trips for every slot's boarding. */
export function seedSize(clients: number, schools: number, seconds: number): { students: number; trips: number } {
  const slots = slotsPerSchool(clients, schools);
  const students = Math.max(40, slots * STUDENTS_PER_WRITE);
  // Room for five boarding calls a second per client (several times what two cores serve).
  const tripsPerSlot = Math.ceil((seconds * 5) / (students / STUDENTS_PER_WRITE)) + 1;
  return { students, trips: slots * tripsPerSlot };
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** Client `index`'s school, slot and role. */
export function clientPlace(index: number, schools: number): { school: number; slot: number; role: LoadRole } {
  const slot = Math.floor(index / schools);
  return { school: index % schools, slot, role: ROLES[slot % ROLES.length] };
}

/** `tokens[i]`: client i's access token (its own session, as its role's user in its school). */
export function planClients(tokens: string[], schools: SchoolPlan[], today: string): ClientPlan[] {
  const slots = slotsPerSchool(tokens.length, schools.length);
  return tokens.map((token, index) => {
    const { school, slot, role } = clientPlace(index, schools.length);
    const { seed, subdomain } = schools[school];
    return {
      index,
      school,
      role,
      token,
      host: `${subdomain}.localhost`,
      classId: seed.classId,
      attendanceStudents: seed.studentIds.slice(slot * STUDENTS_PER_WRITE, (slot + 1) * STUDENTS_PER_WRITE),
      attendanceDays: daysBetween(seed.placedFrom, today),
      leaveStudent: seed.studentIds[slot],
      payer: seed.studentIds[slot],
      firstStopId: seed.firstStopId,
      riders: seed.studentIds,
      trips: seed.tripIds.filter((_, t) => t % slots === slot),
    };
  });
}
