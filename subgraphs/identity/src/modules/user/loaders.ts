/** The user module's DataLoaders: users and roles of the caller's school only (another school's id loads as null). */
import { loaderById, type RequestContext } from '@syncad/subgraph-kit';
import { roleData } from './roleData';
import { userData } from './userData';

export function userLoaders({ central, caller }: RequestContext) {
  const schoolId = caller?.schoolId;
  return {
    users: loaderById((ids) => (schoolId ? userData.bySchoolAndIds(central, schoolId, ids) : Promise.resolve([]))),
    apiKeyActors: loaderById((ids) => (schoolId ? userData.apiKeyActors(central, schoolId, ids) : Promise.resolve([]))),
    roles: loaderById((ids) => (schoolId ? roleData.bySchoolAndIds(central, schoolId, ids) : Promise.resolve([]))),
  };
}
