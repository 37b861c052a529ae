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

  // After "forget me" the bot's confirmation carries channelData.signpostForgotten: the transcript is
  // cleared and a new Direct Line conversation starts, with the bot's words kept above it.
  function forgetStore(onForgotten) {
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          var activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity;
          if (activity && activity.channelData && activity.channelData.signpostForgotten) {
            setTimeout(function () { onForgotten(activity.text || ''); }, 0);
            return next({ type: 'SIGNPOST/IGNORED' });
          }
          return next(action);
        };
      };
    });
  }

  var current;

  function start(notice) {
    fetch('/api/token', { method: 'POST' })
      .then(function (response) {
        if (!response.ok) throw new Error('token ' + response.status);
        return response.json();
      })
      .then(function (session) {
        if (current) current.end();
        var directLine = window.WebChat.createDirectLine({ domain: session.domain, token: session.token });
        current = directLine;
        if (notice) {
          status.textContent = notice;
          status.setAttribute('role', 'status');
          status.hidden = false;
        } else {
          status.hidden = true;
        }
        // A fresh element each time: nothing of the old conversation stays on screen.
        var host = document.createElement('div');
        host.className = 'chat-host';
        host.style.height = '100%';
        Array.prototype.forEach.call(container.querySelectorAll('.chat-host'), function (old) { old.remove(); });
        container.appendChild(host);
        window.WebChat.renderWebChat(
          {
            directLine: directLine,
            store: forgetStore(start),
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
          host
        );
        var input = host.querySelector('input, textarea');
        if (input) input.setAttribute('aria-label', 'Type your question');
      })
      .catch(fail);
  }

  start('');
})();
