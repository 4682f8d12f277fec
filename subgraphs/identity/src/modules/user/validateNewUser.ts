/** Checks and normalises createUser's input; the first fault is a BAD_USER_INPUT naming its field. */
import { AppError } from '@syncad/platform';
import { contactFormat } from '@syncad/shared-db';
import { passwords } from '../../passwords';

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

/** A first or last name, trimmed: at most 100 characters; null when empty and not required. */
export function personName(value: string | null | undefined, field: string, required: boolean): string | null {
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
  passwords.checkLength(input.password, 'password');
  return {
    email,
    phone,
    firstName: personName(input.firstName, 'firstName', true) as string,
    lastName: personName(input.lastName, 'lastName', false),
    password: input.password,
    roleName: input.roleName.trim(),
  };
}
