import { describe, expect, it } from 'vitest';
import { botOfStories } from '../helpers.ts';

// An invented business weekly's story (published Friday 2026-03-13) on a county's trade mission to
// Estonia: the trip's days counted from its first ("the mission's second day"), an officer's title
// before a company's name, what a plant makes told in other words than the question's, who signed
// for which side, a body asked for by what it is, reasons told as a purpose, and a commissioner
// asked for by the district she represents.

const bot = botOfStories([
  { title: 'Orrin County mission comes home with a valve plant', published: '2026-03-13', source: 'Brinemoor Business Weekly' },
  [
    'ORRIN BAY - County Executive Mara Quillen returned from Estonia last weekend with two signed agreements and a promised factory.',
    'The 19-member delegation, led by Quillen and the Orrin County Harbor Commission, spent five days in Tallinn, Tartu and Parnu.',
    'Velkor Marine Company, a maker of ship fittings, agreed to build a factory that will turn out valves for fishing boats. The company expects to hire 90 workers by 2028.',
    'The mission\u2019s first day, Monday, March 2, went to briefings in Tallinn.',
    'The following morning, Tallinn grocery importer Juniper Pantry signed a purchase letter for trout fillets from Orrin County farms. Mari Rebane, the importer\u2019s procurement chief, signed for the importer. Hal Mercer signed for the farmers.',
    'On the mission\u2019s third day the delegates rode a train to Tartu, where Quillen and Ines Dallow, Velkor\u2019s founder, signed the investment memorandum.',
    'Velkor Chief Executive Officer Ines Dallow said Velkor picked Orrin Bay so it could dodge import duties and ship faster. "Our buyers would rather wait days than weeks," Dallow said.',
    'The delegation also toured the Sarn Tools plant in Parnu. The plant, open since 2018, assembles pump housings for ferries.',
    'Orrin County Harbor Commission director Osric Greaver and Juhan Kask, deputy director of Tartu\u2019s port board, signed a twin-port pact a day later. It commits the two harbors to share tide data and pilot training.',
    'According to figures the county released Tuesday, the official side of the trip, covering flights and hotels for nine officials, came to $88,000.',
    'The county paid $40,000 from its general fund. The harbor commission covered $28,000 out of mooring fees.',
    'Crestline Forward Alliance, a nonprofit financed by area businesses, covered $20,000 of the cost.',
    'Hal Mercer said the trip paid for itself over one dinner.',
    'Emil Poran, president of Crestline Forward, said the group would publish its accounts.',
    'Crestline Forward Alliance\u2019s treasurer, Ida Vennor, wrote the cheque.',
    '"We have heard promises before," said Commissioner Rhea Baskin, who represents District 5. "Paper is cheap. Payrolls are not."',
    'Velkor has asked for a tax break; whether the county will grant it is still undecided.',
    '*Editor\u2019s note: An earlier version of this story misstated the jobs Velkor has promised. The company has committed to 90 jobs, not 190.*',
  ],
]);
const answer = (q: string) => bot.handleLine(q, 'cli');
const first = (q: string) => answer(q).text.split('\n')[0]!;

describe('GIVEN a trip told by its numbered days', () => {
  it('counts "the mission\u2019s third day" from the first day the story dated, and "a day later" from it', () => {
    expect(first('when did Quillen sign the investment memorandum?')).toMatch(/^March 4, 2026/);
    expect(first('when was the twin-port pact signed?')).toMatch(/^March 5, 2026/);
  });
});

describe('GIVEN an officer titled before their name and a company by its short name', () => {
  it('reads "Velkor Chief Executive Officer Ines Dallow" as Ines Dallow, the chief executive of Velkor Marine Company', () => {
    expect(first('/who Ines Dallow')).toMatch(/^Ines Dallow\b/);
    expect(first('who is the ceo of Velkor Marine Company?')).toMatch(/Ines Dallow/);
  });

  it('corrects a misspelt name to the name as written', () => {
    expect(first('who is ines dalow?')).toMatch(/^Ines Dallow/);
  });
});

describe('GIVEN what a plant makes, told in other words', () => {
  it('answers "make" by "assembles" and "produce" by "turn out"', () => {
    expect(first('what does the Sarn Tools plant make?')).toMatch(/pump housings/i);
    expect(first('what is the new Velkor factory actually going to produce?')).toMatch(/valves/i);
  });
});

