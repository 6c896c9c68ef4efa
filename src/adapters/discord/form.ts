import type { APIModalInteractionResponseCallbackData, ModalSubmitInteraction } from 'discord.js';
import { ComponentType, TextInputStyle } from 'discord.js';
import type { Form } from '../../core/forms.ts';

// A form (src/core/forms.ts) as a Discord modal, and its fields read back. A modal shows nothing above
// its fields but its title, and names neither of its buttons.

export function toModal(form: Form, customId: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: customId,
    title: form.receipt ? `${form.receipt} ${form.title}` : form.title,
    components: form.fields.map((f) => ({
      type: ComponentType.Label as const,
      label: f.label,
      // Discord does not mark an optional field: its description says so.
      ...(f.hint ? { description: f.optional ? `Optional. ${f.hint}` : f.hint } : {}),
      component: {
        type: ComponentType.TextInput as const,
        custom_id: f.id,
        style: f.multiline ? TextInputStyle.Paragraph : TextInputStyle.Short,
        required: !f.optional,
        max_length: f.max,
        ...(f.value ? { value: f.value } : {}),
        ...(f.placeholder ? { placeholder: f.placeholder } : {}),
      },
    })),
  };
}

/** A modal's text field as submitted, '' when it is missing (an optional field left empty, or a form of an older version). */
export function modalText(i: ModalSubmitInteraction, name: string): string {
  const field = i.fields.fields.get(name);
  return field?.type === ComponentType.TextInput ? field.value : '';
}
