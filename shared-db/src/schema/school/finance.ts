/**
 * Fees: what is charged (FeeStructure) and the double-entry ledger (FeeLedger).
 * Balance and immutability are enforced by triggers in the school migrations, not only here.
 */
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { balance, createdAt, id, money, schoolId } from './columns';
import { AcademicYear, Class } from './reference';
import { Student } from './students';

export const LEDGER_ACCOUNTS = ['FEE_RECEIVABLE', 'FEE_INCOME', 'CASH', 'BANK', 'FEE_DISCOUNT'] as const;
export const VOUCHER_KINDS = ['CHARGE', 'PAYMENT', 'DISCOUNT', 'REVERSAL'] as const;

export const FeeStructure = pgTable(
  'FeeStructure',
  {
    id: id(),
    schoolId: schoolId(),
    academicYearId: uuid('academicYearId')
      .notNull()
      .references(() => AcademicYear.id),
    /** NULL: the fee head applies to every class. */
    classId: uuid('classId').references(() => Class.id),
    /** The fee head, e.g. "Tuition Term 1". */
    name: varchar('name', { length: 100 }).notNull(),
    amount: money('amount').notNull(),
    dueDate: date('dueDate'),
    createdAt: createdAt(),
  },
  (t) => [
    index('FeeStructure_schoolId_academicYearId_idx').on(t.schoolId, t.academicYearId),
    check('FeeStructure_amount_positive', sql`${t.amount} > 0`),
  ],
);

/**
 * Supporting table (not in the design): one row per voucher, so a voucher number is unique,
 * a payment's idempotency key is enforced by the database, and a reversal names what it reverses.
 * Vouchers posted by the API are numbered `<academic year name>/<seq>`, `seq` gap-free per academic
 * year (FeeVoucherCounter); rows from before numbering existed have no academicYearId/seq.
 */
export const FeeVoucher = pgTable(
  'FeeVoucher',
  {
    id: id(),
    schoolId: schoolId(),
    voucherNo: varchar('voucherNo', { length: 40 }).notNull().unique('FeeVoucher_voucherNo_key'),
    kind: varchar('kind', { length: 20 }).notNull(),
    date: date('date').notNull(),
    studentId: uuid('studentId')
      .notNull()
      .references(() => Student.id),
    idempotencyKey: varchar('idempotencyKey', { length: 100 }),
    reversesVoucherId: uuid('reversesVoucherId'),
    narration: text('narration'),
    createdBy: uuid('createdBy'),
    createdAt: createdAt(),
    /** The academic year whose series numbered this voucher. */
    academicYearId: uuid('academicYearId').references(() => AcademicYear.id),
    /** The voucher's place in its academic year's series: 1, 2, 3, ... without gaps. */
    seq: integer('seq'),
    /** A CHARGE's fee structure: one charge per (student, fee structure). */
    feeStructureId: uuid('feeStructureId').references(() => FeeStructure.id),
    /** A payment's outside reference (cheque or bank transfer number). */
    reference: varchar('reference', { length: 100 }),
    /** The student's balance (sum of FEE_RECEIVABLE lines) right after this voucher was posted. */
    balanceAfter: balance('balanceAfter'),
  },
  (t) => [
    uniqueIndex('FeeVoucher_idempotencyKey_key').on(t.idempotencyKey),
    uniqueIndex('FeeVoucher_reversesVoucherId_key').on(t.reversesVoucherId),
    uniqueIndex('FeeVoucher_academicYearId_seq_key').on(t.academicYearId, t.seq),
    uniqueIndex('FeeVoucher_charge_once_key')
      .on(t.studentId, t.feeStructureId)
      .where(sql`${t.kind} = 'CHARGE'`),
    index('FeeVoucher_studentId_idx').on(t.studentId),
    check('FeeVoucher_kind_check', sql`${t.kind} IN ('CHARGE', 'PAYMENT', 'DISCOUNT', 'REVERSAL')`),
    check('FeeVoucher_reversal_link', sql`(${t.kind} = 'REVERSAL') = (${t.reversesVoucherId} IS NOT NULL)`),
    check('FeeVoucher_numbered', sql`(${t.academicYearId} IS NULL) = (${t.seq} IS NULL) AND (${t.seq} IS NULL OR ${t.seq} > 0)`),
  ],
);

/**
 * Supporting table: the last voucher number of each academic year's series. Posting takes this
 * row's lock (in the posting's transaction) to number the next voucher, so numbers are unique and
 * gap-free: a rolled-back posting rolls its number back too.
 */
export const FeeVoucherCounter = pgTable(
  'FeeVoucherCounter',
  {
    academicYearId: uuid('academicYearId')
      .primaryKey()
      .references(() => AcademicYear.id),
    schoolId: schoolId(),
    lastNo: integer('lastNo').notNull().default(0),
  },
  (t) => [check('FeeVoucherCounter_lastNo_check', sql`${t.lastNo} >= 0`)],
);

/**
 * The fee books' closing: no voucher is posted dated on or before `closedUntil` (checked in the
 * posting statement, which holds this row FOR SHARE, so a closing waits for postings in flight).
 * Books never reopen: a correction of a closed period is a reversal dated the day it is posted.
 */
export const FeeBooksClosing = pgTable('FeeBooksClosing', {
  schoolId: uuid('schoolId').primaryKey(),
  closedUntil: date('closedUntil').notNull(),
  closedBy: uuid('closedBy').notNull(),
  closedAt: timestamp('closedAt', { withTimezone: true }).notNull().defaultNow(),
});

/** One line of a voucher: amount > 0 is a debit (DR), < 0 a credit (CR). */
export const FeeLedger = pgTable(
  'FeeLedger',
  {
    id: id(),
    schoolId: schoolId(),
    studentId: uuid('studentId')
      .notNull()
      .references(() => Student.id),
    academicYear: varchar('academicYear', { length: 20 }).notNull(),
    voucherNo: varchar('voucherNo', { length: 40 })
      .notNull()
      .references(() => FeeVoucher.voucherNo),
    date: date('date').notNull(),
    amount: money('amount').notNull(),
    account: varchar('account', { length: 30 }).notNull(),
    entryType: varchar('entryType', { length: 2 }).notNull(),
    feeStructureId: uuid('feeStructureId').references(() => FeeStructure.id),
    narration: text('narration'),
    createdAt: createdAt(),
  },
  (t) => [
    index('FeeLedger_schoolId_studentId_idx').on(t.schoolId, t.studentId),
    index('FeeLedger_schoolId_date_idx').on(t.schoolId, t.date),
    index('FeeLedger_voucherNo_idx').on(t.voucherNo),
    index('FeeLedger_feeStructureId_idx').on(t.feeStructureId),
    check('FeeLedger_amount_nonzero', sql`${t.amount} <> 0`),
    check('FeeLedger_account_check', sql`${t.account} IN ('FEE_RECEIVABLE', 'FEE_INCOME', 'CASH', 'BANK', 'FEE_DISCOUNT')`),
    check('FeeLedger_entryType_sign', sql`(${t.entryType} = 'DR' AND ${t.amount} > 0) OR (${t.entryType} = 'CR' AND ${t.amount} < 0)`),
  ],
);
