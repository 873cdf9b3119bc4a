/**
 * Small helpers to show store data (names, roles, titles, quotes) strictly as text, isolated for
 * bidirectional text so a right-to-left or override character cannot reorder what is around it.
 */
import type { ComponentChildren } from 'preact';
import { safeHref } from '../markdown-parse';

/** Store text in a `<bdi>`: shown as is, its direction isolated from the surrounding text. */
export function Txt({ children }: { children: string | undefined | null }) {
  return <bdi>{children ?? ''}</bdi>;
}

/** A link to an article when its URL is http(s); otherwise the same content without a link. */
export function ExternalLink({ url, children, label }: { url: string; children: ComponentChildren; label?: string }) {
  const href = safeHref(url);
  if (!href) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" aria-label={label}>
      {children}
    </a>
  );
}
