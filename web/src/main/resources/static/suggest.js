/*
 * Autocomplete for the search box: the WAI-ARIA combobox pattern (ARIA 1.2, list autocomplete).
 * Progressive enhancement only: without this script the box is a plain GET form to /search.
 * Up/Down move through the suggestions, Enter opens the chosen variable (or searches when none is
 * chosen), Escape closes the list, and a click opens a suggestion.
 */
(function () {
  'use strict';

  var DELAY_MS = 150;

  function enhance(form) {
    var input = form.querySelector('input[name=q]');
    var url = form.getAttribute('data-suggest-url');
    if (!input || !url || !window.fetch) {
      return;
    }
    var listId = input.id + '-suggestions';
    var list = document.createElement('ul');
    list.id = listId;
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', form.getAttribute('data-suggest-label') || '');
    list.hidden = true;
    var status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    input.insertAdjacentElement('afterend', list);
    form.appendChild(status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);

    var items = [];
    var active = -1;
    var timer = null;
    var latest = 0;

    function close() {
      list.hidden = true;
      list.textContent = '';
      items = [];
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function show(suggestions) {
      close();
      if (suggestions.length === 0) {
        status.textContent = '';
        return;
      }
      suggestions.forEach(function (s, i) {
        var li = document.createElement('li');
        li.id = listId + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.setAttribute('data-url', s.url);
        var label = document.createElement('span');
        label.className = 'suggestion-label';
        label.textContent = s.label;
        var code = document.createElement('code');
        code.textContent = s.notation;
        var register = document.createElement('span');
        register.className = 'suggestion-register';
        register.textContent = s.register;
        li.appendChild(label);
        li.appendChild(document.createTextNode(' '));
        li.appendChild(code);
        li.appendChild(document.createTextNode(' '));
        li.appendChild(register);
        // mousedown, not click: it comes before the input's blur closes the list.
        li.addEventListener('mousedown', function (event) {
          event.preventDefault();
          window.location.href = s.url;
        });
        list.appendChild(li);
        items.push(li);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = (form.getAttribute('data-suggest-count') || '{0}').replace('{0}', suggestions.length);
    }

    function select(index) {
      if (active >= 0) {
        items[active].setAttribute('aria-selected', 'false');
      }
      active = index;
      if (active >= 0) {
        items[active].setAttribute('aria-selected', 'true');
        input.setAttribute('aria-activedescendant', items[active].id);
        items[active].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function fetchSuggestions() {
      var text = input.value.trim();
      if (text.length < 2) {
        close();
        return;
      }
      var request = latest;
      fetch(url + '?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (suggestions) {
          // An answer to an older keystroke must not replace a newer one.
          if (request === latest && document.activeElement === input) {
            show(suggestions);
          }
        })
        .catch(close);
    }

    input.addEventListener('input', function () {
      latest++;
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        if (items.length > 0) {
          event.preventDefault();
          select(active < items.length - 1 ? active + 1 : 0);
        }
      } else if (event.key === 'ArrowUp') {
        if (items.length > 0) {
          event.preventDefault();
          select(active > 0 ? active - 1 : items.length - 1);
        }
      } else if (event.key === 'Enter') {
        if (active >= 0) {
          event.preventDefault();
          window.location.href = items[active].getAttribute('data-url');
        }
      } else if (event.key === 'Escape') {
        // A request under way must not open the list again.
        clearTimeout(timer);
        latest++;
        if (!list.hidden) {
          event.preventDefault();
          close();
        }
      }
    });

    input.addEventListener('blur', close);
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-suggest-url]'), enhance);
  });
}());
