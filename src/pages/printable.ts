import { escapeHtml, htmlPage } from './html';

/**
 * A letter as a page to print or save as PDF: the plain text kept line for line (the parent's own words are
 * escaped, never read as HTML), in a print-friendly layout. No script: the browser's own Print does the rest.
 */
export function printablePage(title: string, text: string): string {
  const paragraphs = text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>\n')}</p>`)
    .join('\n');
  return htmlPage({
    title,
    publicPage: false,
    head: `<meta name="robots" content="noindex">
<style>
body { font: 12pt/1.5 Georgia, "Times New Roman", serif; max-width: 40em; margin: 2em auto; padding: 0 1em; color: #000; background: #fff; }
.note { font: 11pt/1.4 system-ui, sans-serif; border: 1px solid #767676; padding: 0.5em 1em; }
@media print { .note { display: none; } body { margin: 0; max-width: none; } }
</style>`,
    body: `<p class="note">To print this letter or save it as a PDF, use your browser's Print (Ctrl+P, or Share then Print on a phone). This page stops working 15 minutes after it was made.</p>
${paragraphs}`,
  });
}
