import { t, type MessageKey } from '@/src/extension/i18n';

/** Props of a per-site switch. */
interface SiteSwitchProps {
  /** The site's key (`https://example.com`). */
  site: string;
  /** Whether the switch is on. */
  checked: boolean;
  /** Called with the state the user asked for. */
  onChange: (checked: boolean) => void;
  /** Whether the permission was refused the last time the user switched it on. */
  error: boolean;
}

/** A per-site switch: a label, a hint naming the site (or the refusal), and the switch itself. */
function SiteSwitch({
  site,
  checked,
  onChange,
  error,
  id,
  label,
  hint,
  testid,
}: SiteSwitchProps & { id: string; label: MessageKey; hint: MessageKey; testid: string }) {
  const host = site.replace(/^https?:\/\//, '');
  return (
    <div class="inline-row">
      <div class="inline-text">
        <span class="inline-label" id={`${id}-label`}>
          {t(label)}
        </span>
        <span class="inline-hint" id={`${id}-hint`}>
          {error ? t('inlineDenied') : t(hint, host)}
        </span>
      </div>
      <button
        type="button"
        role="switch"
        class="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-hint`}
        data-testid={testid}
        onClick={() => onChange(!checked)}
      >
        <span class="switch-thumb" aria-hidden="true" />
        <span class="visually-hidden">{checked ? t('inlineOn') : t('inlineOff')}</span>
      </button>
    </div>
  );
}

/** The per-site inline-warnings switch. */
export function InlineSwitch(props: SiteSwitchProps) {
  return <SiteSwitch {...props} id="inline" label="inlineLabel" hint="inlineHint" testid="toggle-inline" />;
}

/** The per-site switch that checks what the user writes in the site's text fields. */
export function DraftsSwitch(props: SiteSwitchProps) {
  return <SiteSwitch {...props} id="drafts" label="draftsLabel" hint="draftsHint" testid="toggle-drafts" />;
}
