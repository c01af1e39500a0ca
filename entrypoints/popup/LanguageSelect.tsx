import type { LangOption } from '@/src/analyzer/types';
import { t } from '@/src/extension/i18n';

/** The language override of the page's copy: detect, Dutch or English. */
export function LanguageSelect({
  value,
  onChange,
  disabled,
}: {
  value: LangOption;
  onChange: (lang: LangOption) => void;
  disabled?: boolean;
}) {
  return (
    <label class="lang">
      <span class="visually-hidden">{t('languageLabel')}</span>
      <select
        value={value}
        disabled={disabled}
        title={t('languageLabel')}
        data-testid="language"
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as LangOption)}
      >
        <option value="auto">{t('languageAuto')}</option>
        <option value="nl">{t('languageNl')}</option>
        <option value="en">{t('languageEn')}</option>
      </select>
    </label>
  );
}
