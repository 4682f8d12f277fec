/**
 * Sign-in rules: login, refresh-token rotation with reuse detection, logout.
 * Every way a login can fail gives the same answer, so nobody learns which accounts exist.
 */
import { isIP } from 'node:net';
import { actAs, actorOf, parseId } from '@syncad/subgraph-kit';
import { AppError, signAccessToken, type Caller } from '@syncad/platform';
import { activeMemberships, contactFormat, schoolIdOf, type ActiveMembership, type CentralTransaction } from '@syncad/shared-db';
import type { IdentityContext } from '../../context';
import type { IdentityConfig } from '../../identityConfig';
import { passwords } from '../../passwords';
import { networkData } from '../networks';
import { accountData } from './accountData';
import { deviceTokens } from './deviceToken';
import { loginThrottle, type Attempt, type Budget } from './loginThrottle';
import { opaqueToken } from './opaqueToken';
import { sessions } from './sessionData';

/** Asked about when no account matches the login text (the same query, a user that cannot exist). */
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** What login and refreshToken return; `user` is the new session's caller (the Me type's source). */
export interface AuthPayloadSource {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: Caller;
  /** After a login: this device's token for the account (the one presented, if valid). */
  deviceToken?: string;
}

export interface LoginInput {
  login: string;
  password: string;
  school?: string | null;
  deviceToken?: string | null;
  newPassword?: string | null;
}

const invalidLogin = () => AppError.unauthenticated('invalid login or password');
const invalidRefresh = () => AppError.unauthenticated('invalid or expired refresh token');
const tooManyAttempts = (seconds: number, budget: Budget | null) =>
  AppError.tooManyRequests(
    budget === 'address'
      ? 'too many failed sign-ins from this network address, try again later: sign in from a device that signed in before (send its deviceToken), or ask the school to register its network'
      : 'too many failed attempts, try again later',
    seconds,
  );

function callerOf(userId: string, sessionId: string, m: ActiveMembership): Caller {
  return { userId, sessionId, schoolId: m.schoolId, roleId: m.roleId, roleName: m.roleName, selfScoped: m.selfScoped };
}

type RefreshOutcome = { ok: true; caller: Caller; refreshToken: string } | { ok: false };

export const authService = {
  async login(ctx: IdentityContext, input: LoginInput): Promise<AuthPayloadSource> {
    return answeredAsSession(ctx, await signIn(ctx, input));
  },

  async refresh(ctx: IdentityContext, token: string): Promise<AuthPayloadSource> {
    const outcome = await ctx.central.transaction((tx) => rotate(tx, ctx, opaqueToken.hash(token)));
    // Thrown after COMMIT: a reuse must revoke the session even though the caller is refused.
    if (!outcome.ok) throw invalidRefresh();
    return answeredAsSession(ctx, payload(ctx.config, outcome.caller, outcome.refreshToken));
  },

  async logout(ctx: IdentityContext): Promise<boolean> {
    const caller = ctx.requireCaller();
    await ctx.central.transaction((tx) => sessions.end(tx, caller.sessionId, 'LOGOUT', { userId: caller.userId }));
    return true;
  },

  /**
   * The caller's new password, given the current one (a wrong one is counted like a failed
   * sign-in of the account from this address); every other session of theirs ends.
   */
  async changePassword(ctx: IdentityContext, input: { currentPassword: string; newPassword: string }): Promise<boolean> {
    const caller = ctx.requireCaller();
    passwords.checkLength(input.newPassword, 'newPassword');
    const credentials = await accountData.credentialsById(ctx.central, caller.userId);
    if (!credentials) throw AppError.unauthenticated();
    const address = ctx.client.address && isIP(ctx.client.address) ? ctx.client.address : null;
    const attempt: Attempt = { account: `user:${caller.userId}`, address, device: null, sharedNetwork: true };
    const { wait, budget } = await loginThrottle.admit(ctx.central, attempt, ctx.config.throttle);
    if (wait > 0) throw tooManyAttempts(wait, budget);
    if (!(await passwords.verify(credentials.passwordHash, input.currentPassword))) {
      throw AppError.badInput('the current password is wrong', 'currentPassword');
    }
    await loginThrottle.forgive(ctx.central, attempt, ctx.config.throttle);
    await replacePassword(ctx, caller.userId, input.currentPassword, input.newPassword, 'newPassword', caller.sessionId);
    return true;
  },

  /** Ends one of the caller's own sessions (any device, any school); another's is NOT_FOUND. */
  async endSession(ctx: IdentityContext, sessionId: string): Promise<boolean> {
    const caller = ctx.requireCaller();
    const id = parseId(sessionId, 'id');
    const ended = await ctx.central.transaction((tx) => sessions.end(tx, id, 'ENDED_BY_OWNER', { userId: caller.userId }));
    if (!ended) throw AppError.notFound(`session ${sessionId}`);
    return true;
  },
};

