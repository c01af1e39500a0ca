/** What every editor test page offers the e2e test: the editor's own idea of its text. */
declare global {
  interface Window {
    /** The text as the editor's model holds it (not as its DOM shows it). */
    editorText?: () => string;
    /** Which editor the page runs. */
    editorName?: string;
  }
}

/** Publishes the editor's text getter and marks the page ready. */
export function exposeEditor(name: string, text: () => string): void {
  window.editorText = text;
  window.editorName = name;
  document.documentElement.dataset.editorReady = name;
}
