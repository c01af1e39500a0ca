/** A Quill 2 editor (its own history module handles Ctrl+Z), bundled into an e2e test page. */
import Quill from 'quill';
import { exposeEditor } from './page';

const quill = new Quill('#editor', { formats: [], modules: { toolbar: false, history: { delay: 0, userOnly: false } } });
exposeEditor('quill', () => quill.getText().replace(/\n$/, ''));
