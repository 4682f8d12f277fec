/**
 * Lost writes: after the run, each school's rows of every written kind, compared with what the
 * clients attempted. An acknowledged row missing is lost; a row no acknowledged write made is
 * unacknowledged (split into rows of requests that failed, which a client could not have known
 * about, and rows nobody asked for). Rows are named alike on both sides (see clients.ts).
 */
import pg from 'pg';
import { WRITE_KINDS, type WriteKind } from './plan';
import type { WriteAttempt } from './clients';

const ROWS: Record<WriteKind, string> = {
  attendance: `SELECT "studentId" || '|' || date::text || '|' || status AS row FROM "Attendance"`,
  leave: `SELECT "studentId" || '|' || "fromDate"::text || '|' || reason AS row FROM "LeaveApplication"`,
  // A payment by its key, student and amount (its debit line).
  payment: `SELECT v."idempotencyKey" || '|' || v."studentId" || '|' || to_char(sum(l.amount), 'FM999999999990.00') AS row
            FROM "FeeVoucher" v JOIN "FeeLedger" l ON l."voucherNo" = v."voucherNo" AND l."entryType" = 'DR'
            WHERE v.kind = 'PAYMENT' GROUP BY v.id`,
  boarding: `SELECT "tripId" || '|' || "studentId" || '|' || status AS row FROM "TripStudentMark"`,
};

export interface WriteCheck {
  /** Acknowledged writes (calls) and the rows they made. */
  acknowledgedWrites: number;
  acknowledgedRows: number;
  /** Rows found in the databases. */
  rowsFound: number;
  /** Acknowledged rows not found. */
  lost: number;
  /** Rows found that no acknowledged write made, of a failed request / of no request at all. */
  unacknowledgedOfFailed: number;
  unacknowledgedUnknown: number;
  /** A few lost or unknown rows, for the report. */
  samples: string[];
}

export async function verifyWrites(schoolUrls: string[], attempts: WriteAttempt[]): Promise<Record<WriteKind, WriteCheck>> {
  const checks = Object.fromEntries(
    WRITE_KINDS.map((k) => [
      k,
      {
        acknowledgedWrites: 0,
        acknowledgedRows: 0,
        rowsFound: 0,
        lost: 0,
        unacknowledgedOfFailed: 0,
        unacknowledgedUnknown: 0,
        samples: [] as string[],
      },
    ]),
  ) as Record<WriteKind, WriteCheck>;
  for (const [school, url] of schoolUrls.entries()) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const kind of WRITE_KINDS) {
        const check = checks[kind];
        const mine = attempts.filter((a) => a.school === school && a.kind === kind);
        const acknowledged = new Set(mine.filter((a) => a.acknowledged).flatMap((a) => a.rows));
        const failed = new Set(mine.filter((a) => !a.acknowledged).flatMap((a) => a.rows));
        const found = new Set((await client.query<{ row: string }>(ROWS[kind])).rows.map((r) => r.row));
        check.acknowledgedWrites += mine.filter((a) => a.acknowledged).length;
        check.acknowledgedRows += acknowledged.size;
        check.rowsFound += found.size;
        for (const row of acknowledged) {
          if (found.has(row)) continue;
          check.lost++;
          if (check.samples.length < 5) check.samples.push(`school ${school} lost ${row}`);
        }
        for (const row of found) {
          if (acknowledged.has(row)) continue;
          if (failed.has(row)) check.unacknowledgedOfFailed++;
          else check.unacknowledgedUnknown++;
          if (check.samples.length < 5) check.samples.push(`school ${school} unacknowledged ${row}`);
        }
      }
    } finally {
      await client.end();
    }
  }
  return checks;
}
