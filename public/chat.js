// Starts Web Chat. The token comes from this site's own /api/token: locally it opens the built-in
// Direct Line endpoint; in production the server swaps its Direct Line secret for a token, so the
// secret never reaches the browser. Either way this is the same createDirectLine({ domain, token }) call.
(function () {
  'use strict';
  var status = document.getElementById('chat-status');
  var container = document.getElementById('chat');

  function fail() {
    status.textContent = 'Sorry, the chat could not start. Please refresh the page to try again.';
  }

  fetch('/api/token', { method: 'POST' })
    .then(function (response) {
      if (!response.ok) throw new Error('token ' + response.status);
      return response.json();
    })
    .then(function (session) {
      var directLine = window.WebChat.createDirectLine({ domain: session.domain, token: session.token });
      status.remove();
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          userID: session.userId,
          locale: 'en-GB',
          styleOptions: {
            accent: '#1d5b79',
            botAvatarInitials: 'SS',
            hideUploadButton: true,
            suggestedActionLayout: 'flow',
            sendBoxTextWrap: true,
            // Reading order: when the bot replies, stop scrolling once the first new message reaches the top
            // of the transcript, so a long answer opens at its start, not its end (the "New messages" button
            // then takes the reader on).
            autoScrollSnapOnPage: true,
            autoScrollSnapOnPageOffset: -12,
            primaryFont: 'system-ui, -apple-system, "Segoe UI", Arial, sans-serif'
          }
        },
        container
      );
      var input = container.querySelector('input, textarea');
      if (input) input.setAttribute('aria-label', 'Type your question');
    })
    .catch(fail);
})();
