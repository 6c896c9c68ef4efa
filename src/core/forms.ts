import { REASON_MAX } from '../conversation/feedback.ts';

// A form a chat opens over a message (Discord's modal, Slack's modal view), described once for every
// platform: its title, its buttons and its text fields. Each adapter draws any form with one renderer,
// within its limits, and reads a field back by its id.

export interface FormField {
  id: string;
  label: string;
  max: number;
  /** Filled in. */
  value?: string;
  placeholder?: string;
  /** A line under the label. */
  hint?: string;
  /** A paragraph rather than one line. */
  multiline?: boolean;
  /** May be left empty. */
  optional?: boolean;
}

export interface Form {
  title: string;
  /** The submit and close buttons, where the platform lets them be named (Slack). */
  submit: string;
  close: string;
  /** What the click that opened the form did, said before its fields (the platform's room decides where). */
  receipt?: string;
  fields: FormField[];
}

/** "What was wrong?", opened by a fresh vote down: one optional paragraph, stored with the vote (interactions.reason). */
export const REASON_FORM: Form = {
  title: 'What was wrong?',
  submit: 'Send',
  close: 'Skip',
  receipt: '👎 recorded.',
  fields: [
    { id: 'reason', label: 'What was wrong with this answer?', hint: 'The team reads these to fix answers.', max: REASON_MAX, multiline: true, optional: true },
  ],
};
