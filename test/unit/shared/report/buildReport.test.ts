import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { createFrame } from '../../../../shared/ops/createFrame.ts'
import { buildReport } from '../../../../shared/report/buildReport.ts'
import {
  REPORT_MAX_FIGURE_ELEMENTS,
  REPORT_MAX_FIGURES,
} from '../../../../shared/report/sections/figures.ts'
import type { ReportDocument } from '../../../../shared/report/document.ts'
import { buildWorkshopBoard, GERMAN_NOTE } from '../../../helpers/workshopBoard.ts'
import { headings, itemsUnder, rowsOf, tableUnder, under } from './reportQueries.ts'

const NOW = new Date('2026-12-07T16:00:00Z')
const URL = 'https://werkraum.musterstadt.de/b/abc123'

function report(language: 'de' | 'en', fill = true): ReportDocument {
  const doc = new Y.Doc()
  if (fill) buildWorkshopBoard(doc)
  return buildReport({ doc, title: 'Digitale Kommune 2027', boardUrl: URL, now: NOW, language })
}

describe('buildReport', () => {
  it('opens with the title, the date, the address without a token and the board in figures', () => {
    const r = report('de')
    expect(r.title).toBe('Workshop-Bericht: Digitale Kommune 2027')
    expect(r.date).toBe('2026-12-07')
    expect(r.language).toBe('de')
    expect(r.blocks[0]).toEqual({ kind: 'heading', level: 1, text: r.title })
    const texts = r.blocks
      .slice(1, 4)
      .map((b) => (b.kind === 'paragraph' ? b.runs.map((run) => run.text).join('') : ''))
    expect(texts[0]).toBe('Stand: 7. Dezember 2026')
    expect(texts[1]).toBe(`Adresse des Boards: ${URL}`)
    expect(texts[2]).toContain('Zugang über den Link der Moderation')
    const counts = r.blocks[4]
    expect(counts?.kind).toBe('table')
    if (counts?.kind !== 'table') return
    expect(counts.header).toEqual(['Was', 'Anzahl'])
    // 3 frames, 6 notes (one blank), 6 actors, 3 relations, 5 roles, 3 people.
    expect(rowsOf(counts)).toEqual([
      ['Elemente', 26],
      ['Akteur:innen', 6],
      ['Beziehungen', 3],
      ['Rollen', 5],
      ['Personen und Organisationseinheiten', 3],
      ['Notizen', 6],
      ['Rahmen', 3],
    ])
    expect(counts.rows[0]?.[1]?.type).toBe('number')
  })

  it('has one level-1 heading and the sections in order, in German and in English', () => {
    expect(headings(report('de')).filter((h) => h.startsWith('1 '))).toHaveLength(1)
    expect(headings(report('de')).filter((h) => h.startsWith('2 '))).toEqual([
      '2 Ökosystem',
      '2 Rollen',
      '2 Notizen',
      '2 Die Rahmen im Bild',
    ])
    expect(headings(report('en')).filter((h) => h.startsWith('2 '))).toEqual([
      '2 Ecosystem',
      '2 Roles',
      '2 Notes',
      '2 The frames as pictures',
    ])
    expect(report('en').title).toBe('Workshop report: Digitale Kommune 2027')
  })

  it('lists the actors by ring (every ring, in map order) and by category', () => {
    const r = report('de')
    expect(rowsOf(tableUnder(r, 'Akteur:innen nach Ring'))).toEqual([
      ['Verwaltung', 1, 'Stadtverwaltung Musterstadt'],
      ['Konzern Kommune', 2, 'KDN Rechenzentrum, Stadtwerke'],
      ['Örtliche Gemeinschaft', 2, 'Bürger:innen, Sportverein | Süd'],
      ['Region, Land, Bund', 1, 'Land NRW'],
    ])
    expect(rowsOf(tableUnder(r, 'Akteur:innen nach Kategorie'))).toEqual([
      ['Verwaltung', 1, 'Stadtverwaltung Musterstadt'],
      ['Konzern Kommune', 1, 'Stadtwerke'],
      ['Bürger:innen', 1, 'Bürger:innen'],
      ['Region/Land/Bund', 1, 'Land NRW'],
      ['IT-Dienstleister', 1, 'KDN Rechenzentrum'],
      ['Vereine', 1, 'Sportverein | Süd'],
    ])
    expect(rowsOf(tableUnder(report('en'), 'Actors by ring'))[2]).toEqual([
      'Local community',
      2,
      'Bürger:innen, Sportverein | Süd',
    ])
  })

  it('lists the relations by kind, each with its ends', () => {
    const r = report('de')
    expect(rowsOf(tableUnder(r, 'Beziehungen nach Art'))).toEqual([
      ['beauftragt', 1],
      ['liefert Daten an', 1],
      ['finanziert', 1],
    ])
    expect(rowsOf(tableUnder(r, 'Beziehungen nach Art', 1))).toEqual([
      ['Stadtverwaltung Musterstadt', 'beauftragt', 'KDN Rechenzentrum'],
      ['Stadtwerke', 'liefert Daten an', 'Stadtverwaltung Musterstadt'],
      ['Land NRW', 'finanziert', 'Stadtverwaltung Musterstadt'],
    ])
    expect(tableUnder(r, 'Beziehungen nach Art', 1).header).toEqual(['Von', 'Art', 'Zu'])
  })

  it('names the missing categories with how often municipalities involve them', () => {
    const items = itemsUnder(report('de'), 'Fehlende Kategorien')
    expect(items).toEqual([
      'Wirtschaft: 18 % der Kommunen beziehen sie stark ein (Trendreport Digitaler Staat 2022)',
      'Politik',
      'Wissenschaft: 16 % der Kommunen beziehen sie stark ein (Trendreport Digitaler Staat 2022)',
      'Zivilgesellschaft: 10 % der Kommunen beziehen sie stark ein (Trendreport Digitaler Staat 2022)',
    ])
    expect(itemsUnder(report('de'), 'Akteur:innen ohne Beziehung')).toEqual([
      '„Bürger:innen“ hat noch keine Beziehung zu anderen Akteur:innen.',
      '„Sportverein | Süd“ hat noch keine Beziehung zu anderen Akteur:innen.',
    ])
  })

  it('shows who holds which role with RACI and share of time, by catalogue group', () => {
    const r = report('de')
    const holders = tableUnder(r, 'Wer hält welche Rolle')
    expect(holders.header).toEqual([
      'Rolle',
      'Gruppe',
      'Person oder Organisationseinheit',
      'RACI',
      'Zeitanteil',
    ])
    expect(rowsOf(holders)).toEqual([
      ['CDO / Digitalisierungsbeauftragte:r', 'Steuerung', 'Anna Schmidt', 'R', 40],
      ['CIO / IT-Leitung', 'Umsetzung', 'Anna Schmidt', 'R', 50],
      ['CIO / IT-Leitung', 'Umsetzung', 'IT-Abteilung', 'A', 0],
      ['CIO / IT-Leitung', 'Umsetzung', 'Ben Weber', 'C', 0],
      ['Datenschutzbeauftragte:r', 'Schutz und Mitbestimmung', 'Anna Schmidt', 'A', 30],
      ['Informationssicherheitsbeauftragte:r', 'Schutz und Mitbestimmung', 'Ben Weber', 'A', 20],
    ])
    expect(holders.rows[0]?.[4]?.type).toBe('percent')
    expect(rowsOf(tableUnder(r, 'Personen und Organisationseinheiten'))).toEqual([
      ['Anna Schmidt', 'Person', 'Hauptamt', 100, 3, 120],
      ['Ben Weber', 'Person', '', 50, 1, 20],
      ['IT-Abteilung', 'Organisationseinheit', '', 100, 1, 0],
    ])
  })

  it('names the vacant role, the conflict and the overload with their reasons', () => {
    const r = report('de')
    expect(itemsUnder(r, 'Unbesetzte Rollen')).toEqual([
      '„OZG-Koordinator:in“ ist unbesetzt: Niemand ist mit R oder A eingetragen.',
    ])
    const conflicts = under(r, 'Konflikte und Überlastungen')
    expect(conflicts).toHaveLength(1)
    const list = conflicts[0]
    if (list?.kind !== 'list') throw new Error('not a list')
    expect(list.items).toHaveLength(2)
    const [conflict, overload] = list.items
    expect(conflict?.[0]).toEqual({
      text: 'Interessenkonflikt: Anna Schmidt hat „Datenschutzbeauftragte:r“ und „CIO / IT-Leitung“.',
      bold: true,
    })
    expect(conflict?.[1]?.text).toContain('Begründung: ')
    expect(conflict?.[1]?.text).toContain('Art. 38 Abs. 6 DSGVO')
    expect(overload).toEqual([
      {
        text: 'Die Rollen von Anna Schmidt brauchen 120 % der Zeit, mehr als 100 %.',
        bold: true,
      },
    ])
    expect(itemsUnder(r, 'Verantwortung (A)')).toEqual([
      '„CDO / Digitalisierungsbeauftragte:r“ hat kein A: Niemand trägt die Verantwortung.',
    ])
    const en = itemsUnder(report('en'), 'Conflicts and overloads')
    expect(en[0]).toContain('Conflict of interest: Anna Schmidt holds')
    expect(en[0]).toContain('Art. 38(6) GDPR')
  })

  it('gives the notes by frame in agenda order, in reading order, then those outside', () => {
    const r = report('de')
    expect(
      headings(r).filter((h) => h.startsWith('3 Rahmen') || h.startsWith('3 Notizen')),
    ).toEqual([
      '3 Rahmen „Ideen sammeln“',
      '3 Rahmen „Rollen klären“',
      '3 Rahmen „Leerer Rahmen“',
      '3 Notizen außerhalb von Rahmen',
    ])
    expect(itemsUnder(r, 'Rahmen „Ideen sammeln“')).toEqual([
      'Bürgerportal für alle Dienste',
      'Daten teilen\nmit dem Kreis',
      GERMAN_NOTE,
    ])
    expect(itemsUnder(r, 'Rahmen „Rollen klären“')).toEqual(['Wer entscheidet über | Budgets?'])
    expect(under(r, 'Rahmen „Leerer Rahmen“')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Keine Notizen in diesem Rahmen.' }] },
    ])
    // The blank note says nothing and is left out.
    expect(itemsUnder(r, 'Notizen außerhalb von Rahmen')).toEqual(['Parkplatz: offene Fragen'])
  })

  it('has a figure of each frame in agenda order, with a text alternative of what it holds', () => {
    const figures = under(report('de'), 'Die Rahmen im Bild')
    expect(figures.map((f) => (f.kind === 'figure' ? [f.title, f.alt] : []))).toEqual([
      ['Rahmen „Ideen sammeln“', 'Rahmen „Ideen sammeln“ mit 3 Notizen.'],
      ['Rahmen „Rollen klären“', 'Rahmen „Rollen klären“ mit 1 Notiz.'],
      ['Rahmen „Leerer Rahmen“', 'Rahmen „Leerer Rahmen“, leer.'],
    ])
    const en = under(report('en'), 'The frames as pictures')
    expect(en[0]).toMatchObject({ kind: 'figure', alt: 'Frame “Ideen sammeln” with 3 notes.' })
  })

  it('says so where an empty board has nothing, and names an untitled board', () => {
    const doc = new Y.Doc()
    const r = buildReport({ doc, title: '  ', boardUrl: '/b/x', now: NOW, language: 'de' })
    expect(r.title).toBe('Workshop-Bericht: Board ohne Titel')
    expect(under(r, 'Ökosystem')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Auf dem Board sind keine Akteur:innen.' }] },
    ])
    expect(under(r, 'Rollen')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Auf dem Board sind keine Rollen.' }] },
    ])
    expect(under(r, 'Notizen')[0]).toEqual({
      kind: 'paragraph',
      runs: [{ text: 'Auf dem Board sind keine Notizen.' }],
    })
    expect(under(r, 'Die Rahmen im Bild')[0]).toMatchObject({ kind: 'paragraph' })
  })

  it('gives the date of the day in Germany', () => {
    const doc = new Y.Doc()
    const lateEvening = new Date('2026-12-31T23:30:00Z')
    const r = buildReport({ doc, title: 'x', boardUrl: '/b/x', now: lateEvening, language: 'en' })
    expect(r.date).toBe('2027-01-01')
    const date = r.blocks[1]
    expect(date?.kind === 'paragraph' && date.runs[0]?.text).toBe('As of: 1 January 2027')
  })
})

