/** Options page entry. */
import { render } from 'preact';
import { applyAppStyles } from '../app/app.css';
import { OptionsApp } from './options-app';

applyAppStyles(document);
render(<OptionsApp />, document.getElementById('app')!);
