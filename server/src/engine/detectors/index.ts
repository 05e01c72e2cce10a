// The registry: every detector, as data. Each group owns its own list.
import type { Detector } from '../types';
import { structuredDetectors } from './structured';
import { secretDetectors } from './secrets';

export const DETECTORS: readonly Detector[] = [...structuredDetectors, ...secretDetectors];
