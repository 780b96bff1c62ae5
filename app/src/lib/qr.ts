import { encode } from 'uqr';

/**
 * A QR code as one SVG path (a square per dark module), drawn by a Svelte component rather than
 * injected as markup. Error correction M (15 %) survives a printed code that is a little worn.
 * uqr: https://github.com/unjs/uqr (no dependencies).
 */
export interface QrPath {
	/** Modules per side, border included: the SVG's viewBox. */
	size: number;
	/** The dark modules, one square each. */
	d: string;
}

export function qrPath(text: string): QrPath {
	const { data, size } = encode(text, { ecc: 'M', border: 2 });
	const parts: string[] = [];
	data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
		})
	);
	return { size, d: parts.join('') };
}
