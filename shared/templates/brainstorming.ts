import type { Locale } from '../vocabulary/label.ts'
import { TemplateBuilder } from './builder.ts'
import type { BoardTemplate } from './template.ts'

const WORDS = {
  de: {
    question: 'Leitfrage',
    questionHelp:
      'Worum geht es heute? Schreibt die Frage, zu der alle Ideen sammeln, in diese Notiz.',
    questionNote: 'Unsere Leitfrage:',
    steps:
      '1. Stilles Schreiben: jede:r für sich, eine Idee pro Notiz\n2. Aufdecken und kurz vorstellen\n3. Ähnliches zu Themen ordnen\n4. Punkte vergeben',
    topics: ['Thema 1', 'Thema 2', 'Thema 3'],
    parking: 'Parkplatz',
    parkingHelp: 'Wichtig, aber nicht jetzt: Hier parken wir Fragen und Themen für später.',
  },
  en: {
    question: 'Guiding question',
    questionHelp:
      'What is today about? Write the question everyone collects ideas for into this note.',
    questionNote: 'Our guiding question:',
    steps:
      '1. Silent writing: everyone on their own, one idea per note\n2. Reveal and present briefly\n3. Sort similar ideas into topics\n4. Dot voting',
    topics: ['Topic 1', 'Topic 2', 'Topic 3'],
    parking: 'Parking lot',
    parkingHelp: 'Important, but not now: we park questions and topics here for later.',
  },
} as const

function build(locale: Locale) {
  const b = new TemplateBuilder()
  const words = WORDS[locale]
  b.frame({ x: 0, y: 0, w: 2000, h: 360 }, words.question)
  b.text({ x: 40, y: 60, w: 900, h: 60 }, words.questionHelp, { fontSize: 20 })
  b.note(40, 140, words.questionNote, 'yellow')
  b.text({ x: 1000, y: 60, w: 960, h: 240 }, words.steps, { fontSize: 22 })
  words.topics.forEach((topic, i) => {
    b.frame({ x: i * 680, y: 440, w: 640, h: 800 }, topic)
  })
  b.frame({ x: 0, y: 1320, w: 2000, h: 440 }, words.parking)
  b.text({ x: 40, y: 1380, w: 1200, h: 40 }, words.parkingHelp, { fontSize: 20 })
  return b.elements
}

/** "Brainstorming": a guiding question, topic frames and a parking lot. */
export const BRAINSTORMING_TEMPLATE: BoardTemplate = {
  id: 'brainstorming',
  label: { de: 'Brainstorming', en: 'Brainstorming' },
  description: {
    de: 'Leitfrage, stilles Schreiben, Themenrahmen zum Clustern und ein Parkplatz.',
    en: 'Guiding question, silent writing, topic frames for clustering and a parking lot.',
  },
  build,
}
