// Loaded for its effect: the schemas in shared/ use zod/mini, which keeps the browser's bundle
// small by leaving out the wording of its errors ("Invalid input" for everything). The server
// answers API clients with those errors (400 details, control-plane acks), so it loads the
// English wording once, before any schema is used.
import { z } from 'zod/mini'
import { en } from 'zod/locales'

z.config(en())
