/**
 * Messages the background may send to the content script (`tabs.sendMessage`), checked before use.
 * `content/refresh`: settings or site access changed, read `page/config` again (turns marks off when the
 * site was turned off). `content/stop`: remove everything from the page now.
 */

/** A background → content script command. */
export type ContentCommand = { type: 'content/refresh' } | { type: 'content/stop' };

/** True when `msg` is a well-formed {@link ContentCommand}. */
export function isContentCommand(msg: unknown): msg is ContentCommand {
  if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) return false;
  const m = msg as Record<string, unknown>;
  return (m.type === 'content/refresh' || m.type === 'content/stop') && Object.keys(m).length === 1;
}
