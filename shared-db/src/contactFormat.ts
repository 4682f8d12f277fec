/** The one normal form of emails and phone numbers, used both when storing and when logging in. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9]{7,15}$/;

export const contactFormat = {
  /** Trimmed and lower-cased, or null when it is not an email address. */
  email(raw: string): string | null {
    const email = raw.trim().toLowerCase();
    return email.length <= 254 && EMAIL.test(email) ? email : null;
  },

  /** Digits with an optional leading +, spaces, dots, dashes and brackets dropped; null when not a phone number. */
  phone(raw: string): string | null {
    const phone = raw.trim().replace(/[\s.()-]/g, '');
    return PHONE.test(phone) ? phone : null;
  },
};
