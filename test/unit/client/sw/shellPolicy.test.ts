import { expect, test } from 'vitest'
import {
  cacheName,
  isShell,
  parseManifest,
  requestKind,
} from '../../../../client/src/sw/shellPolicy.ts'

const origin = 'https://werkraum.musterstadt.de'
const get = (path: string, mode = 'cors'): { url: string; method: string; mode: string } => ({
  url: `${origin}${path}`,
  method: 'GET',
  mode,
})

test('pages are network first with the cached shell behind them', () => {
  expect(requestKind(get('/b/abc', 'navigate'), origin)).toBe('page')
  expect(requestKind(get('/', 'navigate'), origin)).toBe('page')
})

test('built files are answered from the cache', () => {
  expect(requestKind(get('/assets/index-3f2a.js'), origin)).toBe('asset')
  expect(requestKind(get('/favicon.svg'), origin)).toBe('asset')
})

test('the API, realtime, uploads and other origins are never touched', () => {
  for (const path of [
    '/api/boards/abc',
    '/api/boards/abc/assets/0123',
    '/api/boards/abc/export?format=pdf',
    '/yjs/abc',
    '/socket.io/?EIO=4',
    '/healthz',
    '/readyz',
  ]) {
    expect(requestKind(get(path), origin)).toBe('pass')
    // Opening an export in a tab is a navigation: still the server's.
    expect(requestKind(get(path, 'navigate'), origin)).toBe('pass')
  }
  expect(
    requestKind({ ...get('/assets/x.js'), url: 'https://cdn.example/assets/x.js' }, origin),
  ).toBe('pass')
  expect(requestKind({ ...get('/b/abc', 'navigate'), method: 'POST' }, origin)).toBe('pass')
  expect(requestKind({ ...get('/b/abc'), url: 'not a url' }, origin)).toBe('pass')
})

test('only a proper manifest is used, and never with server paths in it', () => {
  expect(parseManifest({ version: 'v1', files: ['/assets/a.js', '/api/x', 3, 'rel.js'] })).toEqual({
    version: 'v1',
    files: ['/assets/a.js'],
  })
  expect(parseManifest('<html>')).toBeNull()
  expect(parseManifest({ files: [] })).toBeNull()
  expect(cacheName('v1')).toBe('werkraum-shell-v1')
})

test('only a successful HTML page becomes the shell', () => {
  expect(isShell(200, 'text/html; charset=utf-8')).toBe(true)
  expect(isShell(503, 'text/plain')).toBe(false)
  expect(isShell(200, 'application/json')).toBe(false)
  expect(isShell(200, null)).toBe(false)
})
