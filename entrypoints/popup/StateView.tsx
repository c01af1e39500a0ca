import type { Report } from '@/src/analyzer/types';
import { t, type MessageKey } from '@/src/extension/i18n';
import type { InspectState } from '@/src/extension/protocol';

const TEXTS: Record<Exclude<InspectState, 'ok'>, [MessageKey, MessageKey]> = {
  restricted: ['stateRestrictedTitle', 'stateRestrictedBody'],
  'no-copy': ['stateNoCopyTitle', 'stateNoCopyBody'],
  'too-short': ['stateTooShortTitle', 'stateTooShortBody'],
  unsupported: ['stateUnsupportedTitle', 'stateUnsupportedBody'],
  error: ['stateErrorTitle', 'stateErrorBody'],
};

/** A page without a score: why, and what to do instead. */
export function StateView({ state, report }: { state: InspectState; report?: Report }) {
  const key = state === 'ok' ? 'error' : state;
  const [title, body] = TEXTS[key];
  return (
    <div class="state" data-testid="state" data-state={key} role="status">
      <StateIcon state={key} />
      <h1 class="state-title">{t(title)}</h1>
      <p class="state-body">{t(body)}</p>
      {key === 'too-short' && report && <p class="meta">{t('statsWords', report.stats.words)}</p>}
    </div>
  );
}

function StateIcon({ state }: { state: Exclude<InspectState, 'ok'> }) {
  return (
    <svg class="state-icon" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true">
      <circle cx="24" cy="24" r="22" fill="#eef1f7" />
      {state === 'restricted' && (
        <g fill="none" stroke="#203a66" stroke-width="3" stroke-linecap="round">
          <rect x="15" y="22" width="18" height="13" rx="3" />
          <path d="M19 22v-4a5 5 0 0 1 10 0v4" />
        </g>
      )}
      {(state === 'no-copy' || state === 'too-short') && (
        <g fill="none" stroke="#203a66" stroke-width="3" stroke-linecap="round">
          <path d="M14 18h20M14 25h20" />
          <path d={state === 'too-short' ? 'M14 32h8' : 'M14 32h20'} stroke-dasharray={state === 'no-copy' ? '2 5' : undefined} />
        </g>
      )}
      {state === 'unsupported' && (
        <g fill="none" stroke="#203a66" stroke-width="3" stroke-linecap="round">
          <circle cx="24" cy="24" r="10" />
          <path d="M14 24h20M24 14c-4 5-4 15 0 20M24 14c4 5 4 15 0 20" />
        </g>
      )}
      {state === 'error' && (
        <g fill="none" stroke="#c4472b" stroke-width="3" stroke-linecap="round">
          <path d="M24 15v12M24 32v1" />
        </g>
      )}
    </svg>
  );
}
