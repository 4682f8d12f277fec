/** The academics subgraph's per-request context: the kit's (caller, leased school database) and this request's DataLoaders. */
import type { SchoolRequestContext } from '@syncad/subgraph-kit';
import { memberLoader } from './members';
import { attendanceLoaders } from './modules/attendance';
import { examLoaders } from './modules/exam';
import { leaveLoaders } from './modules/leave';
import { libraryLoaders, type FinanceLink } from './modules/library';
import { messageLoaders } from './modules/message';
import { referenceLoaders } from './modules/reference';
import { studentLoaders } from './modules/student';

function loaders(base: SchoolRequestContext) {
  return {
    member: memberLoader(base),
    ...studentLoaders(base),
    ...referenceLoaders(base),
    ...attendanceLoaders(base),
    ...examLoaders(base),
    ...leaveLoaders(base),
    ...libraryLoaders(base),
    ...messageLoaders(base),
  };
}

export interface AcademicsContext extends SchoolRequestContext {
  loaders: ReturnType<typeof loaders>;
  /** Where the library charges fines (the finance subgraph). */
  finance: FinanceLink;
}

/** What the academics process holds for every request. */
export interface AcademicsState {
  finance: FinanceLink;
}

export function academicsContext(base: SchoolRequestContext, state: AcademicsState): AcademicsContext {
  const requestLoaders = loaders(base);
  return {
    ...base,
    loaders: requestLoaders,
    finance: state.finance,
  };
}
