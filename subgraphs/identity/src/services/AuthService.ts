/**
 * Sign-in rules: login, refresh-token rotation with reuse detection, logout.
 * Every way a login can fail gives the same answer, so nobody learns which accounts exist.
 */
import { AppError, signAccessToken, type Caller } from '@syncad/subgraph-kit';
import { contactFormat, type CentralDb } from '@syncad/shared-db';
import type { CentralTransaction } from '../data/CentralExecutor';
import { loginThrottle } from '../data/loginThrottle';
import { memberships, type Membership } from '../data/memberships';
import { notify } from '../data/notify';
import { schools } from '../data/schools';
import { sessions } from '../data/sessions';
import { users } from '../data/users';
import type { IdentityConfig } from '../identityConfig';
import { opaqueToken } from './opaqueToken';
import { passwords } from './passwords';

/** What login and refreshToken return; `user` is the new session's caller (the Me type's source). */
export interface AuthPayloadSource {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: Caller;
}

export interface LoginInput {
  login: string;
  password: string;
  school?: string | null;
}

const invalidLogin = () => AppError.unauthenticated('invalid login or password');
const invalidRefresh = () => AppError.unauthenticated('invalid or expired refresh token');
const tooManyAttempts = () => AppError.unauthenticated('too many failed attempts, try again later');

function callerOf(userId: string, sessionId: string, m: Membership): Caller {
  return { userId, sessionId, schoolId: m.schoolId, roleId: m.roleId, roleName: m.roleName, selfScoped: m.selfScoped };
}

type RefreshOutcome = { ok: true; caller: Caller; refreshToken: string } | { ok: false };

export class AuthService {
  constructor(
    private readonly db: CentralDb,
    private readonly config: IdentityConfig,
  ) {}

  async login(input: LoginInput, hostSchool: string | null): Promise<AuthPayloadSource> {
    const email = input.login.includes('@') ? contactFormat.email(input.login) : null;
    const phone = email === null ? contactFormat.phone(input.login) : null;
    const schoolRef = (input.school ?? hostSchool ?? '').trim() || null;
    const schoolId = schoolRef ? await schools.idOf(this.db, schoolRef) : undefined;

    const who = email !== null ? { email } : phone !== null ? { phone } : null;
    const credentials = who ? await users.credentialsByLogin(this.db, who) : undefined;

    // Counted before the password check, so parallel guesses cannot slip past the limit. Keyed by the
    // account (its email and phone share one counter; one password guards all its schools, and a
    // made-up school opens no fresh counter), or by the login text when no account matches.
    const throttleKey = credentials ? `user:${credentials.id}` : `login:${email ?? phone ?? input.login.trim().toLowerCase()}`;
    if (await loginThrottle.countAttempt(this.db, throttleKey, this.config.throttle)) throw tooManyAttempts();
    if (!credentials) {
      await passwords.verifyDummy(input.password);
      throw invalidLogin();
    }
    const passwordOk = await passwords.verify(credentials.passwordHash, input.password);
    if (!passwordOk || !credentials.isActive) throw invalidLogin();

    const schoolsOfUser = await memberships.activeOfUsers(this.db, [credentials.id]);
    let membership: Membership | undefined;
    if (schoolRef) membership = schoolsOfUser.find((m) => m.schoolId === schoolId);
    else if (schoolsOfUser.length === 1) membership = schoolsOfUser[0];
    else if (schoolsOfUser.length > 1) {
      // Only reachable with the right password: it reveals nothing a guesser does not know.
      throw AppError.badInput('this account belongs to several schools: name one with the school argument', 'school');
    }
    if (!membership) throw invalidLogin();

    await loginThrottle.clear(this.db, throttleKey);
    return this.openSession(credentials.id, membership);
  }

  async refresh(token: string): Promise<AuthPayloadSource> {
    const outcome = await this.db.transaction((tx) => this.rotate(tx, opaqueToken.hash(token)));
    // Thrown after COMMIT: a reuse must revoke the session even though the caller is refused.
    if (!outcome.ok) throw invalidRefresh();
    return this.payload(outcome.caller, outcome.refreshToken);
  }

  async logout(caller: Caller): Promise<boolean> {
    await this.db.transaction(async (tx) => {
      if (await sessions.revoke(tx, caller.sessionId, 'LOGOUT', caller.userId)) {
        await notify(tx, 'syncad_session_revoked', caller.sessionId);
      }
    });
    return true;
  }

  private async openSession(userId: string, m: Membership): Promise<AuthPayloadSource> {
    const refresh = opaqueToken.generate();
    const expiresAt = this.refreshExpiry();
    const sessionId = await this.db.transaction(async (tx) => {
      const id = await sessions.create(tx, { userId, schoolId: m.schoolId, roleId: m.roleId, userAgent: null, expiresAt });
      await sessions.addRefreshToken(tx, id, refresh.hash, expiresAt);
      return id;
    });
    return this.payload(callerOf(userId, sessionId, m), refresh.token);
  }

  /** One rotation inside a transaction; the token row is locked so two uses cannot both win. */
  private async rotate(tx: CentralTransaction, tokenHash: string): Promise<RefreshOutcome> {
    const presented = await sessions.lockRefreshToken(tx, tokenHash);
    if (!presented) return { ok: false };
    const session = presented.session;
    const revoke = async (reason: string): Promise<RefreshOutcome> => {
      if (await sessions.revoke(tx, session.id, reason)) await notify(tx, 'syncad_session_revoked', session.id);
      return { ok: false };
    };
    if (presented.usedAt) return revoke('REFRESH_TOKEN_REUSE');
    const now = new Date();
    if (presented.expiresAt <= now || session.revokedAt || session.expiresAt <= now) return { ok: false };

    // The user may have been deactivated or moved to another role since the session began.
    const [profile] = await users.profilesByIds(tx, [session.userId]);
    const membership = (await memberships.activeOfUsers(tx, [session.userId])).find((m) => m.schoolId === session.schoolId);
    if (!profile?.isActive || !membership || membership.roleId !== session.roleId) return revoke('ACCESS_CHANGED');

    const next = opaqueToken.generate();
    const expiresAt = this.refreshExpiry();
    await sessions.markRefreshTokenUsed(tx, presented.id);
    await sessions.addRefreshToken(tx, session.id, next.hash, expiresAt);
    await sessions.extend(tx, session.id, expiresAt);
    return { ok: true, caller: callerOf(session.userId, session.id, membership), refreshToken: next.token };
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000);
  }

  private payload(caller: Caller, refreshToken: string): AuthPayloadSource {
    const expiresIn = this.config.accessTokenTtlSeconds;
    return { accessToken: signAccessToken(caller, this.config.jwtSecret, expiresIn), refreshToken, expiresIn, user: caller };
  }
}
