/**
 * Posting to the fee ledger: charges, payments, discounts and reversals. The rules live here:
 * - every voucher is numbered from its academic year's counter, taken under the counter row's
 *   lock in the transaction that posts it, so numbers are unique and gap-free (a refused voucher
 *   takes no number, a rolled-back transaction gives its numbers back); concurrent requests'
 *   vouchers share transactions (group commit, postingQueue.ts);
 * - payments and discounts are idempotent by key: the key's first voucher is the answer to every
 *   retry, and the same key for a different posting is CONFLICT with nothing posted;
 * - a voucher is reversed at most once (a unique index), a reversal never;
 * - the database checks that every voucher balances and that nothing posted is ever changed.
 */
import { actorOf, assertNotFuture, parseId, parseOptionalText, parseText, today } from '@syncad/subgraph-kit';
import { AppError, fromHundredths, toHundredths, postgresErrorOf } from '@syncad/platform';
import type { FinanceContext } from '../../context';
import type { GrantDiscountInput, LibraryFineCharge, RecordPaymentInput } from '../../generated/graphql';
import { negate, parseAmount } from '../../shared/amounts';
import type { ChargeResult, Db, LedgerAccount, PaymentMode, ReceiptRow, VoucherKind } from '../../shared/rows';
import { booksData } from './books';
import { voucherData, type PostedVoucher, type VoucherDraft, type YearChoice } from './voucherData';

/** What an idempotent posting asks for, to compare with the voucher a reused key already names. */
interface Request {
  kind: VoucherKind;
  studentId: string;
  amount: string;
  mode: PaymentMode | null;
}

type Line = VoucherDraft['lines'][number];

const line = (account: LedgerAccount, amount: string, feeStructureId: string | null = null): Line => ({ account, amount, feeStructureId });

/** The receipt of a voucher just posted, from what was posted (no statement needed). */
function receiptOf(v: VoucherDraft, academicYearId: string, posted: PostedVoucher): ReceiptRow {
  const debits = v.lines.filter((l) => toHundredths(l.amount) > 0n);
  const sorted = [...v.lines].sort((a, b) => Number(toHundredths(b.amount) - toHundredths(a.amount)));
  return {
    id: posted.id,
    voucherNo: posted.voucherNo,
    kind: v.kind,
    date: v.date,
    studentId: v.studentId,
    amount: fromHundredths(debits.reduce((sum, l) => sum + toHundredths(l.amount), 0n)),
    mode: (v.lines.find((l) => l.account === 'CASH' || l.account === 'BANK')?.account as PaymentMode | undefined) ?? null,
    reference: v.reference,
    narration: v.narration,
    feeStructureId: v.feeStructureId,
    balanceAfter: posted.balanceAfter,
    reversesVoucherId: v.reversesVoucherId,
    idempotencyKey: v.idempotencyKey,
    academicYearId,
    createdAt: posted.createdAt,
    createdBy: v.createdBy,
    lines: sorted.map((l) => {
      const signed = toHundredths(l.amount);
      return { account: l.account, entryType: signed > 0n ? 'DR' : 'CR', amount: fromHundredths(signed < 0n ? -signed : signed) };
    }),
  };
}

/** The voucher the idempotency key names, when it records the same request; else CONFLICT. */
async function sameRequest(ctx: FinanceContext, key: string, request: Request): Promise<ReceiptRow> {
  const existing = await voucherData.byIdempotencyKey(ctx.db, key);
  // Stryker disable next-line all: only when the key's voucher was rolled back between the refusal and this read (no test can time that)
  if (!existing) throw AppError.conflict('idempotencyKey is in use by a posting that was not completed: retry with the same key');
  const same =
    existing.kind === request.kind &&
    existing.studentId === request.studentId &&
    toHundredths(existing.amount) === toHundredths(request.amount) &&
    existing.mode === request.mode;
  if (!same) {
    throw AppError.conflict(
      `idempotencyKey was already used for voucher ${existing.voucherNo} (another student, amount or mode): nothing was posted`,
    );
  }
  return existing;
}

/**
 * Posts one voucher in the school's next posting transaction (see postingQueue.ts), numbered in the
 * first of `years` that exists. When it inserts nothing: an unknown student is NOT_FOUND; a taken
 * idempotency key returns the key's voucher when it records the same request, else CONFLICT; a
 * voucher reversed already is CONFLICT.
 */
