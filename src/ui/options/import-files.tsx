/**
 * Import saved articles (.html/.htm/.txt), many at once: each file is extracted here and sent to the
 * background (`file/ingest`) one at a time, with progress, then a summary of what was added and what was
 * skipped and why.
 */
import { useRef, useState } from 'preact/hooks';
import { send } from '../../platform/messaging';
import { Txt } from '../components/text';
import { formatNumber, t, tCount } from '../i18n';
import { extractFile, type SkipCode } from './extract-article';

/** The outcome of an import run. */
export interface FilesSummary {
  added: number;
  existing: number;
  people: number;
  places: number;
  organizations: number;
  skipped: Array<{ name: string; reason: string }>;
}

const SKIP_KEYS: Record<SkipCode, string> = {
  'unsupported-type': 'skipUnsupportedType',
  'too-large': 'skipTooLarge',
  empty: 'skipEmpty',
  unreadable: 'skipUnreadable',
};

/** Imports `files` one by one; `onProgress(done, total)` after each; stops early when `cancelled()` says so. */
export async function importFiles(
  files: File[],
  onProgress: (done: number, total: number) => void,
  cancelled: () => boolean = () => false,
): Promise<FilesSummary> {
  const summary: FilesSummary = { added: 0, existing: 0, people: 0, places: 0, organizations: 0, skipped: [] };
  for (let i = 0; i < files.length; i++) {
    if (cancelled()) {
      for (const f of files.slice(i)) summary.skipped.push({ name: f.name, reason: t('skipCancelled') });
      break;
    }
    const file = files[i];
    try {
      const extracted = await extractFile(file);
      if (!extracted.ok) summary.skipped.push({ name: file.name, reason: t(SKIP_KEYS[extracted.reason]) });
      else {
        const r = await send('file/ingest', { name: file.name.slice(0, 1000), meta: extracted.meta, text: extracted.text });
        if (r.skipped) summary.skipped.push({ name: file.name, reason: r.skipped });
        else {
          if (r.changed) summary.added++;
          else summary.existing++;
          summary.people += r.people;
          summary.places += r.places;
          summary.organizations += r.organizations;
        }
      }
    } catch (e) {
      summary.skipped.push({ name: file.name, reason: e instanceof Error ? e.message : String(e) });
    }
    onProgress(i + 1, files.length);
  }
  return summary;
}

/** The import-files section. */
export function ImportFiles({ onDone }: { onDone?: () => void }) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<FilesSummary | null>(null);
  const cancel = useRef(false);
  const running = progress !== null && progress.done < progress.total;

  const start = async (list: FileList | null) => {
    const files = Array.from(list ?? []);
    if (!files.length) return;
    cancel.current = false;
    setSummary(null);
    setProgress({ done: 0, total: files.length });
    const result = await importFiles(files, (done, total) => setProgress({ done, total }), () => cancel.current);
    setProgress({ done: files.length, total: files.length });
    setSummary(result);
    onDone?.();
  };

  return (
    <div class="bs-import-files">
      <h3>{t('importFilesTitle')}</h3>
      <p class="bs-muted">{t('importFilesHelp')}</p>
      <label class="bs-field">
        <span>{t('importFilesPick')}</span>
        <input
          type="file"
          multiple
          accept=".html,.htm,.txt,text/html,text/plain"
          disabled={running}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            void start(input.files).finally(() => (input.value = ''));
          }}
        />
      </label>
      {progress && (
        <div class="bs-field">
          <progress class="bs-progress" max={progress.total} value={progress.done} aria-label={t('importProgressLabel')} />
          <span role="status" aria-live="polite">
            {t('importProgress', [formatNumber(progress.done), formatNumber(progress.total)])}
          </span>
          {running && (
            <button type="button" class="bs-button" onClick={() => (cancel.current = true)}>
              {t('cancel')}
            </button>
          )}
        </div>
      )}
      {summary && (
        <div class="bs-files-summary" role="status">
          <ul class="bs-report">
            <li>{tCount('importArticlesAdded', summary.added)}</li>
            {summary.existing > 0 && <li>{tCount('importArticlesExisting', summary.existing)}</li>}
            <li>{t('importFound', [tCount('peopleCount', summary.people), tCount('placesCount', summary.places), tCount('orgsCount', summary.organizations)])}</li>
            <li>{tCount('importFilesSkipped', summary.skipped.length)}</li>
          </ul>
          {summary.skipped.length > 0 && (
            <ul class="bs-report bs-skipped">
              {summary.skipped.map((s, i) => (
                <li key={i}>
                  <Txt>{s.name}</Txt>: <Txt>{s.reason}</Txt>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
