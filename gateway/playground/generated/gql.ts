/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Announcements($after: String) {\n  announcements(first: 10, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      title\n      body\n      publishedAt\n      class {\n        name\n      }\n    }\n  }\n}": typeof types.AnnouncementsDocument,
    "query AuditTrail($types: [String!] = [\"AttendanceRecord\", \"ExamResult\", \"FeeStructure\", \"Role\"]) {\n  auditTrail(filter: {recordTypes: $types}, first: 20) {\n    totalCount\n    nodes {\n      at\n      actorKind\n      by {\n        displayName\n        roleName\n      }\n      action\n      recordType\n      recordId\n      changes {\n        field\n        before\n        after\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.AuditTrailDocument,
    "query LibraryCatalogue {\n  librarySettings {\n    finePerDay\n  }\n  books(first: 20) {\n    totalCount\n    nodes {\n      title\n      author\n      copies {\n        accessionNo\n      }\n    }\n  }\n  overdueIssues(first: 20) {\n    nodes {\n      dueDate\n      student {\n        fullName\n      }\n      copy {\n        book {\n          title\n        }\n      }\n    }\n  }\n}": typeof types.LibraryCatalogueDocument,
    "query MyInbox {\n  unreadMessageCount\n  myThreads(first: 10) {\n    nodes {\n      subject\n      unreadCount\n      participants {\n        displayName\n        roleName\n      }\n      messages(first: 5) {\n        nodes {\n          body\n          sentAt\n          sender {\n            displayName\n            roleName\n          }\n        }\n      }\n    }\n  }\n}": typeof types.MyInboxDocument,
    "query ResultsWithRank {\n  classes {\n    name\n    students(first: 10) {\n      nodes {\n        fullName\n        results(first: 3) {\n          nodes {\n            exam {\n              name\n              subject {\n                name\n              }\n            }\n            marks\n            percentage\n            grade\n            rank\n          }\n        }\n      }\n    }\n  }\n}": typeof types.ResultsWithRankDocument,
    "query RosterWithAttendance {\n  classes {\n    name\n    students(first: 40) {\n      totalCount\n      nodes {\n        rollNo\n        fullName\n        attendanceOn {\n          status\n        }\n      }\n    }\n  }\n}": typeof types.RosterWithAttendanceDocument,
    "query SchoolUsers($after: String) {\n  users(first: 20, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      email\n      firstName\n      role {\n        name\n      }\n    }\n  }\n}": typeof types.SchoolUsersDocument,
    "query StudentFees {\n  students(first: 10) {\n    nodes {\n      admissionNo\n      fullName\n      feeBalance\n      ledger(first: 5) {\n        totalCount\n        nodes {\n          voucherNo\n          kind\n          date\n          entryType\n          amount\n          balance\n        }\n      }\n    }\n  }\n}": typeof types.StudentFeesDocument,
    "query TodaysTrips {\n  trips(first: 10) {\n    totalCount\n    nodes {\n      direction\n      status\n      scheduledAt\n      route {\n        name\n        oneOffOn\n      }\n      bus {\n        registrationNo\n        driverName\n        driverPhone\n      }\n      progress {\n        stopCount\n        stopsReached\n        onBoard\n        absent\n        notMarked\n        nextStop {\n          stop {\n            name\n          }\n          scheduledAt\n        }\n      }\n      manifest {\n        boardedNotDropped {\n          student {\n            fullName\n            guardianPhone\n          }\n          boarding {\n            stop {\n              name\n            }\n            markedAt\n          }\n        }\n      }\n    }\n  }\n}": typeof types.TodaysTripsDocument,
    "query TrialBalance($from: Date = \"2026-04-01\", $to: Date = \"2027-03-31\") {\n  trialBalance(from: $from, to: $to) {\n    totalDebit\n    totalCredit\n    accounts {\n      account\n      opening\n      debit\n      credit\n      closing\n    }\n  }\n}": typeof types.TrialBalanceDocument,
    "query WhoAmI {\n  me {\n    email\n    firstName\n    currentSchool {\n      name\n      subdomain\n      roleName\n    }\n    permissions {\n      module\n      read\n      write\n      delete\n    }\n    sessions {\n      current\n      userAgent\n      lastSeenAt\n    }\n  }\n}": typeof types.WhoAmIDocument,
};
const documents: Documents = {
    "query Announcements($after: String) {\n  announcements(first: 10, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      title\n      body\n      publishedAt\n      class {\n        name\n      }\n    }\n  }\n}": types.AnnouncementsDocument,
    "query AuditTrail($types: [String!] = [\"AttendanceRecord\", \"ExamResult\", \"FeeStructure\", \"Role\"]) {\n  auditTrail(filter: {recordTypes: $types}, first: 20) {\n    totalCount\n    nodes {\n      at\n      actorKind\n      by {\n        displayName\n        roleName\n      }\n      action\n      recordType\n      recordId\n      changes {\n        field\n        before\n        after\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.AuditTrailDocument,
    "query LibraryCatalogue {\n  librarySettings {\n    finePerDay\n  }\n  books(first: 20) {\n    totalCount\n    nodes {\n      title\n      author\n      copies {\n        accessionNo\n      }\n    }\n  }\n  overdueIssues(first: 20) {\n    nodes {\n      dueDate\n      student {\n        fullName\n      }\n      copy {\n        book {\n          title\n        }\n      }\n    }\n  }\n}": types.LibraryCatalogueDocument,
    "query MyInbox {\n  unreadMessageCount\n  myThreads(first: 10) {\n    nodes {\n      subject\n      unreadCount\n      participants {\n        displayName\n        roleName\n      }\n      messages(first: 5) {\n        nodes {\n          body\n          sentAt\n          sender {\n            displayName\n            roleName\n          }\n        }\n      }\n    }\n  }\n}": types.MyInboxDocument,
    "query ResultsWithRank {\n  classes {\n    name\n    students(first: 10) {\n      nodes {\n        fullName\n        results(first: 3) {\n          nodes {\n            exam {\n              name\n              subject {\n                name\n              }\n            }\n            marks\n            percentage\n            grade\n            rank\n          }\n        }\n      }\n    }\n  }\n}": types.ResultsWithRankDocument,
    "query RosterWithAttendance {\n  classes {\n    name\n    students(first: 40) {\n      totalCount\n      nodes {\n        rollNo\n        fullName\n        attendanceOn {\n          status\n        }\n      }\n    }\n  }\n}": types.RosterWithAttendanceDocument,
    "query SchoolUsers($after: String) {\n  users(first: 20, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      email\n      firstName\n      role {\n        name\n      }\n    }\n  }\n}": types.SchoolUsersDocument,
    "query StudentFees {\n  students(first: 10) {\n    nodes {\n      admissionNo\n      fullName\n      feeBalance\n      ledger(first: 5) {\n        totalCount\n        nodes {\n          voucherNo\n          kind\n          date\n          entryType\n          amount\n          balance\n        }\n      }\n    }\n  }\n}": types.StudentFeesDocument,
    "query TodaysTrips {\n  trips(first: 10) {\n    totalCount\n    nodes {\n      direction\n      status\n      scheduledAt\n      route {\n        name\n        oneOffOn\n      }\n      bus {\n        registrationNo\n        driverName\n        driverPhone\n      }\n      progress {\n        stopCount\n        stopsReached\n        onBoard\n        absent\n        notMarked\n        nextStop {\n          stop {\n            name\n          }\n          scheduledAt\n        }\n      }\n      manifest {\n        boardedNotDropped {\n          student {\n            fullName\n            guardianPhone\n          }\n          boarding {\n            stop {\n              name\n            }\n            markedAt\n          }\n        }\n      }\n    }\n  }\n}": types.TodaysTripsDocument,
    "query TrialBalance($from: Date = \"2026-04-01\", $to: Date = \"2027-03-31\") {\n  trialBalance(from: $from, to: $to) {\n    totalDebit\n    totalCredit\n    accounts {\n      account\n      opening\n      debit\n      credit\n      closing\n    }\n  }\n}": types.TrialBalanceDocument,
    "query WhoAmI {\n  me {\n    email\n    firstName\n    currentSchool {\n      name\n      subdomain\n      roleName\n    }\n    permissions {\n      module\n      read\n      write\n      delete\n    }\n    sessions {\n      current\n      userAgent\n      lastSeenAt\n    }\n  }\n}": types.WhoAmIDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Announcements($after: String) {\n  announcements(first: 10, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      title\n      body\n      publishedAt\n      class {\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query Announcements($after: String) {\n  announcements(first: 10, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      title\n      body\n      publishedAt\n      class {\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditTrail($types: [String!] = [\"AttendanceRecord\", \"ExamResult\", \"FeeStructure\", \"Role\"]) {\n  auditTrail(filter: {recordTypes: $types}, first: 20) {\n    totalCount\n    nodes {\n      at\n      actorKind\n      by {\n        displayName\n        roleName\n      }\n      action\n      recordType\n      recordId\n      changes {\n        field\n        before\n        after\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query AuditTrail($types: [String!] = [\"AttendanceRecord\", \"ExamResult\", \"FeeStructure\", \"Role\"]) {\n  auditTrail(filter: {recordTypes: $types}, first: 20) {\n    totalCount\n    nodes {\n      at\n      actorKind\n      by {\n        displayName\n        roleName\n      }\n      action\n      recordType\n      recordId\n      changes {\n        field\n        before\n        after\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LibraryCatalogue {\n  librarySettings {\n    finePerDay\n  }\n  books(first: 20) {\n    totalCount\n    nodes {\n      title\n      author\n      copies {\n        accessionNo\n      }\n    }\n  }\n  overdueIssues(first: 20) {\n    nodes {\n      dueDate\n      student {\n        fullName\n      }\n      copy {\n        book {\n          title\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query LibraryCatalogue {\n  librarySettings {\n    finePerDay\n  }\n  books(first: 20) {\n    totalCount\n    nodes {\n      title\n      author\n      copies {\n        accessionNo\n      }\n    }\n  }\n  overdueIssues(first: 20) {\n    nodes {\n      dueDate\n      student {\n        fullName\n      }\n      copy {\n        book {\n          title\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyInbox {\n  unreadMessageCount\n  myThreads(first: 10) {\n    nodes {\n      subject\n      unreadCount\n      participants {\n        displayName\n        roleName\n      }\n      messages(first: 5) {\n        nodes {\n          body\n          sentAt\n          sender {\n            displayName\n            roleName\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MyInbox {\n  unreadMessageCount\n  myThreads(first: 10) {\n    nodes {\n      subject\n      unreadCount\n      participants {\n        displayName\n        roleName\n      }\n      messages(first: 5) {\n        nodes {\n          body\n          sentAt\n          sender {\n            displayName\n            roleName\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResultsWithRank {\n  classes {\n    name\n    students(first: 10) {\n      nodes {\n        fullName\n        results(first: 3) {\n          nodes {\n            exam {\n              name\n              subject {\n                name\n              }\n            }\n            marks\n            percentage\n            grade\n            rank\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ResultsWithRank {\n  classes {\n    name\n    students(first: 10) {\n      nodes {\n        fullName\n        results(first: 3) {\n          nodes {\n            exam {\n              name\n              subject {\n                name\n              }\n            }\n            marks\n            percentage\n            grade\n            rank\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RosterWithAttendance {\n  classes {\n    name\n    students(first: 40) {\n      totalCount\n      nodes {\n        rollNo\n        fullName\n        attendanceOn {\n          status\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query RosterWithAttendance {\n  classes {\n    name\n    students(first: 40) {\n      totalCount\n      nodes {\n        rollNo\n        fullName\n        attendanceOn {\n          status\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchoolUsers($after: String) {\n  users(first: 20, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      email\n      firstName\n      role {\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query SchoolUsers($after: String) {\n  users(first: 20, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      email\n      firstName\n      role {\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StudentFees {\n  students(first: 10) {\n    nodes {\n      admissionNo\n      fullName\n      feeBalance\n      ledger(first: 5) {\n        totalCount\n        nodes {\n          voucherNo\n          kind\n          date\n          entryType\n          amount\n          balance\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query StudentFees {\n  students(first: 10) {\n    nodes {\n      admissionNo\n      fullName\n      feeBalance\n      ledger(first: 5) {\n        totalCount\n        nodes {\n          voucherNo\n          kind\n          date\n          entryType\n          amount\n          balance\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TodaysTrips {\n  trips(first: 10) {\n    totalCount\n    nodes {\n      direction\n      status\n      scheduledAt\n      route {\n        name\n        oneOffOn\n      }\n      bus {\n        registrationNo\n        driverName\n        driverPhone\n      }\n      progress {\n        stopCount\n        stopsReached\n        onBoard\n        absent\n        notMarked\n        nextStop {\n          stop {\n            name\n          }\n          scheduledAt\n        }\n      }\n      manifest {\n        boardedNotDropped {\n          student {\n            fullName\n            guardianPhone\n          }\n          boarding {\n            stop {\n              name\n            }\n            markedAt\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query TodaysTrips {\n  trips(first: 10) {\n    totalCount\n    nodes {\n      direction\n      status\n      scheduledAt\n      route {\n        name\n        oneOffOn\n      }\n      bus {\n        registrationNo\n        driverName\n        driverPhone\n      }\n      progress {\n        stopCount\n        stopsReached\n        onBoard\n        absent\n        notMarked\n        nextStop {\n          stop {\n            name\n          }\n          scheduledAt\n        }\n      }\n      manifest {\n        boardedNotDropped {\n          student {\n            fullName\n            guardianPhone\n          }\n          boarding {\n            stop {\n              name\n            }\n            markedAt\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrialBalance($from: Date = \"2026-04-01\", $to: Date = \"2027-03-31\") {\n  trialBalance(from: $from, to: $to) {\n    totalDebit\n    totalCredit\n    accounts {\n      account\n      opening\n      debit\n      credit\n      closing\n    }\n  }\n}"): (typeof documents)["query TrialBalance($from: Date = \"2026-04-01\", $to: Date = \"2027-03-31\") {\n  trialBalance(from: $from, to: $to) {\n    totalDebit\n    totalCredit\n    accounts {\n      account\n      opening\n      debit\n      credit\n      closing\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhoAmI {\n  me {\n    email\n    firstName\n    currentSchool {\n      name\n      subdomain\n      roleName\n    }\n    permissions {\n      module\n      read\n      write\n      delete\n    }\n    sessions {\n      current\n      userAgent\n      lastSeenAt\n    }\n  }\n}"): (typeof documents)["query WhoAmI {\n  me {\n    email\n    firstName\n    currentSchool {\n      name\n      subdomain\n      roleName\n    }\n    permissions {\n      module\n      read\n      write\n      delete\n    }\n    sessions {\n      current\n      userAgent\n      lastSeenAt\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;