import { t } from '@/src/extension/i18n';

/** The per-site inline-warnings switch. */
export function InlineSwitch({
  site,
  checked,
  onChange,
  error,
}: {
  site: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error: boolean;
}) {
  const host = site.replace(/^https?:\/\//, '');
  return (
    <div class="inline-row">
      <div class="inline-text">
        <span class="inline-label" id="inline-label">
          {t('inlineLabel')}
        </span>
        <span class="inline-hint" id="inline-hint">
          {error ? t('inlineDenied') : t('inlineHint', host)}
        </span>
      </div>
      <button
        type="button"
        role="switch"
        class="switch"
        aria-checked={checked}
        aria-labelledby="inline-label"
        aria-describedby="inline-hint"
        data-testid="toggle-inline"
        onClick={() => onChange(!checked)}
      >
        <span class="switch-thumb" aria-hidden="true" />
        <span class="visually-hidden">{checked ? t('inlineOn') : t('inlineOff')}</span>
      </button>
    </div>
  );
}
