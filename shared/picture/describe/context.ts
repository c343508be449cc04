import type { Locale } from '../../vocabulary/label.ts'
import type { ConnectorPath } from '../../geometry/connectorPath.ts'
import type { Connector } from '../../schema/index.ts'
import type { CardTexts } from '../cardTexts.ts'
import { TextLayoutCache } from '../text/noteLayout.ts'
import { TextBlockLines } from '../text/textBlockLayout.ts'
import { PICTURE_WORDS, type PictureWords } from '../wording.ts'

/**
 * What describing an element needs beyond the element itself: the text-layout caches (keep one
 * context per board and reuse it: layouts are the expensive part), the words in the reader's
 * language, the domain cards' texts and how to find a connector's path now.
 */
export interface DescribeContext {
  layouts: TextLayoutCache
  blocks: TextBlockLines
  words: PictureWords
  /** Words and facts the domain cards show; without them cards show only their own fields. */
  cards?: CardTexts
  /** A connector's path from its ends and bound elements now (null: not drawn). */
  connectorPath(connector: Connector): ConnectorPath | null
  /** Id of an element being edited in place: its text is drawn by the editor instead. */
  editingId?: string | null
  /**
   * The screen zoomed out: the size (board units) a card's or note's title is set at so it stays
   * readable. When larger than the card's own title size, cards and notes show their title alone
   * at this size, wrapped into their box, or nothing when it does not fit. Exports leave it out.
   */
  titleSize?: number
}

/** A context with fresh caches in `language`; the connector paths must come from the caller. */
export function describeContext(
  language: Locale,
  connectorPath: (connector: Connector) => ConnectorPath | null,
  cards?: CardTexts,
): DescribeContext {
  return {
    layouts: new TextLayoutCache(),
    blocks: new TextBlockLines(),
    words: PICTURE_WORDS[language],
    cards,
    connectorPath,
  }
}