/** Checks the credentials, throttled, and opens a session in the school the login names. */
async function signIn(ctx: IdentityContext, input: LoginInput): Promise<AuthPayloadSource> {
  const { central: db, config } = ctx;
  const email = input.login.includes('@') ? contactFormat.email(input.login) : null;
  const phone = email === null ? contactFormat.phone(input.login) : null;
  const schoolRef = (input.school ?? ctx.hostSchool ?? '').trim() || null;
  const schoolId = schoolRef ? await schoolIdOf(db, schoolRef) : undefined;

  const who = email !== null ? { email } : phone !== null ? { phone } : null;
  const credentials = who ? await accountData.credentialsByLogin(db, who) : undefined;

  // Only a well-formed address is compared with networks or recorded (the gateway sends one; a direct test may not).
  const address = ctx.client.address && isIP(ctx.client.address) ? ctx.client.address : null;
  const device = credentials ? deviceTokens.deviceOf(config.jwtSecret, input.deviceToken, credentials.id) : null;
  // The school the attempt names (argument or host): its registered networks decide whether the
  // address is budgeted, and its admins see the failure. Looked up alike for every login text, so
  // the answer's timing says nothing about which accounts exist.
  const school = schoolId ?? null;
  const network = address && school ? await networkData.containing(db, school, address) : null;
  // A registered network lifts the address budget only for the named school's own members:
  // naming one's own school must not open spraying at anyone else's account. Asked for every
  // login text alike (a made-up account asks about a nil id), so timing says nothing either.
  const ofNamedSchool =
    network && school ? await activeMemberships(db, [credentials?.id ?? NIL_UUID], school, { includePending: true }) : null;
  const member = (ofNamedSchool ?? []).some((m) => !m.pending);

  // Counted before the password check, so parallel guesses cannot slip past the limits. Keyed by the
  // account (its email and phone share it; one password guards all its schools, and a made-up
  // school opens no fresh count), or by the login text when no account matches; by the known
  // device, or else by address (a school's registered network is not budgeted across accounts).
  const attempt: Attempt = {
    account: credentials ? `user:${credentials.id}` : `login:${email ?? phone ?? input.login.trim().toLowerCase()}`,
    address,
    device,
    sharedNetwork: member,
  };
  const failed = async (error: AppError): Promise<never> => {
    config.reportLoginFailure(school, network);
    // Only counted attempts are kept (the throttle bounds them); refusals are only counted in the metric.
    if (school && error.code !== 'TOO_MANY_REQUESTS') await networkData.recordFailure(db, school, address);
    throw error;
  };
  const { wait, budget } = await loginThrottle.admit(db, attempt, config.throttle);
  if (wait > 0) return failed(tooManyAttempts(wait, budget));
  if (!credentials) {
    await passwords.verifyDummy(input.password);
    return failed(invalidLogin());
  }
  const passwordOk = await passwords.verify(credentials.passwordHash, input.password);
  if (!passwordOk || !credentials.isActive) return failed(invalidLogin());

  // The named school's membership was read already when the address is in one of its networks.
  // An invitation counts only where the person names its school: signing in there accepts it.
  const schoolsOfUser = (ofNamedSchool ?? (await activeMemberships(db, [credentials.id], undefined, { includePending: true }))).filter(
    (m) => !m.pending || (schoolRef && m.schoolId === schoolId),
  );
  let membership: ActiveMembership | undefined;
  if (schoolRef) membership = schoolsOfUser.find((m) => m.schoolId === schoolId);
  else if (schoolsOfUser.length === 1) membership = schoolsOfUser[0];
  else if (schoolsOfUser.length > 1) {
    // Only reachable with the right password: it reveals nothing a guesser does not know.
    throw AppError.badInput('this account belongs to several schools: name one with the school argument', 'school');
  }
  if (!membership) return failed(invalidLogin());

  await loginThrottle.forgive(db, attempt, config.throttle);
  // Only reachable with the right password: the caller knows it was reset.
  if (credentials.mustChangePassword && !input.newPassword) {
    throw new AppError(
      'PASSWORD_CHANGE_REQUIRED',
      'this password was reset by the school and works once: sign in again with it and a newPassword of your own',
    );
  }
  if (input.newPassword) await replacePassword(ctx, credentials.id, input.password, input.newPassword, 'newPassword');
  const session = await openSession(ctx, credentials.id, membership);
  return { ...session, deviceToken: device ? input.deviceToken! : deviceTokens.issue(config.jwtSecret, credentials.id) };
}

