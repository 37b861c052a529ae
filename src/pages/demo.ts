import { escapeHtml, htmlPage } from './html';

/** A page that embeds the chat widget as a council's page would: one script tag. */
export function demoPage(): string {
  const tag = '<script src="/widget.js" data-title="SEND Signpost" data-accent="#1d4e89" data-position="right" defer></script>';
  return htmlPage({ title: 'SEND Signpost chat widget demo', head: tag, body: `<h1>SEND Signpost chat widget demo</h1>
<p>This is an ordinary web page with one extra tag. Press the <strong>Chat: SEND Signpost</strong> button at the
bottom of the page to open the chat. You can use it with a keyboard only: Tab to the button, press Enter, and press
Escape to close the chat.</p>
<h2>Add the widget to your own page</h2>
<p>Copy this tag into your page, changing the address to where the bot runs:</p>
<pre><code>${escapeHtml(tag.replace('/widget.js', 'https://your-bot-host/widget.js'))}</code></pre>
<ul>
<li><code>data-title</code>: the name on the button and the chat panel.</li>
<li><code>data-accent</code>: your brand colour as <code>#rrggbb</code>. Text on it is black or white, whichever is easier to read.</li>
<li><code>data-position</code>: <code>right</code> (default) or <code>left</code>.</li>
</ul>
<p><a href="/privacy">Privacy notice</a> · <a href="/reference">Helpline reference</a></p>` });
}
