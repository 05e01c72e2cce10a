import type { Candidate, Detector } from '../types';

// Local part per RFC 5322's common subset; the domain must have a letter-only TLD of 2+ chars, or an
// internationalised TLD in its ASCII (punycode) form such as xn--p1ai for .рф. Letters are
// any script's (RFC 6531 addresses such as zoë@mail.de, IDN domains such as jürgen@bücher.de), except those
// of scripts written without spaces (Chinese, Japanese, Thai), which run into an address with nothing between.
const UNSPACED = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]`;
const W = String.raw`[[\p{L}\p{M}\p{N}]--${UNSPACED}]`;
const PUNYCODE_TLD = String.raw`[Xx][Nn]--[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*`;
export const EMAIL = new RegExp(
  String.raw`(?<![${W}_.%+\-])${W}(?:[${W}._%+\-]{0,62}[${W}_%+\-])?@(?:${W}(?:[${W}\-]{0,61}${W})?\.)+(?:[[\p{L}\p{M}]--${UNSPACED}]{2,24}|${PUNYCODE_TLD})(?![${W}_\-]|\.${W})`,
  'gv',
);

/** Longest local part in UTF-16 code units: 64 letters, each of which may be a surrogate pair. */
const LOCAL_MAX = 2 * 64;

// Addresses reserved for documentation and tests (RFC 2606) are kept but scored low.
const RESERVED = /@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/i;

// Placeholders of tutorials, forms and code questions: "someone@domain.com", "your.name@company.com", "user@yourdomain.com".
const PLACEHOLDER_LOCAL = /^(?:someone|somebody|user|username|user[._-]name|you|your(?:[._-]?(?:name|email|e-mail|mail|address|username|user|id))|name|first[._-]?(?:name)?[._-]last(?:name)?|firstname|lastname|email|e-mail|mail|test|foo|bar|foobar|abc|xyz|x{2,}|sample|demo)@/i;
const PLACEHOLDER_DOMAIN = /@(?:your|my|some|any)?(?:domain|company|site|website|server|host|email|mail-?server)\.com$/i;

// A Git or scp remote, not a mailbox: "git@github.com:org/repo.git", "deploy@host:/srv/app", "git@gitlab.com".
// (A credential dump's "jane@mail.com:hunter2" has no path after the colon and stays an address.)
const REMOTE_PATH_AFTER = /^:(?:~|\/|[\w.-]+\/)/;
const GIT_HOST = /^git@(?:[\w-]+\.)*(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|huggingface\.co|hf\.co|ssh\.dev\.azure\.com)$/i;

// An ssh login, not a mailbox: "ssh -i key.pem ubuntu@ec2-54-1-2-3.compute-1.amazonaws.com", "ssh://deploy@host".
const SSH_BEFORE = /(?:\b(?:ssh|sftp|mosh|ssh-copy-id)(?:\s+-{1,2}[\w-]+(?:[= ](?!-)[^\s@]+)?)*\s+|\b(?:ssh|sftp):\/\/)$/;

// A message id in a mail header ("Message-ID: <CAF2x9kQ7@mail.gmail.com>", "In-Reply-To:", "References:"): no mailbox.
const MESSAGE_ID_BEFORE = /\b(?:message-id|in-reply-to|references|content-id|x-message-id|x-original-message-id)\s*:\s*(?:<[^<>\n]*>[\s,]*)*<$/i;

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
  detect(text) {
    const out: Candidate[] = [];
    // Every address holds an "@" and starts at most LOCAL_MAX code units before it: the search starts
    // there instead of at the end of the last match, which finds the same addresses without trying every
    // position of a long text (a match cannot start further back, nor before the end of the last one).
    let from = 0;
    for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', Math.max(at + 1, from))) {
      EMAIL.lastIndex = Math.max(from, at - LOCAL_MAX);
      const m = EMAIL.exec(text);
      if (!m) break;
      const value = m[0];
      from = m.index + value.length;
      if (value.includes('..') || GIT_HOST.test(value) || REMOTE_PATH_AFTER.test(text.slice(from, from + 64))) continue;
      if (SSH_BEFORE.test(text.slice(Math.max(0, m.index - 160), m.index))) continue;
      if (text.charCodeAt(m.index - 1) === 60 && MESSAGE_ID_BEFORE.test(text.slice(Math.max(0, m.index - 400), m.index))) continue;
      const reserved = RESERVED.test(value) ? 'reserved documentation domain' : PLACEHOLDER_LOCAL.test(value) || PLACEHOLDER_DOMAIN.test(value) ? 'a placeholder address' : undefined;
      out.push({
        start: m.index,
        end: from,
        // Low enough that a context word (+0.1) keeps it below the default threshold.
        score: reserved ? 0.3 : 0.9,
        reasons: [reserved ?? 'address with a valid domain shape'],
      });
    }
    return out;
  },
};
