/**
 * Boarding and drop marks: every student of a stop in one call, all or nothing, and a student's
 * history. Both events of a student on a trip are kept (a drop never overwrites the boarding).
 */
import { existingStudentIds } from '@syncad/shared-db';
import { keysetConnection, parseId, type Connection } from '@syncad/subgraph-kit';
import { AppError, conflictAs } from '@syncad/platform';
import type { TransportContext } from '../../context';
import type { CorrectTripMarkInput, MarkStopStudentsInput, QueryTransportHistoryArgs } from '../../generated/graphql';
import { HISTORY_ORDER, markData, type MarkState } from './markData';
import type { StopMarkingModel, StudentTripModel, TripMarkRow } from '../../shared/rows';
import { studentTrip } from '../../shared/studentTrip';
import { transportInput } from '../../shared/transportInput';

/** The most marks one markStopStudents call takes (more than any bus seats). */
export const MAX_MARKS_PER_CALL = 200;

const HISTORY_LIST = 'transportHistory';

/** "N student(s) <what>: id, id, ..." */
function students(states: readonly MarkState[], what: string): string {
  return `${states.length} student(s) ${what}: ${transportInput.listIds(states.map((s) => s.studentId))}`;
}

export const markService = {
  /**
   * Marks students at a stop the trip has reached: all checked first (in one statement), then one
   * INSERT for all, in one transaction holding the trip against completion. Any refused entry
   * refuses the whole call and writes nothing.
   */
  async markStop(ctx: TransportContext, input: MarkStopStudentsInput): Promise<StopMarkingModel> {
    const tripId = parseId(input.tripId, 'tripId');
    const stopId = parseId(input.stopId, 'stopId');
    if (input.marks.length === 0) throw AppError.badInput('marks must not be empty', 'marks');
    if (input.marks.length > MAX_MARKS_PER_CALL) throw AppError.badInput(`at most ${MAX_MARKS_PER_CALL} marks per call`, 'marks');
    const marks = input.marks.map((m, i) => ({ studentId: parseId(m.studentId, `marks[${i}].studentId`), status: m.status as string }));
    const ids = marks.map((m) => m.studentId);
    if (new Set(ids).size !== ids.length) throw AppError.badInput('a student appears twice in marks', 'marks');
    const statusOf = new Map(marks.map((m) => [m.studentId, m.status]));

    const stored = await ctx.db.transaction(async (tx) => {
      const found = await markData.tripForMarking(tx, tripId, stopId);
      if (!found) throw AppError.notFound(`trip ${tripId}`);
      const { trip, tripStop } = found;
      if (!tripStop) {
        if (!(await ctx.loaders.busStop.load(stopId))) throw AppError.notFound(`stop ${stopId}`);
        throw AppError.badInput(`stop ${stopId} is not on this trip`, 'stopId');
      }
      if (trip.status !== 'IN_PROGRESS')
        throw AppError.conflict(`the trip is ${trip.status}: students are marked only on an IN_PROGRESS trip`);
      if (tripStop.skipped) throw AppError.conflict('the bus went past this stop without stopping: nobody can be marked there');
      if (tripStop.arrivedAt === null)
        throw AppError.conflict('the bus has not arrived at this stop yet: record its arrival first (arriveAtStop)');

      const states = await markData.markStates(tx, tripId, ids);
      const drop = (s: MarkState) => statusOf.get(s.studentId) === 'DROPPED';
      // A drop is for whoever boarded this trip, even if reassigned since; marks otherwise need the route.
      const offRoute = states.filter((s) => s.routeId !== trip.routeId && !(drop(s) && s.boardingStatus === 'BOARDED'));
      if (offRoute.length > 0) {
        const known = await existingStudentIds(
          tx,
          offRoute.map((s) => s.studentId),
        );
        const unknown = offRoute.find((s) => !known.has(s.studentId));
        if (unknown) throw AppError.notFound(`student ${unknown.studentId}`);
        throw AppError.badInput(students(offRoute, "are not assigned to this trip's route"), 'marks');
      }
      const boardedTwice = states.filter((s) => !drop(s) && s.boardingStatus !== null);
      if (boardedTwice.length > 0) throw AppError.conflict(students(boardedTwice, 'already have a boarding mark on this trip'));
      const droppedTwice = states.filter((s) => drop(s) && s.dropped);
      if (droppedTwice.length > 0) throw AppError.conflict(students(droppedTwice, 'are already marked DROPPED on this trip'));
      const notBoarded = states.filter((s) => drop(s) && s.boardingStatus !== 'BOARDED');
      if (notBoarded.length > 0)
        throw AppError.conflict(students(notBoarded, 'cannot be dropped before they board (no BOARDED mark on this trip)'));
      const droppedEarly = states.filter((s) => drop(s) && s.boardingSequence !== null && s.boardingSequence > tripStop.sequence);
      if (droppedEarly.length > 0) throw AppError.conflict(students(droppedEarly, 'boarded at a later stop of this trip than this one'));

      return conflictAs(
        markData.insertMarks(tx, { schoolId: ctx.schoolId, tripId, stopId, markedBy: ctx.caller.userId, marks }),
        'some of these students were marked at the same moment by someone else: nothing was stored, reload the manifest',
      ).then((rows) => ({ trip, rows }));
    });
    return { trip: stored.trip, stopId, marks: stored.rows };
  },

  /** Corrects a mark's status (within its kind) or stop; the old one stays in the audit trail. */
  async correct(ctx: TransportContext, input: CorrectTripMarkInput): Promise<TripMarkRow> {
    const markId = parseId(input.id, 'id');
    const stopId = input.stopId == null ? undefined : parseId(input.stopId, 'stopId');
    return ctx.db.transaction(async (tx) => {
      const found = await markData.markForCorrection(tx, markId);
      if (!found) throw AppError.notFound(`trip mark ${input.id}`);
      const { mark, dropped } = found;
      const status = input.status ?? mark.status;
      if ((status === 'DROPPED') !== (mark.status === 'DROPPED')) {
        throw AppError.badInput(
          `a ${mark.status} mark cannot become ${status}: a boarding stays BOARDED or ABSENT, a drop stays DROPPED`,
          'status',
        );
      }
      if (status === 'ABSENT' && dropped) throw AppError.conflict('the student was dropped on this trip: their boarding stays BOARDED');
      if (stopId && !(await markData.stopIsOnTrip(tx, mark.tripId, stopId))) {
        throw AppError.badInput(`stop ${input.stopId} is not on this trip`, 'stopId');
      }
      if (status === mark.status && (stopId ?? mark.stopId) === mark.stopId) return mark;
      return markData.correct(tx, markId, { status, stopId: stopId ?? mark.stopId, markedBy: ctx.caller.userId });
    });
  },

  /** The trips a student was marked on, newest first, with both marks; NOT_FOUND for a student the caller may not see. */
  async history(ctx: TransportContext, args: QueryTransportHistoryArgs): Promise<Connection<StudentTripModel>> {
    const studentId = parseId(args.studentId, 'studentId');
    if (args.from != null && args.to != null && args.from > args.to)
      throw AppError.badInput(`from (${args.from}) is after to (${args.to})`, 'from');
    const visible = ctx.caller.selfScoped
      ? (await ctx.ownStudents()).all.includes(studentId)
      : (await existingStudentIds(ctx.db, [studentId])).has(studentId);
    if (!visible) throw AppError.notFound(`student ${studentId}`);
    const filter = { studentId, from: args.from ?? undefined, to: args.to ?? undefined };
    const page = await keysetConnection(
      ctx.cursors,
      HISTORY_LIST,
      args,
      HISTORY_ORDER,
      (slice) => markData.history(ctx.db, filter, slice),
      () => markData.countHistory(ctx.db, filter),
      (t) => [t.date, t.direction, t.id],
    );
    for (const trip of page.nodes) ctx.loaders.trip.prime(trip.id, trip);
    const [marks, assignment] = await Promise.all([
      ctx.loaders.marksOfStudent(studentId).loadMany(page.nodes.map((t) => t.id)),
      ctx.loaders.assignment.load(studentId),
    ]);
    const lineOf = new Map(
      page.nodes.map((trip, i) => {
        const tripMarks = marks[i];
        if (tripMarks instanceof Error) throw tripMarks;
        return [trip.id, studentTrip(trip, studentId, assignment, tripMarks)];
      }),
    );
    // The same page, each trip as the student's line of it (the cursors stay the trips').
    return {
      edges: page.edges.map((edge) => ({
        node: lineOf.get(edge.node.id)!,
        get cursor() {
          return edge.cursor;
        },
      })),
      nodes: page.nodes.map((t) => lineOf.get(t.id)!),
      pageInfo: page.pageInfo,
      totalCount: page.totalCount,
    };
  },
};
