import type { Instrument } from '@unconflate/evaluation';

/**
 * The questionnaire editor's form (no JavaScript): every editable text and setting of every item
 * is a field named by its path in the instrument (`items.3.prompt.fr`), so that a validation
 * problem (packages/evaluation names each by the same path) is shown beside its own field.
 * Structure (adding, removing or reordering items) is edited as JSON on the same page.
 */

const LANGS = ['en', 'fr'] as const;

/** The text fields of an instrument: title, then each item's prompt and option labels. */
export function textFields(instrument: Instrument): string[] {
	const names = LANGS.map((l) => `title.${l}`);
	instrument.items.forEach((item, i) => {
		for (const l of LANGS) names.push(`items.${i}.prompt.${l}`);
		if (item.kind === 'knowledge')
			item.options.forEach((_, o) => {
				for (const l of LANGS) names.push(`items.${i}.options.${o}.label.${l}`);
			});
	});
	return names;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
	const keys = path.split('.');
	let node: Record<string, unknown> = target;
	for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
	node[keys.at(-1)!] = value;
}

/**
 * The instrument as edited: a copy of `base` with every posted text (trimmed), each item's phases
 * (checkboxes `items.i.phases.pre|post`; a retrospective item stays post-only), a belief item's
 * `reversed` checkbox, a knowledge item's correct option (radio `items.i.correct`) and an open
 * item's `maxLength`. Not validated here: the caller validates and names problems by path.
 */
export function applyItemEdits(base: Instrument, get: (name: string) => string | null): unknown {
	const edited = structuredClone(base) as unknown as Record<string, unknown>;
	for (const name of textFields(base)) {
		const value = get(name);
		if (value !== null) setPath(edited, name, value.trim());
	}
	const items = edited['items'] as Array<Record<string, unknown>>;
	base.items.forEach((item, i) => {
		const target = items[i]!;
		if (item.kind !== 'retrospective')
			target['phases'] = (['pre', 'post'] as const).filter((phase) => get(`items.${i}.phases.${phase}`) === 'on');
		if (item.kind === 'belief') target['reversed'] = get(`items.${i}.reversed`) === 'on';
		if (item.kind === 'knowledge') target['correct'] = get(`items.${i}.correct`) ?? item.correct;
		if (item.kind === 'open') {
			const raw = get(`items.${i}.maxLength`);
			target['maxLength'] = raw !== null && /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
		}
	});
	return edited;
}
