import { describe, expect, it } from 'vitest';
import { qrPath } from './qr.ts';

describe('a QR code', () => {
	it('draws a square per dark module, including the three finder patterns in their corners', () => {
		const { size, d } = qrPath('http://127.0.0.1:4221/en/trainings/evaluation/' + 'A'.repeat(43));
		// Version 4 or more for a URL this long: 33 modules and more, plus the 2-module border.
		expect(size).toBeGreaterThanOrEqual(37);
		// Finder patterns start 2 modules in (the border) at three corners.
		for (const [x, y] of [
			[2, 2],
			[size - 3, 2],
			[2, size - 3]
		])
			expect(d).toContain(`M${x} ${y}h1v1h-1z`);
		expect(d).not.toContain(`M0 0h1`);
	});
});
