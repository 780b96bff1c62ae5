import { encode } from 'uqr';

/**
 * A QR code as one SVG path (a square per dark module), drawn by a Svelte component rather than
 * injected as markup. Error correction M (15 %) survives a printed code that is a little worn.
 * uqr: https://github.com/unjs/uqr (no dependencies).
 */
export function qrPath(text: string): { size: number; d: string } {
	const { data, size } = encode(text, { ecc: 'M', border: 2 });
	const parts: string[] = [];
	data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
		})
	);
	return { size, d: parts.join('') };
}
