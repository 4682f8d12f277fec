/** The `fee` module: fee structures, charges, payments, discounts, reversals, balances, ledgers, dues and collections. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

const ownerIs = (row: { studentId: string }) => row.studentId;

export const feeModule = defineModule(__dirname, {
  resolvers,
  // A STUDENT posts nothing, and reads only their own balance, ledger, receipts and dues line
  // (the services filter in SQL as well).
  selfScope: {
    ownedTypes: {
      Student: (s: { id: string }) => s.id,
      FeeReceipt: ownerIs,
      FeeLedgerEntry: ownerIs,
      FeeDues: ownerIs,
    },
  },
});
