/**
 * One page's life with Backstory: ask whether to run, find the article, read its text, have the
 * background analyse and store it, paint the marks, then follow the page (added content, single-page
 * navigations, settings changes) until turned off. Everything it installs hangs off one AbortController,
 * so {@link PageSession.stop} removes every highlight, stylesheet, listener, observer and element.
 */
import type { Api, MarkKinds } from '../background/protocol';
import { BackstoryError, send } from '../platform/messaging';
import { collectAddedText, collectText } from './article/collect-text';
import { findArticle, type ArticleBlocks } from './article/find-article';
import { readMeta } from './article/meta';
import { TextModel } from './article/text-model';
import { CardController } from './card/card-controller';
import { CardHost } from './card/card-host';
import { HoverController } from './hover/hover-controller';
import { MarkIndex } from './hover/mark-index';
import { KeyboardController } from './keyboard';
import { Highlighter } from './paint/highlighter';
import { buildMarksSliced, type Mark } from './paint/marks';
import { Cancelled, Slicer } from './slicer';
import { meter, milestone, round } from './timing';
import { MutationWatcher } from './watch/mutation-watcher';
import { watchNavigation } from './watch/navigation-watcher';

type PageConfig = Api['page/config']['res'];
type ArticleMeta = Api['page/read']['req']['meta'];
/** A `page/read` request under way. */
interface Reading {
  meta: ArticleMeta;
  text: string;
  reply: Promise<Api['page/read']['res']>;
}
/** The current analysis, and the store ids of its entities once the store filed the article. */
interface Analyzed {
  analysis: Api['page/read']['res']['analysis'];
  entityIds: Record<string, number>;
}

/** The background's answer to a `page/entities` ticket it no longer holds (see ingest-tickets.ts). */
const TICKET_GONE = /no longer known/;
/** Characters of new text worth a new analysis. */
const MIN_NEW_TEXT = 20;
/** Re-scans of a page that had no article when it loaded. */
const MAX_RESCANS = 5;
/** Budget of the read's first slice, ms: the slice also ends the walk it is in, reads the metadata and sends the text (measured up to ~49 ms at load 5 with a 30 ms budget), so 20 ms keeps it under the 50 ms line. */
const FIRST_SLICE_MS = 20;
/** Budget of the read's later slices, ms (see slicer.ts). */
const SLICE_MS = 12;

/** Backstory on one page. */
export class PageSession {
  private readonly life = new AbortController();
  private run = new AbortController();
  private config: PageConfig | null = null;
  private article: ArticleBlocks | null = null;
  private model: TextModel | null = null;
  private analyzed: Analyzed | null = null;
  private marks: Mark[] = [];
  private rescans = 0;
  /** The palette of the marks' stylesheet, once installed. */
  private palette: PageConfig['palette'] | null = null;
  /** Listening for the first pointer movement to create the card frame (see {@link warmCardFrame}). */
  private warming: AbortController | null = null;
  /** False while the reader hid the marks on this page (Alt+Shift+M). */
  private visible = true;
  private busy: Promise<void> = Promise.resolve();
  /** Settles when the current analysis has its store ids (or they could not be had). */
  private ids: Promise<void> = Promise.resolve();
  private readonly highlighter: Highlighter;
  private readonly host: CardHost;
  private readonly cards: CardController;
  private readonly hover: HoverController;
  private readonly keyboard: KeyboardController;
  private readonly watcher: MutationWatcher;

  /** `highlighter`: one that may already have the marks' stylesheet (installed at injection, see main.ts). */
  constructor(
    private readonly doc: Document = document,
    highlighter: Highlighter = new Highlighter(doc),
  ) {
    const signal = this.life.signal;
    this.highlighter = highlighter;
    this.host = new CardHost(doc);
    this.cards = new CardController(this.host, (back) => this.keyboard.cardClosed(back));
    const idsReady = (): Promise<void> => this.ids;
    this.hover = new HoverController(doc, this.cards, this.host, { intentDelayMs: 400 }, signal, idsReady);
    this.keyboard = new KeyboardController(
      doc,
      this.cards,
      this.host,
      this.highlighter,
      signal,
      () => {
        this.visible = !this.visible;
        void this.queue(() => this.paint());
        return this.visible;
      },
      idsReady,
    );
    this.watcher = new MutationWatcher(
      (nodes) => this.queue(() => this.onAdded(nodes)),
      (node) => this.host.owns(node),
    );
    const reposition = (): void => this.cards.reposition();
    window.addEventListener('scroll', reposition, { passive: true, capture: true, signal });
    window.addEventListener('resize', reposition, { passive: true, signal });
    watchNavigation(() => this.queue(() => this.restart()), signal);
    // The default palette unless the config says otherwise (then the sheet's rules are replaced; a page turned
    // off removes it). A highlighter handed over from injection time has this sheet already (main.ts): added at
    // DOMContentLoaded, the sheet invalidated the style of the whole document, and pages that had already
    // styled (most paint before DOMContentLoaded) restyled everything once more inside the DOMContentLoaded task
    // (6.8 ms for 1,053 elements on wordpress.html at load 12, traced).
    this.setPalette('default', { element: doc.readyState !== 'loading' });
  }

