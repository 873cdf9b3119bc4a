/**
 * The hover card's frame: an extension page the content script puts inside its closed shadow root. The card
 * (quotes, history, the reader's notes and the note box) renders here, in the extension's origin, where the
 * page's scripts, `window.find()` and stylesheets cannot reach. Data comes from the background by `send`;
 * the content script only says which entity to show, over the MessagePort of the handshake.
 */
import { applyCardStyles } from '../components/card.css';
import { FrameCard } from './frame-card';
import { HANDSHAKE_KEY } from '../../content/card/frame-protocol';

applyCardStyles(document);
const token = decodeURIComponent(location.hash.slice(1));
const panel = document.getElementById('card')!;

const onHandshake = (e: MessageEvent): void => {
  const data = e.data as Record<string, unknown> | null;
  if (!token || !data || data[HANDSHAKE_KEY] !== token || e.ports.length !== 1) return;
  window.removeEventListener('message', onHandshake);
  new FrameCard(panel, e.ports[0]).start();
};
window.addEventListener('message', onHandshake);
