/** Kinds to mark, the hover intent delay and the colour palette (`settings/get`, `settings/set`). */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../background/model';
import { send } from '../../platform/messaging';
import { t } from '../i18n';

const KINDS: Array<keyof Settings['marks']> = ['officials', 'people', 'places', 'organizations'];
const PALETTES: Array<Settings['palette']> = ['default', 'high-contrast', 'subtle'];
/** Allowed intent delays, ms. */
export const DELAY_RANGE = { min: 0, max: 2000, step: 50 };

/** The section; every change is saved at once. */
export function SettingsSection() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    send('settings/get', {})
      .then(setSettings)
      .catch((e: unknown) => setStatus(t('actionFailed', [String(e)])));
  }, []);

  const save = async (next: Settings) => {
    setSettings(next);
    try {
      setSettings(await send('settings/set', { settings: next }));
      setStatus(t('settingsSaved'));
    } catch (e) {
      setStatus(t('actionFailed', [e instanceof Error ? e.message : String(e)]));
    }
  };

  return (
    <section aria-labelledby="settings-h">
      <h2 id="settings-h">{t('settingsTitle')}</h2>
      {settings && (
        <>
          <fieldset>
            <legend>{t('marksLegend')}</legend>
            {KINDS.map((k) => (
              <label key={k} class="bs-field">
                <input
                  type="checkbox"
                  checked={settings.marks[k]}
                  onChange={(e) => void save({ ...settings, marks: { ...settings.marks, [k]: (e.currentTarget as HTMLInputElement).checked } })}
                />
                {t(`marks_${k}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('delayLegend')}</legend>
            <label class="bs-field">
              <input
                type="number"
                class="bs-input"
                min={DELAY_RANGE.min}
                max={DELAY_RANGE.max}
                step={DELAY_RANGE.step}
                value={settings.intentDelayMs}
                aria-describedby="delay-help"
                onChange={(e) => {
                  const n = Math.round(Number((e.currentTarget as HTMLInputElement).value));
                  if (Number.isFinite(n)) void save({ ...settings, intentDelayMs: Math.min(DELAY_RANGE.max, Math.max(DELAY_RANGE.min, n)) });
                }}
              />
              {t('delayUnit')}
            </label>
            <p id="delay-help" class="bs-muted">
              {t('delayHelp')}
            </p>
          </fieldset>
          <fieldset>
            <legend>{t('paletteLegend')}</legend>
            {PALETTES.map((p) => (
              <label key={p} class="bs-field">
                <input type="radio" name="palette" value={p} checked={settings.palette === p} onChange={() => void save({ ...settings, palette: p })} />
                {t(`palette_${p.replace('-', '_')}`)}
              </label>
            ))}
          </fieldset>
        </>
      )}
      <p class="bs-muted" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
