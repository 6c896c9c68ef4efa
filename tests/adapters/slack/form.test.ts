import { describe, expect, it } from 'vitest';
import { toModalView } from '../../../src/adapters/slack/form.ts';
import { REASON_FORM } from '../../../src/core/forms.ts';

describe('GIVEN a form drawn as a Slack modal view', () => {
  it('THEN its title stays short: the receipt opens the first label, and an optional paragraph is marked so', () => {
    const view = toModalView(REASON_FORM, 'visit_vote_reason', '{}');
    expect(view).toMatchObject({ callback_id: 'visit_vote_reason', private_metadata: '{}', title: { text: 'What was wrong?' }, submit: { text: 'Send' } });
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(view.blocks[0]).toMatchObject({
      block_id: 'reason',
      optional: true,
      label: { text: '👎 recorded. What was wrong with this answer?' },
      hint: { text: 'The team reads these to fix answers.' },
      element: { action_id: 'value', multiline: true, max_length: 500 },
    });
  });
});
