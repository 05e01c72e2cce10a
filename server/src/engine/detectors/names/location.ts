import type { Detector } from '../../types';
import type { NamesAnalyzer } from './analyzer';
import { withKeyedValue } from './keyed-values';

export function locationDetector(analyzer: NamesAnalyzer): Detector {
  return {
    id: 'pii/location',
    entity: 'LOCATION',
    label: 'Location',
    description: 'A city, region or country, from a gazetteer, locative phrases ("based in …") and address lines.',
    tags: ['names', 'free-text', 'location'],
    defaultSeverity: 'information',
    contextWords: ['city', 'country', 'town', 'region', 'state', 'location', 'place of birth', 'hometown', 'lives in', 'from'],
    contextBoost: 0.15,
    trigger: /\p{L}/u,
    detect: (text, ctx) => withKeyedValue(text, ctx?.key, 'LOCATION', analyzer.analyze(text).locations),
  };
}
