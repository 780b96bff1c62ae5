/** What the progress bar writes to: stderr, or a stand-in in tests. */
export interface ProgressStream {
	isTTY?: boolean | undefined;
	columns?: number | undefined;
	write(text: string): unknown;
}

/**
 * A one-line progress bar for corpora, on stderr, drawn at most every 100 ms and cleared before
 * anything else is written. Only on a terminal: piped or redirected stderr gets nothing.
 */
export class Progress {
	readonly #stream: ProgressStream;
	readonly #now: () => number;
	#last = -Infinity;
	#shown = false;

	constructor(stream: ProgressStream, now: () => number = Date.now) {
		this.#stream = stream;
		this.#now = now;
	}

	/** Whether a bar would be drawn at all. */
	get enabled(): boolean {
		return this.#stream.isTTY === true;
	}

	update(label: string, done: number, total: number, records: number, force = false): void {
		if (!this.enabled) return;
		const now = this.#now();
		if (!force && now - this.#last < 100) return;
		this.#last = now;
		const fraction = total > 0 ? Math.min(1, done / total) : 1;
		const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
		const count = `${records.toLocaleString('en')} ${records === 1 ? 'record' : 'records'}`;
		const columns = this.#stream.columns ?? 80;
		const barWidth = Math.max(10, Math.min(30, columns - count.length - percent.length - 8));
		const filled = Math.round(fraction * barWidth);
		let line = `${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)} ${percent} ${count} ${label}`;
		if (line.length > columns - 1) line = line.slice(0, columns - 2) + '…';
		this.#stream.write(`\r\x1b[2K${line}`);
		this.#shown = true;
	}

	/** Remove the bar (before other output, and at the end). */
	clear(): void {
		if (!this.#shown) return;
		this.#stream.write('\r\x1b[2K');
		this.#shown = false;
	}
}
