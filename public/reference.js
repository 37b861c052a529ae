// The reference page's scripts: search as you type, and "Copy answer". Without JavaScript the search form still
// works (server-rendered) and the copy buttons stay hidden.
(function () {
  'use strict';
  // Inside the Teams staff tab the pages live under /teams/reference, which Teams may frame.
  var base = location.pathname.indexOf('/teams/reference') === 0 ? '/teams' : '';

  // Search as you type.
  var input = document.getElementById('reference-search');
  var output = document.getElementById('search-results');
  if (input && output) {
    var timer = 0;
    var latest = 0;

    var show = function (results, query) {
      output.textContent = '';
      var heading = document.createElement('p');
      heading.className = 'results-count';
      heading.textContent = results.length
        ? results.length + (results.length === 1 ? ' match' : ' matches') + ' for “' + query + '”'
        : 'No matches for “' + query + '”';
      output.appendChild(heading);
      if (!results.length) return;
      var list = document.createElement('ol');
      results.forEach(function (r) {
        var item = document.createElement('li');
        var a = document.createElement('a');
        a.href = base + r.url;
        a.textContent = r.title; // textContent: titles are never parsed as HTML
        item.appendChild(a);
        list.appendChild(item);
      });
      output.appendChild(list);
    };

    var search = function () {
      var query = input.value.trim();
      var id = ++latest;
      if (query.length < 2) { output.textContent = ''; return; }
      fetch('/api/search?q=' + encodeURIComponent(query.slice(0, 500)), { headers: { Accept: 'application/json' } })
        .then(function (res) { return res.ok ? res.json() : { results: [] }; })
        .then(function (body) { if (id === latest) show(body.results || [], query); })
        .catch(function () { /* the submit button still works */ });
    };

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(search, 200);
    });
  }

  // "Copy answer": the plain text (with sources) the server put in data-copy, onto the clipboard.
  // The Clipboard API first; where a frame (such as a Teams tab) is not allowed it, a hidden text box and
  // the copy command.
  function copyWithCommand(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.top = '-1000px';
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject(new Error('copy refused'));
  }

  function copy(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).catch(function () { return copyWithCommand(text); });
    }
    return copyWithCommand(text);
  }

  var buttons = document.querySelectorAll('button.copy-answer[data-copy]');
  Array.prototype.forEach.call(buttons, function (button) {
    var status = button.parentNode.querySelector('.copy-status');
    button.hidden = false;
    button.addEventListener('click', function () {
      copy(button.getAttribute('data-copy')).then(
        function () { if (status) status.textContent = 'Copied: the answer and its sources, as plain text.'; },
        function () { if (status) status.textContent = 'Could not copy. Open the page and select the text instead.'; }
      );
    });
  });
})();
