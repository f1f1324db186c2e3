import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the Chromium and the Firefox tests both ask of the extension pages (issue 12): the policy the
 * built manifest carries, and a probe of what that policy refuses, run in an extension page.
 */
export const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'self'; connect-src 'none'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** What a build's manifest says of its extension pages' policy and of who may reach the extension (a page's probe, another extension). */
export function manifestOpenings(extensionDir: string): { csp: string; webAccessibleResources: unknown; externallyConnectable: unknown } {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_security_policy: { extension_pages: string };
    web_accessible_resources?: unknown;
    externally_connectable?: unknown;
  };
  return { csp: manifest.content_security_policy.extension_pages, webAccessibleResources: manifest.web_accessible_resources, externallyConnectable: manifest.externally_connectable };
}

/** What a strict build's manifest says: the policy above, no file a page could load to probe for Faro, no door for pages or other extensions. */
export const STRICT_OPENINGS = { csp: EXTENSION_PAGES_CSP, webAccessibleResources: undefined, externallyConnectable: undefined };

/**
 * Run in an extension page (sent to it as source, so self-contained): a request to another site and
 * an image from it, and the directives of the policy that refused them.
 */
export async function refusedDirectives(): Promise<string[]> {
  const directives: string[] = [];
  document.addEventListener('securitypolicyviolation', (event) => directives.push(event.effectiveDirective));
  await fetch('https://example.org/track').catch(() => undefined);
  const img = document.createElement('img');
  img.src = 'https://example.org/pixel.png';
  document.body.append(img);
  await new Promise((resolve) => setTimeout(resolve, 500));
  return directives.sort();
}