  /** True once stopped. */
  get stopped(): boolean {
    return this.life.signal.aborted;
  }

  /** Starts: config and article search in parallel, then analysis and marks. */
  start(): Promise<void> {
    return this.queue(() => this.scan());
  }

  /** Re-reads the settings (the background says they changed) and applies them. */
  refresh(): Promise<void> {
    return this.queue(async () => {
      const config = await send('page/config', { url: location.href });
      if (!config.enabled) {
        this.stop();
        return;
      }
      const before = this.config;
      this.config = config;
      this.hover.setTimings({ intentDelayMs: config.intentDelayMs });
      this.setPalette(config.palette);
      if (!before || !sameKinds(before.marks, config.marks)) await this.paint();
      this.cards.invalidate();
    });
  }

  /** Removes everything Backstory put on the page and stops listening. */
  stop(): void {
    if (this.life.signal.aborted) return;
    this.run.abort();
    this.life.abort();
    this.watcher.stop();
    this.cards.close(false);
    this.highlighter.teardown();
    this.host.detach();
    this.marks = [];
    milestone('stopped');
  }

  /** Styles the marks with `palette` (the stylesheet is touched only when the palette changes). */
  private setPalette(palette: PageConfig['palette'], opts?: { element?: boolean }): void {
    if (this.palette === palette) return;
    if (this.highlighter.style(palette, opts)) this.palette = palette;
  }

  /** Runs `task` after the previous one (page work never interleaves). */
  private queue(task: () => Promise<void>): Promise<void> {
    const next = this.busy.then(() => (this.stopped ? undefined : task())).catch((e) => this.fail(e));
    this.busy = next;
    return next;
  }

  private fail(e: unknown): void {
    // Refusals from the background (not English, store full…) are already shown in the popup: the page's
    // console stays clean of them.
    if (e instanceof Cancelled || e instanceof BackstoryError || this.stopped) return;
    console.warn('Backstory:', e instanceof Error ? e.message : e);
  }

  private async scan(): Promise<void> {
    const signal = this.run.signal;
    const t0 = performance.now();
    milestone('start');
    // Installed when the session was created; here only if it could not be then (see the constructor).
    if (!this.palette) this.setPalette('default');
    const configP = this.config ? Promise.resolve(this.config) : send('page/config', { url: location.href });
    configP.then(() => milestone('config-ready', { ms: round(performance.now() - t0) }), () => undefined);
    // One slicer for the whole read (find the article, collect its text, send it): on most pages it all fits
    // in the first, larger slice, so the text leaves in the DOMContentLoaded task, before the page's own
    // post-load work (style, layout), and the background analyses it while that work runs.
    const slicer = new Slicer('read-text', signal, SLICE_MS, FIRST_SLICE_MS);
    const finding = await findArticle(this.doc, slicer, { own: this.host.ownElements() });
    milestone('article-scanned', { ms: round(performance.now() - t0) });
    // The text is read while the config is on its way (it usually arrives when the page's own work lets it).
    const model = new TextModel();
    if (finding.ok) await collectText(finding.article.blocks, model, slicer, { own: this.host.ownElements() });
    // The text goes to the background at once, while the config is still on its way: the config reply often
    // comes later than the article is read, and the background refuses the text of a page it may not read.
    const reading = finding.ok && model.size ? this.read(model) : undefined;
    slicer.end();
    if (reading) milestone('text-sent', { chars: model.size, slices: slicer.sliceCount, ms: round(performance.now() - t0) });
    const config = await configP;
    if (signal.aborted) return;
    if (!config.enabled) {
      this.stop();
      return;
    }
    if (!this.config) {
      this.config = config;
      this.setPalette(config.palette);
      this.hover.setTimings({ intentDelayMs: config.intentDelayMs });
    }
    if (!finding.ok) {
      milestone('not-article', { ms: round(performance.now() - t0) });
      await send('page/status', {
        state: { status: 'not-article', reason: 'Backstory found no article text on this page.', url: location.href },
      });
      // Pages that build their content later: look again when things are added.
      if (this.doc.body) this.watcher.watch(this.doc.body);
      return;
    }
    this.article = finding.article;
    this.model = model;
    milestone('text-ready', { chars: model.size, ms: round(performance.now() - t0) });
    await this.analyze(reading);
    if (signal.aborted) return;
    milestone('marks-painted', { marks: this.marks.length, chars: model.size, ms: round(performance.now() - t0) });
    this.watcher.watch(finding.article.root.parentElement ?? finding.article.root);
    if (this.marks.length) this.warmCardFrame();
  }

