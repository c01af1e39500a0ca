/** What every editor test page offers the e2e test: the editor's own idea of its text. */
declare global {
  interface Window {
    /** The text as the editor's model holds it (not as its DOM shows it). */
    editorText?: () => string;
    /** Which editor the page runs. */
    editorName?: string;
    /**
     * Closes the editor's current undo step, as a pause in typing does, where the editor groups
     * edits by time (Quill); absent where every edit is a step of its own.
     */
    editorPause?: () => void;
  }
}

/** Publishes the editor's text getter and marks the page ready. */
export function exposeEditor(name: string, text: () => string, pause?: () => void): void {
  window.editorText = text;
  if (pause) window.editorPause = pause;
  window.editorName = name;
  document.documentElement.dataset.editorReady = name;
}
