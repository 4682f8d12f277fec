/** The finance subgraph: fee structures, the double-entry fee ledger, balances, receipts, dues and collections. */
import { defineSubgraph } from '@syncad/subgraph-kit';
import { financeContext, financeState } from './context';
import { feeModule } from './modules/fee';

export const subgraph = defineSubgraph({
  name: 'finance',
  port: 4003,
  tenancy: 'school',
  modules: [feeModule],
  setup: financeState,
  context: financeContext,
});
