import type { Source } from '../types.ts';
import { coreSources } from './core.ts';
import { learnASources } from './learn-a.ts';
import { learnBSources } from './learn-b.ts';

/** The shared bibliography: every source the platform cites, in one list. */
export const bibliography: readonly Source[] = [...coreSources, ...learnASources, ...learnBSources];

const byId = new Map(bibliography.map((source) => [source.id, source]));

/** The source with this id, or undefined. */
export function findSource(id: string): Source | undefined {
	return byId.get(id);
}

/** The source with this id; throws naming the id when it is not in the bibliography. */
export function getSource(id: string): Source {
	const source = byId.get(id);
	if (!source) throw new Error(`Unknown source id "${id}": add it to packages/knowledge/src/bibliography/`);
	return source;
}
