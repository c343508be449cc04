/**
 * German messages, the default. Placeholders are `{name}`; every key here must exist in en.ts
 * (the type enforces it). Gender-inclusive forms use a colon, as municipal sources do.
 */
export const de = {
  'app.name': 'Werkraum',
  'app.tagline':
    'Werkraum ist ein Whiteboard für Workshops in Kommunen: gemeinsam im Sitzungssaal und von zu Hause, auf dem eigenen Server, ohne Konto.',
  'app.documentTitle': '{title} – Werkraum',
  'app.skipToContent': 'Zum Inhalt springen',
  'app.pageNotFound': 'Diese Seite gibt es nicht.',
  'app.toStart': 'Zur Startseite',

  'lang.switch': 'English',
  'lang.switchLabel': 'Switch to English',

  'start.create.heading': 'Neues Board anlegen',
  'start.create.titleLabel': 'Titel des Boards',
  'start.create.titlePlaceholder': 'z. B. Digitales Ökosystem Musterstadt',
  'start.create.submit': 'Board anlegen',
  'start.create.busy': 'Board wird angelegt …',
  'start.create.hint': 'Sie öffnen das Board danach als Moderator:in und können die Links teilen.',
  'start.create.tokenLabel': 'Zugangscode zum Anlegen',
  'start.create.tokenHint':
    'Dieser Server verlangt einen Zugangscode, um Boards anzulegen. Sie erhalten ihn von Ihrer IT. Er wird in diesem Browser gespeichert.',
  'start.create.tokenWrong': 'Der Zugangscode stimmt nicht. Bitte prüfen Sie ihn.',
  'start.create.tokenNeeded': 'Bitte geben Sie den Zugangscode ein.',
  'start.create.failed': 'Das Board konnte nicht angelegt werden ({detail}).',

  'myBoards.heading': 'Meine Boards',
  'myBoards.hint':
    'Boards, die Sie in diesem Browser angelegt oder geöffnet haben. Die Liste liegt nur hier.',
  'myBoards.empty': 'Noch keine Boards in diesem Browser.',
  'myBoards.title': 'Board',
  'myBoards.right': 'Ihr Recht',
  'myBoards.lastOpened': 'Zuletzt geöffnet',
  'myBoards.actions': 'Aktionen',
  'myBoards.remove': 'Entfernen',
  'myBoards.removeLabel': '„{title}“ aus der Liste entfernen',
  'myBoards.removed': '„{title}“ wurde aus der Liste entfernt.',

  'right.view': 'Ansehen',
  'right.edit': 'Bearbeiten',
  'right.facilitate': 'Moderieren',
  'right.yours': 'Ihr Recht: {right}',

  'board.loading': 'Board wird geladen …',
  'board.invalidLink': 'Dieser Link ist ungültig oder wurde ersetzt.',
  'board.invalidLinkHint': 'Bitten Sie die Moderation um einen aktuellen Link.',
  'board.notFound': 'Dieses Board gibt es nicht (mehr).',
  'board.networkError': 'Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung.',
  'board.serverError': 'Der Server hat einen Fehler gemeldet ({detail}).',
  'board.retry': 'Erneut versuchen',
  'board.untitled': 'Unbenanntes Board',

  'connection.label': 'Verbindung',
  'connection.connecting': 'Verbindet …',
  'connection.connected': 'Verbunden',
  'connection.reconnecting': 'Verbindung unterbrochen, wird wiederhergestellt …',
  'connection.offline': 'Offline: Änderungen werden übertragen, sobald die Verbindung zurück ist.',
  'connection.refused': 'Zugang verweigert: Dieser Link ist ungültig oder wurde ersetzt.',

  'connection.connectingShort': 'Verbindet …',
  'connection.connectedShort': 'Verbunden',
  'connection.reconnectingShort': 'Unterbrochen',
  'connection.offlineShort': 'Offline',
  'connection.refusedShort': 'Kein Zugang',

  'share.button': 'Teilen',
  'share.heading': 'Board teilen',
  'share.intro': 'Wer einen Link hat, kommt ohne Konto auf das Board, mit dem Recht des Links.',
  'share.edit': 'Link zum Bearbeiten',
  'share.view': 'Link zum Ansehen',
  'share.facilitate': 'Link zum Moderieren',
  'share.facilitateWarning': 'Nur an Personen geben, die den Workshop mit leiten.',
  'share.own': 'Ihr Link ({right})',
  'share.missing':
    'Die Links zum Bearbeiten und Ansehen kennt nur der Browser, in dem das Board angelegt wurde.',
  'share.copy': 'Kopieren',
  'share.copyLabel': '{link} kopieren',
  'share.copied': 'Link kopiert.',
  'share.copyFailed': 'Kopieren ging nicht. Bitte markieren und kopieren Sie den Link selbst.',
  'share.close': 'Schließen',

  'history.undo': 'Rückgängig',
  'history.undoHint': 'Rückgängig (Strg+Z)',
  'history.redo': 'Wiederholen',
  'history.redoHint': 'Wiederholen (Strg+Umschalt+Z)',

  'toolbar.label': 'Werkzeuge',
  'toolbar.note': 'Notiz',
  'toolbar.noteHint': 'Neue Notiz in der Mitte (N)',
  'toolbar.delete': 'Löschen',
  'toolbar.deleteHint': 'Auswahl löschen (Entf)',
  'toolbar.colors': 'Farbe der Auswahl',
  'toolbar.viewOnly': 'Nur ansehen',

  'color.yellow': 'Gelb',
  'color.orange': 'Orange',
  'color.pink': 'Rosa',
  'color.violet': 'Violett',
  'color.blue': 'Blau',
  'color.teal': 'Türkis',
  'color.green': 'Grün',
  'color.grey': 'Grau',

  'zoom.label': 'Zoom',
  'zoom.in': 'Vergrößern',
  'zoom.out': 'Verkleinern',
  'zoom.fit': 'Alles zeigen',
  'zoom.reset': 'Zoom {percent} %, auf 100 % zurücksetzen',

  'canvas.label': 'Board-Fläche',
  'canvas.descriptionEdit':
    'Doppelklick oder N legt eine Notiz an, Enter bearbeitet die ausgewählte Notiz, Entf löscht sie, Pfeiltasten verschieben sie. Ziehen oder Pfeiltasten ohne Auswahl verschieben die Ansicht, Strg und Mausrad zoomen. Alle Notizen stehen auch in der Listenansicht.',
  'canvas.descriptionView':
    'Nur ansehen. Ziehen oder Pfeiltasten verschieben die Ansicht, Strg und Mausrad zoomen. Alle Notizen stehen auch in der Listenansicht.',
  'canvas.unknown': 'Unbekannt: {type}',
  'canvas.selected': '{count} ausgewählt',

  'editor.label': 'Text der Notiz',

  'list.toggle': 'Listenansicht',
  'list.heading': 'Listenansicht',
  'list.skip': 'Zur Listenansicht springen',
  'list.empty': 'Noch keine Notizen.',
  'list.count': '{count} Elemente',
  'list.countOne': '1 Element',
  'list.emptyNote': '(leere Notiz)',
  'list.itemLabel': '{text}, {color}',
  'list.unknown': 'Unbekanntes Element ({type})',
  'list.edit': 'Bearbeiten',
  'list.editLabel': 'Notiz „{text}“ bearbeiten',
  'list.done': 'Fertig',
  'list.delete': 'Löschen',
  'list.deleteLabel': 'Notiz „{text}“ löschen',
  'list.deleted': 'Notiz gelöscht.',
  'list.more': 'Weitere {count} anzeigen',
  'list.textLabel': 'Text der Notiz',

  'help.heading': 'Tastenkürzel',
  'help.close': 'Schließen',
  'help.or': 'oder',
  'help.group.tools': 'Werkzeuge',
  'help.group.edit': 'Bearbeiten',
  'help.group.arrange': 'Anordnen',
  'help.group.view': 'Ansicht',
  'help.button': 'Tastenkürzel (?)',
} as const satisfies Record<string, string>

export type MessageKey = keyof typeof de
