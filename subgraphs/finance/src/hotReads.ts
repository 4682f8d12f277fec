/**
 * A public entry for tools (`@syncad/finance/hotReads`): the floor benchmark runs the balance read
 * of a fee page once on its own client, then replays its SQL (the kit's statementTexts) with
 * plain pg. The subgraph itself does not use this file.
 */
import type { SchoolDb } from '@syncad/shared-db';
import { ledgerData } from './modules/ledger';

const NONE = '00000000-0000-0000-0000-000000000000';

export async function runHotReads(db: SchoolDb): Promise<void> {
  await ledgerData.balances(db, NONE, [NONE], undefined);
}
