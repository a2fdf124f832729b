/** Helpers shared by the component tests: mount, wait for the wire/render cycle, clean up. */
import { createElement } from 'lwc';

type ComponentClass = Parameters<typeof createElement>[1]['is'];

export function mount(
  tag: string,
  is: ComponentClass,
  props: Record<string, unknown> = {}
): HTMLElement & Record<string, any> {
  const element = createElement(tag, { is }) as unknown as HTMLElement & Record<string, any>;
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

/** Resolves after pending promises and the re-render they cause. */
export async function flushPromises(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

export function cleanup(): void {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
}

/** Query inside an element's shadow root by `data-id`. */
export function byId<E extends Element = HTMLElement>(root: Element, id: string): E | null {
  return root.shadowRoot!.querySelector<E>(`[data-id="${id}"]`);
}

export function allById<E extends Element = HTMLElement>(root: Element, id: string): E[] {
  return Array.from(root.shadowRoot!.querySelectorAll<E>(`[data-id="${id}"]`));
}
