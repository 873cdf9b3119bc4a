/**
 * Opening Backstory's side panel from the popup: Chrome's `sidePanel` and Firefox's `sidebar_action` behind
 * one call. Both browsers accept it only inside a user gesture, so call it straight from a click handler.
 */
import { browser } from './browser';

interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  const c = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome;
  return c?.sidePanel && typeof c.sidePanel.open === 'function' ? c.sidePanel : undefined;
}

function firefoxSidebar(): { open(): Promise<void> } | undefined {
  const s = (browser as unknown as { sidebarAction?: { open?: () => Promise<void> } }).sidebarAction;
  return s && typeof s.open === 'function' ? (s as { open(): Promise<void> }) : undefined;
}

/** True when this browser lets the extension open its side panel programmatically. */
export function canOpenSidePanel(): boolean {
  return !!(firefoxSidebar() ?? chromeSidePanel());
}

/** Opens the side panel in the window `windowId` (Chrome needs it; Firefox uses the current window). */
export function openSidePanel(windowId: number | undefined): Promise<void> {
  const firefox = firefoxSidebar();
  if (firefox) return firefox.open();
  const chrome = chromeSidePanel();
  if (chrome && windowId !== undefined) return chrome.open({ windowId });
  return Promise.reject(new Error('This browser cannot open the side panel from here.'));
}
