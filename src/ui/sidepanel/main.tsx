/** Side panel entry (Chrome `side_panel`, Firefox `sidebar_action`): the popup's app, following the active tab. */
import { render } from 'preact';
import { applyAppStyles } from '../app/app.css';
import { ReaderApp } from '../app/reader-app';

applyAppStyles(document);
render(<ReaderApp mode="sidepanel" />, document.getElementById('app')!);
