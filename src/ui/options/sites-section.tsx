/** Sites where Backstory runs (granted host permissions), with Remove buttons and a way to add one. */
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../platform/messaging';
import { grantedSites, removeSiteAccess, requestSiteAccess } from '../browser-ui';
import { Txt } from '../components/text';
import { t } from '../i18n';

/** A hostname typed by the reader ("www.bbc.co.uk", or a pasted URL), normalised, or null. */
export function parseSite(input: string): string | null {
  const s = input.trim();
  if (!s) return null;
  try {
    const u = new URL(/^[a-z]+:\/\//i.test(s) ? s : `https://${s}`);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return /^[a-z0-9.-]+$/i.test(u.hostname) && u.hostname.includes('.') ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The section. */
export function SitesSection() {
  const [sites, setSites] = useState<Array<{ site: string; enabled: boolean }> | null>(null);
  const [adding, setAdding] = useState('');
  const [message, setMessage] = useState('');

  const load = async () => {
    const granted = await grantedSites();
    const rows = await Promise.all(
      granted.map(async (site) => ({ site, enabled: (await send('site/get', { site }).catch(() => null))?.enabled ?? true })),
    );
    setSites(rows);
  };
  useEffect(() => {
    void load().catch((e) => setMessage(t('actionFailed', [String(e)])));
  }, []);

  const remove = async (site: string) => {
    try {
      await send('site/set', { settings: { site, enabled: false } });
      await removeSiteAccess(site);
      setMessage(t('siteOff', [site]));
    } catch (e) {
      setMessage(t('actionFailed', [e instanceof Error ? e.message : String(e)]));
    }
    await load();
  };

  const add = (e: Event) => {
    e.preventDefault();
    const site = parseSite(adding);
    if (!site) {
      setMessage(t('siteInvalid'));
      return;
    }
    const asked = requestSiteAccess(site); // inside the submit gesture
    const recorded = send('site/set', { settings: { site, enabled: true } }); // harmless unless granted
    void (async () => {
      try {
        const granted = await asked;
        await recorded;
        if (!granted) setMessage(t('siteNotGranted'));
        else {
          setMessage(t('siteOn', [site]));
          setAdding('');
        }
      } catch (err) {
        setMessage(t('actionFailed', [err instanceof Error ? err.message : String(err)]));
      }
      await load();
    })();
  };

  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">{t('sitesTitle')}</h2>
      <p class="bs-muted">{t('sitesHelp')}</p>
      {sites && sites.length === 0 && <p>{t('sitesNone')}</p>}
      {sites && sites.length > 0 && (
        <ul class="bs-sites">
          {sites.map((s) => (
            <li key={s.site}>
              <span>
                <Txt>{s.site}</Txt>
                {!s.enabled && <span class="bs-muted"> — {t('sitePaused')}</span>}
              </span>
              <button type="button" class="bs-button" aria-label={t('siteRemoveAria', [s.site])} onClick={() => void remove(s.site)}>
                {t('siteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="bs-field" onSubmit={add}>
        <label for="site-add">{t('siteAddLabel')}</label>
        <input
          id="site-add"
          class="bs-input"
          style={{ maxWidth: '20em' }}
          value={adding}
          placeholder="www.example.com"
          onInput={(e) => setAdding((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="bs-button">
          {t('siteAdd')}
        </button>
      </form>
      <p class="bs-muted" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
