import type { Locale } from '../vocabulary/label.ts'

/** The words a picture shows or tells (placeholders, markers, text alternatives), per language. */
export interface PictureWords {
  /** An element this version cannot show: "Unbekannt: {type}". */
  unknown(type: string): string
  /** A frame without a title. */
  untitledFrame: string
  /** An image whose file is gone: "Bild fehlt: {name}". */
  missingImage(name: string): string
  /** Card words. */
  customCategory: string
  person: string
  orgUnit: string
  role: string
  unnamed: string
  vacant: string
  time(used: number, available: number): string
  /** Text alternatives ("meaning") of elements. */
  note(text: string): string
  emptyNote: string
  text(text: string): string
  shape(text: string): string
  frame(title: string): string
  stroke: string
  image(alt: string): string
  imageNoAlt: string
  connector(text: string): string
  connectorPlain: string
  actor(name: string, category: string, place: string): string
  roleCard(title: string, group: string, holders: string): string
  personCard(kind: string, name: string, orgUnit: string): string
}

const DE: PictureWords = {
  unknown: (type) => `Unbekannt: ${type}`,
  untitledFrame: 'Rahmen',
  missingImage: (name) => `Bild fehlt: ${name}`,
  customCategory: 'Sonstige',
  person: 'Person',
  orgUnit: 'Org.-Einheit',
  role: 'Rolle',
  unnamed: '(ohne Namen)',
  vacant: 'unbesetzt',
  time: (used, available) => `Zeit: ${used} % von ${available} %`,
  note: (text) => `Notiz: ${text}`,
  emptyNote: 'Leere Notiz',
  text: (text) => `Text: ${text}`,
  shape: (text) => (text ? `Form: ${text}` : 'Form'),
  frame: (title) => `Rahmen: ${title}`,
  stroke: 'Freihandzeichnung',
  image: (alt) => `Bild: ${alt}`,
  imageNoAlt: 'Bild ohne Beschreibung',
  connector: (text) => `Verbindung: ${text}`,
  connectorPlain: 'Verbindung',
  actor: (name, category, place) => `Akteur:in: ${name}, ${category}${place ? `, ${place}` : ''}`,
  roleCard: (title, group, holders) =>
    `Rolle: ${title}${group ? `, ${group}` : ''}${holders ? `, besetzt von ${holders}` : ', unbesetzt'}`,
  personCard: (kind, name, orgUnit) => `${kind}: ${name}${orgUnit ? `, ${orgUnit}` : ''}`,
}

const EN: PictureWords = {
  unknown: (type) => `Unknown: ${type}`,
  untitledFrame: 'Frame',
  missingImage: (name) => `Image missing: ${name}`,
  customCategory: 'Other',
  person: 'Person',
  orgUnit: 'Org unit',
  role: 'Role',
  unnamed: '(unnamed)',
  vacant: 'vacant',
  time: (used, available) => `Time: ${used} % of ${available} %`,
  note: (text) => `Note: ${text}`,
  emptyNote: 'Empty note',
  text: (text) => `Text: ${text}`,
  shape: (text) => (text ? `Shape: ${text}` : 'Shape'),
  frame: (title) => `Frame: ${title}`,
  stroke: 'Freehand drawing',
  image: (alt) => `Image: ${alt}`,
  imageNoAlt: 'Image without description',
  connector: (text) => `Connection: ${text}`,
  connectorPlain: 'Connection',
  actor: (name, category, place) => `Actor: ${name}, ${category}${place ? `, ${place}` : ''}`,
  roleCard: (title, group, holders) =>
    `Role: ${title}${group ? `, ${group}` : ''}${holders ? `, held by ${holders}` : ', vacant'}`,
  personCard: (kind, name, orgUnit) => `${kind}: ${name}${orgUnit ? `, ${orgUnit}` : ''}`,
}

/** The picture's words in German and English (the same as the app's catalogue says them). */
export const PICTURE_WORDS: Readonly<Record<Locale, PictureWords>> = { de: DE, en: EN }
