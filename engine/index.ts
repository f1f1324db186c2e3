export { analyze, buildContext, MAX_AD_CHARS } from './analyze';
export type { RuleSet } from './analyze';
export * from './types';
export { normalize, deleet, toSpan } from './normalize';
export type { NormalizedText } from './normalize';
export { detectLanguage } from './language';
export { SCORE, score } from './score';
