/** The options page: sites, marks and colours, data. */
import { t } from '../i18n';
import { DataSection } from './data-section';
import { SettingsSection } from './settings-section';
import { SitesSection } from './sites-section';

/** The page. */
export function OptionsApp() {
  return (
    <div class="bs-root bs-options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="bs-muted">{t('optionsIntro')}</p>
      </header>
      <SitesSection />
      <SettingsSection />
      <DataSection />
    </div>
  );
}