describe('buildReport on a board with very many frames', () => {
  it('shows the first frames as pictures and says how many it left out', () => {
    const doc = new Y.Doc()
    for (let i = 0; i < REPORT_MAX_FIGURES + 3; i++) {
      createFrame(doc, { x: 0, y: i * 500, w: 400, h: 300, title: `Schritt ${i + 1}` })
    }
    const r = buildReport({ doc, title: 't', boardUrl: '/b/x', now: NOW, language: 'de' })
    const blocks = under(r, 'Die Rahmen im Bild')
    const figures = blocks.filter((b) => b.kind === 'figure')
    expect(figures).toHaveLength(REPORT_MAX_FIGURES)
    expect(figures.at(-1)).toMatchObject({ title: `Rahmen „Schritt ${REPORT_MAX_FIGURES}“` })
    expect(blocks.at(-1)).toEqual({
      kind: 'paragraph',
      runs: [
        {
          text: `Bilder gibt es für die ersten ${REPORT_MAX_FIGURES} Rahmen, damit der Bericht handlich bleibt; die übrigen 3 Rahmen stehen mit ihren Notizen im Abschnitt „Notizen“.`,
        },
      ],
    })
  })

  it('stops the pictures at the first frame that would pass the budget of drawn elements', () => {
    const doc = new Y.Doc()
    const perFrame = Math.floor(REPORT_MAX_FIGURE_ELEMENTS / 2) - 1
    for (let f = 0; f < 3; f++) {
      createFrame(doc, { x: 0, y: f * 20_000, w: 15_000, h: 15_000, title: `Schritt ${f + 1}` })
      // Written as the schema stores notes, in one transaction: thousands through createNote
      // (which stacks each on top of all others) would take the test's whole time.
      doc.transact(() => {
        for (let i = 0; i < perFrame; i++) {
          const note = new Y.Map<unknown>()
          note.set('type', 'note')
          note.set('x', 100 + (i % 70) * 200)
          note.set('y', f * 20_000 + 100 + Math.floor(i / 70) * 200)
          note.set('w', 120)
          note.set('h', 120)
          note.set('z', 'a1')
          note.set('text', new Y.Text('x'))
          doc.getMap('elements').set(`n${f}-${i}`, note)
        }
      })
    }
    const r = buildReport({ doc, title: 't', boardUrl: '/b/x', now: NOW, language: 'en' })
    const blocks = under(r, 'The frames as pictures')
    expect(
      blocks.filter((b) => b.kind === 'figure').map((b) => b.kind === 'figure' && b.title),
    ).toEqual(['Frame “Schritt 1”', 'Frame “Schritt 2”'])
    expect(blocks.at(-1)).toMatchObject({
      runs: [{ text: expect.stringContaining('pictures of the first 2 frames') }],
    })
  })
})
