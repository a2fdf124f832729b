/**
 * What a user would read in a component, through nested shadow roots, for the tests of presentational children
 * given bad or partial data: they must never print a JavaScript placeholder.
 */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const visit = (current: Node): void => {
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    const shadow = (current as Element).shadowRoot;
    if (shadow) shadow.childNodes.forEach(visit);
    current.childNodes.forEach(visit);
  };
  visit(node);
  return parts.join(' ');
}

/** The words a broken view model leaks into the page. */
export const LEAKED_PLACEHOLDER = /undefined|NaN|\[object Object\]|\bnull\b|\{\d\}/;
