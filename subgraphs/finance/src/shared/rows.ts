/** The rows the fee module's resolvers receive (codegen maps its GraphQL types onto them). */
import type { school } from '@syncad/shared-db';

export type { SchoolExecutor as Db } from '@syncad/shared-db';

/** An entity of another subgraph, by its key. */
export type EntityRef = {
  id: string;
};

/** A Student reference: finance knows only the id; academics resolves the rest. */
export type StudentRef = EntityRef;

export type FeeStructureRow = typeof school.FeeStructure.$inferSelect;

export type LedgerAccount = (typeof school.LEDGER_ACCOUNTS)[number];
export type VoucherKind = (typeof school.VOUCHER_KINDS)[number];
export type PaymentMode = 'CASH' | 'BANK';
export type EntryType = 'DR' | 'CR';

/** A voucher line as the API shows it: a positive amount and its side. */
export type VoucherLine = {
  account: LedgerAccount;
  entryType: EntryType;
  amount: string;
};

/** A voucher with what its lines say (amount, mode, fee structure), as FeeReceipt resolves it. */
export type ReceiptRow = {
  id: string;
  voucherNo: string;
  kind: VoucherKind;
  date: string;
  studentId: string;
  /** The sum of the debit lines. */
  amount: string;
  /** The CASH or BANK line's account, if any. */
  mode: PaymentMode | null;
  reference: string | null;
  narration: string | null;
  feeStructureId: string | null;
  balanceAfter: string | null;
  reversesVoucherId: string | null;
  idempotencyKey: string | null;
  academicYearId: string | null;
  createdAt: string;
  createdBy: string | null;
  /** Debits first. */
  lines: VoucherLine[];
};

/** A FEE_RECEIVABLE line of a student's ledger with the running balance after it. */
export type LedgerEntryRow = {
  id: string;
  studentId: string;
  voucherNo: string;
  kind: VoucherKind;
  date: string;
  /** ISO timestamp with microseconds: part of the cursor position. */
  createdAt: string;
  /** The voucher's number in its year's series (0 for vouchers from before numbering): part of the cursor position. */
  seq: number;
  narration: string | null;
  feeStructureId: string | null;
  entryType: EntryType;
  /** Positive. */
  amount: string;
  balance: string;
};

/** One student's dues. */
export type DuesRow = {
  studentId: string;
  admissionNo: string;
  charged: string;
  paid: string;
  discounted: string;
  outstanding: string;
  overdue: string;
};

export type DuesTotals = {
  charged: string;
  paid: string;
  discounted: string;
  outstanding: string;
  overdue: string;
  defaulters: number;
};

/** A class's dues list as ClassDues resolves it (its students and totals are read when asked for). */
export type ClassDuesModel = {
  classId: string;
  asOf: string;
  onlyOverdue: boolean;
  /** A self-scoped caller's own students (their lines only). */
  studentIds?: readonly string[];
};

export type CollectionRow = {
  date: string;
  mode: PaymentMode;
  allocation: 'FEE_HEAD' | 'ADVANCE' | 'REVERSED';
  feeHead: string | null;
  amount: string;
  vouchers: number;
};

export type CollectionByMode = {
  mode: PaymentMode;
  amount: string;
  payments: number;
};

export type CollectionSummary = {
  from: string;
  to: string;
  total: string;
  byMode: CollectionByMode[];
  rows: CollectionRow[];
};

export type ChargeResult = {
  feeStructureId: string;
  classId: string;
  date: string;
  charged: number;
  skipped: number;
  amount: string;
};
