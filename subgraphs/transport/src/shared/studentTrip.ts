/** One student on one trip, from the trip, the student's assignment and their marks. */
import type { StudentTransportRow, StudentTripModel, TripMarkRow, TripRow } from './rows';

/**
 * `assignment` is the student's assignment (to any route) or null; `marks` may hold marks of other
 * trips or students: only this student's marks on this trip are taken.
 */
export function studentTrip(
  trip: TripRow,
  studentId: string,
  assignment: StudentTransportRow | null,
  marks: readonly TripMarkRow[],
): StudentTripModel {
  const mine = marks.filter((m) => m.tripId === trip.id && m.studentId === studentId);
  return {
    trip,
    studentId,
    assignment: assignment && assignment.routeId === trip.routeId ? assignment : null,
    boarding: mine.find((m) => m.kind === 'BOARDING') ?? null,
    drop: mine.find((m) => m.kind === 'DROP') ?? null,
  };
}
