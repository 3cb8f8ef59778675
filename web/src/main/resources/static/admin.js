// While a harvest runs, the source page asks every two seconds how it goes, says the phase in its
// live region, and reloads when the run has ended so that the new run shows in the history.
// Without JavaScript the page has a link to refresh it.
(function () {
  const region = document.querySelector('.harvest-progress[data-status-url]');
  if (!region) {
    return;
  }
  const url = region.getAttribute('data-status-url');
  const phase = region.querySelector('.phase') || region.appendChild(document.createElement('span'));
  phase.classList.add('phase');
  async function poll() {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      const json = (response.headers.get('Content-Type') || '').includes('application/json');
      if (!response.ok || !json) {
        // The source is gone or the session has ended (the login page came back): the page says what now.
        window.location.reload();
        return;
      }
      const status = await response.json();
      if (!status.busy) {
        window.location.reload();
        return;
      }
      if (status.phaseText) {
        phase.textContent = ' ' + status.phaseText;
      }
    } catch (e) {
      // A network failure: the next poll tries again.
    }
    window.setTimeout(poll, 2000);
  }
  window.setTimeout(poll, 2000);
}());
