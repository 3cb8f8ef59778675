// "Legg til i listen" / "Fjern fra listen" without leaving the page: the same POST (with its CSRF
// token), asking for JSON, then the button, the form's action and the header's count change in
// place and the header's live region says what happened. Without this script, or if the request
// fails, the form posts and the page comes back as before. The list page itself keeps plain posts:
// there, a removal changes the table and the downloads.
(function () {
  document.addEventListener('submit', async function (event) {
    const form = event.target;
    if (!form.matches || !form.matches('form.list-toggle') || form.closest('table.variable-list')) {
      return;
    }
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    // Not "disabled": that would drop the keyboard focus from the button the reader just pressed.
    if (button.getAttribute('aria-disabled') === 'true') {
      return;
    }
    button.setAttribute('aria-disabled', 'true');
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        headers: { Accept: 'application/json' },
        credentials: 'same-origin'
      });
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      const change = await response.json();
      form.action = change.action;
      const text = button.querySelector('span:not(.visually-hidden)');
      (text || button).textContent = change.button;
      button.classList.toggle('secondary', change.inList);
      const nav = document.querySelector('.site-header .list-link');
      if (nav) {
        nav.textContent = change.nav;
      }
      const status = document.querySelector('.site-header .list-status');
      if (status) {
        status.textContent = change.message;
      }
      button.removeAttribute('aria-disabled');
    } catch (e) {
      form.submit();
    }
  });
}());
