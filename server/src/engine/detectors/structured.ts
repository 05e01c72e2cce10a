import type { Detector } from '../types';
import { email } from './email';

export const structuredDetectors: Detector[] = [email];
