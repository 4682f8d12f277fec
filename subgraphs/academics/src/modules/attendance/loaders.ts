/** The attendance module's DataLoaders, one per day or date range asked for. */
import { loaderByKey, loaderOfGroups, perArgument, type SchoolRequestContext } from '@syncad/subgraph-kit';
import { attendanceData } from './attendanceData';
import type { AttendanceRow, AttendanceSummaryRow } from './rows';

export function attendanceLoaders({ db }: SchoolRequestContext) {
  const attendanceOn = perArgument((date) =>
    loaderByKey<AttendanceRow>(
      (ids) => attendanceData.on(db, ids, date),
      (r) => r.studentId,
    ),
  );
  const attendanceBetween = perArgument((range) => {
    const [from, to] = range.split('/');
    return loaderOfGroups(
      (ids) => attendanceData.between(db, ids, from, to),
      (r) => r.studentId,
    );
  });
  const summaryBetween = perArgument((range) => {
    const [from, to] = range.split('/');
    const none = { present: 0, absent: 0, late: 0, leave: 0, markedDays: 0, percentage: null };
    return loaderByKey<Omit<AttendanceSummaryRow, 'from' | 'to'>, AttendanceSummaryRow>(
      (ids) => attendanceData.summaries(db, ids, from, to),
      (r) => r.studentId!,
      (studentId) => ({ ...none, studentId, from, to }),
      (r, studentId) => ({ ...none, ...r, studentId, from, to }),
    );
  });
  return {
    attendanceOn,
    attendanceBetween: (from: string, to: string) => attendanceBetween(`${from}/${to}`),
    summaryBetween: (from: string, to: string) => summaryBetween(`${from}/${to}`),
  };
}
