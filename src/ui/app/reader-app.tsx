/**
 * The popup's and side panel's shared app: the current tab's cast (grouped, expandable), search across
 * everything, full cards, notes, the site switch and explanations when there is nothing to show.
 */
import { useEffect, useState } from 'preact/hooks';
import { canOpenSidePanel, openOptions, openSidePanel, targetTab, watchActiveTab } from '../browser-ui';
import { t } from '../i18n';
import { Txt } from '../components/text';
import { CastList } from './cast-list';
import { EntityCard } from './entity-card';
import { SearchPanel } from './search-panel';
import { SiteControls } from './site-controls';
import { StatusNotice } from './status-notice';
import { useTabView, WORKING_POLL_MS } from './use-tab-view';

/** How often the side panel re-reads the tab's cast while visible, ms. */
const FOLLOW_MS = 4000;

/** Props of {@link ReaderApp}. */
export interface ReaderAppProps {
  /** `popup`: one tab, fixed width. `sidepanel`: follows the active tab. */
  mode: 'popup' | 'sidepanel';
}

/** The app. */
export function ReaderApp({ mode }: ReaderAppProps) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [noTab, setNoTab] = useState(false);
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  const [panelError, setPanelError] = useState<string | null>(null);
  const [openEntity, setOpenEntity] = useState<number[]>([]);
  const [searching, setSearching] = useState(false);
  const { view, error, refresh } = useTabView(tabId, WORKING_POLL_MS, mode === 'sidepanel' ? FOLLOW_MS : undefined);

  useEffect(() => {
    let alive = true;
    const pick = () =>
      targetTab()
        .then((tab) => {
          if (!alive) return;
          setNoTab(!tab);
          if (tab) setTabId((old) => (old === tab.id ? old : tab.id));
          setWindowId(tab?.windowId);
          refresh();
        })
        .catch(() => alive && setNoTab(true));
    void pick();
    const stop = mode === 'sidepanel' ? watchActiveTab(() => void pick()) : () => undefined;
    return () => {
      alive = false;
      stop();
    };
  }, [mode, refresh]);

  const current = openEntity[openEntity.length - 1];
  const open = (id: number) => setOpenEntity((stack) => [...stack, id]);

  return (
    <div class={`bs-root bs-app bs-${mode}`}>
      <header class="bs-app-header">
        <h1 class="bs-app-title">{t('extName')}</h1>
        {view?.title && (
          <p class="bs-page-title bs-muted" title={view.title}>
            <Txt>{view.title}</Txt>
          </p>
        )}
      </header>
      {current !== undefined ? (
        <main class="bs-detail">
          <button type="button" class="bs-button bs-back" onClick={() => setOpenEntity((s) => s.slice(0, -1))}>
            ← {t('back')}
          </button>
          <EntityCard key={current} entityId={current} level={2} onOpenEntity={open} onNotesChanged={refresh} />
        </main>
      ) : (
        <main>
          <SearchPanel onOpenEntity={open} onActiveChange={setSearching} />
          {!searching && (
            <>
              {noTab && <p class="bs-notice">{t('noTab')}</p>}
              {error && (
                <p class="bs-error" role="alert">
                  {t('stateFailed', [error])}
                </p>
              )}
              {view && tabId !== null && (
                <>
                  <StatusNotice state={view} />
                  <SiteControls tabId={tabId} state={view} onChanged={refresh} />
                  {view.status === 'ready' && <CastList cast={view.cast} onOpenEntity={open} onChanged={refresh} />}
                </>
              )}
              {!view && !error && !noTab && (
                <p class="bs-muted" role="status">
                  {t('loading')}
                </p>
              )}
            </>
          )}
        </main>
      )}
      <footer class="bs-app-footer">
        {mode === 'popup' && canOpenSidePanel() && (
          <button
            type="button"
            class="bs-link-button"
            onClick={() => {
              // Called inside the click: both browsers require a user gesture.
              openSidePanel(windowId)
                .then(() => globalThis.close?.())
                .catch((e: unknown) => setPanelError(e instanceof Error ? e.message : String(e)));
            }}
          >
            {t('openSidePanel')}
          </button>
        )}
        <button type="button" class="bs-link-button" onClick={() => void openOptions()}>
          {t('openOptions')}
        </button>
        {panelError && (
          <p class="bs-error" role="alert">
            {t('actionFailed', [panelError])}
          </p>
        )}
      </footer>
    </div>
  );
}
