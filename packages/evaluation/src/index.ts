export {
	aggregateByVersion,
	aggregateEvaluations,
	type Aggregation,
	type GroupBy,
	type GroupSummary,
	type SessionMeta,
	type TaggedResponse,
	type VersionGroup
} from './aggregate.ts';
export { defaultInstrument } from './default-instrument.ts';
export { rankBiserial, type RankBiserial } from './effect-size.ts';
export { DEFAULT_MINIMUM, type Figure, type ShownFigure, type SuppressedFigure } from './figure.ts';
export {
	findItem,
	instrumentSchema,
	itemsFor,
	phases,
	SCALE_MAX,
	SCALE_MIN,
	type BeliefItem,
	type Instrument,
	type Item,
	type ItemKind,
	type KnowledgeItem,
	type LocalizedText,
	type OpenItem,
	type Phase,
	type RetrospectiveItem
} from './instrument.ts';
export {
	createDeviceToken,
	createSalt,
	findDuplicates,
	isPairingKey,
	normalizeCode,
	pairingKey,
	pairResponses,
	type DuplicateGroup,
	type Pair,
	type Pairing
} from './pairing.ts';
export {
	checkAnswer,
	responseSchema,
	validateResponse,
	type Answer,
	type EvaluationResponse,
	type ResponseProblem,
	type RetrospectiveAnswer,
	type ValidatedResponse
} from './responses.ts';
export {
	median,
	summariseEvaluation,
	type BeliefItemSummary,
	type EvaluationSummary,
	type KnowledgeItemSummary,
	type Location,
	type OpenItemSummary,
	type PairedChange,
	type RetrospectiveItemSummary,
	type SummaryOptions
} from './summary.ts';
export {
	averageRanks,
	psignrank,
	signedRankTest,
	type Alternative,
	type SignedRankOptions,
	type SignedRankResult
} from './wilcoxon.ts';
