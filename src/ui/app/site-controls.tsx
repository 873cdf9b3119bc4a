/**
 * "Backstory on this site" switch and "Run once on this page" button. Turning a site on asks the browser for
 * the site's host permission inside the click (a user gesture), then records the choice and reads the page.
 */
import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../../background/protocol';
import { send } from '../../platform/messaging';
import { removeSiteAccess, requestSiteAccess } from '../browser-ui';
import { t } from '../i18n';

/** Props of {@link SiteControls}. */
export interface SiteControlsProps {
  tabId: number;
  state: TabState;
  /** Reload the tab state after a change. */
  onChanged: () => void;
}

/** The controls, or nothing for pages Backstory cannot read. */
export function SiteControls({ tabId, state, onChanged }: SiteControlsProps) {
  // The host name, not `state.site` (which may be the publication's display name from the page).
  const site = hostOf(state.url);
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    setEnabled(null);
    if (!site) return;
    send('site/get', { site })
      .then((s) => setEnabled(s.enabled))
      .catch(() => setEnabled(false));
  }, [site]);

  if (!site || state.status === 'unsupported') return null;

  const turnOn = () => {
    // The permission request must start synchronously inside the click. The choice is recorded at once too:
    // Firefox may close the popup while its permission prompt is up, so nothing after an await is sure to
    // run. Recording "on" is harmless if the reader refuses: a site is read only when it is also granted.
    const asked = requestSiteAccess(site);
    const recorded = send('site/set', { settings: { site, enabled: true } });
    setBusy(true);
    void (async () => {
      try {
        const granted = await asked;
        await recorded;
        if (!granted) {
          setMessage(t('siteNotGranted'));
          return;
        }
        setEnabled(true);
        setMessage(t('siteOn', [site]));
        await send('tab/run', { tabId });
      } catch (e) {
        setMessage(t('actionFailed', [e instanceof Error ? e.message : String(e)]));
      } finally {
        setBusy(false);
        onChanged();
      }
    })();
  };

  const turnOff = async () => {
    setBusy(true);
    try {
      await send('site/set', { settings: { site, enabled: false } });
      await removeSiteAccess(site).catch(() => false);
      setEnabled(false);
      setMessage(t('siteOff', [site]));
    } catch (e) {
      setMessage(t('actionFailed', [e instanceof Error ? e.message : String(e)]));
    } finally {
      setBusy(false);
      onChanged();
    }
  };

  const runOnce = async () => {
    setBusy(true);
    try {
      await send('tab/run', { tabId });
      setMessage(t('runStarted'));
    } catch (e) {
      setMessage(t('actionFailed', [e instanceof Error ? e.message : String(e)]));
    } finally {
      setBusy(false);
      onChanged();
    }
  };

  return (
    <div class="bs-site">
      <label class="bs-switch">
        <input
          type="checkbox"
          role="switch"
          checked={!!enabled}
          disabled={busy || enabled === null}
          aria-checked={!!enabled}
          onClick={(e) => {
            e.preventDefault();
            if (enabled) void turnOff();
            else turnOn();
          }}
        />
        <span>{t('siteSwitch', [site])}</span>
      </label>
      {state.status === 'disabled' && (
        <button type="button" class="bs-button bs-primary" disabled={busy} onClick={runOnce}>
          {t('runOnce')}
        </button>
      )}
      <p class="bs-muted bs-site-message" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}

/** The host name of an http(s) URL, or undefined. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : undefined;
  } catch {
    return undefined;
  }
}
