import type { Detector } from '../types';

export const secretDetectors: Detector[] = [];
