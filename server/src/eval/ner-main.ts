// npm run eval -- --set ner: the ablation's three configurations, the model alone trained here from the
// same recipe without the rule tagger's verdicts as features.
import { findNerDir } from '../train/data';
import { trainModel } from '../train/trainer';
import { TRAIN_RECIPE } from '../engine/detectors/names/model/recipe';
import { type Configuration, nerReport } from './ner';

export function nerEval(): number {
  const dir = findNerDir();
  if (!dir) {
    console.error('datasan eval: ../shared/data/ner not found');
    return 2;
  }
  console.log('# Names on human-annotated text (../shared/data/ner, -dev files; never trained on)\n');
  const t0 = Date.now();
  const alone = trainModel(dir, { ...TRAIN_RECIPE, usesRules: false });
  console.log(`(model alone: trained from the same recipe without the rule verdicts as features, ${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  const configurations: Configuration[] = [
    { name: 'rules alone', opts: { useCompromise: false, tagger: 'rules' } },
    { name: 'model alone (trained without the rule verdicts as features, no rule findings added)', opts: { useCompromise: false, tagger: 'learned', model: { ...alone, usesRules: false }, confidentRules: false } },
    { name: 'combined (shipped): the model with the rule verdicts as features, and confident rule findings where it finds nothing', opts: { useCompromise: false, tagger: 'learned' } },
  ];
  console.log(nerReport(dir, configurations));
  return 0;
}
