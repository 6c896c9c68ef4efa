import type { types, ViewOutput } from '@slack/bolt';
import type { Form } from '../../core/forms.ts';

// A form (src/core/forms.ts) as a Slack modal view, and its fields read back. The view's
// private_metadata (3,000 characters) carries what its submission needs; its title holds 24
// characters, so a receipt opens the first field's label instead.

export function toModalView(form: Form, callbackId: string, metadata: string): types.ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    private_metadata: metadata,
    title: { type: 'plain_text', text: form.title },
    submit: { type: 'plain_text', text: form.submit },
    close: { type: 'plain_text', text: form.close },
    blocks: form.fields.map(
      (f, i): types.InputBlock => ({
        type: 'input',
        block_id: f.id,
        ...(f.optional ? { optional: true } : {}),
        label: { type: 'plain_text', text: i === 0 && form.receipt ? `${form.receipt} ${f.label}` : f.label },
        ...(f.hint ? { hint: { type: 'plain_text', text: f.hint } } : {}),
        element: {
          type: 'plain_text_input',
          action_id: 'value',
          ...(f.multiline ? { multiline: true } : {}),
          max_length: f.max,
          ...(f.value ? { initial_value: f.value } : {}),
          ...(f.placeholder ? { placeholder: { type: 'plain_text', text: f.placeholder } } : {}),
        },
      }),
    ),
  };
}

/** A field's text as submitted, '' when it was left empty. */
export function fieldText(view: ViewOutput, id: string): string {
  return view.state.values[id]?.value?.value ?? '';
}
