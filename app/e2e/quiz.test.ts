import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, origin } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser.close();
});

describe('the quiz', () => {
	it('gives instant feedback with JavaScript, then a summary and how others answered', async () => {
		const { context, page, foreign } = await openPage(browser);
		await page.goto(`${origin()}/en/learn/quiz`);
		const questions = page.locator('fieldset.question');
		expect(await questions.count()).toBeGreaterThanOrEqual(12);
		const first = questions.first();
		const answer = await first.getAttribute('data-answer');
		const wrong = first.locator(`input[type=radio]:not([value="${answer}"])`).first();
		await wrong.check();
		expect(await first.locator('.verdict').textContent()).toContain('Not quite');
		expect(await first.locator('.feedback').isVisible()).toBe(true);
		await first.locator(`input[value="${answer}"]`).check();
		expect(await first.locator('.verdict').textContent()).toContain('Correct');
		await page.getByRole('button', { name: 'Check my answers' }).click();
		await page.waitForSelector('.quiz-summary');
		expect(await page.locator('.quiz-summary h2').textContent()).toMatch(/You answered 1 of \d+ correctly/);
		expect(await page.locator('.quiz-summary li a').count()).toBeGreaterThan(0);
		expect(await first.locator('.others li').count()).toBeGreaterThanOrEqual(2);
		expect(foreign()).toEqual([]);
		await context.close();
	});

	it('works without JavaScript: the server marks the answers', async () => {
		const { context, page } = await openPage(browser, { javaScript: false });
		await page.goto(`${origin()}/fr/apprendre/quiz`);
		const questions = page.locator('fieldset.question');
		expect(await questions.first().locator('.feedback').isVisible()).toBe(false);
		const count = await questions.count();
		for (let i = 0; i < count; i++) {
			const q = questions.nth(i);
			await q.locator(`input[value="${await q.getAttribute('data-answer')}"]`).check();
		}
		await page.getByRole('button', { name: 'Vérifier mes réponses' }).click();
		await page.waitForSelector('.quiz-summary');
		expect(await page.locator('.quiz-summary h2').textContent()).toContain(`${count} questions sur ${count}`);
		expect(await page.locator('fieldset.is-correct').count()).toBe(count);
		expect(await questions.first().locator('.feedback').isVisible()).toBe(true);
		await context.close();
	});

	it('answers a malformed submission with 400 and a readable message', async () => {
		const post = (body: string) =>
			fetch(`${origin()}/en/learn/quiz`, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: origin() },
				body
			});
		for (const body of ['', 'q-nope=a', 'q-sex-work-definition=z', 'q-sex-work-definition=a&q-sex-work-definition=b']) {
			const response = await post(body);
			expect(response.status, body).toBe(400);
			expect(await response.text()).toContain('We could not read your answers');
		}
	});
});
