/**
 * A public entry for tools (`@syncad/transport/hotReads`): the floor benchmark runs the reads of a
 * trip manifest once on its own client, then replays their SQL (the kit's statementTexts) with
 * plain pg. The subgraph itself does not use this file.
 */
import type { SchoolDb } from '@syncad/shared-db';
import { fleetData } from './modules/fleet';
import { markData } from './modules/marks';
import { routeData } from './modules/routes';
import { tripData } from './modules/trips';

const NONE = '00000000-0000-0000-0000-000000000000';

export async function runHotReads(db: SchoolDb): Promise<void> {
  await Promise.all([
    tripData.tripsByIds(db, [NONE]),
    tripData.tripStopsWithStops(db, [NONE]),
    routeData.routesByIds(db, [NONE]),
    fleetData.busesByIds(db, [NONE]),
    routeData.ridersOfRoutes(db, [NONE]),
    markData.marksOfTrips(db, [NONE]),
  ]);
}