  /**
   * Creates the (hidden) card frame at the reader's first pointer movement over the page once marks are
   * painted, so the frame's page loads while the pointer travels, not at the first hover's intent delay. Not
   * earlier: the page's DOM gets Backstory's host element only once the reader uses the pointer or a card
   * opens (the trust tests compare the DOM of an untouched page with Backstory on and off).
   */
  private warmCardFrame(): void {
    if (this.host.hasFrame || this.warming) return;
    const warming = new AbortController();
    this.warming = warming;
    const life = this.life.signal;
    life.addEventListener('abort', () => warming.abort(), { once: true });
    const onMove = (e: PointerEvent): void => {
      if (e.pointerType === 'touch') return;
      warming.abort();
      this.warming = null;
      if (life.aborted || this.host.hasFrame || !this.marks.length) return;
      meter.run('card-frame-warm', () => this.host.frame);
      milestone('card-frame-created');
    };
    this.doc.addEventListener('pointermove', onMove, { capture: true, passive: true, signal: warming.signal });
  }

  /**
   * Sends the text to the background and paints the analysis as soon as it comes back; the store ids (which
   * cards need) follow when the background has filed the article, and are attached to the painted marks.
   */
  private async analyze(reading?: Reading): Promise<void> {
    const model = this.model;
    if (!model || !model.size) return;
    const { meta, text, reply } = reading ?? this.read(model);
    let read: Api['page/read']['res'];
    try {
      read = await reply;
    } catch (e) {
      // The background already told the popup why (not English, store error…).
      this.analyzed = null;
      this.ids = Promise.resolve();
      await this.paint();
      milestone('not-analysed', { chars: model.size });
      throw e;
    }
    milestone('analysis-received', { chars: model.size });
    const analyzed: Analyzed = { analysis: read.analysis, entityIds: {} };
    this.analyzed = analyzed;
    this.ids = this.attachIds(analyzed, read.ticket, meta, text);
    await this.paint();
  }

  /** Sends the model's text to the background for analysis. */
  private read(model: TextModel): Reading {
    const meta = meter.run('read-meta', () => readMeta(this.doc));
    const text = model.text;
    const reply = send('page/read', { meta, text });
    // Awaited by `analyze`, unless the page turned out to be off: then the refusal is expected.
    reply.catch(() => undefined);
    return { meta, text, reply };
  }

  /** Fetches the store ids of `analyzed` and gives them to its marks (if it is still the page's analysis). */
  private async attachIds(analyzed: Analyzed, ticket: number, meta: ArticleMeta, text: string): Promise<void> {
    let entityIds: Record<string, number>;
    try {
      try {
        entityIds = (await send('page/entities', { ticket })).entityIds;
      } catch (e) {
        // A refusal of the ingest itself (store full…) stands. A ticket that is gone (the background was stopped
        // and started again, or no answer came): read and store the page the long way.
        if (e instanceof BackstoryError && !TICKET_GONE.test(e.message)) throw e;
        if (this.stopped || this.analyzed !== analyzed) return;
        entityIds = (await send('page/analyze', { meta, text })).entityIds;
      }
    } catch (e) {
      // Not stored (the background said why in the popup): the marks stay, their cards say "not stored".
      this.fail(e);
      return;
    }
    if (this.analyzed !== analyzed || this.stopped) return;
    analyzed.entityIds = entityIds;
    for (const mark of this.marks) {
      const id = entityIds[mark.engineId];
      if (typeof id === 'number') mark.entityId = id;
    }
    milestone('ids-ready', { ids: Object.keys(entityIds).length });
  }

  /** Builds (in slices) and paints the marks of the current analysis. */
  private async paint(): Promise<void> {
    const config = this.config;
    const model = this.model;
    const analyzed = this.analyzed;
    const slicer = new Slicer('build-marks', this.run.signal);
    const marks =
      config && model && analyzed && this.visible
        ? await buildMarksSliced(analyzed.analysis, analyzed.entityIds, model, config.marks, slicer, this.doc)
        : [];
    slicer.end();
    meter.run('paint', () => {
      this.marks = marks;
      this.highlighter.paint(this.marks);
      const index = new MarkIndex(this.marks);
      this.hover.setIndex(index);
      this.keyboard.setMarks(this.marks);
    });
  }

  private async onAdded(nodes: Node[]): Promise<void> {
    const signal = this.run.signal;
    if (!this.article || !this.model) {
      if (this.rescans++ >= MAX_RESCANS) {
        this.watcher.stop();
        return;
      }
      this.watcher.stop();
      await this.scan();
      return;
    }
    const slicer = new Slicer('collect-added', signal);
    const before = this.model.size;
    const boundary = this.article.root.parentElement ?? this.article.root;
    await collectAddedText(nodes, boundary, this.model, slicer, { own: this.host.ownElements() });
    slicer.end();
    if (this.model.size - before < MIN_NEW_TEXT) return;
    await this.analyze();
    milestone('marks-updated', { marks: this.marks.length, chars: this.model.size });
  }

  /** A single-page navigation: forget the old article and read the new one once it settles. */
  private async restart(): Promise<void> {
    this.run.abort();
    this.run = new AbortController();
    this.watcher.stop();
    this.cards.close(false);
    this.article = null;
    this.model = null;
    this.analyzed = null;
    this.rescans = 0;
    await this.paint();
    await new Promise((r) => setTimeout(r, 600));
    await this.scan();
  }
}

function sameKinds(a: MarkKinds, b: MarkKinds): boolean {
  return a.officials === b.officials && a.people === b.people && a.places === b.places && a.organizations === b.organizations;
}
