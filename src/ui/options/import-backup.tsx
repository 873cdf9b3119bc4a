/**
 * Import a JSON backup: the file is checked first (`data/import-check`) and what it would add is shown;
 * only the reader's confirmation applies it (`data/import`).
 */
import { useState } from 'preact/hooks';
import type { ImportReport } from '../../background/model';
import { MAX_IMPORT } from '../../background/protocol';
import { send } from '../../platform/messaging';
import { Txt } from '../components/text';
import { formatNumber, t } from '../i18n';
import { readText } from './extract-article';

type Stage =
  | { step: 'idle' }
  | { step: 'checking'; name: string }
  | { step: 'checked'; name: string; content: string; report: ImportReport }
  | { step: 'importing'; name: string }
  | { step: 'done'; report: ImportReport }
  | { step: 'failed'; message: string };

/** What a report says it adds, as lines. */
export function reportLines(r: ImportReport): string[] {
  return [
    t('importReportArticles', [formatNumber(r.articles.add), formatNumber(r.articles.existing)]),
    t('importReportEntities', [formatNumber(r.entities.add), formatNumber(r.entities.merge)]),
    t('importReportNotes', [formatNumber(r.notes.add), formatNumber(r.notes.existing)]),
  ];
}

/** The backup import control. */
export function ImportBackup({ onDone }: { onDone?: () => void }) {
  const [stage, setStage] = useState<Stage>({ step: 'idle' });

  const check = async (file: File | undefined) => {
    if (!file) return;
    setStage({ step: 'checking', name: file.name });
    try {
      if (file.size > MAX_IMPORT) throw new Error(t('skipTooLarge'));
      const content = await readText(file);
      const report = await send('data/import-check', { content });
      setStage({ step: 'checked', name: file.name, content, report });
    } catch (e) {
      setStage({ step: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const apply = async (content: string, name: string) => {
    setStage({ step: 'importing', name });
    try {
      const report = await send('data/import', { content });
      setStage({ step: 'done', report });
      onDone?.();
    } catch (e) {
      setStage({ step: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div class="bs-import-backup">
      <h3>{t('importBackupTitle')}</h3>
      <label class="bs-field">
        <span>{t('importBackupPick')}</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={stage.step === 'checking' || stage.step === 'importing'}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            void check(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
      </label>
      {(stage.step === 'checking' || stage.step === 'importing') && (
        <p role="status">{t(stage.step === 'checking' ? 'importChecking' : 'importApplying', [stage.name])}</p>
      )}
      {stage.step === 'checked' && (
        <div class="bs-notice" role="status">
          <p class="bs-notice-title">
            {t('importWillAdd')} <Txt>{stage.name}</Txt>
          </p>
          <ul class="bs-report">
            {reportLines(stage.report).map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
          <div class="bs-actions">
            <button type="button" class="bs-button bs-primary" onClick={() => void apply(stage.content, stage.name)}>
              {t('importConfirm')}
            </button>
            <button type="button" class="bs-button" onClick={() => setStage({ step: 'idle' })}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      {stage.step === 'done' && (
        <div class="bs-notice" role="status">
          <p class="bs-notice-title">{t('importDone')}</p>
          <ul class="bs-report">
            {reportLines(stage.report).map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </div>
      )}
      {stage.step === 'failed' && (
        <p class="bs-error" role="alert">
          {t('importFailed', [stage.message])}
        </p>
      )}
    </div>
  );
}
