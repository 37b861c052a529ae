/*
 * SEND Signpost chat widget. Add one tag to any page:
 *   <script src="https://<bot host>/widget.js" data-title="SEND Signpost" data-accent="#1d4e89" data-position="right" defer></script>
 * It adds a launcher button and a chat panel. Web Chat is loaded from the bot's own host on first open,
 * never from a CDN, and the Direct Line secret never reaches the browser (the bot's /api/token hands out
 * short-lived tokens).
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = script.src.replace(/\/widget\.js(?:[?#].*)?$/, '');
  var data = script.dataset || {};

  var DEFAULT_ACCENT = '#1d4e89';
  var title = (data.title || 'SEND Signpost').trim().slice(0, 60) || 'SEND Signpost';
  var accent = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(data.accent || '') ? data.accent : DEFAULT_ACCENT;
  var position = data.position === 'left' ? 'left' : 'right';

  function hex6(colour) {
    return colour.length === 4
      ? '#' + colour[1] + colour[1] + colour[2] + colour[2] + colour[3] + colour[3]
      : colour;
  }
  function luminance(colour) {
    var c = hex6(colour);
    var channels = [1, 3, 5].map(function (i) {
      var v = parseInt(c.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  }
  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
  // Text on the accent colour is white or near-black, whichever contrasts more: one of them always reaches
  // 4.5:1 (WCAG 1.4.3), whatever accent the host page picks.
  var onAccent = contrast(accent, '#ffffff') >= contrast(accent, '#0b0c0c') ? '#ffffff' : '#0b0c0c';

  var uid = 'signpost-' + Math.random().toString(36).slice(2, 8);

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text) node.textContent = text;
    return node;
  }

  if (!document.querySelector('link[data-signpost-widget]')) {
    var css = el('link', { rel: 'stylesheet', href: base + '/widget.css', 'data-signpost-widget': '' });
    document.head.appendChild(css);
  }

  var root = el('div', { class: 'signpost-widget signpost-widget--' + position });
  root.style.setProperty('--sp-accent', accent);
  root.style.setProperty('--sp-on-accent', onAccent);

  var launcher = el('button', {
    type: 'button',
    class: 'signpost-launcher',
    'aria-expanded': 'false',
    'aria-controls': uid + '-panel',
  }, 'Chat: ' + title);

  var panel = el('section', {
    id: uid + '-panel',
    class: 'signpost-panel',
    role: 'dialog',
    'aria-modal': 'false',
    'aria-labelledby': uid + '-title',
    'aria-describedby': uid + '-notice',
    hidden: '',
  });
  var header = el('div', { class: 'signpost-header' });
  var heading = el('h2', { id: uid + '-title', class: 'signpost-title' }, title);
  var close = el('button', { type: 'button', class: 'signpost-close', 'aria-label': 'Close chat' }, 'Close');
  header.appendChild(heading);
  header.appendChild(close);

  var notice = el('p', { id: uid + '-notice', class: 'signpost-notice' },
    'This chat gives information, not legal advice. ');
  var privacy = el('a', { href: base + '/privacy', target: '_blank', rel: 'noopener' }, 'How we use your information (opens in a new tab)');
  notice.appendChild(privacy);

  var chat = el('div', { class: 'signpost-chat' });
  var status = el('p', { class: 'signpost-status', role: 'status' }, 'Loading the chat…');
  chat.appendChild(status);

  panel.appendChild(header);
  panel.appendChild(notice);
  panel.appendChild(chat);
  root.appendChild(launcher);
  root.appendChild(panel);
  if (document.body) document.body.appendChild(root);
  else document.addEventListener('DOMContentLoaded', function () { document.body.appendChild(root); });

  var started = false;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      if (window.WebChat) return resolve();
      var tag = el('script', { src: src, async: '' });
      tag.onload = function () { resolve(); };
      tag.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.appendChild(tag);
    });
  }

  function getToken() {
    return fetch(base + '/api/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
      .then(function (res) {
        if (!res.ok) throw new Error('token request failed: ' + res.status);
        return res.json();
      });
  }

  function focusSendBox() {
    var box = chat.querySelector('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input');
    if (box) box.focus();
    else close.focus();
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
    started = true;
    Promise.all([loadScript(base + '/webchat/webchat.js'), getToken()])
      .then(function (results) {
        var session = results[1];
        if (current) current.end();
        var directLine = window.WebChat.createDirectLine({
          token: session.token,
          domain: session.domain,
        });
        current = directLine;
        Array.prototype.forEach.call(chat.querySelectorAll('.signpost-webchat'), function (old) { old.remove(); });
        // The Direct Line service (Azure, or the bot's built-in one locally) tells the bot the parent joined,
        // and the bot answers with its welcome: nothing to send from here.
        var host = el('div', { class: 'signpost-webchat' });
        host.style.height = '100%';
        chat.appendChild(host);
        window.WebChat.renderWebChat({
          directLine: directLine,
          store: forgetStore(start),
          userID: session.userId,
          locale: 'en-GB',
          styleOptions: {
            accent: accent,
            bubbleFromUserBackground: accent,
            bubbleFromUserTextColor: onAccent,
            bubbleBorderRadius: 8,
            bubbleFromUserBorderRadius: 8,
            hideUploadButton: true,
            primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
            sendBoxTextWrap: true,
            // Reading order: a new reply opens at its first line (see public/chat.js).
            autoScrollSnapOnPage: true,
            autoScrollSnapOnPageOffset: -12,
            suggestedActionLayout: 'flow',
            suggestedActionHeight: 44,
            botAvatarInitials: '',
            userAvatarInitials: '',
            timestampFormat: 'absolute',
          },
        }, host);
        status.hidden = !notice;
        status.textContent = notice || '';
        setTimeout(focusSendBox, 0);
      })
      .catch(function () {
        started = false;
        status.hidden = false;
        status.textContent = 'Sorry, the chat could not start. Please close it and try again later.';
      });
  }

  function open() {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    root.classList.add('signpost-widget--open');
    if (!started) {
      close.focus();
      start('');
    } else {
      focusSendBox();
    }
  }

  function shut() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    root.classList.remove('signpost-widget--open');
    launcher.focus();
  }

  launcher.addEventListener('click', open);
  close.addEventListener('click', shut);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      shut();
    }
  });
})();
