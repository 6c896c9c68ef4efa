import { describe, expect, it } from 'vitest';
import { toModal } from '../../../src/adapters/discord/form.ts';
import { REASON_FORM } from '../../../src/core/forms.ts';

describe('GIVEN a form drawn as a Discord modal', () => {
  it('THEN the receipt opens the title, an optional field says so in its description, and a paragraph is a paragraph', () => {
    const modal = toModal(REASON_FORM, 'vb:r:who:Han Zheng');
    expect(modal).toMatchObject({ custom_id: 'vb:r:who:Han Zheng', title: '👎 recorded. What was wrong?' });
    expect(modal.components[0]).toMatchObject({
      label: 'What was wrong with this answer?',
      description: 'Optional. The team reads these to fix answers.',
      component: { custom_id: 'reason', style: 2, required: false, max_length: 500 },
    });
  });

  it('THEN a required one-line field is filled in, with no description', () => {
    const modal = toModal(
      { title: 'Article details', submit: 'Update', close: 'Back', fields: [{ id: 'title', label: 'Title', max: 300, value: 'Ports' }] },
      'x',
    );
    expect(modal.title).toBe('Article details');
    expect(modal.components[0]).toEqual({
      type: 18,
      label: 'Title',
      component: { type: 4, custom_id: 'title', style: 1, required: true, max_length: 300, value: 'Ports' },
    });
  });
});
