import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answers/question.ts';

// Question analysis: the answer type a question asks for and the constraints it sets, read from the
// shape of the question alone.

const typeOf = (q: string) => analyzeQuestion(q).type;

describe('GIVEN questions as people type them THEN the expected answer type', () => {
  it.each([
    ['who met the mayor in Marlow?', 'person'],
    ['who is the CEO of Acme Robotics?', 'person'],
    ['who runs Acme?', 'person'],
    ['who said the port is the key?', 'speaker'],
    ['what did Ana Silva say about ports?', 'words'],
    ['what does ABC stand for?', 'expansion'],
    ['how many engineers will Acme hire?', 'number'],
    ['how much did the deal cost?', 'number'],
    ['how long have the cities been partners?', 'duration'],
    ['when did the talks begin?', 'date'],
    ['what day did she tour the plant?', 'date'],
    ['since when have they traded?', 'date'],
    ['why did the mayor travel?', 'reason'],
    ['what was the purpose of the mission?', 'reason'],
    ['where will the office open?', 'place'],
    ['where does Ana Silva work?', 'organisation'],
    ["what is Ana Silva's job?", 'role'],
    ['which cities did she visit?', 'list'],
    ['in which fields will they cooperate?', 'list'],
    ['what does Acme make?', 'description'],
    ['what is the agreement about?', 'description'],
    ['what is Acme?', 'description'],
    ['did the mayor meet the president?', 'yesno'],
    ['tell me something', 'sentence'],
  ] as const)('%s → %s', (q, type) => {
    expect(typeOf(q)).toBe(type);
  });
});

describe('GIVEN a question THEN its constraints', () => {
  it('splits subject and verb with the tagger, a capitalised word never being the verb', () => {
    expect(analyzeQuestion('who did the mayor of Shanghai meet in Beijing?')).toMatchObject({
      subject: 'the mayor of Shanghai',
      verb: 'meet',
      about: 'in Beijing',
    });
    expect(analyzeQuestion('what did delegates tour in Shenzhen?')).toMatchObject({ subject: 'delegates', verb: 'tour', about: 'in Shenzhen' });
  });

  it('finds the counted noun of a how-many question', () => {
    expect(analyzeQuestion('how many workers will Acme hire?').focus).toBe('workers');
    expect(analyzeQuestion('how many business leaders joined the mission?').focus).toBe('business leaders');
    expect(analyzeQuestion('how many US students set off?').focus).toBe('US students');
  });

  it('reads before/after, the future, a pronoun, and the topic of words', () => {
    expect(analyzeQuestion('where did she go after Beijing?')).toMatchObject({ order: { relation: 'after', anchor: 'Beijing' }, pronoun: 'she' });
    expect(analyzeQuestion('where did Vargas go before heading to Kestrel City?').order).toEqual({ relation: 'before', anchor: 'Kestrel City' });
    expect(analyzeQuestion('when will the ferry start?').future).toBe(true);
    expect(analyzeQuestion('when did the ferry start?').future).toBe(false);
    expect(analyzeQuestion('what did Li Yong say about local cooperation?')).toMatchObject({ subject: 'Li Yong', topic: 'local cooperation' });
  });
});

describe('GIVEN chat wording of a reason, a sum, a speaker of a kind or a reported future', () => {
  it('reads "X\u2019s reason for", "people total", "which <kind> head says" and "when did she say … will"', () => {
    expect(analyzeQuestion("what was the governor's reason for making the trip")).toMatchObject({ type: 'reason', about: 'governor making the trip' });
    expect(analyzeQuestion('how many people total were in the delegation').focus).toBe('people');
    expect(analyzeQuestion('which shipping-firm head says exports will double')).toMatchObject({ type: 'speaker', focus: 'shipping-firm head' });
    expect(analyzeQuestion('when did the mayor say the plant will open').future).toBe(false);
    expect(analyzeQuestion('when will the plant open').future).toBe(true);
    expect(analyzeQuestion('how did the spokesperson explain the delay')).toMatchObject({ type: 'words', verb: 'say', topic: 'the delay' });
  });
});
