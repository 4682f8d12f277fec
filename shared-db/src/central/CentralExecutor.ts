/** The central database or a transaction on it: every central query runs on either. */
import type { CentralDb } from '../centralDb';

export type CentralTransaction = Parameters<Parameters<CentralDb['transaction']>[0]>[0];
export type CentralExecutor = CentralDb | CentralTransaction;
