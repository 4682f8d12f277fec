/** The ledger (permission module `fee`): charges, payments, discounts, reversals, balances, ledgers, dues and collections. */
import { defineModule } from '@syncad/subgraph-kit';
import { resolvers } from './resolvers';

export { ledgerData, type LedgerPosition } from './ledgerData';
export { PostingQueue, PostingQueues } from './postingQueue';
export { voucherData } from './voucherData';

const ownerIs = (row: { studentId: string }) => row.studentId;

export const ledgerModule = defineModule(__dirname, {
  guards: 'fee',
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
