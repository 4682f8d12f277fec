/**
 * A trip's manifest, built from the route's riders, the trip's marks and its stops (three lists
 * the loaders fetch in one statement each, whatever the number of students or stops).
 */
import type {
  ManifestStopModel,
  StudentTransportRow,
  StudentTripModel,
  TripManifestModel,
  TripMarkRow,
  TripRow,
  TripStopRow,
} from '../../shared/rows';
import { studentTrip } from '../../shared/studentTrip';

/** The stop a student belongs to on this trip: where they board a PICKUP trip, where they get off a DROP trip; else where they were marked. */
function stopOf(line: StudentTripModel): string | null {
  const a = line.assignment;
  if (a) return line.trip.direction === 'DROP' ? a.dropStopId : a.stopId;
  return line.boarding?.stopId ?? line.drop?.stopId ?? null;
}

/**
 * Every rider of the route (in the order they were assigned), then every other student marked on
 * the trip (reassigned since), grouped by stop in visiting order; stops not on the trip (the
 * route changed after scheduling) come last.
 */
export function tripManifest(
  trip: TripRow,
  tripStops: readonly TripStopRow[],
  riders: readonly StudentTransportRow[],
  marks: readonly TripMarkRow[],
): TripManifestModel {
  const riderIds = new Set(riders.map((r) => r.studentId));
  const others = [...new Set(marks.map((m) => m.studentId).filter((id) => !riderIds.has(id)))];
  const students = [
    ...riders.map((r) => studentTrip(trip, r.studentId, r, marks)),
    ...others.map((id) => studentTrip(trip, id, null, marks)),
  ];
  const stops = new Map<string, ManifestStopModel>(tripStops.map((ts) => [ts.stopId, { stopId: ts.stopId, tripStop: ts, expected: [] }]));
  for (const line of students) {
    const stopId = stopOf(line);
    if (stopId === null) continue;
    let stop = stops.get(stopId);
    if (!stop) {
      stop = { stopId, tripStop: null, expected: [] };
      stops.set(stopId, stop);
    }
    stop.expected.push(line);
  }
  return { trip, stops: [...stops.values()], students };
}
