import type { Label } from './label.ts'

/** Groups of the roles catalogue, in the order a facilitator lays them out. */
export const ROLE_GROUPS = [
  { id: 'steering', label: { de: 'Steuerung', en: 'Steering' } },
  { id: 'coordination', label: { de: 'Koordination', en: 'Coordination' } },
  { id: 'implementation', label: { de: 'Umsetzung', en: 'Implementation' } },
  {
    id: 'protection',
    label: { de: 'Schutz und Mitbestimmung', en: 'Protection and co-determination' },
  },
  { id: 'data', label: { de: 'Daten', en: 'Data' } },
] as const satisfies readonly { id: string; label: Label }[]

export type RoleGroupId = (typeof ROLE_GROUPS)[number]['id']
export const ROLE_GROUP_IDS: readonly RoleGroupId[] = ROLE_GROUPS.map((g) => g.id)

export function isRoleGroupId(v: unknown): v is RoleGroupId {
  return typeof v === 'string' && (ROLE_GROUP_IDS as readonly string[]).includes(v)
}

export interface CatalogueRole {
  id: string
  group: RoleGroupId
  title: Label
  description: Label
}

/**
 * The default roles of a Digitale Kommune (KGSt Denkanstöße No. 2; IT-Planungsrat, E-Kompetenz
 * 2016). `hrHead` and `itOperations` are not in the KGSt list: the conflict-of-interest rules
 * name them, so they must be placeable. Ids are stored on role cards and never change.
 */
