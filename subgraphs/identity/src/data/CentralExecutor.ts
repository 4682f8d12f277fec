/** The central database or a transaction on it: data functions run on either. */
import type { CentralDb } from '@syncad/shared-db';

export type CentralTransaction = Parameters<Parameters<CentralDb['transaction']>[0]>[0];
export type CentralExecutor = CentralDb | CentralTransaction;
