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

/** A size for people: `50 MB`, `1.5 KB`, `12 bytes`. */
export function formatSize(bytes: number): string {
	if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
	const [value, unit] =
		bytes < 1024 ** 2 ? [bytes / 1024, 'KB'] : bytes < 1024 ** 3 ? [bytes / 1024 ** 2, 'MB'] : [bytes / 1024 ** 3, 'GB'];
	return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}
