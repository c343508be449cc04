import * as Y from 'yjs'
import { readDomain } from '../../../../../shared/domain/model.ts'
import { assignRole } from '../../../../../shared/ops/assignRole.ts'
import { createActor } from '../../../../../shared/ops/createActor.ts'
import { createConnector } from '../../../../../shared/ops/createConnector.ts'
import { createPerson } from '../../../../../shared/ops/createPerson.ts'
import { createRole } from '../../../../../shared/ops/createRole.ts'
import { setRelationKind } from '../../../../../shared/ops/setRelationKind.ts'
import type { ActorCategory } from '../../../../../shared/vocabulary/actorCategories.ts'
import type { RelationKind } from '../../../../../shared/vocabulary/relationKinds.ts'
import type { Raci } from '../../../../../shared/schema/assignment.ts'
import type { PersonKind } from '../../../../../shared/schema/person.ts'

/** A board built through the operations, read back as the checks see it. */
export function domainBoard() {
  const doc = new Y.Doc()
  let next = 0
  const at = () => ({ x: (next += 300), y: 0 })
  return {
    doc,
    role: (catalogueId: string | undefined, title?: string) =>
      createRole(doc, { ...at(), catalogueId, title }),
    person: (name: string, personKind: PersonKind = 'person') =>
      createPerson(doc, { ...at(), name, personKind }),
    assign: (personId: string, roleId: string, raci: Raci = 'R', share?: number) =>
      assignRole(doc, { personId, roleId, raci, share }),
    actor: (name: string, category: ActorCategory) => createActor(doc, { ...at(), name, category }),
    relate: (fromId: string, toId: string, kind: RelationKind = 'cooperatesWith') => {
      const id = createConnector(doc, { from: { elementId: fromId }, to: { elementId: toId } })
      setRelationKind(doc, { ids: [id], kind })
      return id
    },
    model: () => readDomain(doc),
  }
}
