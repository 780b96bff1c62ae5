export { analyseDialogue, type DialogueInput, type DialogueOptions, type DialogueResult } from './dialogue.ts';
export { silhouette } from './clustering.ts';
export type { StatementResult, Tally } from './consensus.ts';
export type { StakeholderAgreement } from './stakeholders.ts';
export { voteMatrix, type Vote, type VoteMatrix, type VoteValue } from './votes.ts';
