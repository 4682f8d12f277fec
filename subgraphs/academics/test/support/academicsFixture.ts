/**
 * The academics subgraph behind the real gateway over a fresh estate (test-support's one-call
 * fixture), with the names these tests use: the school, another school, and its database's URL.
 */
import {
  databaseUrl,
  startSubgraphFixture,
  testAdminUrl,
  type Member,
  type MemberOptions,
  type SubgraphFixture,
} from '@syncad/test-support';

export interface AcademicsFixture extends SubgraphFixture {
  schoolId: string;
  /** Another school of the estate. */
  otherSchoolId: string;
  schoolDbUrl: string;
  /** A member of the school (or of the school `schoolId`) holding `roleName`, signed in. */
  member(roleName: string, options?: MemberOptions & { schoolId?: string }): Promise<Member>;
}

export async function startAcademicsFixture(): Promise<AcademicsFixture> {
  const fixture = await startSubgraphFixture(['academics']);
  const schools = fixture.estate.schools;
  return {
    ...fixture,
    schoolId: fixture.school.id,
    otherSchoolId: fixture.other.id,
    schoolDbUrl: databaseUrl(testAdminUrl(), fixture.school.databaseName),
    member: (roleName, options = {}) =>
      fixture.member(roleName, { ...options, school: schools.find((s) => s.id === (options.schoolId ?? fixture.school.id)) }),
  };
}
