/** Text arguments: trimmed, and refused when empty (if required) or too long. */
import { AppError } from '@syncad/platform';

export function parseText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text === '') throw AppError.badInput(`${field} must not be empty`, field);
  if (text.length > max) throw AppError.badInput(`${field} must be at most ${max} characters`, field);
  return text;
}

/** An optional text: null/undefined stay as given, blank becomes null. */
export function parseOptionalText(value: string | null | undefined, field: string, max: number): string | null | undefined {
  if (value == null) return value;
  return value.trim() === '' ? null : parseText(value, field, max);
}
