export { analyze } from './analyze.ts';
export { rules } from './rules/index.ts';
export type { Rule, Cue, Context } from './rules/types.ts';
export * from './types.ts';
