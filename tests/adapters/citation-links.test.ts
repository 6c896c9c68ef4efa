import { describe, expect, it } from 'vitest';
import { slash } from '../../test-support/fakes/discord-payloads.ts';
import { sendForm, slashCommand } from '../../test-support/fakes/slack-requests.ts';
import { startHarness as startDiscord, embedOf } from './discord/harness.ts';
import { startHarness as startSlack, blockText } from './slack/harness.ts';
import { seedsWith } from '../helpers.ts';
import { createBot } from '../../src/core/bot.ts';
import { buildKnowledgeFromDir } from '../../src/knowledge-build/index.ts';

// An article with a `url` in its front matter (as every page added from chat has) is cited with a
// link on Discord and Slack, through the real discord.js and bolt against the fake servers; an
// article cited again in the same answer gets its short title.

const URL = 'https://coast.example/news/port-talks';
const TITLE = 'Harbour master says the port talks with the visiting delegation went well';
const dir = seedsWith({
  'port.md': `---\ntitle: "${TITLE}"\nsource: "Coast Wire"\npublished: 2024-04-19\nurl: "${URL}"\n---\n\nHarbour master Lena Park, head of the Port Authority, said on Friday that talks went well.\n\nLena Park said the port would double its cargo by 2030.\n`,
});
const bot = createBot({ knowledge: buildKnowledgeFromDir(dir), now: () => new Date('2024-04-20T12:00:00Z') });

describe('citations of an article with a url', () => {
  it('on Discord THEN the title links to the article, in full the first time and short after', async () => {
    const h = await startDiscord({ handle: async (r) => bot.handle(r) });
    try {
      const call = await h.interact(slash('who', { name: 'Lena Park' }));
      const values = (embedOf(call).fields as Array<{ name: string; value: string }>).map((f) => f.value);
      expect(values[0]).toContain(`— [${TITLE}](${URL})`);
      expect(values[1]).toContain(`— [Harbour master says the…](${URL})`);
    } finally {
      await h.stop();
    }
  });

  it('on Slack THEN the outlet and the title link to the article, in full the first time and short after', async () => {
    const h = await startSlack({ handle: async (r) => bot.handle(r) });
    try {
      await sendForm(h.events, slashCommand(h.fake.responseUrl('links'), { text: 'who Lena Park' }));
      const reply = await h.fake.waitFor((r) => r.kind === 'response' && r.name === 'links');
      const text = blockText(reply.body);
      expect(text).toContain(`*<${URL}|Coast Wire>* · <${URL}|${TITLE}> · 2024-04-19 · paragraph 1`);
      expect(text).toContain(`*<${URL}|Coast Wire>* · <${URL}|Harbour master says the…> · 2024-04-19 · paragraph 2`);
    } finally {
      await h.close();
    }
  });
});
