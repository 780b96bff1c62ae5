/** A size for people: `50 MB`, `1.5 KB`, `12 bytes`. */
export function formatSize(bytes: number): string {
	if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
	const [value, unit] =
		bytes < 1024 ** 2 ? [bytes / 1024, 'KB'] : bytes < 1024 ** 3 ? [bytes / 1024 ** 2, 'MB'] : [bytes / 1024 ** 3, 'GB'];
	return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}
