// Progressive enhancement for every public page (no framework; a few hundred bytes).
// Quick exit: the link works without JavaScript; with it, the exit replaces the current history
// entry (Back does not return here), and pressing Escape twice does the same.
(() => {
	const exit = document.getElementById('quick-exit');
	if (exit instanceof HTMLAnchorElement) {
		const leave = () => {
			document.body.hidden = true;
			window.location.replace(exit.href);
		};
		exit.addEventListener('click', (event) => {
			event.preventDefault();
			leave();
		});
		let last = 0;
		document.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape') return;
			const now = Date.now();
			if (now - last < 1000) leave();
			last = now;
		});
	}
	// The language switcher keeps the reader's place: sections carry the same anchor in both languages.
	for (const link of document.querySelectorAll('a[data-keep-hash]')) {
		link.addEventListener('click', () => {
			const target = link.getAttribute('href') ?? '';
			if (window.location.hash) link.setAttribute('href', target.split('#')[0] + window.location.hash);
		});
	}
})();
