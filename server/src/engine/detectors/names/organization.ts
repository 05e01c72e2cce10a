import type { Detector } from '../../types';
import type { NamesAnalyzer } from './analyzer';

export function organizationDetector(analyzer: NamesAnalyzer): Detector {
  return {
    id: 'pii/organization',
    entity: 'ORGANIZATION',
    label: 'Organization',
    description: 'A company or institution name ("Acme Inc", "I work for …"). Off by default: organisations are rarely personal data.',
    tags: ['names', 'free-text'],
    defaultSeverity: 'hint',
    defaultEnabled: false,
    contextWords: ['company', 'employer', 'organization', 'organisation', 'work for', 'works at'],
    contextBoost: 0.15,
    trigger: /\p{Lu}/u,
    detect: (text) => analyzer.analyze(text).organizations,
  };
}