async function postVoucher(
  ctx: FinanceContext,
  years: YearChoice[],
  draft: Omit<VoucherDraft, 'createdBy'>,
  request?: Request,
): Promise<ReceiptRow> {
  const posting = { years, draft: { ...draft, createdBy: ctx.caller.userId }, actor: actorOf(ctx.caller) };
  let outcome;
  try {
    outcome = ctx.requestTransaction
      ? await ctx.postings.postInTransaction(ctx.db, posting)
      : await ctx.postings.post(ctx.db, posting, ctx.deadline);
  } catch (err) {
    // Another process posted the same key or reversal in the same instant (the unique indexes decide).
    // Reachable only across academic years (postings of one year wait for each other on its counter
    // row, so the second sees the first and is refused before inserting): a safety net no test can time.
    // Stryker disable all: see above
    const pg = postgresErrorOf(err);
    if (pg?.code === '23505' && pg.constraint === 'FeeVoucher_idempotencyKey_key' && request)
      return sameRequest(ctx, draft.idempotencyKey!, request);
    if (pg?.code === '23505' && pg.constraint === 'FeeVoucher_reversesVoucherId_key')
      throw AppError.conflict('the voucher has already been reversed');
    // Stryker restore all
    throw err;
  }
  if (!outcome.year)
    throw AppError.badInput(`${draft.date} falls in no academic year of the school and none is current: create the year first`, 'date');
  const { result } = outcome;
  if (result.posted) return receiptOf(posting.draft, outcome.year.academicYearId, result.posted);
  switch (result.refused) {
    case 'student':
      throw AppError.notFound(`student ${draft.studentId}`);
    case 'reversed':
      throw AppError.conflict('the voucher has already been reversed');
    case 'closed':
      throw AppError.badInput(
        `the fee books are closed until ${result.closedUntil}: nothing dated ${draft.date} can be posted (correct a closed period with reverseVoucher)`,
        'date',
      );
    case 'early':
      throw AppError.badInput(`${draft.date} is before the academic year ${outcome.year.yearName} starts (${result.yearStart})`, 'date');
    case 'credit':
      throw AppError.badInput(
        `the discount is more than the student owes (${result.balanceBefore}): only a caller with fee:delete may leave a credit`,
        'amount',
      );
    case 'key':
      return sameRequest(ctx, draft.idempotencyKey!, request!);
  }
}

