import { log } from './log.ts';
import { advanceRequests } from './requests.service.ts';
import { applyRetention, sendDueReminders, type TrainContext } from './sessions.service.ts';

const MINUTE = 60_000;

/**
 * The server's Train timer: every 15 minutes, reminders for sessions starting in 24 to 48 hours
 * (each registrant once: sessions.service.ts claims a reminder before sending it) and the retention
 * setting (registration details removed N months after their session), and requests whose
 * sessions have ended or been evaluated move on (requests.service.ts, advanceRequests). One run at a time; a
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
		const started = performance.now();
		try {
			const reminded = await sendDueReminders(ctx);
			const purged = options.retentionMonths === null ? 0 : await applyRetention(ctx.db, options.retentionMonths);
			const advanced = await advanceRequests(ctx.db);
			const ms = Math.round(performance.now() - started);
			if (reminded > 0 || purged > 0 || advanced > 0)
				log.info(
					{ reminded, purged, advanced, ms },
					'train: reminders sent, registrations past retention removed, requests advanced'
				);
			else log.debug({ ms }, 'train: nothing to remind, remove or advance');
		} catch (error) {
			log.error({ err: error }, 'train: reminders, retention or request progress failed; trying again at the next run');
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
