import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LangOption } from '@/src/analyzer/types';
import { t, uiLanguage } from '@/src/extension/i18n';
import { sendToBackground, sendToContent, type InspectResult, type TextSource } from '@/src/extension/protocol';
import { ignoredFieldsOf, sitePattern } from '@/src/extension/storage';
import { markPhase } from '@/src/extension/timing';
import { Evidence, Findings } from './Findings';
import { signalEffect } from '@/src/extension/explain';
import { LanguageSelect } from './LanguageSelect';
import { DraftsSwitch, InlineSwitch } from './InlineSwitch';
import { RhythmChart } from './RhythmChart';
import { ScoreSummary } from './ScoreSummary';
import { SignalBars } from './SignalBars';
import { inspectFromPopup, startFirstInspection, type FirstInspection } from './inspection';
import { StateView } from './StateView';

/** The popup: the score of the active tab's copy (or selection) and why. */
export function App({ requestedTabId, first }: { requestedTabId?: number; first?: Promise<FirstInspection> }) {
  const [tabId, setTabId] = useState<number | undefined>(requestedTabId);
  const [result, setResult] = useState<InspectResult | null>(null);
  const [busy, setBusy] = useState(true);
  const [lang, setLang] = useState<LangOption | undefined>(undefined);
  const [descriptions, setDescriptions] = useState<Record<string, string> | null>(null);
  useEffect(() => {
    // The signals' descriptions in the UI language; the report carries them in the text's language.
    void sendToBackground('signal-descriptions', { lang: uiLanguage() }).then(setDescriptions, () => undefined);
  }, []);
  const [inlineError, setInlineError] = useState(false);
  const [inlineOn, setInlineOn] = useState(false);
  const [marksAll, setMarksAll] = useState(false);
  const [draftsError, setDraftsError] = useState(false);
  const [draftsOn, setDraftsOn] = useState(false);
  const [ignoredFields, setIgnoredFields] = useState(0);
  const request = useRef(0);

  const inspect = useCallback(
    async (target: number, options: { lang?: LangOption; source?: 'auto' | 'page' } = {}, pending?: Promise<InspectResult>) => {
      const id = ++request.current;
      setBusy(true);
      const next = await (pending ?? inspectFromPopup(target, options));
      markPhase('inspect-answered');
      if (id !== request.current) return;
      setResult(next);
      if (next.site) {
        setLang(next.site.settings.lang);
        setInlineOn(next.site.settings.inline);
        setDraftsOn(next.site.settings.drafts === true);
        const key = next.site.key;
        void ignoredFieldsOf(key).then((keys) => setIgnoredFields(keys.length), () => undefined);
      }
      setBusy(false);
    },
    [],
  );

  useEffect(() => {
    void (async () => {
      const { tabId: target, result: pending } = await (first ?? startFirstInspection(requestedTabId));
      if (target === undefined) {
        setResult({ state: 'restricted', source: 'page' });
        setBusy(false);
        return;
      }
      setTabId(target);
      await inspect(target, {}, pending);
    })();
  }, [requestedTabId, first, inspect]);

  useLayoutEffect(() => {
    if (result) markPhase('first-render');
  }, [result]);

  const site = result?.site?.key;

  const changeLanguage = (next: LangOption) => {
    setLang(next);
    if (tabId === undefined) return;
    void (async () => {
      if (site) await sendToBackground('set-lang', { site, lang: next });
      await inspect(tabId, { lang: next, source: result?.source === 'page' ? 'page' : 'auto' });
    })();
  };

  const toggleInline = (enabled: boolean) => {
    if (tabId === undefined || !site) return;
    setInlineError(false);
    if (!enabled) {
      setInlineOn(false);
      void sendToBackground('set-inline', { tabId, site, enabled: false });
      return;
    }
    // Asked first, inside the click: browsers only show the permission prompt for a user gesture.
    const granted = browser.permissions.request({ origins: [sitePattern(site)] });
    setInlineOn(true);
    void (async () => {
      const first = await sendToBackground('set-inline', { tabId, site, enabled: true }).catch(() => null);
      if (first?.ok) return;
      if (await granted.catch(() => false)) {
        const second = await sendToBackground('set-inline', { tabId, site, enabled: true }).catch(() => null);
        if (second?.ok) return;
      }
      setInlineOn(false);
      setInlineError(true);
    })();
  };

  const toggleDrafts = (enabled: boolean) => {
    if (tabId === undefined || !site) return;
    setDraftsError(false);
    if (!enabled) {
      setDraftsOn(false);
      void sendToBackground('set-drafts', { tabId, site, enabled: false });
      return;
    }
    // As for inline warnings: the prompt needs the click's user gesture, so it is asked for first.
    const granted = browser.permissions.request({ origins: [sitePattern(site)] });
    setDraftsOn(true);
    void (async () => {
      const first = await sendToBackground('set-drafts', { tabId, site, enabled: true }).catch(() => null);
      if (first?.ok) return;
      if (await granted.catch(() => false)) {
        const second = await sendToBackground('set-drafts', { tabId, site, enabled: true }).catch(() => null);
        if (second?.ok) return;
      }
      setDraftsOn(false);
      setDraftsError(true);
    })();
  };

  const checkIgnoredFieldsAgain = () => {
    if (tabId === undefined || !site) return;
    setIgnoredFields(0);
    void sendToBackground('forget-ignored-fields', { tabId, site });
  };

  const showAllMarks = (all: boolean) => {
    setMarksAll(all);
    if (tabId !== undefined) void sendToContent(tabId, 'set-marks', { all }).catch(() => undefined);
  };

  /** "Show on the page": scrolls there and opens the reasons of every finding over those words, read out in the page. */
  const reveal = (source: TextSource, start: number, end: number) => {
    const findings = (result?.report?.findings ?? []).filter((finding) => finding.span.start < end && start < finding.span.end);
    if (tabId !== undefined) void sendToContent(tabId, 'reveal', { source, start, end, findings }).catch(() => undefined);
  };

  const dismissNotice = () => {
    setResult((current) => (current ? { ...current, notice: undefined } : current));
    void sendToBackground('dismiss-notice', {});
  };

  const report = result?.report;
  const showScore = result?.state === 'ok' && report && report.score !== null;

  return (
    <div class="popup" aria-busy={busy}>
      <header class="top">
        <div class="brand">
          <Logo />
          <span class="brand-name">{t('popupTitle')}</span>
        </div>
        {result?.site && (
          <LanguageSelect value={lang ?? 'auto'} onChange={changeLanguage} disabled={busy && !result} />
        )}
      </header>

      {result?.notice === 'settings-reset' && (
        <div class="notice" role="status" data-testid="notice">
          <span>{t('noticeSettingsReset')}</span>
          <button type="button" class="link" onClick={dismissNotice}>
            {t('dismiss')}
          </button>
        </div>
      )}

      <main class={busy ? 'content is-busy' : 'content'}>
        {!result && <Loading />}
        {result && result.source === 'selection' && (
          <div class="source">
            <span class="source-label">{t('sourceSelection')}</span>
            <button type="button" class="link" onClick={() => tabId !== undefined && void inspect(tabId, { lang, source: 'page' })}>
              {t('sourceWholePage')}
            </button>
          </div>
        )}
        {result && !showScore && <StateView state={result.state} report={report} />}
        {result?.state === 'too-short' && report && report.findings.length > 0 && result.text !== undefined && (
          // Too little text for a score, but a phrase that stands out is still worth seeing (as the card does).
          <section class="section" aria-labelledby="findings-heading" data-testid="short-findings">
            <h2 id="findings-heading">{t('cardTooShortFindings')}</h2>
            <Findings report={report} text={result.text} onReveal={(start, end) => reveal(result.source, start, end)} />
          </section>
        )}
        {showScore && result.text !== undefined && (
          <>
            <ScoreSummary report={report} />
            <section class="section" aria-labelledby="evidence-heading">
              <h2 id="evidence-heading">{t('sectionEvidence')}</h2>
              <Evidence report={report} text={result.text} onReveal={(start, end) => reveal(result.source, start, end)} />
            </section>
            <section class="section" aria-labelledby="signals-heading">
              <h2 id="signals-heading">{t('sectionSignals')}</h2>
              <SignalBars signals={report.signals} lang={report.lang ?? undefined} descriptions={descriptions} />
            </section>
            <section class="section" aria-labelledby="rhythm-heading">
              <h2 id="rhythm-heading">{t('sectionRhythm')}</h2>
              <RhythmChart
                lengths={report.stats.sentenceLengths}
                effect={signalEffect(report, 'flat-rhythm')}
                flatStretches={report.findings.filter((finding) => finding.ruleId === 'flat-rhythm').length}
              />
            </section>
            <section class="section" aria-labelledby="findings-heading">
              <h2 id="findings-heading">{t('sectionFindings')}</h2>
              <Findings
                report={report}
                text={result.text}
                onReveal={(start, end) => reveal(result.source, start, end)}
              />
            </section>
          </>
        )}
      </main>

      {result?.site && (
        <footer class="bottom">
          <InlineSwitch site={result.site.key} checked={inlineOn} onChange={toggleInline} error={inlineError} />
          {inlineOn && (
            <label class="marks-all">
              <input type="checkbox" checked={marksAll} data-testid="marks-all" onChange={(event) => showAllMarks(event.currentTarget.checked)} />
              <span>
                {t('marksAll')} <span class="marks-all-hint">{t('marksAllHint')}</span>
              </span>
            </label>
          )}
          <DraftsSwitch site={result.site.key} checked={draftsOn} onChange={toggleDrafts} error={draftsError} />
          {draftsOn && ignoredFields > 0 && (
            <p class="ignored-fields">
              {t('draftsIgnoredCount', ignoredFields)}{' '}
              <button type="button" class="link" data-testid="forget-ignored-fields" onClick={checkIgnoredFieldsAgain}>
                {t('draftsCheckAgain')}
              </button>
            </p>
          )}
          <p class="privacy">{t('privacyNote')}</p>
        </footer>
      )}
    </div>
  );
}

function Loading() {
  return (
    <div class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {t('loading')}
    </div>
  );
}

/** The toolbar icon's mark, drawn inline so the header needs no image request. */
function Logo() {
  return (
    <svg class="logo" viewBox="0 0 128 128" width="22" height="22" aria-hidden="true">
      <rect width="128" height="128" rx="28" fill="#203a66" />
      <path
        d="M16 72 C24 72 26 32 36 32 C48 32 52 96 64 96 C74 96 76 72 86 72 L112 72"
        fill="none"
        stroke="#fbf7ee"
        stroke-width="16"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
