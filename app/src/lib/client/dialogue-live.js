// Live dialogue results: listen for changes (server-sent events) and swap in the freshly rendered
// results, keeping the reader's place. Without JavaScript the page has a refresh link instead.
(() => {
	const found = document.querySelector('[data-live-results]');
	if (!(found instanceof HTMLElement) || !('EventSource' in window)) return;
	const region = found;
	const status = document.querySelector('[data-live-status]');
	const source = new EventSource(region.dataset.liveResults || '');
	let busy = false;
	let again = false;
	async function refresh() {
		if (busy) {
			again = true;
			return;
		}
		busy = true;
		try {
			const response = await fetch(location.pathname, { headers: { accept: 'text/html' }, cache: 'no-store' });
			if (!response.ok) return;
			const html = new DOMParser().parseFromString(await response.text(), 'text/html');
			const fresh = html.querySelector('[data-live-results]');
			if (fresh) region.innerHTML = fresh.innerHTML;
			if (status) status.textContent = status.getAttribute('data-updated') || '';
		} finally {
			busy = false;
			if (again) {
				again = false;
				void refresh();
			}
		}
	}
	source.addEventListener('change', () => void refresh());
	document.querySelectorAll('[data-refresh-link]').forEach((link) => link.setAttribute('hidden', ''));
})();
