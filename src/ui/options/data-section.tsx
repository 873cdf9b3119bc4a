/** Storage used, export (JSON backup, Markdown notes), imports, and erase everything with confirmation. */
import { useEffect, useState } from 'preact/hooks';
import type { StorageReport } from '../../background/model';
import { send } from '../../platform/messaging';
import { downloadText } from '../browser-ui';
import { formatNumber, t } from '../i18n';
import { ImportBackup } from './import-backup';
import { ImportFiles } from './import-files';

/** Bytes as "12.3 MB". */
export function formatBytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
}

/** The section. */
export function DataSection() {
  const [report, setReport] = useState<StorageReport | null>(null);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');

  const load = () =>
    send('data/report', {})
      .then(setReport)
      .catch((e: unknown) => setStatus(t('actionFailed', [e instanceof Error ? e.message : String(e)])));
  useEffect(() => {
    void load();
  }, []);

  const exportAs = async (format: 'json' | 'markdown') => {
    try {
      const file = await send('data/export', { format });
      downloadText(file.filename, file.mime, file.content);
      setStatus(t('exported', [file.filename]));
    } catch (e) {
      setStatus(t('actionFailed', [e instanceof Error ? e.message : String(e)]));
    }
  };

  const erase = async () => {
    try {
      await send('data/erase', { confirm: 'erase-everything' });
      setStatus(t('erased'));
    } catch (e) {
      setStatus(t('actionFailed', [e instanceof Error ? e.message : String(e)]));
    }
    setConfirming(false);
    setTyped('');
    void load();
  };

  const stats: Array<[string, number | undefined]> = report
    ? [
        ['statArticles', report.articles],
        ['statEntities', report.entities],
        ['statMentions', report.mentions],
        ['statQuotes', report.quotes],
        ['statNotes', report.notes],
      ]
    : [];
  const eraseWord = t('eraseWord');

  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">{t('dataTitle')}</h2>
      <p class="bs-muted">{t('dataHelp')}</p>
      {report && (
        <>
          <dl class="bs-stats">
            {stats.map(([k, v]) => (
              <div key={k}>
                <dt>{t(k)}</dt>
                <dd>{formatNumber(v ?? 0)}</dd>
              </div>
            ))}
          </dl>
          <p class="bs-storage-used">
            {report.usage !== undefined
              ? report.quota
                ? t('storageUsedOf', [formatBytes(report.usage), formatBytes(report.quota)])
                : t('storageUsed', [formatBytes(report.usage)])
              : t('storageUnknown')}
          </p>
        </>
      )}
      <h3>{t('exportTitle')}</h3>
      <div class="bs-actions">
        <button type="button" class="bs-button" onClick={() => void exportAs('json')}>
          {t('exportJson')}
        </button>
        <button type="button" class="bs-button" onClick={() => void exportAs('markdown')}>
          {t('exportMarkdown')}
        </button>
      </div>
      <ImportBackup onDone={() => void load()} />
      <ImportFiles onDone={() => void load()} />
      <div class="bs-erase">
        <h3>{t('eraseTitle')}</h3>
        <p class="bs-muted">{t('eraseHelp')}</p>
        {!confirming ? (
          <button type="button" class="bs-button bs-danger" onClick={() => setConfirming(true)}>
            {t('eraseStart')}
          </button>
        ) : (
          <form
            class="bs-notice bs-danger"
            onSubmit={(e) => {
              e.preventDefault();
              if (typed.trim().toLowerCase() === eraseWord.toLowerCase()) void erase();
            }}
          >
            <p class="bs-notice-title">{t('eraseConfirmTitle')}</p>
            <label class="bs-field" for="erase-typed">
              {t('eraseConfirmLabel', [eraseWord])}
            </label>
            <input
              id="erase-typed"
              class="bs-input"
              value={typed}
              autoComplete="off"
              onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
            />
            <div class="bs-actions" style={{ marginTop: '0.5em' }}>
              <button type="submit" class="bs-button bs-danger-button" disabled={typed.trim().toLowerCase() !== eraseWord.toLowerCase()}>
                {t('eraseConfirm')}
              </button>
              <button type="button" class="bs-button" onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </div>
          </form>
        )}
      </div>
      <p class="bs-muted" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
