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

export const secretDetectors: Detector[] = [huggingface, openai, anthropic, aws, github, gitlab, slack, google, jwt, privateKey];
