const UNITS: Record<string, number> = {
	'': 1,
	b: 1,
	k: 1024,
	kb: 1024,
	m: 1024 ** 2,
	mb: 1024 ** 2,
	g: 1024 ** 3,
	gb: 1024 ** 3
};

/** Parse a size such as `10mb`, `512k` or `2000` (bytes); units are powers of 1024. Returns null when invalid. */
export function parseSize(value: string): number | null {
	const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
	if (!match) return null;
	const unit = UNITS[(match[2] ?? '').toLowerCase()];
	if (unit === undefined) return null;
	const bytes = Math.floor(Number(match[1]) * unit);
	return bytes > 0 ? bytes : null;
}

export { formatSize } from '@unconflate/documents';
