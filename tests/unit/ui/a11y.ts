/**
 * Small accessibility checks for rendered UI (no axe in the toolchain): every control has an accessible
 * name, every form field a label, images a text alternative, and headings never skip a level going down.
 * Returns the problems found, so a test can show them all at once.
 */
export function a11yProblems(root: Element): string[] {
  const problems: string[] = [];
  const doc = root.ownerDocument;
  const nameOf = (el: Element): string => {
    const labelled = el.getAttribute('aria-labelledby');
    if (labelled) return labelled.split(/\s+/).map((id) => doc.getElementById(id)?.textContent ?? '').join(' ').trim();
    return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  };
  for (const b of Array.from(root.querySelectorAll('button, a[href], [role=button], [role=switch]'))) {
    if (b.matches('input')) continue;
    if (!nameOf(b)) problems.push(`control without a name: ${b.outerHTML.slice(0, 80)}`);
  }
  for (const f of Array.from(root.querySelectorAll('input, textarea, select'))) {
    const id = f.getAttribute('id');
    const labelled =
      !!f.getAttribute('aria-label') ||
      !!f.getAttribute('aria-labelledby') ||
      !!f.closest('label') ||
      (!!id && Array.from(doc.querySelectorAll('label[for]')).some((l) => l.getAttribute('for') === id));
    if (!labelled) problems.push(`field without a label: ${f.outerHTML.slice(0, 80)}`);
  }
  for (const img of Array.from(root.querySelectorAll('img, svg[role=img], [role=img]'))) {
    if (!(img.getAttribute('alt') ?? img.getAttribute('aria-label'))) problems.push(`image without a text alternative: ${img.outerHTML.slice(0, 80)}`);
  }
  let last = 0;
  for (const h of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const level = Number(h.tagName[1]);
    if (last && level > last + 1) problems.push(`heading jumps from h${last} to h${level}: "${h.textContent}"`);
    if (!h.textContent?.trim()) problems.push(`empty heading h${level}`);
    last = level;
  }
  return problems;
}
