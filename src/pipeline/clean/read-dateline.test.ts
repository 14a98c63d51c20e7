import { expect, test } from 'vitest'
import { readDateline } from './read-dateline.js'

test('a line that is only a date stamp is a dateline, in any of the languages, with its day when unambiguous', () => {
  const cases: [string, string | undefined][] = [
    ['Friday, June 7, 2013', '2013-06-07'],
    ['Published: 10:48, Tue, Nov 19, 2019', '2019-11-19'],
    ['Updated 3:45 PM EST, Mon December 2, 2024', '2024-12-02'],
    ['Oct. 12, 2021 at 5:01 p.m. ET', '2021-10-12'],
    ['06/06/13 07:05 PM ET EDT', '2013-06-06'],
    ['11/30/09 05:40 PM ET', '2009-11-30'],
    ['2024-12-06T10:00:00Z', '2024-12-06'],
    ['6 grudnia 2024, 14:30', '2024-12-06'],
    ['Опубликовано: 06.12.2024 12:00', '2024-12-06'],
    ['6 грудня 2024 р., 14:30', '2024-12-06'],
    ['Aktualisiert am 6. Dezember 2024 um 14:30 Uhr', '2024-12-06'],
    ['středa 6. prosince 2024', '2024-12-06'],
    // Read in Belarusian, the language whose month it names: Russian, asked first, took "2024 г." for a year alone.
    ['6 снежня 2024 г.', '2024-12-06'],
    // Either order is a valid day: a dateline, but no date is claimed from it.
    ['05/06/2024 10:00', undefined],
    ['5 December', undefined],
  ]
  for (const [line, date] of cases) expect(readDateline(line), line).toEqual(date === undefined ? {} : { date })
})

test('a headline or sentence with a date in it is not a dateline', () => {
  for (const line of ['June 7 talks collapse', 'Trump on March 3', '12 people killed in 2024', 'Ten dead in southern Iran quake', 'Watergate figure Fred LaRue, July 24', '9/11 anniversary', 'Hollywood’s mermaid Esther Williams dies']) {
    expect(readDateline(line), line).toBeUndefined()
  }
})
