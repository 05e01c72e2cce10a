import type { Detector } from '../types';

// Local part per RFC 5322's common subset; the domain must have a letter-only TLD of 2+ chars.
const EMAIL = /(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-]|\.[A-Za-z])/g;

// Addresses reserved for documentation and tests (RFC 2606) are kept but scored low.
const RESERVED = /@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/i;

export const email: Detector = {
  id: 'pii/email',
  entity: 'EMAIL_ADDRESS',
  label: 'Email address',
  description: 'An email address such as jane.doe@mail.com.',
  tags: ['contact'],
  defaultSeverity: 'warning',
  contextWords: ['email', 'e-mail', 'mail', 'contact', 'reach me'],
  contextBoost: 0.1,
  trigger: /@/,
  *detect(text) {
    for (const m of text.matchAll(EMAIL)) {
      const value = m[0];
      if (value.includes('..')) continue;
      const reserved = RESERVED.test(value);
      yield {
        start: m.index,
        end: m.index + value.length,
        // Low enough that a context word (+0.1) keeps it below the default threshold.
        score: reserved ? 0.3 : 0.9,
        reasons: [reserved ? 'reserved documentation domain' : 'address with a valid domain shape'],
      };
    }
  },
};
