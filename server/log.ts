/** Structured one-line logs on stdout/stderr; operators grep them, so keep keys stable. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void
  warn(message: string, fields?: Record<string, unknown>): void
  error(message: string, fields?: Record<string, unknown>): void
}

function line(level: string, message: string, fields?: Record<string, unknown>): string {
  const extra = fields ? ' ' + JSON.stringify(fields, errorReplacer) : ''
  return `${new Date().toISOString()} ${level} ${message}${extra}`
}

function errorReplacer(_key: string, value: unknown): unknown {
  return value instanceof Error ? { name: value.name, message: value.message } : value
}

export const consoleLogger: Logger = {
  info: (m, f) => console.log(line('info', m, f)),
  warn: (m, f) => console.warn(line('warn', m, f)),
  error: (m, f) => console.error(line('error', m, f)),
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} }
