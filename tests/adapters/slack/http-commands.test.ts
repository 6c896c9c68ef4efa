import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, sendForm, slashCommand } from '../../../test-support/fakes/slack-requests.ts';
import { blockText, startHarness, type Harness } from './harness.ts';

// GIVEN the real Bolt in HTTP mode against the fake Slack and the real seeds,
// WHEN a correctly signed slash command arrives, THEN it is acked at once and answered with blocks.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function command(text: string, id: string, over: Record<string, string> = {}) {
  const sent = await sendForm(h.events, slashCommand(h.fake.responseUrl(id), { text, ...over }));
  expect(sent.status).toBe(200);
  expect(sent.body).toBe('');
  const answer = await h.fake.waitFor((r) => r.kind === 'response' && r.name === id);
  return { sent, reply: answer.body };
}

describe('slash commands in HTTP mode', () => {
  it('answers /visit who Han Zheng privately with "Vice President" and a Global Times citation', async () => {
    const { sent, reply } = await command('who Han Zheng', 'who');
    expect(sent.ms).toBeLessThan(1000);
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toMatch(/Vice President/);
    const blocks = blockText(reply);
    expect(blocks).toMatch(/Vice President/);
    expect(blocks).toMatch(/\*Global Times\* · “China expects more economic/);
    expect(blocks).toMatch(/2024-04-18 · paragraph 1/);
    expect(blocks).toContain('Share in channel');
  });

  it('offers a settings reply no share, "why" or votes; only its suggestion, as a button that asks it (as on Discord)', async () => {
    const { reply } = await command('daily subscribe 09:00', 'settings');
    expect(reply.response_type).toBe('ephemeral');
    expect(buttonsOf(reply).map((b) => [b.action_id, b.value, b.text.text])).toEqual([['visit_try_0', 'vb:a:onthisday:', '/visit onthisday']]);
  });

  it('offers no "Share in channel" on an answer the articles do not support', async () => {
    const { reply } = await command('who Ada Lovelace', 'who-unknown');
    expect(reply.response_type).toBe('ephemeral');
    expect(blockText(reply)).toMatch(/do not mention anyone/);
    expect(blockText(reply)).not.toContain('Share in channel');
  });

  it.each([
    ['quote London Breed', /London Breed said/, /China Daily/],
    ['when Han Zheng met Breed', /April 18, 2024/, /Global Times/],
    ['ask who did Breed meet in Beijing?', /Han Zheng|not say/, /paragraph \d|Try/],
    ['onthisday 2024-04-18', /On this day: April 18/, /Global Times/],
    ['timeline', /Timeline/, /paragraph \d/],
    ['sources', /I answer from 2 articles/, /China Daily/],
    ['help', /What I can answer/, /\/visit who/],
    ['daily status', /Sorry/, /Daily posts/],
  ])('answers /visit %s', async (text, title, evidence) => {
    const { reply } = await command(text, `sub-${text.split(' ')[0]}`);
    const blocks = blockText(reply);
    expect(blocks).toMatch(title);
    expect(blocks).toMatch(evidence);
    expect(reply.text).toBeTruthy();
  });

  it('maps a standalone command to the same handler', async () => {
    const { reply } = await command('Han Zheng', 'standalone', { command: '/quote' });
    expect(blockText(reply)).toMatch(/Han Zheng/);
    expect(blockText(reply)).toMatch(/Global Times/);
  });

  it('gives help for /visit alone and usage for an unknown subcommand; a free question is asked', async () => {
    expect(blockText((await command('', 'empty')).reply)).toMatch(/What I can answer/);
    const unknown = (await command('frobnicate', 'unknown')).reply;
    expect(blockText(unknown)).toMatch(/I don't know the command \/frobnicate/);
    expect(unknown.response_type).toBe('ephemeral');
    const free = (await command('Who did Breed meet in Beijing?', 'free')).reply;
    expect(blockText(free)).toMatch(/Han Zheng|do not say/);
  });

  it('escapes <!channel> and mentions typed into a query, so nothing can ping', async () => {
    const { reply } = await command('who <!channel> <@U999> <!here|here> & co', 'escape');
    // Everything Slack shows (button values are never shown or parsed).
    const shown = JSON.stringify({ text: reply.text, blocks: reply.blocks }).replace(/"value":"(?:[^"\\]|\\.)*"/g, '');
    expect(shown).toMatch(/channel/);
    expect(shown).not.toMatch(/<!|<@/);
    expect(shown).not.toMatch(/[^&]& co/);
  });
});
