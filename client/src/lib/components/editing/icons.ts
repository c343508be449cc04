/**
 * Icons of the tool bar and the selection bar that are not tools (SVG paths in a 24×24 view
 * box, drawn as a 2-unit outline like the tools' own icons in tools/toolList.ts).
 */
export const ICONS = {
  /** "Einfügen": a plus. */
  insert: 'M12 5v14M5 12h14',
  /** "Weitere Werkzeuge": three dots. */
  more: 'M5 12h1.5M11.25 12h1.5M17.5 12h1.5',
  /** The tool lock, closed. */
  locked: 'M7 11V8a5 5 0 0 1 10 0v3M5 11h14v10H5z',
  /** The tool lock, open. */
  unlocked: 'M7 11V8a5 5 0 0 1 9.9-1M5 11h14v10H5z',
  /** Delete: a bin. */
  delete: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6',
  /** Duplicate: two sheets. */
  duplicate: 'M8 8h12v12H8zM16 8V4H4v12h4',
  /** "Mehr …": sliders. */
  properties: 'M4 7h10M18 7h2M4 17h4M12 17h8M14 5v4M8 15v4',
  /** Close: a cross. */
  close: 'M6 6l12 12M18 6L6 18',
} as const
