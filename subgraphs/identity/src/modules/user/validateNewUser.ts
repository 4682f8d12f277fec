/** Checks and normalises createUser's input; the first fault is a BAD_USER_INPUT naming its field. */
import { AppError } from '@syncad/platform';
import { contactFormat } from '@syncad/shared-db';

export interface NewUserInput {
  email?: string | null;
  phone?: string | null;
  firstName: string;
  lastName?: string | null;
  password: string;
  roleName: string;
}

export interface ValidNewUser {
  email: string | null;
  phone: string | null;
  firstName: string;
  lastName: string | null;
  password: string;
  roleName: string;
}

/** Long enough for passphrases, short enough that hashing cannot be used to burn CPU. */
const PASSWORD_LENGTH = { min: 8, max: 128 };

function name(value: string | null | undefined, field: string, required: boolean): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') {
    if (required) throw AppError.badInput(`${field} is required`, field);
    return null;
  }
  if (trimmed.length > 100) throw AppError.badInput(`${field} must be at most 100 characters`, field);
  return trimmed;
}

export function validateNewUser(input: NewUserInput): ValidNewUser {
  const rawEmail = input.email?.trim() || null;
  const rawPhone = input.phone?.trim() || null;
  if (!rawEmail && !rawPhone) throw AppError.badInput('an email or a phone number is required', 'email');
  const email = rawEmail === null ? null : contactFormat.email(rawEmail);
  if (rawEmail !== null && email === null) throw AppError.badInput('email is not a valid email address', 'email');
  const phone = rawPhone === null ? null : contactFormat.phone(rawPhone);
  if (rawPhone !== null && phone === null) {
    throw AppError.badInput('phone must be 7 to 15 digits with an optional leading +', 'phone');
  }
  if (input.password.length < PASSWORD_LENGTH.min || input.password.length > PASSWORD_LENGTH.max) {
    throw AppError.badInput(`password must be ${PASSWORD_LENGTH.min} to ${PASSWORD_LENGTH.max} characters`, 'password');
  }
  return {
    email,
    phone,
    firstName: name(input.firstName, 'firstName', true) as string,
    lastName: name(input.lastName, 'lastName', false),
    password: input.password,
    roleName: input.roleName.trim(),
  };
}
