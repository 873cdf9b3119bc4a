/** Popup entry: the current tab's cast, search and cards. */
import { render } from 'preact';
import { applyAppStyles } from '../app/app.css';
import { ReaderApp } from '../app/reader-app';

applyAppStyles(document);
render(<ReaderApp mode="popup" />, document.getElementById('app')!);
