/**
 * Fees: what is charged (FeeStructure) and the double-entry ledger (FeeLedger).
 * Balance and immutability are enforced by triggers in the school migrations, not only here.
 */
import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, id, money, schoolId } from './columns';
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
  },
  (t) => [
    uniqueIndex('FeeVoucher_idempotencyKey_key').on(t.idempotencyKey),
    uniqueIndex('FeeVoucher_reversesVoucherId_key').on(t.reversesVoucherId),
    check('FeeVoucher_kind_check', sql`${t.kind} IN ('CHARGE', 'PAYMENT', 'DISCOUNT', 'REVERSAL')`),
    check('FeeVoucher_reversal_link', sql`(${t.kind} = 'REVERSAL') = (${t.reversesVoucherId} IS NOT NULL)`),
  ],
);

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
    check('FeeLedger_amount_nonzero', sql`${t.amount} <> 0`),
    check(
      'FeeLedger_account_check',
      sql`${t.account} IN ('FEE_RECEIVABLE', 'FEE_INCOME', 'CASH', 'BANK', 'FEE_DISCOUNT')`,
    ),
    check(
      'FeeLedger_entryType_sign',
      sql`(${t.entryType} = 'DR' AND ${t.amount} > 0) OR (${t.entryType} = 'CR' AND ${t.amount} < 0)`,
    ),
  ],
);
