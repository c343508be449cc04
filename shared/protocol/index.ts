// The control channel (socket.io): what a client may send, what the server answers and sends.
// Documented in control.md beside this file; the realtime document plane's constants are
// sync.ts and syncToken.ts (sync.md).
export * from './ack.ts'
export * from './auth.ts'
export * from './events.ts'
export * from './presentation.ts'
export * from './session.ts'
export * from './summon.ts'
export * from './viewRect.ts'
