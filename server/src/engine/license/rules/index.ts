// The registry: every license rule, as data.
import type { LicenseRule } from './rule';
import { namePrefix } from './name-prefix';
import { builtWith } from './built-with';
import { displayVariant } from './display-variant';
import { licenseLink } from './license-link';
import { licenseId } from './license-id';
import { notice } from './notice';
import { metaMark } from './meta-mark';
import { nameMismatch } from './name-mismatch';
import { nameUnresolved } from './name-unresolved';
import { euMultimodal } from './eu-multimodal';
import { frontMatter } from './front-matter';

export type { LicenseRule, RuleEnv, RuleHit, DerivedCard } from './rule';

export const LICENSE_RULES: readonly LicenseRule[] = [
  namePrefix,
  builtWith,
  displayVariant,
  licenseLink,
  licenseId,
  notice,
  metaMark,
  nameMismatch,
  nameUnresolved,
  euMultimodal,
  frontMatter,
];
