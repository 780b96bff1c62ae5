import type { Database } from './db/client.ts';
import { dialogueResults, dialogueVersion, type Dialogue, type DialogueResults } from './dialogue.service.ts';

/**
 * Live results for a dialogue: recomputed only when its votes or statements changed, and at most
 * once per `MIN_INTERVAL_MS`, so that 500 people voting at once cost a few analyses a second, not
 * one per vote. Listeners (server-sent event streams) hear of each change, throttled the same way.
 * In memory: the platform runs as one process (the embedded database allows no other).
 */
const MIN_INTERVAL_MS = 1000;

interface Entry {
	version: string;
	at: number;
	results: DialogueResults;
	pending?: Promise<DialogueResults>;
}

const cache = new Map<string, Entry>();
const listeners = new Map<string, Set<() => void>>();
const scheduled = new Map<string, ReturnType<typeof setTimeout>>();

export async function liveResults(db: Database, dialogue: Dialogue, now = Date.now()): Promise<DialogueResults> {
	const entry = cache.get(dialogue.id);
	if (entry?.pending) return entry.pending;
	if (entry && now - entry.at < MIN_INTERVAL_MS) return entry.results;
	// Settings that change the analysis are part of the version, so that results computed under
	// the old ones (even if they finish after a change) are never served as current.
	const version = `${await dialogueVersion(db, dialogue.id)}|${dialogue.minGroupSize}|${dialogue.minVotes ?? ''}`;
	if (entry && entry.version === version) {
		entry.at = now;
		return entry.results;
	}
	const pending = dialogueResults(db, dialogue);
	if (entry) entry.pending = pending;
	try {
		const results = await pending;
		cache.set(dialogue.id, { version, at: Date.now(), results });
		return results;
	} catch (error) {
		if (entry) delete entry.pending;
		throw error;
	}
}

/** Settings that change the analysis (group size, votes needed) changed: compute afresh and tell listeners. */
export function forgetResults(dialogueId: string): void {
	cache.delete(dialogueId);
	dialogueChanged(dialogueId);
}

/** Something changed: tell the listeners, at most once per interval. */
export function dialogueChanged(dialogueId: string): void {
	if (scheduled.has(dialogueId)) return;
	scheduled.set(
		dialogueId,
		setTimeout(() => {
			scheduled.delete(dialogueId);
			for (const listener of listeners.get(dialogueId) ?? []) listener();
		}, MIN_INTERVAL_MS)
	);
}

export function listen(dialogueId: string, listener: () => void): () => void {
	let set = listeners.get(dialogueId);
	if (!set) listeners.set(dialogueId, (set = new Set()));
	set.add(listener);
	return () => {
		set.delete(listener);
		if (set.size === 0) listeners.delete(dialogueId);
	};
}

export function listenerCount(dialogueId: string): number {
	return listeners.get(dialogueId)?.size ?? 0;
}
