import { log } from './log.ts';
import { applyRetention, sendDueReminders, type TrainContext } from './sessions.service.ts';

const MINUTE = 60_000;

/**
 * The server's Train timer: every 15 minutes, reminders for sessions starting in 24 to 48 hours
 * (each registrant once: sessions.service.ts claims a reminder before sending it) and the retention
 * setting (registration details removed N months after their session). One run at a time; a
 * failed run is logged and the next one tries again. Returns a function that stops the timer.
 */
export function startTrainJobs(
	ctx: TrainContext,
	options: { retentionMonths: number | null; everyMs?: number; firstAfterMs?: number }
): () => void {
	let running = false;
	const run = async () => {
		if (running) return;
		running = true;
		try {
			const reminded = await sendDueReminders(ctx);
			const purged = options.retentionMonths === null ? 0 : await applyRetention(ctx.db, options.retentionMonths);
			if (reminded > 0 || purged > 0)
				log.info({ reminded, purged }, 'train: reminders sent, registrations past retention removed');
		} catch (error) {
			log.error({ err: error }, 'train: reminders or retention failed; trying again at the next run');
		} finally {
			running = false;
		}
	};
	const first = setTimeout(() => void run(), options.firstAfterMs ?? 10_000);
	const every = setInterval(() => void run(), options.everyMs ?? 15 * MINUTE);
	// The timer never keeps the process alive on its own (clean shutdown).
	first.unref();
	every.unref();
	return () => {
		clearTimeout(first);
		clearInterval(every);
	};
}
