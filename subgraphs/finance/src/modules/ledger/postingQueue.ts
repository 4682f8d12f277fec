/**
 * Group commit for postings. Every voucher of a school year takes that year's counter row lock and
 * keeps it until its transaction commits (that is what makes the numbers gap-free), so postings of
 * a school run one transaction at a time, and each commit waits for the disk (a WAL flush, several
 * milliseconds). One voucher per transaction would cap a school at a few hundred postings a second
 * whatever the hardware; so the vouchers that requests ask for while a transaction is running are
 * posted together in the next one: the counters of their years locked first, then one statement
 * posting them all (per academic year), then one commit. A voucher refused for an expected reason
 * (a reused idempotency key, an unknown student) inserts nothing and takes no number, and the
 * others stay posted. If the statement or the commit fails, nothing of the batch is posted and each
 * voucher is tried again in a transaction of its own, so one bad request never fails the others
 * (unless the database is unreachable or too slow: then every request of the batch gets that error).
 */
import { AppError, mapDatabaseError, timeRanOut } from '@syncad/platform';
import { actAs } from '@syncad/subgraph-kit';
import type { Db } from '../../shared/rows';
import { voucherData, type NumberingYear, type PostResult, type VoucherDraft, type YearChoice } from './voucherData';

/** A voucher to post and the academic years that may number it, in order: the first that exists does. */
export interface PostingRequest {
  years: YearChoice[];
  draft: VoucherDraft;
  /** Who posts it, as the audit trail names them (actorOf): a batch's statements are each one actor's. */
  actor: string;
}

/** What became of it: posted or refused in `year`, or no year at all (none of the years exists). */
export type PostingOutcome = { year: NumberingYear; result: PostResult } | { year: null };

interface Waiting {
  /** The request's database: its transactions begin and commit only before the request's deadline. */
  db: Db;
  deadline: number;
  request: PostingRequest;
  resolve(value: PostingOutcome): void;
  reject(err: unknown): void;
}

/** At most this many vouchers in one transaction, so one batch never holds the lock for long. */
const MAX_BATCH = 100;

const keyOf = (choice: YearChoice) => ('id' in choice ? `id:${choice.id}` : `day:${choice.containing}`);

/** The posting queue of one school, in one process. */
export class PostingQueue {
  private readonly waiting: Waiting[] = [];
  private running = false;

  constructor(private readonly schoolId: string) {}

  /** Posts in the school's next posting transaction; resolves once that has committed (never after `deadline`). */
  post(db: Db, request: PostingRequest, deadline = Infinity): Promise<PostingOutcome> {
    return new Promise<PostingOutcome>((resolve, reject) => {
      this.waiting.push({ db, deadline, request, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  /**
   * Posts at once in `tx`, the request's own transaction (a mutation sent with an Idempotency-Key:
   * its writes commit with its answer), taking the year's counter lock there, outside the queue.
   */
  async postInTransaction(tx: Db, request: PostingRequest): Promise<PostingOutcome> {
    return (await this.transaction([{ db: tx, deadline: Infinity, request }]))[0];
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length > 0) await this.run(this.waiting.splice(0, MAX_BATCH));
    } finally {
      this.running = false;
    }
  }

  private async run(waiting: Waiting[]): Promise<void> {
    // A request whose gateway stopped waiting posts nothing; the batch commits before the earliest
    // deadline of those left (its transaction runs on that request's database: forRequest).
    const batch = waiting.filter((one) => one.deadline > Date.now());
    for (const late of waiting.filter((one) => !batch.includes(one))) late.reject(timeRanOut());
    if (batch.length === 0) return;
    try {
      const outcomes = await this.transaction(batch);
      batch.forEach((one, i) => one.resolve(outcomes[i]));
    } catch (error) {
      // A database that is down or too slow fails them all alike: no point in trying each one.
      const mapped = mapDatabaseError(error);
      const unavailable = mapped instanceof AppError && mapped.code === 'TENANT_UNAVAILABLE';
      if (batch.length === 1 || unavailable) {
        for (const one of batch) one.reject(error);
        return;
      }
      // Nothing of the batch is posted: each voucher gets a transaction of its own, so only a bad one fails.
      for (const one of batch) {
        try {
          one.resolve((await this.transaction([one]))[0]);
        } catch (err) {
          one.reject(err);
        }
      }
    }
  }

  /**
   * One transaction for the batch: the counter rows of its years locked (taking no number), then
   * one statement per academic year posting its vouchers, then the commit. Throws, rolled back,
   * when a statement or the commit fails.
   */
  private transaction(batch: Pick<Waiting, 'db' | 'deadline' | 'request'>[]): Promise<PostingOutcome[]> {
    // Every request of the batch is waiting, so any one's lease of the school database is live
    // throughout: the one with the earliest deadline, which its database's transaction keeps.
    const earliest = batch.reduce((a, b) => (b.deadline < a.deadline ? b : a));
    return earliest.db.transaction(async (tx) => {
      const years = new Map<string, NumberingYear | null>();
      const chosen: (NumberingYear | null)[] = [];
      for (const { request } of batch) {
        let year: NumberingYear | null = null;
        for (const choice of request.years) {
          const key = keyOf(choice);
          if (!years.has(key)) {
            const locked = await voucherData.lockYear(tx, this.schoolId, choice);
            years.set(key, locked && { academicYearId: locked.academicYearId, yearName: locked.yearName });
          }
          year = years.get(key) ?? null;
          if (year) break;
        }
        chosen.push(year);
      }
      const outcomes: PostingOutcome[] = batch.map(() => ({ year: null }));
      // One statement per academic year and actor, so the audit trail names each voucher's poster.
      const groups = new Map<string, number[]>();
      chosen.forEach((year, i) => {
        const key = year && `${year.academicYearId} ${batch[i].request.actor}`;
        if (key) groups.set(key, [...(groups.get(key) ?? []), i]);
      });
      let actor = earliest.request.actor;
      for (const members of groups.values()) {
        const year = chosen[members[0]]!;
        if (batch[members[0]].request.actor !== actor) await actAs(tx, (actor = batch[members[0]].request.actor));
        const results = await voucherData.postMany(
          tx,
          this.schoolId,
          year,
          members.map((i) => batch[i].request.draft),
        );
        members.forEach((i, k) => (outcomes[i] = { year, result: results[k] }));
      }
      return outcomes;
    });
  }
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
