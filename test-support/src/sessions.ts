/** Signed-in users for tests: a live Session row and an access token for it (what identity's login does). */
import { central, createCentralDb } from '@syncad/shared-db';
import { signAccessToken, type Caller } from '@syncad/platform';
import type { EstateSchool } from './estate';

/** A caller with the access token that names them. */
export interface SignedIn extends Caller {
  token: string;
}

/** Opens a session for `user` in `schoolId` with `roleId`; the token is signed with `jwtSecret`. */
export async function signIn(
  centralUrl: string,
  who: { userId: string; schoolId: string; roleId: string; roleName: string; selfScoped: boolean },
  jwtSecret: string,
  tokenTtlSeconds?: number,
): Promise<SignedIn> {
  const handle = createCentralDb(centralUrl, 1);
  try {
    const [session] = await handle.db
      .insert(central.Session)
      .values({ userId: who.userId, schoolId: who.schoolId, roleId: who.roleId, expiresAt: new Date(Date.now() + 3_600_000) })
      .returning({ id: central.Session.id });
    const caller: Caller = { ...who, sessionId: session.id };
    return { ...caller, token: signAccessToken(caller, jwtSecret, tokenTtlSeconds) };
  } finally {
    await handle.close();
  }
}

/** The estate school's user holding `roleName`, signed in. */
export async function openSession(
  centralUrl: string,
  school: EstateSchool,
  roleName: string,
  jwtSecret: string,
  tokenTtlSeconds?: number,
): Promise<{ token: string; caller: Caller }> {
  const user = school.users[roleName];
  const { token, ...caller } = await signIn(
    centralUrl,
    { userId: user.id, schoolId: school.id, roleId: user.roleId, roleName, selfScoped: roleName === 'STUDENT' || roleName === 'GUARDIAN' },
    jwtSecret,
    tokenTtlSeconds,
  );
  return { token, caller };
}
