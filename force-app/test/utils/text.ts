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

/** Every attribute value inside a component's shadow root (e.g. SVG coordinates), joined. */
export function attributeText(element: Element): string {
  return Array.from(element.shadowRoot!.querySelectorAll('*'))
    .flatMap((node) => Array.from(node.attributes).map((a) => a.value))
    .join(' ');
}
