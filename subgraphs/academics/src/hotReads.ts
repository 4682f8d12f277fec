/**
 * A public entry for tools (`@syncad/academics/hotReads`): the floor benchmark runs the reads a
 * roster and ranked results make, once, on its own client, then reads their SQL back with the
 * kit's statementTexts and replays it with plain pg, so its pg side cannot drift from the
 * subgraph. The subgraph itself does not use this file.
 */
import type { SchoolDb } from '@syncad/shared-db';
import { examData } from './modules/exam';
import { ROSTER_LAYOUT, studentData } from './modules/student';

export { ROSTER_LAYOUT };

/** Matches no row: the reads run (and are prepared) without touching data. */
const NONE = '00000000-0000-0000-0000-000000000000';

export async function runHotReads(db: SchoolDb): Promise<void> {
  await Promise.all([
    studentData.rosterOfClass(db, { classId: NONE, date: null }),
    studentData.byIds(db, [NONE]),
    examData.byIds(db, [NONE]),
    examData.ranked(db, { examIds: [NONE] }),
  ]);
}
