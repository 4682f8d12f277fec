/**
 * Group commit for postings. Every voucher of a school year takes that year's counter row lock and
 * keeps it until its transaction commits (that is what makes the numbers gap-free), so postings of
 * a school run one transaction at a time, and each commit waits for the disk (a WAL flush, several
 * milliseconds). One voucher per transaction would cap a school at a few hundred postings a second
 * whatever the hardware; so the vouchers that requests ask for while a transaction is running are
 * posted together in the next one: the counters of their years locked first, then one statement
 * per voucher, then one commit. A voucher refused for an expected reason (a reused idempotency key,
 * an unknown student) inserts nothing and takes no number, and the others stay posted. If a
 * statement or the commit fails, nothing of the batch is posted and each voucher is tried again in
 * a transaction of its own, so one bad request never fails the others.
 */
import { AppError, postgresErrorOf } from '@syncad/subgraph-kit';
import type { Db } from './rows';
import { voucherData, type YearChoice } from './voucherData';

/** The academic year numbering a voucher; its counter row is locked by the posting transaction. */
export interface NumberingYear {
  academicYearId: string;
  yearName: string;
}

export interface PostingJob<T> {
  /** The academic years that may number the voucher, in order: the first that exists does. */
  years: YearChoice[];
  /**
   * Posts the voucher in `year` (null: none of the years exists). A refusal must leave no failed
   * statement behind (throw a plain error after the statement), or the whole batch is retried.
   */
  post(tx: Db, year: NumberingYear | null): Promise<T>;
}

interface Waiting {
  db: Db;
  job: PostingJob<unknown>;
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** At most this many vouchers in one transaction, so one batch never holds the lock for long. */
const MAX_BATCH = 50;

const keyOf = (choice: YearChoice) => ('id' in choice ? `id:${choice.id}` : `day:${choice.containing}`);

/** The posting queue of one school, in one process. */
export class PostingQueue {
  private readonly waiting: Waiting[] = [];
  private running = false;

  constructor(private readonly schoolId: string) {}

  /** Posts in the school's next posting transaction; resolves once that has committed. */
  post<T>(db: Db, job: PostingJob<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ db, job, resolve: resolve as (v: unknown) => void, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length > 0) await this.run(this.waiting.splice(0, MAX_BATCH));
    } finally {
      this.running = false;
    }
  }

  private async run(batch: Waiting[]): Promise<void> {
    try {
      settle(batch, await this.transaction(batch));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      for (const one of batch) {
        try {
          settle([one], await this.transaction([one]));
        } catch (err) {
          one.reject(err);
        }
      }
    }
  }

  /** One transaction for the batch; throws (rolled back) when a statement or the commit fails. */
  private transaction(batch: Waiting[]): Promise<Outcome[]> {
    // Every request of the batch is waiting, so the first one's lease of the school database is live throughout.
    return batch[0].db.transaction(async (tx) => {
      const years = new Map<string, NumberingYear | null>();
      const yearOf = async (choices: YearChoice[]): Promise<NumberingYear | null> => {
        for (const choice of choices) {
          const key = keyOf(choice);
          if (!years.has(key)) {
            // Locks the counter row (taking no number) for the rest of the transaction.
            const locked = await voucherData.takeNumbers(tx, this.schoolId, choice, 0);
            years.set(key, locked && { academicYearId: locked.academicYearId, yearName: locked.yearName });
          }
          const year = years.get(key);
          if (year) return year;
        }
        return null;
      };
      const outcomes: Outcome[] = [];
      for (const { job } of batch) {
        try {
          outcomes.push({ ok: true, value: await job.post(tx, await yearOf(job.years)) });
        } catch (error) {
          // A failed statement has aborted the transaction: the batch fails as a whole.
          if (!(error instanceof AppError) && postgresErrorOf(error)) throw error;
          outcomes.push({ ok: false, error });
        }
      }
      return outcomes;
    });
  }
}

function settle(batch: Waiting[], outcomes: Outcome[]): void {
  batch.forEach((one, i) => {
    const outcome = outcomes[i];
    if (outcome.ok) one.resolve(outcome.value);
    else one.reject(outcome.error);
  });
}

/** One queue per school, for the life of the process. */
export class PostingQueues {
  private readonly bySchool = new Map<string, PostingQueue>();

  of(schoolId: string): PostingQueue {
    let queue = this.bySchool.get(schoolId);
    if (!queue) {
      queue = new PostingQueue(schoolId);
      this.bySchool.set(schoolId, queue);
    }
    return queue;
  }
}