export const ROLES_CATALOGUE = [
  {
    id: 'administrationHead',
    group: 'steering',
    title: { de: 'Verwaltungsspitze', en: 'Head of administration' },
    description: {
      de: 'Bürgermeister:in oder Landrat:Landrätin; Gesamtverantwortung, Digitalisierung ist Chefsache.',
      en: 'Mayor or district administrator; overall responsibility, digitalisation is a matter for the top.',
    },
  },
  {
    id: 'council',
    group: 'steering',
    title: { de: 'Rat / Digitalausschuss', en: 'Council / digital committee' },
    description: { de: 'Gibt Mandat und Ressourcen.', en: 'Gives the mandate and the resources.' },
  },
  {
    id: 'cdo',
    group: 'steering',
    title: { de: 'CDO / Digitalisierungsbeauftragte:r', en: 'CDO / digitalisation officer' },
    description: {
      de: 'Strategie, vermittelt zwischen Bereichen, verbindet mit den kommunalen Unternehmen, Ansprechperson für örtliche Akteur:innen, treibt den Kulturwandel.',
      en: 'Strategy, mediates between units, links to the municipal companies, contact for local actors, drives cultural change.',
    },
  },
  {
    id: 'coreTeam',
    group: 'coordination',
    title: { de: 'Stabsstelle / Kernteam Digitalisierung', en: 'Digitalisation unit / core team' },
    description: {
      de: 'Eine Organisationseinheit, quer über die Fachbereiche besetzt.',
      en: 'An org unit, staffed across departments.',
    },
  },
  {
    id: 'digitalCoordinator',
    group: 'coordination',
    title: { de: 'Digitalisierungskoordinator:in', en: 'Digitalisation coordinator' },
    description: {
      de: 'Bündelt Ideen und Vorhaben und stimmt sie ab.',
      en: 'Channels ideas and projects and coordinates them.',
    },
  },
  {
    id: 'ozgCoordinator',
    group: 'coordination',
    title: { de: 'OZG-Koordinator:in', en: 'OZG coordinator' },
    description: {
      de: 'Koordiniert die Umsetzung des Onlinezugangsgesetzes.',
      en: 'Coordinates the implementation of the Online Access Act (OZG).',
    },
  },
  {
    id: 'cio',
    group: 'implementation',
    title: { de: 'CIO / IT-Leitung', en: 'CIO / head of IT' },
    description: { de: 'Verantwortet die interne IT.', en: 'Responsible for internal IT.' },
  },
  {
    id: 'itOperations',
    group: 'implementation',
    title: { de: 'IT-Betrieb', en: 'IT operations' },
    description: {
      de: 'Betreibt Systeme und Netze, intern oder beim IT-Dienstleister.',
      en: 'Runs systems and networks, in house or at the IT provider.',
    },
  },
  {
    id: 'hrHead',
    group: 'implementation',
    title: { de: 'Personalleitung', en: 'Head of HR' },
    description: {
      de: 'Verantwortet Personal und Personalentwicklung.',
      en: 'Responsible for staff and staff development.',
    },
  },
  {
    id: 'processManager',
    group: 'implementation',
    title: { de: 'Prozessmanager:in', en: 'Process manager' },
    description: {
      de: 'Erhebt, vereinfacht und digitalisiert Verwaltungsprozesse.',
      en: 'Maps, simplifies and digitalises administrative processes.',
    },
  },
  {
    id: 'changeManager',
    group: 'implementation',
    title: { de: 'Organisations- und Change-Manager:in', en: 'Organisation and change manager' },
    description: {
      de: 'Begleitet Veränderungen in Organisation und Zusammenarbeit.',
      en: 'Guides changes in organisation and ways of working.',
    },
  },
  {
    id: 'innovationManager',
    group: 'implementation',
    title: { de: 'Innovationsmanager:in', en: 'Innovation manager' },
    description: {
      de: 'Findet und erprobt neue Lösungen.',
      en: 'Finds and tries out new solutions.',
    },
  },
  {
    id: 'itProjectManager',
    group: 'implementation',
    title: { de: 'IT-Projektmanager:in', en: 'IT project manager' },
    description: { de: 'Führt IT-Projekte zum Ziel.', en: 'Leads IT projects to completion.' },
  },
  {
    id: 'itArchitect',
    group: 'implementation',
    title: { de: 'IT-Architekt:in', en: 'IT architect' },
    description: {
      de: 'Hält Systeme und Schnittstellen zusammen.',
      en: 'Keeps systems and interfaces consistent.',
    },
  },
  {
    id: 'departments',
    group: 'implementation',
    title: { de: 'Fachbereiche und Führungskräfte', en: 'Departments and managers' },
    description: {
      de: 'Verantworten die Digitalisierung ihrer Aufgaben.',
      en: 'Responsible for digitalising their own tasks.',
    },
  },
  {
    id: 'digitalPilots',
    group: 'implementation',
    title: { de: 'Digitale Lots:innen', en: 'Digital pilots' },
    description: {
      de: 'Multiplikator:innen in den Bereichen; brauchen ein festes Zeitbudget.',
      en: 'Multipliers inside the units; they need a fixed time budget.',
    },
  },
  {
    id: 'topicSponsors',
    group: 'implementation',
    title: { de: 'Themenpat:innen', en: 'Topic sponsors' },
    description: {
      de: 'Treiben ein Thema über Bereichsgrenzen voran.',
      en: 'Drive one topic across unit boundaries.',
    },
  },
  {
    id: 'dataProtectionOfficer',
    group: 'protection',
    title: { de: 'Datenschutzbeauftragte:r', en: 'Data protection officer' },
    description: {
      de: 'Berät und überwacht nach Art. 37–39 DSGVO.',
      en: 'Advises and monitors under Art. 37–39 GDPR.',
    },
  },
  {
    id: 'informationSecurityOfficer',
    group: 'protection',
    title: { de: 'Informationssicherheitsbeauftragte:r', en: 'Information security officer' },
    description: {
      de: 'Steuert die Informationssicherheit; oft zwischen Kommunen geteilt.',
      en: 'Steers information security; often shared between municipalities.',
    },
  },
  {
    id: 'staffCouncil',
    group: 'protection',
    title: { de: 'Personalrat', en: 'Staff council' },
    description: {
      de: 'Bestimmt mit, wenn Systeme eingeführt werden, die Beschäftigte überwachen können.',
      en: 'Co-determines when systems that can monitor staff are introduced.',
    },
  },
  {
    id: 'dataLead',
    group: 'data',
    title: { de: 'Strategische Datenverantwortung', en: 'Data lead' },
    description: {
      de: 'Verantwortet den strategischen Umgang mit Daten.',
      en: 'Responsible for the strategic use of data.',
    },
  },
  {
    id: 'dataGovernance',
    group: 'data',
    title: { de: 'Data-Governance-Management', en: 'Data governance management' },
    description: {
      de: 'Legt Regeln, Zuständigkeiten und Qualität für Daten fest.',
      en: 'Sets rules, responsibilities and quality for data.',
    },
  },
  {
    id: 'dataStewards',
    group: 'data',
    title: { de: 'Data Stewards', en: 'Data stewards' },
    description: {
      de: 'Pflegen die Daten in den Fachbereichen.',
      en: 'Look after the data in the departments.',
    },
  },
] as const satisfies readonly CatalogueRole[]

export type CatalogueRoleId = (typeof ROLES_CATALOGUE)[number]['id']

/** The catalogue entry with this id, if there is one. */
export function catalogueRole(id: string): CatalogueRole | undefined {
  return ROLES_CATALOGUE.find((r) => r.id === id)
}
