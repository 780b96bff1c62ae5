/** 1-based line and column (UTF-16 code units, as SARIF) of offsets in a text. */
export class Positions {
	private readonly lineStarts: number[] = [0];

	constructor(text: string) {
		for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
	}

	/** Offsets of the first character of a 1-based line and of its end (the line break or the text's end). */
	line(line: number, textLength: number): { from: number; to: number } {
		const from = this.lineStarts[line - 1] ?? textLength;
		const next = this.lineStarts[line];
		return { from, to: next === undefined ? textLength : next - 1 };
	}

	at(offset: number): { line: number; column: number } {
		let low = 0;
		let high = this.lineStarts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
			else high = mid - 1;
		}
		return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1 };
	}
}
