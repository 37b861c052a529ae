const HOST = /^[a-z0-9.-]{1,253}(?::\d{1,5})?$/i;

/**
 * "https://host" from the Host and X-Forwarded-Proto headers (plain http only when the proxy says so, or for
 * localhost), or undefined when the Host is not a plain host name. For absolute links when PUBLIC_BASE_URL
 * is not set: a staff card's "Open in the reference", and the address in "Copy answer".
 */
export function requestOrigin(req: { headers: Record<string, string | string[] | undefined> }): string | undefined {
  const host = String(req.headers.host ?? '');
  if (!HOST.test(host)) return undefined;
  const proto = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim().toLowerCase();
  const local = /^(localhost|127\.0\.0\.1)(:\d+)?$/i.test(host);
  return `${proto === 'http' || (local && proto !== 'https') ? 'http' : 'https'}://${host.toLowerCase()}`;
}
