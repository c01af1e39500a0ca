/** A Quill 2 editor (its own history module handles Ctrl+Z), bundled into an e2e test page. */
import Quill from 'quill';
import type History from 'quill/modules/history';
import { exposeEditor } from './page';

// Quill's own history settings, as sites use them: edits within a second are one undo step. A
// replacement of selected words reaches Quill as a `beforeinput` in Firefox, which Quill applies as
// a deletion and an insertion; grouped by time, as here, they are one step, as a spelling correction's are.
const quill = new Quill('#editor', { formats: [], modules: { toolbar: false } });
exposeEditor(
  'quill',
  () => quill.getText().replace(/\n$/, ''),
  () => (quill.getModule('history') as History).cutoff(),
);
