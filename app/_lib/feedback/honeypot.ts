// A field that people never see (hidden from sight and from assistive technology) but form-filling bots
// do: when it carries a value, the submission is answered as a success and not stored.
import {fields} from './validation';

export const honeypotField = fields.honeypot;

export function isBot(form: URLSearchParams): boolean {
  return form.getAll(honeypotField).some((v) => v.trim() !== '');
}