describe('GIVEN jobs told as workers in a paragraph that names the company before', () => {
  it('counts them, and takes the editor\u2019s note\u2019s figure over the withdrawn one', () => {
    const jobs = first('how many jobs is Velkor promising?');
    expect(jobs).toMatch(/\b90\b/);
    expect(jobs).not.toMatch(/190/);
  });
});

describe('GIVEN the cities a delegation spent its days in', () => {
  it('lists them all for "list every city the group stopped in"', () => {
    const cities = answer('list every estonian city the orrin county group stopped in').text;
    for (const city of ['Tallinn', 'Tartu', 'Parnu']) expect(cities).toContain(city);
  });
});

describe('GIVEN signers for each side', () => {
  it('finds who signed for a body asked in other words ("food wholesaler" for "grocery importer")', () => {
    expect(first('who inked the trout buying pledge on behalf of the tallinn food wholesaler?')).toMatch(/^Mari Rebane/);
  });

  it('reads "put their name on" as signed', () => {
    const signer = first('who put their name on the twin-port pact for the orrin county side?');
    expect(signer).toMatch(/Osric Greaver/);
    expect(signer).not.toMatch(/Kask/);
  });

  it('answers "in which city did she sign" with the place of the where-clause', () => {
    expect(first('in which estonian city did quillen sign the factory agreement?')).toMatch(/Tartu/);
  });
});

describe('GIVEN a body asked for by what it is', () => {
  it('finds its head through the name the story gives it', () => {
    expect(first('who heads the business-funded nonprofit that paid part of the cost?')).toMatch(/^Emil Poran/);
    expect(first('the guy running the county\u2019s harbor agency on that trip, what\u2019s his name')).toMatch(/^Osric Greaver/);
  });
});

describe('GIVEN a role set off before a name, owned by a body of several words', () => {
  it('reads "Crestline Forward Alliance\u2019s treasurer, Ida Vennor," as her role', () => {
    expect(first('who is the treasurer of Crestline Forward Alliance?')).toMatch(/^Ida Vennor/);
  });
});

describe('GIVEN reasons told as a purpose', () => {
  it('gives the purpose told with "so it could"', () => {
    expect(first('why did velkor want to manufacture in orrin bay?')).toMatch(/import duties/);
  });
});

describe('GIVEN a commissioner known by the district she represents', () => {
  it('finds her by the district and gives her words, told on after their attribution, whole', () => {
    expect(first('who is the district 5 commissioner?')).toMatch(/^Rhea Baskin/);
    expect(first('why is the district 5 commissioner so skeptical?')).toMatch(/Paper is cheap\. Payrolls are not/);
    expect(first('/quote Rhea Baskin')).toMatch(/heard promises before\. Paper is cheap\. Payrolls are not\./);
  });
});

describe('GIVEN who paid, told sentence by sentence', () => {
  it('lists every payer of the officials\u2019 share, and takes neither whose figures they are nor a trip that "paid for itself" for one', () => {
    const paid = answer('who footed the bill for the officials\u2019 share of the estonia trip?').text;
    const payers = paid.split('\n')[0]!;
    for (const payer of [/county/i, /harbor commission/i, /Crestline Forward Alliance/]) expect(payers).toMatch(payer);
    expect(payers).not.toMatch(/According|the trip\b/);
  });
});

describe('GIVEN what a pact binds both sides to, and what is still undecided', () => {
  it('answers "what do they agree to share" with what the pact has them share', () => {
    expect(first('what do the harbors agree to share under the twin-port pact?')).toMatch(/^Tide data/);
  });

  it('answers what is still undecided with the sentence that says so, and what it leans on', () => {
    expect(first('what part of the Velkor deal still hasnt been settled?')).toMatch(/tax break/);
  });

  it('dates a signing asked with a description of the other side in words of its own', () => {
    expect(first('on what date did quillen sign the investment memo with the ship fittings maker?')).toMatch(/^March 4, 2026/);
  });
});

describe('GIVEN a contraction typed without its apostrophe', () => {
  it('reads "hasnt" as "has not", never as another word', () => {
    expect(answer('what hasnt been settled yet?').text).not.toMatch(/haunt/i);
  });
});
