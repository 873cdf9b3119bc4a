/**
 * Ingests still running after `page/read` answered: the page paints its marks from the analysis at once and
 * fetches the store ids later with the ticket (`page/entities`). A ticket belongs to the tab that got it, is
 * taken once, and is forgotten after {@link TICKET_TTL_MS} if nobody asks.
 */
import type { IngestResult } from './model';

/** How long an unclaimed ticket is kept. */
export const TICKET_TTL_MS = 60_000;

interface Entry {
  tabId: number | undefined;
  result: Promise<IngestResult>;
  timer: ReturnType<typeof setTimeout>;
}

/** The running ingests of this background's lifetime, by ticket. */
export class IngestTickets {
  private next = 1;
  private readonly entries = new Map<number, Entry>();

  constructor(private readonly ttlMs = TICKET_TTL_MS) {}

  /** Files a running ingest for `tabId`; returns its ticket. */
  issue(tabId: number | undefined, result: Promise<IngestResult>): number {
    const ticket = this.next++;
    // A failure is reported to whoever takes the ticket; unclaimed, it must not surface as unhandled.
    result.catch(() => undefined);
    const timer = setTimeout(() => this.entries.delete(ticket), this.ttlMs);
    this.entries.set(ticket, { tabId, result, timer });
    return ticket;
  }

  /** The ingest of `ticket`, for the tab that got it; throws when unknown (taken, expired, background restarted). */
  take(ticket: number, tabId: number | undefined): Promise<IngestResult> {
    const entry = this.entries.get(ticket);
    if (!entry || entry.tabId !== tabId) throw new Error('This page analysis is no longer known; read the page again.');
    this.entries.delete(ticket);
    clearTimeout(entry.timer);
    return entry.result;
  }

  /** Tickets waiting to be taken. */
  get size(): number {
    return this.entries.size;
  }
}