/**
 * The request came without a caller, so its ids would be sealed for no school: the answer (Me) is
 * the new session's, so its global ids are sealed for that session's school, as `me` seals them.
 */
function answeredAsSession(ctx: IdentityContext, answer: AuthPayloadSource): AuthPayloadSource {
  ctx.globalIds = ctx.globalIds.forSchool(answer.user.schoolId);
  return answer;
}

/**
 * Sets the user's own new password (never the one they have) and ends their sessions everywhere
 * but `keepSessionId`: whoever else knew the old password is signed out.
 */
async function replacePassword(
  ctx: IdentityContext,
  userId: string,
  current: string,
  next: string,
  field: string,
  keepSessionId?: string,
): Promise<void> {
  passwords.checkLength(next, field);
  if (next === current) throw AppError.badInput(`${field} must differ from the current password`, field);
  const passwordHash = await passwords.hash(next);
  await ctx.central.transaction(async (tx) => {
    await accountData.setPassword(tx, userId, passwordHash, false);
    await sessions.endAll(tx, userId, 'PASSWORD_CHANGED', { keepSessionId });
  });
}

async function openSession(ctx: IdentityContext, userId: string, m: ActiveMembership): Promise<AuthPayloadSource> {
  const refresh = opaqueToken.generate();
  const expiresAt = refreshExpiry(ctx.config);
  const sessionId = await ctx.central.transaction(async (tx) => {
    if (m.pending) {
      // Signing in has no caller yet: the audit trail names the person accepting.
      await actAs(tx, actorOf({ userId }));
      await accountData.acceptInvitation(tx, userId, m.schoolId);
    }
    const id = await sessions.create(tx, { userId, schoolId: m.schoolId, roleId: m.roleId, expiresAt, ...deviceOf(ctx) });
    await sessions.addRefreshToken(tx, id, refresh.hash, expiresAt);
    return id;
  });
  return payload(ctx.config, callerOf(userId, sessionId, m), refresh.token);
}

function deviceOf(ctx: IdentityContext) {
  return { userAgent: ctx.client.userAgent, clientAddress: ctx.client.address };
}

/**
 * One rotation inside a transaction; the token row is locked so two uses cannot both win. A spent
 * token presented again within the grace window (two tabs refreshing at once) yields the same
 * successor, if that is still unspent; any other reuse revokes the whole session (theft).
 */
async function rotate(tx: CentralTransaction, ctx: IdentityContext, tokenHash: string): Promise<RefreshOutcome> {
  const { config } = ctx;
  const presented = await sessions.lockRefreshToken(tx, tokenHash);
  if (!presented) return { ok: false };
  const session = presented.session;
  const revoke = async (reason: string): Promise<RefreshOutcome> => {
    await sessions.end(tx, session.id, reason);
    return { ok: false };
  };
  const now = new Date();
  if (presented.expiresAt <= now || session.revokedAt || session.expiresAt <= now) return { ok: false };

  // The user may have been deactivated or moved to another role since the session began.
  const membership = (await activeMemberships(tx, [session.userId], session.schoolId))[0];
  if (!membership || membership.roleId !== session.roleId) return revoke('ACCESS_CHANGED');
  const caller = callerOf(session.userId, session.id, membership);

  if (presented.usedAt) {
    const successor = presented.successorSealed ? opaqueToken.open(presented.successorSealed, config.jwtSecret) : null;
    const withinGrace = (await sessions.secondsSinceUsed(tx, presented.id)) <= config.refreshGraceSeconds;
    if (successor && withinGrace && (await sessions.isUnspent(tx, opaqueToken.hash(successor)))) {
      return { ok: true, caller, refreshToken: successor };
    }
    return revoke('REFRESH_TOKEN_REUSE');
  }

  const next = opaqueToken.generate();
  const expiresAt = refreshExpiry(config);
  await sessions.markRefreshTokenUsed(tx, presented.id, opaqueToken.seal(next.token, config.jwtSecret));
  await sessions.addRefreshToken(tx, session.id, next.hash, expiresAt);
  await sessions.extend(tx, session.id, expiresAt, deviceOf(ctx));
  return { ok: true, caller, refreshToken: next.token };
}

function refreshExpiry(config: IdentityConfig): Date {
  return new Date(Date.now() + config.refreshTokenTtlSeconds * 1000);
}

function payload(config: IdentityConfig, caller: Caller, refreshToken: string): AuthPayloadSource {
  const expiresIn = config.accessTokenTtlSeconds;
  return { accessToken: signAccessToken(caller, config.jwtSecret, expiresIn), refreshToken, expiresIn, user: caller };
}
