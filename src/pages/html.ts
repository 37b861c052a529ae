/** The one HTML escaper and page shell for every server-rendered page (reference, demo, privacy, insights). */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface PageParts {
  title: string;
  /** The content of <main>. */
  body: string;
  /** Extra tags for <head> (already escaped HTML). */
  head?: string;
  /** Before <main> / after it, inside <body> (already escaped HTML). */
  header?: string;
  footer?: string;
  /** Skip link and the shared stylesheet: on for public pages; the insights report carries its own style. */
  publicPage?: boolean;
}

export function htmlPage(parts: PageParts): string {
  const publicPage = parts.publicPage ?? true;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)}</title>
${publicPage ? '<link rel="stylesheet" href="/reference.css">\n' : ''}${parts.head ?? ''}
</head>
<body>
${publicPage ? '<a class="skip-link" href="#main">Skip to content</a>\n' : ''}${parts.header ?? ''}<main id="main">
${parts.body}
</main>
${parts.footer ?? ''}</body>
</html>
`;
}
