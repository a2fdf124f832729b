/**
 * Field messages for the package's forms: each message appears beside its field through the base component's
 * own validity API (so the platform renders and announces it), and the field errors of a failed record write
 * (`body.output.fieldErrors`) are mapped onto the form's fields the same way.
 */
import { fieldErrorMessages, type AnyError } from 'c/ldsErrors';

type Reportable = HTMLElement & { setCustomValidity?: (message: string) => void; reportValidity?: () => void };

/** Sets (or clears, with '') the message of the input marked `data-field="<field>"`. */
export function reportField(root: ParentNode | null | undefined, field: string, message: string): void {
  const input = root?.querySelector<Reportable>(`[data-field="${field}"]`);
  input?.setCustomValidity?.(message);
  input?.reportValidity?.();
}

/** Shows the write's field errors beside the form's fields; returns them by form field (unknown fields left out). */
export function reportServerFieldErrors(
  root: ParentNode | null | undefined,
  error: unknown,
  fieldOfApiName: Readonly<Record<string, string>>
): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const [apiName, message] of Object.entries(fieldErrorMessages(error as AnyError))) {
    const field = fieldOfApiName[apiName];
    if (!field) continue;
    byField[field] = message;
    reportField(root, field, message);
  }
  return byField;
}
