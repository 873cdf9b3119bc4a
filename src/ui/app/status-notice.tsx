/** Explains the tab's state when there is no cast to show: not enabled, not an article, not English… */
import type { TabState } from '../../background/protocol';
import { t } from '../i18n';

/** Message keys per status. */
const TITLES: Record<TabState['status'], string> = {
  ready: 'statusReady',
  working: 'statusWorking',
  disabled: 'statusDisabled',
  unsupported: 'statusUnsupported',
  'not-article': 'statusNotArticle',
  'not-english': 'statusNotEnglish',
  error: 'statusError',
};

/** The notice: a localised title and explanation, plus the background's specific reason where it adds one. */
export function StatusNotice({ state }: { state: TabState }) {
  if (state.status === 'ready') return null;
  const showReason = (state.status === 'unsupported' || state.status === 'error') && state.reason;
  return (
    <div class={`bs-notice bs-status-${state.status}`} role="status">
      <p class="bs-notice-title">{t(TITLES[state.status])}</p>
      <p class="bs-muted">{t(`${TITLES[state.status]}Detail`)}</p>
      {showReason && <p class="bs-muted bs-reason">{state.reason}</p>}
    </div>
  );
}
