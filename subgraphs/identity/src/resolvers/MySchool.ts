import type { MySchoolResolvers } from '../generated/graphql';

export const MySchool: MySchoolResolvers = {
  id: (m) => m.schoolId,
  name: (m) => m.schoolName,
  subdomain: (m) => m.subdomain,
  roleName: (m) => m.roleName,
};
