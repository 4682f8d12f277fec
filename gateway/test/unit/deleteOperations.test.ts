/**
 * Every module's delete flag guards something: the contract lists each module's delete operations
 * (mutations whose rule asks `<module>:delete`) as the committed supergraph has them, and fails on
 * a module with none, or when an operation comes or goes without this list saying so. Read-only
 * modules (the audit trail) have no delete operation by design.
 */
import fs from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { BUILTIN_MODULES, READ_ONLY_MODULES } from '@syncad/shared-db';
import { buildRuleMap } from '../../src/permissions/buildRuleMap';
import { SUPERGRAPH_FILE } from '../../src/compose/supergraphFiles';

const DELETE_OPERATIONS: Record<string, string[]> = {
  student: ['removeStudent'],
  attendance: ['removeAttendanceMark'],
  exam: ['removeResult'],
  fee: ['closeBooks', 'removeFeeStructure', 'reverseVoucher'],
  transport: ['deleteBus', 'deleteBusRoute', 'deleteBusStop', 'removeRouteStop', 'unassignStudentTransport'],
  library: ['withdrawBook', 'withdrawBookCopy'],
  announcement: ['withdrawAnnouncement'],
  leave: ['removeLeaveApplication'],
  message: ['deleteMessage'],
  user: ['deleteRole', 'endUserSession', 'removeMembership', 'removeSchoolNetwork'],
};

it("lists each module's delete operations; every module but the read-only ones has one", async () => {
  const sdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
  const gateway = new ApolloGateway({ supergraphSdl: sdl });
  const { schema } = await gateway.load();
  await gateway.stop();
  const rules = buildRuleMap(sdl, schema);
  const found: Record<string, string[]> = {};
  for (const [coordinate, fieldRules] of rules) {
    const [type, field] = coordinate.split('.');
    if (type !== 'Mutation') continue;
    for (const rule of fieldRules) if (rule.action === 'delete') (found[rule.module] ??= []).push(field);
  }
  for (const list of Object.values(found)) list.sort();
  expect(found).toEqual(DELETE_OPERATIONS);
  const withoutDelete = BUILTIN_MODULES.map((m) => m.name).filter((name) => !found[name]);
  expect(withoutDelete).toEqual([...READ_ONLY_MODULES]);
});
