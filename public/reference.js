// Search as you type on the reference page. Without JavaScript the search form still works (server-rendered).
(function () {
  'use strict';
  var input = document.getElementById('reference-search');
  var output = document.getElementById('search-results');
  if (!input || !output) return;
  var timer = 0;
  var latest = 0;

  function show(results, query) {
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
      a.href = r.url;
      a.textContent = r.title; // textContent: titles are never parsed as HTML
      item.appendChild(a);
      list.appendChild(item);
    });
    output.appendChild(list);
  }

  function search() {
    var query = input.value.trim();
    var id = ++latest;
    if (query.length < 2) { output.textContent = ''; return; }
    fetch('/api/search?q=' + encodeURIComponent(query.slice(0, 500)), { headers: { Accept: 'application/json' } })
      .then(function (res) { return res.ok ? res.json() : { results: [] }; })
      .then(function (body) { if (id === latest) show(body.results || [], query); })
      .catch(function () { /* the submit button still works */ });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(search, 200);
  });
})();
