import type { Detector } from '../../types';
import type { NamesAnalyzer } from './analyzer';
import { withKeyedValue } from './keyed-values';

export function personDetector(analyzer: NamesAnalyzer): Detector {
  return {
    id: 'pii/person',
    entity: 'PERSON',
    label: 'Person name',
    description: "A person's name, found from given-name and surname lexicons of many cultures, titles, naming phrases and compromise.",
    tags: ['names', 'free-text'],
    defaultSeverity: 'warning',
    contextWords: ['name', 'named', 'customer', 'patient', 'client', 'employee', 'contact', 'author', 'speaker', 'user name', 'full name', 'first name', 'last name', 'surname'],
    contextBoost: 0.15,
    trigger: /\p{L}/u,
    detect: (text, ctx) => withKeyedValue(text, ctx?.key, 'PERSON', analyzer.analyze(text).persons),
  };
}
