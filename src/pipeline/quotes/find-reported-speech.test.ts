import { describe, expect, test } from 'vitest'
import { analyzeArticle } from '../analyze-article.js'

/** Quotes of a one-paragraph plain-text article: content text, speaker words and resolved name. */
function quotesOf(body: string): { text: string; speaker: string | undefined; name: string | null; marked: boolean }[] {
  const result = analyzeArticle({ source: 'test.txt', format: 'text', content: `Headline of the story\n\n${body}` })
  if ('kind' in result) throw new Error(`skipped: ${result.reason}`)
  const { text } = result.article
  return result.quotes.map((q) => ({
    text: q.text,
    speaker: q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : undefined,
    name: q.speakerName,
    marked: q.marked,
  }))
}

describe('reported speech', () => {
  test.each([
    ['Senator John Smith said he would vote against the bill.', 'he would vote against the bill.', 'Senator John Smith'],
    ['Senator John Smith said on Tuesday that the bill would fail.', 'that the bill would fail.', 'Senator John Smith'],
    ['Senator John Smith told reporters the bill would fail.', 'the bill would fail.', 'Senator John Smith'],
    ['The bill would fail in the Senate, Senator John Smith said.', 'The bill would fail in the Senate', 'Senator John Smith'],
    ['The bill would fail in the Senate, said Senator John Smith.', 'The bill would fail in the Senate', 'Senator John Smith'],
    ['According to Senator John Smith, the bill would fail in the Senate.', 'the bill would fail in the Senate.', 'Senator John Smith'],
    ['The bill would fail in the Senate, according to the White House.', 'The bill would fail in the Senate', 'the White House'],
    ['Over the years, Mary Jones said, email has helped her stay in touch.', 'Over the years, Mary Jones said, email has helped her stay in touch.', 'Mary Jones'],
    ['The bill would fail in the Senate, said John Smith, a senior official with the party.', 'The bill would fail in the Senate', 'John Smith'],
    ['John Clarke said his fund has spent about $28 million on the work.', 'his fund has spent about $28 million on the work.', 'John Clarke'],
    ['Mary Jones told a large gathering in Washington she will protect those rights.', 'she will protect those rights.', 'Mary Jones'],
    ['Mary Jones says the mails were personal, but for Republicans, it is a scandal.', 'the mails were personal', 'Mary Jones'],
    ['Senator John Smith asked how the deal would fare in the Senate.', 'how the deal would fare in the Senate.', 'Senator John Smith'],
    ['Recent polls show Clinton leading in the state by ten points.', 'Clinton leading in the state by ten points.', 'Recent polls'],
    ['The company said that its profits had doubled last year.', 'that its profits had doubled last year.', 'The company'],
  ])('%s', (body, content, speaker) => {
    const [quote] = quotesOf(body)
    expect(quote).toMatchObject({ text: content, speaker, marked: false })
  })

  /** Each body holds one quote, whose speaker resolves to `name` (null: unnamed). */
  const expectSpeakers = (cases: readonly (readonly [string, string | null])[]): void => {
    for (const [body, name] of cases) expect(quotesOf(body).map((q) => q.name), body).toEqual([name])
  }

  test('a news agency speaks under its name: "the Interfax news agency", "according to state news agency Belta"', () => {
    expectSpeakers([
      ['Alexander Lukashenko met Vladimir Putin in Minsk on Friday, according to state news agency Belta.', 'Belta'],
      ['Alexander Lukashenko met Vladimir Putin in Minsk on Friday, according to the Belta news agency.', 'Belta'],
      ['Alexander Lukashenko met Vladimir Putin in Minsk on Friday, the Interfax news agency reported.', 'Interfax'],
      // Other heads do not speak for the name in them.
      ["The talks will resume next week, according to Trump's aides.", null],
    ])
  })

  test('a document made "by" someone speaks for its author: "according to estimates released Wednesday by the Social Security Administration"', () => {
    expectSpeakers([
      ['The increase amounts to $92 a month for the average retired worker, according to estimates released Wednesday by the Social Security Administration.', 'Social Security Administration'],
      ['Retirees will see the increase in January, according to a report published by the Congressional Budget Office.', 'Congressional Budget Office'],
      // No author named: the document stays the unnamed source.
      ['Retirees will see the increase in January, according to estimates released on Wednesday.', null],
    ])
  })

  test('a participle cue after a comma starts a second report by the same speaker', () => {
    const quotes = quotesOf('John Smith said the bill would fail, adding that the vote was rigged.')
    expect(quotes.map((q) => [q.text, q.name])).toEqual([
      ['the bill would fail', 'John Smith'],
      ['that the vote was rigged.', 'John Smith'],
    ])
  })

  test('a participle after an object speaks for the subject: "Warren issued a report arguing that …"', () => {
    expect(quotesOf('Senator Mary Warren issued a report arguing that banks get away with crimes.')).toMatchObject([
      { text: 'that banks get away with crimes.', speaker: 'Senator Mary Warren' },
    ])
  })

  test('a second verb of the same subject starts a second report', () => {
    const quotes = quotesOf('Mark Kelly said Arizona had become a winnable state, but said Democrats could not relax.')
    expect(quotes.map((q) => [q.text, q.name])).toEqual([
      ['Arizona had become a winnable state', 'Mark Kelly'],
      ['Democrats could not relax.', 'Mark Kelly'],
    ])
  })

  test.each([
    ['Senator John Smith urged voters in Iowa to turn out on Monday.', 'to turn out on Monday.'],
    ['Senator John Smith called for the repeal of the tax on fuel.', 'the repeal of the tax on fuel.'],
    ['Senator John Smith declined to comment on the report.', 'to comment on the report.'],
    ['Senator John Smith called him a danger to the whole country.', 'him a danger to the whole country.'],
    ['Senator John Smith described the plan as a gift to the banks.', 'the plan as a gift to the banks.'],
  ])('speech act: %s', (body, content) => {
    expect(quotesOf(body)).toMatchObject([{ text: content, speaker: 'Senator John Smith', name: 'John Smith' }])
  })

  test.each([
    ['Elizabeth Warren: Donald Trump is a failure in business.', 'Donald Trump is a failure in business.', 'Elizabeth Warren'],
    ['TAPPER: And obviously, you are supporting him in this race.', 'And obviously, you are supporting him in this race.', 'TAPPER'],
  ])('speaker before a colon: %s', (body, content, speaker) => {
    expect(quotesOf(body)).toMatchObject([{ text: content, speaker }])
  })

  test('an interview turn "Q:" names no speaker', () => {
    expect(quotesOf('Q: What do you make of the polls in the state?')).toEqual([])
  })

  test('an organisation speaks by its name', () => {
    expect(quotesOf('The White House said that the president would veto the bill.')).toMatchObject([
      { text: 'that the president would veto the bill.', speaker: 'The White House', name: 'The White House' },
    ])
  })

  test('a cue noun with a "that" clause: the possessor speaks', () => {
    expect(quotesOf("Critics rejected John Smith's claim that the election was rigged.")).toMatchObject([
      { text: 'that the election was rigged.', speaker: 'John Smith', name: 'John Smith' },
    ])
  })

  test('a relative "that" after a cue noun is no report', () => {
    expect(quotesOf('The claim that he made on Tuesday was repeated by many.')).toEqual([])
  })

  test('an intention is not a quote: "promised to", "plans to"', () => {
    expect(quotesOf('Vladimir Putin promised to fulfil this request next year. They plan to meet in Minsk in the spring.')).toEqual([])
  })

  test.each([
    ['The senator said a prayer for the victims.'],
    ['Smith was told to leave the room immediately.'],
    ['Smith called the senator on Tuesday afternoon.'],
    ['Smith called the police to the scene of the crash.'],
  ])('no reported speech in "%s"', (body) => {
    expect(quotesOf(body)).toEqual([])
  })

  test('a quoted fragment inside reported speech is part of it, not a quote of its own', () => {
    const quotes = quotesOf('John Smith said on Tuesday that her plan would "lead to a long war with Russia," because of the risks.')
    expect(quotes.map((q) => [q.text, q.marked])).toEqual([['that her plan would "lead to a long war with Russia," because of the risks.', false]])
  })

  test('a clause in the writer\'s words with a long quotation in it stays reported speech', () => {
    const quotes = quotesOf('Mary Jones said she recalls the partner "being supportive of her through all of it, every single day."')
    expect(quotes.map((q) => [q.text, q.marked])).toEqual([['she recalls the partner "being supportive of her through all of it, every single day."', false]])
  })

  test('a clause that is mostly a quotation is left to the marked quote', () => {
    const quotes = quotesOf('John Smith said that "the bill will fail in the Senate next week."')
    expect(quotes).toHaveLength(1)
    expect(quotes[0]).toMatchObject({ text: 'the bill will fail in the Senate next week.', marked: true })
  })
})
