import { ESLint } from 'eslint'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

// The project's own ESLint configuration, as `npm run check` runs it: the rule that keeps every
// visible string in the message catalogue must hold in client code, and only there.
const eslint = new ESLint({ cwd: fileURLToPath(new URL('../../../../', import.meta.url)) })

async function rulesFired(code: string, filePath: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId)
}

const INLINE = "export const label = { de: 'Ausrichten', 'en': 'Align' }\n"

test('words in German and English beside the code are refused in client code', async () => {
  expect(await rulesFired(INLINE, 'client/src/lib/actions/example.ts')).toContain(
    'no-restricted-syntax',
  )
  const component =
    "<script lang=\"ts\">\n  const n = 1\n</script>\n\n<p>{n}{{ de: 'Eins', en: 'One' }.de}</p>\n"
  expect(await rulesFired(component, 'client/src/lib/components/Example.svelte')).toContain(
    'no-restricted-syntax',
  )
})

test('the catalogue itself, and objects with one language only, pass', async () => {
  expect(await rulesFired(INLINE, 'client/src/lib/i18n/example.ts')).toEqual([])
  expect(
    await rulesFired("export const words = { de: 'Hallo' }\n", 'client/src/lib/actions/example.ts'),
  ).toEqual([])
})
