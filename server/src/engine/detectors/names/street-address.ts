import type { Detector } from '../../types';
import type { NamesAnalyzer } from './analyzer';
import { withKeyedAddress } from './keyed-values';

export function streetAddressDetector(analyzer: NamesAnalyzer): Detector {
  return {
    id: 'pii/street-address',
    entity: 'STREET_ADDRESS',
    label: 'Street address',
    description:
      'A postal address in US, UK or European layout, on one line or several, PO boxes and military addresses. Reported per line; the town and country are reported as locations.',
    tags: ['names', 'free-text', 'location', 'contact'],
    defaultSeverity: 'warning',
    contextWords: ['address', 'street', 'lives at', 'live at', 'ship to', 'deliver to', 'mailing', 'billing', 'residence', 'home'],
    contextBoost: 0.1,
    trigger: /\d/,
    detect: (text, ctx) => withKeyedAddress(text, ctx?.key, analyzer.analyze(text).addressParts),
  };
}
