/** The finance subgraph: fee structures, the double-entry fee ledger, balances, receipts, dues and collections. */
import { defineSubgraph } from '@syncad/subgraph-kit';
import { auditModule } from './modules/audit';
import { financeContext, financeState } from './context';
import { ledgerModule } from './modules/ledger';
import { reportsModule } from './modules/reports';
import { structuresModule } from './modules/structures';

export const subgraph = defineSubgraph({
  name: 'finance',
  port: 4003,
  tenancy: 'school',
  modules: [structuresModule, ledgerModule, reportsModule, auditModule],
  setup: financeState,
  context: financeContext,
});
