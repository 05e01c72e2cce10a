// Llama license checks for model cards: the public API. No `vscode` import.
export { checkModelCard, licenseRule, ruleDocPath, type LicenseEnv } from './check';
export { licenseFixes } from './fixes';
export { licenseHover } from './hover';
export { licenseCompletions, type LicenseCompletion } from './completions';
export { LICENSE_RULES, type LicenseRule } from './rules';
