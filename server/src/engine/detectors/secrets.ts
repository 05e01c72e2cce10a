import type { Detector } from '../types';
import { huggingface } from './huggingface';
import { openai } from './openai';
import { anthropic } from './anthropic';
import { aws } from './aws';
import { github } from './github';
import { gitlab } from './gitlab';
import { slack } from './slack';
import { google } from './google';
import { jwt } from './jwt';
import { privateKey } from './private-key';
import { fusedDigitRowsDetector, secretKindDetector } from './secret-kind';
import { SECRET_KINDS } from './secret-table';

/**
 * The vendors with a module of their own, then the rows of the secret table: one detector per row behind the
 * trigger gate, and one for all rows of scope "digits" (see fusedDigitRowsDetector).
 */
export const secretDetectors: Detector[] = [
  huggingface, openai, anthropic, aws, github, gitlab, slack, google, jwt, privateKey,
  ...SECRET_KINDS.filter((k) => !k.digits).map(secretKindDetector),
  fusedDigitRowsDetector(SECRET_KINDS.filter((k) => k.digits)),
];
