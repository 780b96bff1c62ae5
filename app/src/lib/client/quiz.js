// Instant feedback for the quiz: when a choice is picked, say whether it is right and show the
// explanation that the server already rendered (hidden until then). The form still posts to the
// server, which records the anonymous totals and shows how others answered.
(() => {
	const form = document.querySelector('form.quiz');
	if (!(form instanceof HTMLFormElement)) return;
	const labels = { correct: form.dataset.correct || 'Correct', incorrect: form.dataset.incorrect || 'Not quite' };
	form.addEventListener('change', (event) => {
		const input = event.target;
		if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
		const question = input.closest('fieldset[data-answer]');
		if (!(question instanceof HTMLFieldSetElement)) return;
		const right = input.value === question.dataset.answer;
		question.classList.toggle('is-correct', right);
		question.classList.toggle('is-incorrect', !right);
		const verdict = question.querySelector('.verdict');
		if (verdict) verdict.textContent = right ? labels.correct : labels.incorrect;
		const feedback = question.querySelector('.feedback');
		if (feedback instanceof HTMLElement) feedback.hidden = false;
	});
})();
