/** @jest-environment ./tests/unit/jsdom-env.cjs */
import { a11yProblems } from './a11y';

test('the accessibility checker reports unnamed controls, unlabelled fields, bare images and heading jumps', () => {
  const root = document.createElement('div');
  root.innerHTML =
    '<h2>A</h2><h4>skipped</h4><button></button><input id="q"><svg role="img"></svg>' +
    '<label for="ok">Ok</label><input id="ok"><button aria-label="Close"></button>';
  document.body.appendChild(root);
  expect(a11yProblems(root).map((p) => p.split(':')[0])).toEqual([
    'control without a name',
    'field without a label',
    'image without a text alternative',
    'heading jumps from h2 to h4',
  ]);
});