export const postingService = {
  async recordPayment(ctx: FinanceContext, input: RecordPaymentInput): Promise<ReceiptRow> {
    const studentId = parseId(input.studentId, 'studentId');
    const amount = parseAmount(input.amount, 'amount');
    const idempotencyKey = parseText(input.idempotencyKey, 'idempotencyKey', 100);
    const reference = parseOptionalText(input.reference, 'reference', 100) ?? null;
    const date = input.date ?? today(ctx.timezone);
    assertNotFuture(date, 'date', ctx.timezone);
    const mode = input.mode as PaymentMode;
    return postVoucher(
      ctx,
      [{ containing: date }],
      {
        kind: 'PAYMENT',
        date,
        studentId,
        idempotencyKey,
        reversesVoucherId: null,
        feeStructureId: null,
        narration: null,
        reference,
        noCredit: false,
        lines: [line(mode, amount), line('FEE_RECEIVABLE', negate(amount))],
      },
      { kind: 'PAYMENT', studentId, amount, mode },
    );
  },

  async grantDiscount(ctx: FinanceContext, input: GrantDiscountInput): Promise<ReceiptRow> {
    const studentId = parseId(input.studentId, 'studentId');
    const amount = parseAmount(input.amount, 'amount');
    const idempotencyKey = parseText(input.idempotencyKey, 'idempotencyKey', 100);
    const reason = parseText(input.reason, 'reason', 500);
    const date = today(ctx.timezone);
    return postVoucher(
      ctx,
      [{ containing: date }],
      {
        kind: 'DISCOUNT',
        date,
        studentId,
        idempotencyKey,
        reversesVoucherId: null,
        feeStructureId: null,
        narration: reason,
        reference: null,
        noCredit: !ctx.caller.mayDelete?.includes('fee'),
        lines: [line('FEE_DISCOUNT', amount), line('FEE_RECEIVABLE', negate(amount))],
      },
      { kind: 'DISCOUNT', studentId, amount, mode: null },
    );
  },

  /** A library fine as a charge without a fee structure, keyed by its issue so it is posted once. */
  async chargeLibraryFine(ctx: FinanceContext, input: LibraryFineCharge): Promise<ReceiptRow> {
    const studentId = parseId(input.studentId, 'studentId');
    const idempotencyKey = `library-fine:${parseId(input.issueId, 'issueId')}`;
    const amount = parseAmount(input.amount, 'amount');
    const date = today(ctx.timezone);
    return postVoucher(
      ctx,
      [{ containing: date }],
      {
        kind: 'CHARGE',
        date,
        studentId,
        idempotencyKey,
        reversesVoucherId: null,
        feeStructureId: null,
        narration: parseText(input.narration, 'narration', 500),
        reference: null,
        noCredit: false,
        lines: [line('FEE_RECEIVABLE', amount), line('FEE_INCOME', negate(amount))],
      },
      { kind: 'CHARGE', studentId, amount, mode: null },
    );
  },

  /** The mirror of a voucher, dated today and numbered in the original's academic year. */
  async reverse(ctx: FinanceContext, voucherNo: string, reason: string): Promise<ReceiptRow> {
    const number = parseText(voucherNo, 'voucherNo', 40);
    const why = parseText(reason, 'reason', 500);
    const [original] = await voucherData.byNumbers(ctx.db, [number], undefined);
    if (!original) throw AppError.notFound(`voucher ${number}`);
    if (original.kind === 'REVERSAL') throw AppError.conflict(`voucher ${number} is a reversal: a reversal is never reversed`);
    const date = today(ctx.timezone);
    // Vouchers from before numbering have no year of their own: the year of their day, else today's.
    const years: YearChoice[] = original.academicYearId
      ? [{ id: original.academicYearId }]
      : [{ containing: original.date }, { containing: date }];
    try {
      return await postVoucher(ctx, years, {
        kind: 'REVERSAL',
        date,
        studentId: original.studentId,
        idempotencyKey: null,
        reversesVoucherId: original.id,
        feeStructureId: original.feeStructureId,
        narration: why,
        reference: null,
        noCredit: false,
        lines: original.lines.map((l) => line(l.account, l.entryType === 'DR' ? negate(l.amount) : l.amount, original.feeStructureId)),
      });
    } catch (err) {
      // Inserting nothing, a reversal lost to another reversal of the same voucher (its unique index).
      if (err instanceof AppError && err.code === 'CONFLICT') throw AppError.conflict(`voucher ${number} has already been reversed`);
      throw err;
    }
  },

  /** Charges the fee structure to the class's students not yet charged it, in one transaction of five statements. */
  async charge(ctx: FinanceContext, feeStructureId: string, classId: string): Promise<ChargeResult> {
    const fsId = parseId(feeStructureId, 'feeStructureId');
    const cls = parseId(classId, 'classId');
    const date = today(ctx.timezone);
    return ctx.db.transaction(async (tx: Db) => {
      // Shared lock: updateFeeStructure (FOR UPDATE) waits for this charge, or this for it.
      const fs = await voucherData.feeStructureForCharge(tx, fsId, cls);
      if (!fs) throw AppError.notFound(`fee structure ${fsId}`);
      if (!fs.classExists) throw AppError.notFound(`class ${cls}`);
      if (fs.classId !== null && fs.classId !== cls) throw AppError.badInput(`fee structure "${fs.name}" is for another class`, 'classId');
      // Locks the year's series: every other posting in the year waits, so the numbers below are ours.
      const numbers = (await voucherData.lockYear(tx, ctx.schoolId, { id: fs.academicYearId }))!;
      const { closedUntil } = await booksData.read(tx);
      if (closedUntil && date <= closedUntil)
        throw AppError.badInput(`the fee books are closed until ${closedUntil}: no charge can be dated ${date}`);
      const { charged, skipped } = await voucherData.chargeClass(tx, {
        schoolId: ctx.schoolId,
        classId: cls,
        feeStructureId: fs.id,
        amount: fs.amount,
        narration: fs.name,
        academicYearId: fs.academicYearId,
        yearName: numbers.yearName,
        lastNo: numbers.lastNo,
        date,
        createdBy: ctx.caller.userId,
      });
      return {
        feeStructureId: fs.id,
        classId: cls,
        date,
        charged,
        skipped,
        amount: fromHundredths(toHundredths(fs.amount) * BigInt(charged)),
      };
    });
  },
};
