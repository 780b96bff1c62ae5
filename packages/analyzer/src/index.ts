export { analyze } from './analyze.ts';
export { rules } from './rules/index.ts';
export { ruleMessages } from './messages/index.ts';
export type { RuleMessages } from './messages/types.ts';
export type { Rule, Cue, Context } from './rules/types.ts';
export * from './types.ts';
